// The library loaded twice on one page (two bundles, or two versions in node_modules) must
// not throw, and both copies must drive the same locale.
import {expect, fixture as render, html} from '@open-wc/testing';
import '../../src/index.js';
import type {NewsFeedElement} from '../../src/index.js';
import {getLocale, setLocale} from '../../src/core/locale.js';
import {textOf} from '../helpers.js';

type LocaleModule = typeof import('../../src/core/locale.js');
type ShownModule = typeof import('../../src/components/shared/shown-articles.js');

describe('the library loaded twice', () => {
  afterEach(() => setLocale('en'));

  // Two copies of the locale module share one locale; the entry imported again (its own module
  // only: the elements' modules are the same instances) throws nothing. Two whole bundles, each
  // registering the elements, are loaded-twice-bundles.test.ts's.
  it('shares one locale between two copies of its module, and throws nothing when its entry is imported again', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const el = await render<NewsFeedElement>(html`<news-feed .feed=${{items: [{id: 'a', title: 'A story', authors: [], tags: []}]}}></news-feed>`);
    // A different URL is a second module instance, as a second bundle would be.
    const copy = (await import(/* @vite-ignore */ `/src/core/locale.ts?copy=${Date.now()}`)) as LocaleModule;
    await import(/* @vite-ignore */ `/src/index.ts?copy=${Date.now()}`);
    expect(copy.setLocale).not.to.equal(setLocale);

    await copy.setLocale('ar');
    await el.updateComplete;
    expect(getLocale()).to.equal('ar');
    expect(textOf(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('أحدث المقالات');
    await setLocale('fr');
    expect(copy.getLocale()).to.equal('fr');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  // A CDN loader beside an app bundle: <news-related exclude-shown> of one copy leaves out what a <news-feed> of the other shows.
  it('shares one registry of the articles feeds show between two copies', async () => {
    const shown = (await import('../../src/components/shared/shown-articles.js')) as ShownModule;
    const copy = (await import(/* @vite-ignore */ `/src/components/shared/shown-articles.ts?copy=${Date.now()}`)) as ShownModule;
    expect(copy.announceShown).not.to.equal(shown.announceShown);
    const feed = {isConnected: true, ownerDocument: document, shownItems: [{id: 'a', title: 'A story', authors: [], tags: []}]};
    let heard = 0;
    const stop = shown.onShownChange(() => heard++);
    try {
      copy.announceShown(feed);
      expect([...shown.showingArticles].includes(feed), 'announced by the other copy').to.equal(true);
      feed.isConnected = false;
      copy.announceShown(feed);
      expect([...shown.showingArticles].includes(feed), 'gone once it has left the page').to.equal(false);
      expect(heard).to.equal(2);
    } finally {
      stop();
      feed.isConnected = false;
      shown.announceShown(feed);
    }
  });
});
