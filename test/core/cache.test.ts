import {expect} from '@open-wc/testing';
import {FEED_CACHE_PREFIX, STORED_FEED_PREFIX, MAX_MEMORY_FEEDS, MAX_STORED_FEEDS, MAX_STORED_ITEMS, cachedFeed, clearFeedCache, storeFeed} from '../../src/core/cache.js';
import type {NewsFeed} from '../../src/core/feed.js';
import {answeredAt} from '../../src/core/load-options.js';
import {loadFeed} from '../../src/core/load.js';
import {ZonelessDate, parseCommonDate} from '../../src/core/dates.js';
import {inZone} from '../../src/core/timezone.js';
import {fixture} from '../helpers.js';

const KEY = STORED_FEED_PREFIX;
const unique = (name: string) => `https://example.com/${name}-${Math.random().toString(36).slice(2)}.json`;
const feedOf = (count: number, title = 'Story'): NewsFeed => ({
  title: 'Feed',
  items: Array.from({length: count}, (_, i) => ({
    id: `s${i}`,
    url: `https://example.com/s${i}`,
    title: `${title} ${i}`,
    contentText: 'word '.repeat(500),
    published: new Date(Date.UTC(2026, 0, 16, 8, i)),
    authors: [],
    tags: ['Port'],
  })),
});
const storedKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(FEED_CACHE_PREFIX));

/** Replaces a property of `target` for the duration of `body`. */
async function withProperty<T>(target: object, name: string, descriptor: PropertyDescriptor, body: () => T | Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, {configurable: true, ...descriptor});
  try {
    return await body();
  } finally {
    if (own) Object.defineProperty(target, name, own);
    else delete (target as Record<string, unknown>)[name];
  }
}

