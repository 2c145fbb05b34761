/**
 * The feeds a page has seen: one memory map for this page, backed by `localStorage` so the
 * next page load can show a feed at once (stale-while-revalidate) before fetching it again.
 *
 * Storage is an optimisation, never a requirement: when it is unavailable (privacy modes,
 * sandboxed frames), full or holds something unreadable, the cache silently does less.
 * Stored feeds are bounded (few entries, few items, short text) and keys are versioned, so
 * a new release never reads an old shape.
 */
import {answeredAt} from './load-options.js';
import {normalizeFeed, type NewsFeed} from './read-feed.js';
import {safeUrl} from './url.js';

/** Prefix of every stored feed key; the version after it changes when the stored shape does (see the CHANGELOG). */
export const FEED_CACHE_PREFIX = 'news-widgets:feed:';
const VERSION = 'v2';
/** Prefix of the keys this version stores feeds under (the feed's key follows it). */
export const STORED_FEED_PREFIX = `${FEED_CACHE_PREFIX}${VERSION}:`;
/** Most feeds kept in storage; the least recently saved goes first. */
export const MAX_STORED_FEEDS = 8;
/** Most items kept per stored feed: a widget shows a first screen, not the archive. */
export const MAX_STORED_ITEMS = 40;
const MAX_STORED_TEXT = 400;
/**
 * Most feeds kept in memory; the least recently used goes first. A page that lives for hours
 * (an SPA through hundreds of articles, a `<news-related src>` each) would otherwise keep every
 * feed it ever showed, whole; those on screen stay with their elements.
 */
export const MAX_MEMORY_FEEDS = 16;

/**
 * How long a copy this page loaded answers a `reuse` call (an element's first load) without a
 * request: the elements of a page load together. One added later (a single-page app's next
 * article, an hour on) shows the copy at once and asks again, as for an earlier visit's copy.
 */
export const REUSE_FOR_MS = 5 * 60_000;

interface CachedFeed {
  feed: NewsFeed;
  /** When it was fetched (ms since epoch). */
  savedAt: number;
  /** Fetched by this page (true) or restored from storage, i.e. from an earlier visit (false). */
  fresh: boolean;
}

const memory = new Map<string, CachedFeed>();

/** Keeps `entry` under `key` as the most recently used, forgetting the least recently used past the bound. */
function hold(key: string, entry: CachedFeed): CachedFeed {
  memory.delete(key);
  memory.set(key, entry);
  if (memory.size > MAX_MEMORY_FEEDS) memory.delete(memory.keys().next().value!);
  return entry;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The feed last loaded under `key` (its URL, with its reading limits when they are not the
 * defaults: `feedKey()`): this page's copy, or else the stored one from an earlier visit.
 */
export function cachedFeed(key: string): CachedFeed | undefined {
  const known = memory.get(key);
  if (known) return hold(key, known);
  try {
    const value = storage()?.getItem(STORED_FEED_PREFIX + key);
    if (!value) return undefined;
    const newline = value.indexOf('\n');
    const savedAt = Number(value.slice(0, newline));
    // Storage is shared with every script of the origin: read it as untrusted input.
    const stored = JSON.parse(value.slice(newline + 1));
    const feed = normalizeFeed(stored);
    if (!Number.isFinite(savedAt) || !feed.items.length) return undefined;
    // Where it answered from still decides which origin's cookies its next page may carry.
    const from = safeUrl(stored.answeredAt);
    if (from) answeredAt.set(feed, from);
    return hold(key, {feed, savedAt, fresh: false});
  } catch {
    return undefined;
  }
}

/** Remembers a feed just loaded under `key` (see {@link cachedFeed}), for this page and the next visit. */
export function storeFeed(key: string, feed: NewsFeed): void {
  const savedAt = Date.now();
  hold(key, {feed, savedAt, fresh: true});
  const store = storage();
  if (!store) return;
  const cut = (value: string | undefined) => (value && value.length > MAX_STORED_TEXT ? value.slice(0, MAX_STORED_TEXT) : value);
  const items = feed.items.slice(0, MAX_STORED_ITEMS).map((item) => ({...item, contentText: cut(item.contentText)}));
  const value = `${savedAt}\n${JSON.stringify({...feed, items, answeredAt: answeredAt.get(feed)})}`;
  try {
    removeOldVersions(store);
    evict(store, MAX_STORED_FEEDS - 1, key);
    store.setItem(STORED_FEED_PREFIX + key, value);
  } catch {
    // Full: make room once, then give up quietly.
    try {
      evict(store, 0, key);
      store.setItem(STORED_FEED_PREFIX + key, value);
    } catch {
      // The feed still works from memory for this page.
    }
  }
}

/** Forgets the feed cached under `key`, in memory and in storage. */
export function forgetFeed(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(STORED_FEED_PREFIX + key);
  } catch {
    // Nothing to forget where storage cannot be used.
  }
}

/** Forgets every cached feed, in memory and in storage (e.g. when a reader logs out). */
export function clearFeedCache(): void {
  memory.clear();
  const store = storage();
  if (!store) return;
  try {
    for (const key of keys(store, FEED_CACHE_PREFIX)) store.removeItem(key);
  } catch {
    // Nothing to clear where storage cannot be used.
  }
}

function keys(store: Storage, prefix: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) found.push(key);
  }
  return found;
}

function removeOldVersions(store: Storage) {
  for (const key of keys(store, FEED_CACHE_PREFIX)) if (!key.startsWith(STORED_FEED_PREFIX)) store.removeItem(key);
}

/** Removes the oldest stored feeds (other than `keep`) until at most `room` remain. */
function evict(store: Storage, room: number, keep: string) {
  const entries = keys(store, STORED_FEED_PREFIX)
    .filter((key) => key !== STORED_FEED_PREFIX + keep)
    .map((key) => ({key, savedAt: Number(store.getItem(key)?.split('\n', 1)[0]) || 0}))
    .sort((a, b) => a.savedAt - b.savedAt);
  for (const {key} of entries.slice(0, Math.max(0, entries.length - room))) store.removeItem(key);
}
