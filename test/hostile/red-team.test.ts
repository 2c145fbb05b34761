// Runs the red-team corpus (red-team.ts): each hostile answer through loadFeed, and the ones
// that load through <news-feed> (and <news-related> for those marked `related`), checking the
// outcome the corpus names and that nothing leaks.
import {expect, fixture as render, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import {FeedError, type NewsFeed} from '../../src/core/feed.js';
import {loadFeed} from '../../src/core/load.js';
import {clearFeedCache} from '../../src/core/cache.js';
import {plainText} from '../../src/core/text.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {LEAKS, audit} from './corpus.js';
import {HOSTILE_CASES} from './red-team.js';
import {pageErrors} from '../harness/page-errors.js';

const served = new Map<string, {body: string | Uint8Array; headers?: Record<string, string>}>();
const thrown = pageErrors();

describe('red team: hostile feed answers', function () {
  this.timeout(60_000);
  let fetchStub: sinon.SinonStub | undefined;
  before(() => {
    const realFetch = window.fetch.bind(window);
    fetchStub = sinon.stub(window, 'fetch').callsFake(async (input, init) => {
      const answer = served.get(input instanceof Request ? input.url : String(input));
      return answer === undefined ? realFetch(input, init) : new Response(answer.body as BodyInit, {headers: answer.headers});
    });
  });
  after(() => {
    fetchStub?.restore();
    clearFeedCache();
  });
  let parserStub: sinon.SinonStub | undefined;
  afterEach(() => {
    parserStub?.restore();
    parserStub = undefined;
  });

  for (const [name, hostile] of Object.entries(HOSTILE_CASES)) {
    it(name, async () => {
      const url = hostile.url ? new URL(hostile.url, location.href).href : new URL(`/red-team/${encodeURIComponent(name)}`, location.href).href;
      if (hostile.body) served.set(url, {body: hostile.body(), headers: hostile.headers});
      // A page that refuses the library's policy: DOMParser throws, as under Trusted Types.
      if (hostile.withoutParser) parserStub = sinon.stub(DOMParser.prototype, 'parseFromString').throws(new TypeError('This document requires TrustedHTML assignment.'));
      const outcome = await loadFeed(url, hostile.options).catch((error: unknown) => error);
      served.delete(url);
      if ('error' in hostile.expect) {
        expect(outcome, String(outcome)).to.be.instanceOf(FeedError);
        expect((outcome as FeedError).kind, (outcome as FeedError).message).to.equal(hostile.expect.error);
        expect((outcome as FeedError).message).to.contain(hostile.expect.says);
      } else {
        if (outcome instanceof Error) throw outcome;
        const feed = outcome as NewsFeed;
        const title = feed.items[0]?.title;
        if (typeof hostile.expect.title === 'string') expect(title).to.equal(hostile.expect.title);
        else expect(title).to.match(hostile.expect.title);
        expect(hostile.expect.check?.(feed) ?? '').to.equal('');
        // What a reader sees: the first card, with nothing leaked or unsafe in it.
        const el = await render<NewsFeedElement>(html`<news-feed .feed=${feed} limit="3" layout="list"></news-feed>`);
        const card = el.shadowRoot!.querySelector('news-article-card')!;
        await card.updateComplete;
        const shown = card.shadowRoot!.textContent ?? '';
        expect(shown).to.contain(title.slice(0, 40));
        for (const leak of LEAKS) expect(shown, leak).not.to.contain(leak);
        expect(audit(el.shadowRoot!)).to.deep.equal([]);
        if (hostile.related) {
          const related = await render<HTMLElement>(html`<news-related .feed=${feed} current=${typeof hostile.related === 'string' ? hostile.related : feed.items[0].id}></news-related>`);
          expect(related.shadowRoot!.querySelectorAll('news-article-card')).to.have.length(4);
          expect(audit(related.shadowRoot!)).to.deep.equal([]);
        }
      }
      expect(thrown).to.deep.equal([]);
    });
  }
});

describe('red team: entity decoding reads no inherited property', () => {
  afterEach(() => sinon.restore());
  it('keeps &constructor; and &__proto__; as text in the no-parser fallback', () => {
    sinon.stub(DOMParser.prototype, 'parseFromString').throws(new TypeError('This document requires TrustedHTML assignment.'));
    expect(plainText('&constructor; &__proto__; &valueOf; &amp; &lt;b&gt;')).to.equal('&constructor; &__proto__; &valueOf; & <b>');
  });
});

describe('red team: an item a page hands over', () => {
  it('with 100,000 authors shows a byline of the first 20, not a megabyte of names', async () => {
    const authors = Array.from({length: 100_000}, (_, i) => ({name: `Writer ${i}`}));
    const card = await render<HTMLElement & {updateComplete: Promise<unknown>}>(html`<news-article-card .item=${{id: '1', title: 'Crowd', authors, tags: []}}></news-article-card>`);
    const byline = card.shadowRoot!.querySelector('[part~="author"]')!.textContent!;
    expect(byline).to.contain('Writer 0').and.contain('Writer 19');
    expect(byline).not.to.contain('Writer 20');
  });
});
