// The CDN loader (src/loader.ts, built as dist/news-widgets.min.js) on a page where nothing
// else defines the elements: tags added at any time, in the document or in an element's
// shadow root, get their element; a feed element's request is made once, started by the loader
// and taken up by the element; loading the loader twice throws nothing.
import {expect, waitUntil} from '@open-wc/testing';
import * as loader from '../../src/loader.js';
import {fixture, textOf} from '../helpers.js';
import {pageErrors} from '../harness/page-errors.js';

const thrown = pageErrors();

const requestsFor = (url: string) => performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;

/** The headlines a feed element shows, once it shows `count` of them. */
async function headlines(feed: Element, count: number): Promise<string[]> {
  const read = () =>
    [...(feed.shadowRoot?.querySelectorAll('news-article-card') ?? [])].map((card) => textOf(card.shadowRoot?.querySelector('[part="headline"]'))).filter(Boolean);
  await waitUntil(() => read().length === count, `${feed.localName} did not show ${count} cards`, {timeout: 5_000});
  return read();
}

describe('the CDN loader', () => {
  const added: Element[] = [];
  const add = (html: string, parent: ParentNode = document.body) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const el = template.content.firstElementChild!;
    parent.append(el);
    added.push(el);
    return el;
  };
  afterEach(() => added.splice(0).forEach((el) => el.remove()));
  it('defines nothing before the page uses an element', () => {
    for (const tag of ['news-feed', 'news-article-card', 'news-related', 'news-header-bar', 'news-language-switcher']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('starts the request of a feed element it sees, {lang} filled in, before the element’s code, and the element takes it up', async () => {
    const src = '/test/fixtures/lang-{lang}.json?loader=prefetch';
    const url = `${fixture('lang-en.json')}?loader=prefetch`;
    const feed = add(`<news-feed src="${src}" limit="1"></news-feed>`);
    const defined = customElements.whenDefined('news-feed').then(() => performance.now());
    expect(await headlines(feed, 1)).to.deep.equal(['English story']);
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('loader=prefetch'));
    expect(requests.map((entry) => entry.name)).to.deep.equal([url]);
    expect(requests[0].startTime, 'the request started before the element was defined').to.be.below(await defined);
  });

  it('renders the cards of a <news-feed> added after it loaded', async () => {
    const url = `${fixture('jsonfeed-1.0.json')}?loader=later`;
    const feed = add(`<news-feed src="${url}"></news-feed>`);
    expect(await headlines(feed, 2)).to.deep.equal(['Item with feed author', 'Item with its own author']);
    expect(loader.NewsFeedElement).to.equal(customElements.get('news-feed'));
    expect(requestsFor(url), 'requests for the feed').to.equal(1);
  });

  it('defines an element that first appears inside another element’s shadow root', async () => {
    const feed = add(`<news-feed src="${fixture('jsonfeed-1.0.json')}"></news-feed>`);
    await headlines(feed, 2);
    expect(customElements.get('news-language-switcher')).to.equal(undefined);
    const switcher = document.createElement('news-language-switcher');
    feed.shadowRoot!.append(switcher);
    await waitUntil(() => switcher.shadowRoot?.querySelector('a, button'), 'the switcher in a shadow root did not render', {timeout: 5_000});
    expect(customElements.get('news-language-switcher')).to.equal(loader.NewsLanguageSwitcherElement);
    expect(textOf(switcher.shadowRoot)).to.contain('English');
  });

  it('defines an element in a shadow root handed to discover()', async () => {
    expect(customElements.get('news-article-card') ? 'defined' : 'not yet').to.equal('defined'); // it came with <news-feed>
    expect(customElements.get('news-header-bar')).to.equal(undefined);
    const host = add('<div></div>');
    const root = host.attachShadow({mode: 'open'});
    loader.discover(root);
    const bar = document.createElement('news-header-bar');
    root.append(bar);
    const NewsHeaderBarElement = await customElements.whenDefined('news-header-bar');
    expect(bar).to.be.instanceOf(NewsHeaderBarElement);
    // The live binding is set once the element's module has loaded, just after the tag is defined.
    await waitUntil(() => loader.NewsHeaderBarElement);
    expect(loader.NewsHeaderBarElement).to.equal(NewsHeaderBarElement);
  });

  it('throws nothing when loaded a second time, and the first copy keeps defining', async () => {
    // A different URL is a second module instance, as a second copy of the script would be.
    await import(/* @vite-ignore */ `/src/loader.ts?copy=${Date.now()}`);
    const related = add(`<news-related src="${fixture('jsonfeed-1.0.json')}"></news-related>`);
    expect(related).to.be.instanceOf(await customElements.whenDefined('news-related'));
    expect(thrown).to.deep.equal([]);
  });

  it('formats in Tamazight from the module API: the names engines lack load with the first call', async () => {
    // Nothing on this page has loaded Tamazight's catalog (which brings them to the elements),
    // and a call in another language does not load them.
    const day = Date.parse('2026-01-16T12:00:00Z');
    const namesLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('carry-zgh'));
    expect(await loader.formatFullDate(new Date(day), 'fr', {timeZone: 'Africa/Casablanca'})).to.include('janvier');
    expect(namesLoaded(), 'loaded for French').to.equal(false);
    expect(await loader.formatFullDate(new Date(day), 'zgh', {timeZone: 'Africa/Casablanca'})).to.include('ⵉⵏⵏⴰⵢⵔ');
    expect(await loader.formatHijriDate(day, 'zgh')).to.equal('27 ⵔⴰⵊⴰⴱ 1447');
    expect(await loader.formatArticleDate(new Date(day - 30 * 86_400_000), 'zgh', day)).to.equal('17 ⴷⵓⵊ 2025');
    expect(namesLoaded()).to.equal(true);
  });
});
