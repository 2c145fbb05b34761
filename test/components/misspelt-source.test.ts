import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-related/news-related.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsFeed} from '../../src/core/feed.js';
import {headlines, settled} from '../harness/list.js';

// The check's module (src/core/misspelt-source.ts) is not imported here: the lists load it
// when they need it, and the first test needs it not loaded yet.
const given: NewsFeed = {items: [{id: '1', url: 'https://news.example/1', title: 'Given later', authors: [], tags: []}]};

describe('a list whose src is misspelt', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => warn.restore());
  const warnings = () => warn.getCalls().map((call) => String(call.args[0]));
  // Once the check's code is here, a task later it has spoken or never will.
  const checked = async () => {
    await import('../../src/core/misspelt-source.js');
    await new Promise((resolve) => setTimeout(resolve));
  };

  it('says nothing when a feed is given while the check loads (first in this file: the module is requested now)', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed source="/feeds/latest.json"></news-feed>`);
    // Microtasks after the first update: the module's request cannot have been answered yet.
    el.feed = given;
    await settled(el);
    await checked();
    expect(headlines(el)).to.deep.equal(['Given later']);
    expect(warnings()).to.deep.equal([]);
  });

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
    const waiting = await render<NewsFeedElement>(html`<news-feed class="latest" data-src="/feeds/latest.json" itemtype="https://schema.org/ItemList" limit="2"></news-feed>`);
    const loading = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json" limit="2"></news-feed>`);
    await checked();
    waiting.feed = given;
    await settled(waiting);
    await checked();
    expect(headlines(waiting)).to.deep.equal(['Given later']);
    expect(loading.src).to.equal('/test/fixtures/page-1.json');
    expect(warnings()).to.deep.equal([]);
  });
});