describe('feed cache', () => {
  beforeEach(() => clearFeedCache());

  it('stores a loaded feed under a versioned key, dates and all', async () => {
    const url = fixture('jsonfeed-1.1.json');
    const feed = await loadFeed(url);
    const value = localStorage.getItem(KEY + url)!;
    expect(value).to.match(/^\d+\n\{/);
    const stored = JSON.parse(value.slice(value.indexOf('\n') + 1));
    expect(stored.items.map((item: {id: string}) => item.id)).to.deep.equal(feed.items.map((item) => item.id));
    expect(stored.items[0].published).to.equal(feed.items[0].published!.toISOString());
  });

  it('gives back a copy from an earlier visit as not fresh, with real dates', () => {
    const url = unique('earlier');
    localStorage.setItem(KEY + url, `1700000000000\n${JSON.stringify(feedOf(2))}`);
    const cached = cachedFeed(url)!;
    expect(cached.fresh).to.equal(false);
    expect(cached.savedAt).to.equal(1_700_000_000_000);
    expect(cached.feed.items.map((item) => item.title)).to.deep.equal(['Story 0', 'Story 1']);
    expect(cached.feed.items[1].published).to.be.instanceOf(Date);
  });

  it('keeps where a feed answered from (an http(s) address only) for the copy an earlier visit stored', () => {
    const url = unique('answered');
    const feed = feedOf(1);
    answeredAt.set(feed, 'https://feeds.example.net/latest.json');
    storeFeed(url, feed);
    const stored = localStorage.getItem(KEY + url)!;
    clearFeedCache();
    localStorage.setItem(KEY + url, stored);
    expect(answeredAt.get(cachedFeed(url)!.feed)).to.equal('https://feeds.example.net/latest.json');
    for (const hostile of ['javascript:alert(1)', 42, {}]) {
      const other = unique('answered-hostile');
      localStorage.setItem(KEY + other, `5\n${JSON.stringify({...feedOf(1), answeredAt: hostile})}`);
      expect(answeredAt.get(cachedFeed(other)!.feed), String(hostile)).to.equal(undefined);
    }
  });

  it('keeps a date written without a zone as one, for the card to read in its zone on the next visit', () => {
    const url = unique('zoneless');
    const feed = feedOf(1);
    feed.items[0].published = parseCommonDate('2026-01-16T09:30:00');
    storeFeed(url, feed);
    const stored = localStorage.getItem(KEY + url)!;
    clearFeedCache();
    localStorage.setItem(KEY + url, stored);
    const published = cachedFeed(url)!.feed.items[0].published;
    expect(published).to.be.instanceOf(ZonelessDate);
    expect(inZone(published, 'Asia/Tokyo')!.toISOString()).to.equal('2026-01-16T00:30:00.000Z');
  });

  it('gives back this page’s copy as fresh, the same object', () => {
    const url = unique('fresh');
    const feed = feedOf(1);
    storeFeed(url, feed);
    expect(cachedFeed(url)).to.include({feed, fresh: true});
  });

  it('treats stored data as untrusted: unsafe URLs and wrong types are dropped, garbage ignored', () => {
    const hostile = unique('hostile');
    const value = {items: [{id: 1, title: 'Kept', url: 'javascript:alert(1)', image: ' JaVaScRiPt:alert(1)', tags: [{}], authors: 'x', published: 'nope'}, {title: {}}]};
    localStorage.setItem(KEY + hostile, `5\n${JSON.stringify(value)}`);
    const [item, ...rest] = cachedFeed(hostile)!.feed.items;
    expect(rest).to.have.length(0);
    expect(item).to.deep.include({id: '1', title: 'Kept', url: undefined, image: undefined, tags: [], authors: [], published: undefined});
    for (const garbage of ['not json', '12\n{"items": "no"}', '\n{}', 'NaN\n{"items":[{"title":"x"}]}']) {
      const url = unique('garbage');
      localStorage.setItem(KEY + url, garbage);
      expect(cachedFeed(url), garbage).to.equal(undefined);
    }
  });

  it('keeps at most a few feeds, dropping the oldest, with few items and short text each', () => {
    const urls = Array.from({length: MAX_STORED_FEEDS + 4}, (_, i) => unique(`bounded-${i}`));
    for (const url of urls) storeFeed(url, feedOf(100));
    const keys = storedKeys();
    expect(keys).to.have.length(MAX_STORED_FEEDS);
    expect(keys).to.include(KEY + urls.at(-1)!);
    expect(keys).not.to.include(KEY + urls[0]);
    const stored = JSON.parse(localStorage.getItem(KEY + urls.at(-1)!)!.split('\n').slice(1).join('\n'));
    expect(stored.items).to.have.length(MAX_STORED_ITEMS);
    expect(stored.items[0].contentText.length).to.be.at.most(400);
  });

  it('holds a bounded number of feeds in memory on a page that lives for hours (an SPA visiting 500 articles, a feed each)', async () => {
    // Storage unusable: whatever cachedFeed gives back is held in this page's memory.
    await withProperty(window, 'localStorage', {get: () => undefined}, () => {
      const urls = Array.from({length: 500}, (_, i) => unique(`article-${i}`));
      for (const url of urls) storeFeed(url, feedOf(20));
      const held = urls.filter((url) => cachedFeed(url));
      expect(held.length, 'feeds held').to.be.below(urls.length);
      expect(held, 'the most recent ones').to.deep.equal(urls.slice(-MAX_MEMORY_FEEDS));
      // A feed in use stays: reading it makes it the most recent.
      const [inUse, next] = held;
      expect(cachedFeed(inUse)?.fresh).to.equal(true);
      storeFeed(unique('one-more'), feedOf(1));
      expect(cachedFeed(inUse)?.fresh, 'the feed read last').to.equal(true);
      expect(cachedFeed(next), 'the least recently used').to.equal(undefined);
    });
  });

  it('removes entries of other versions and never reads them', () => {
    const url = unique('old');
    localStorage.setItem(`${FEED_CACHE_PREFIX}v0:${url}`, `1\n${JSON.stringify(feedOf(1))}`);
    expect(cachedFeed(url)).to.equal(undefined);
    storeFeed(unique('new'), feedOf(1));
    expect(localStorage.getItem(`${FEED_CACHE_PREFIX}v0:${url}`)).to.equal(null);
  });

  it('makes room when storage is full, and gives up quietly when it stays full', async () => {
    const old = unique('old-entry');
    storeFeed(old, feedOf(1));
    const setItem = Storage.prototype.setItem;
    let failures = 1;
    await withProperty(
      Storage.prototype,
      'setItem',
      {
        value(this: Storage, key: string, value: string) {
          if (failures-- > 0) throw new DOMException('full', 'QuotaExceededError');
          return setItem.call(this, key, value);
        },
      },
      () => {
        const url = unique('after-full');
        storeFeed(url, feedOf(1));
        expect(localStorage.getItem(KEY + url)).to.not.equal(null);
        expect(localStorage.getItem(KEY + old)).to.equal(null);
        failures = Infinity;
        const never = unique('never');
        expect(() => storeFeed(never, feedOf(1))).not.to.throw();
        expect(cachedFeed(never)?.fresh).to.equal(true);
      },
    );
  });

  it('works without storage at all (blocked or missing localStorage)', async () => {
    await withProperty(
      window,
      'localStorage',
      {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      },
      async () => {
        expect(() => localStorage).to.throw();
        const url = fixture('page-2.json');
        const feed = await loadFeed(url);
        expect(cachedFeed(url)?.feed).to.equal(feed);
        expect(() => clearFeedCache()).not.to.throw();
        expect(cachedFeed(unique('none'))).to.equal(undefined);
      },
    );
  });
});
