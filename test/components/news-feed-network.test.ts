import {expect, fixture as render, html} from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {FEED_CACHE_PREFIX, clearFeedCache} from '../../src/core/cache.js';
import {countFetches, eventOnce, textOf} from '../helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const headlines = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('news-article-card')].map((card) => textOf(card.shadowRoot!.querySelector('[part="link"]')));
const settle = async (el: NewsFeedElement) => {
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll('news-article-card')].map((card) => card.updateComplete));
};
const unique = () => Math.random().toString(36).slice(2);
/**
 * News feeds with `props`, connected only after `listen` has attached its listeners, so an
 * event fired during the first load can never be missed (a fixture awaited first can be
 * slower than a fast fixture feed on a busy machine).
 */
function connectFeeds<T>(count: number, props: Partial<NewsFeedElement>, listen: (feeds: NewsFeedElement[]) => T) {
  const feeds = Array.from({length: count}, () => Object.assign(document.createElement('news-feed'), props));
  const result = listen(feeds);
  const wrapper = document.createElement('div');
  wrapper.append(...feeds);
  document.body.append(wrapper);
  connected.push(wrapper);
  return {feeds, result};
}
const connected: HTMLElement[] = [];
const absolute = (path: string) => new URL(path, location.href).href;
/** What an earlier visit to the page left in storage for `path`. */
const seed = (path: string, titles: string[]) =>
  localStorage.setItem(
    `${FEED_CACHE_PREFIX}v1:${absolute(path)}`,
    `${Date.now() - 3_600_000}\n${JSON.stringify({items: titles.map((title, i) => ({id: `c${i}`, title, url: `https://example.com/c${i}`, authors: [], tags: []}))})}`,
  );

