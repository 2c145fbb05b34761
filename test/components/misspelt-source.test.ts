import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-related/news-related.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {misspeltSource} from '../../src/core/misspelt-source.js';
import {headlines, settled} from '../harness/list.js';

const READ = ['src', 'limit', 'layout', 'max-items'];

describe('misspeltSource', () => {
  for (const [attributes, found] of [
    [[['source', '/feeds/latest.json']], 'source="/feeds/latest.json"'],
    [[['url', 'https://news.example/rss']], 'url="https://news.example/rss"'],
    [[['srcurl', 'feed.xml']], 'srcurl="feed.xml"'],
    [[['feed-url', '/feeds/{lang}.json']], 'feed-url="/feeds/{lang}.json"'],
    [[['href', './latest.atom']], 'href="./latest.atom"'],
    [[['limit', '4'], ['source', ' //cdn.example/f ']], 'source=" //cdn.example/f "'],
    // Read by the element, the page's own, or no address: nothing to say.
    [[['src', '/feeds/latest.json']], undefined],
    [[['data-src', '/feeds/latest.json'], ['aria-describedby', 'x.json'], ['style', 'background: url(/a.png)'], ['class', 'a/b']], undefined],
    [[['title', 'Latest news'], ['tone', 'calm'], ['layout', 'list']], undefined],
  ] as const) {
    it(`${JSON.stringify(attributes)} → ${String(found)}`, () => {
      expect(misspeltSource(attributes.map(([name, value]) => ({name, value})), READ)).to.equal(found);
    });
  }
});

describe('a list whose src is misspelt', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());
  const warnings = () => warn.getCalls().map((call) => String(call.args[0]));
  // The warning's code is loaded when needed: once it is, a task later it has spoken or never will.
  const checked = async () => {
    await import('../../src/core/misspelt-source.js');
    await new Promise((resolve) => setTimeout(resolve));
  };

  it('<news-feed source=…> says, once, which attribute holds the address and that it reads src', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed source="/test/fixtures/page-1.json" limit="2"></news-feed>`);
    await waitUntil(() => warn.called, 'no warning');
    el.limit = 3;
    await el.updateComplete;
    await checked();
    expect(warnings()).to.deep.equal([
      'news-feed: it has no src, so it waits for a feed to be given, showing its loading skeleton; source="/test/fixtures/page-1.json" is not an attribute it reads: did you mean src?',
    ]);
  });

  it('<news-related url=…> says so too', async () => {
    await render(html`<news-related url="https://news.example/feed.xml"></news-related>`);
    await waitUntil(() => warn.called, 'no warning');
    expect(warnings()[0]).to.match(/^news-related: .* url="https:\/\/news\.example\/feed\.xml" is not an attribute it reads: did you mean src\?$/);
  });

  it('says nothing when the feed is set later, as apps do, nor when it has its src', async () => {
    const waiting = await render<NewsFeedElement>(html`<news-feed class="latest" data-src="/feeds/latest.json" limit="2"></news-feed>`);
    const loading = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json" limit="2"></news-feed>`);
    await checked();
    waiting.feed = {items: [{id: '1', url: 'https://news.example/1', title: 'Given later', authors: [], tags: []}]};
    await settled(waiting);
    await checked();
    expect(headlines(waiting)).to.deep.equal(['Given later']);
    expect(loading.src).to.equal('/test/fixtures/page-1.json');
    expect(warnings()).to.deep.equal([]);
  });
});
