// Two bundles of the library on one page (a CDN script and an app bundle, or two
// micro-frontends), each with its own Lit and @lit/localize: whichever copy starts or switches
// the locale, the elements on the page, defined by one copy, show its strings in it.
import {expect, fixture as render, html} from '@open-wc/testing';
import '../../src/index.js';
import type {NewsFeedElement} from '../../src/index.js';
import {getLocale, setLocale} from '../../src/core/locale.js';
import {textOf} from '../helpers.js';

type Library = typeof import('../../src/index.js');

describe('the library in two bundles', () => {
  afterEach(() => setLocale('en'));

  it('shows the locale another bundle started, and follows a switch made by either', async () => {
    // Served bundled with everything it imports (web-test-runner.config.mjs): a second copy.
    const bundle = '/__copy/index.js';
    const other = (await import(/* @vite-ignore */ bundle)) as Library;
    expect(other.setLocale).not.to.equal(setLocale);
    // The other bundle starts the locale before any element of this one has rendered.
    await other.setLocale('ar');
    const el = await render<NewsFeedElement>(html`<news-feed .feed=${{items: [{id: 'a', title: 'خبر', authors: [], tags: []}]}}></news-feed>`);
    await el.updateComplete;
    const heading = () => el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(getLocale()).to.equal('ar');
    expect(heading().closest('[lang]')?.getAttribute('lang')).to.equal('ar');
    expect(textOf(heading())).to.equal('أحدث المقالات');

    await other.setLocale('fr');
    await el.updateComplete;
    expect(textOf(heading())).to.equal('Derniers articles');
    await setLocale('es');
    await el.updateComplete;
    expect(other.getLocale()).to.equal('es');
    expect(textOf(heading())).to.equal('Últimos artículos');
  });
});