/** Records the timers the code under test starts, and lets a test fire them. */
function recordIntervals() {
  const {setInterval: set, clearInterval: clear} = window;
  const live = new Map<number, {handler: () => void; ms: number}>();
  window.setInterval = ((handler: () => void, ms: number) => {
    const id = set(() => undefined, 1e9) as unknown as number;
    live.set(id, {handler, ms});
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id: number) => {
    live.delete(id);
    clear(id);
  }) as typeof clearInterval;
  return {
    live,
    restore() {
      window.setInterval = set;
      window.clearInterval = clear;
      for (const id of live.keys()) clear(id);
    },
  };
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<news-feed> network and cache', () => {
  afterEach(() => {
    connected.splice(0).forEach((wrapper) => wrapper.remove());
    delete (document as {hidden?: boolean}).hidden;
    clearFeedCache();
  });

  it('shows the copy from an earlier visit at once, then the fresh feed', async () => {
    const src = `/__slow/400/test/fixtures/page-1.json?swr=${unique()}`;
    seed(src, ['Cached headline']);
    const el = await render<NewsFeedElement>(html`<news-feed src=${src}></news-feed>`);
    const fresh = eventOnce(el, 'news-feed-load');
    await settle(el);
    expect($(el, '[aria-busy="true"]')).to.equal(null);
    expect(headlines(el)).to.deep.equal(['Cached headline']);
    await fresh;
    await settle(el);
    expect(headlines(el)).to.deep.equal(['Page one, first', 'Page one, second', 'Page one, third']);
  });

  it('keeps the last good content when the refresh fails', async () => {
    const src = `/__status/404?keep=${unique()}`;
    seed(src, ['Still here']);
    const {
      feeds: [el],
      result: failed,
    } = connectFeeds(1, {src}, ([feed]) => eventOnce<{error: {kind: string}}>(feed, 'news-feed-error'));
    const {detail} = await failed;
    expect(detail.error.kind).to.equal('http');
    await settle(el);
    expect(headlines(el)).to.deep.equal(['Still here']);
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('shows the skeleton and then the error when nothing was cached', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/__status/404?nothing"></news-feed>`);
    expect($(el, '[aria-busy="true"]')).to.not.equal(null);
    await eventOnce(el, 'news-feed-error');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.not.equal(null);
  });

  it('retries a server error before showing anything wrong', async () => {
    const el = document.createElement('news-feed');
    el.src = `/__flaky/1/${unique()}/test/fixtures/page-2.json`;
    const {result, calls} = await countFetches(async () => {
      const loaded = eventOnce(el, 'news-feed-load');
      document.body.append(el);
      return loaded;
    });
    expect(calls).to.have.length(2);
    expect(result.detail).to.have.property('feed');
    await settle(el);
    expect(headlines(el)).to.deep.equal(['Page one, third', 'Page two, first']);
    el.remove();
  });

  it('aborts the request of a replaced src and of a removed element', async () => {
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    window.fetch = (input, init) => (signals.push(init!.signal!), original(input, init));
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/__slow/2000/test/fixtures/page-1.json?a=${unique()}"></news-feed>`);
      el.src = `/__slow/2000/test/fixtures/page-2.json?b=${unique()}`;
      await el.updateComplete;
      expect(signals).to.have.length(2);
      expect(signals[0].aborted).to.equal(true);
      expect(signals[1].aborted).to.equal(false);
      el.remove();
      expect(signals[1].aborted).to.equal(true);
    } finally {
      window.fetch = original;
    }
  });

  it('polls with one timer and one request for all elements with the same URL', async () => {
    const timers = recordIntervals();
    try {
      const src = `/test/fixtures/page-1.json?poll=${unique()}`;
      const {
        feeds: [a, b],
        result: loaded,
      } = connectFeeds(2, {src, refresh: 60}, (feeds) => Promise.all(feeds.map((feed) => eventOnce(feed, 'news-feed-load'))));
      await loaded;
      expect([...timers.live.values()].map((t) => t.ms)).to.deep.equal([60_000]);
      const [{handler}] = timers.live.values();
      const {calls} = await countFetches(async () => {
        const both = Promise.all([eventOnce(a, 'news-feed-load'), eventOnce(b, 'news-feed-load')]);
        handler();
        await both;
      });
      expect(calls).to.deep.equal([absolute(src)]);
      a.remove();
      expect(timers.live.size).to.equal(1);
      b.remove();
      expect(timers.live.size).to.equal(0);
    } finally {
      timers.restore();
    }
  });

  it('pauses polling while the page is hidden and catches up when it is shown again', async () => {
    const timers = recordIntervals();
    try {
      const src = `/test/fixtures/page-2.json?hidden=${unique()}`;
      const {
        feeds: [el],
        result: loaded,
      } = connectFeeds(1, {src, refresh: 0.2}, ([feed]) => eventOnce(feed, 'news-feed-load'));
      await loaded;
      expect(timers.live.size).to.equal(1);
      setHidden(true);
      expect(timers.live.size).to.equal(0);
      // Longer than `refresh`: the missed refresh happens as soon as the page is visible.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const {calls} = await countFetches(async () => {
        const again = eventOnce(el, 'news-feed-load');
        setHidden(false);
        await again;
      });
      expect(calls).to.have.length(1);
      expect(timers.live.size).to.equal(1);
    } finally {
      timers.restore();
    }
  });

  it('does not poll a feed given as a property', async () => {
    const timers = recordIntervals();
    try {
      const el = await render<NewsFeedElement>(html`<news-feed refresh="60" .feed=${{items: [{id: '1', title: 'Given', authors: [], tags: []}]}}></news-feed>`);
      await settle(el);
      expect(headlines(el)).to.deep.equal(['Given']);
      expect(timers.live.size).to.equal(0);
    } finally {
      timers.restore();
    }
  });

  it('shows an error state, not a broken page, for a feed property of the wrong shape', async () => {
    for (const feed of [{items: 'nope'}, {items: [null, 5, {title: {}}]}, 'text', 42]) {
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${feed as never}></news-feed>`);
      await settle(el);
      expect(textOf(el.shadowRoot)).to.contain('No articles yet');
      el.remove();
    }
  });
});
