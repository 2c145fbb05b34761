/**
 * Reading feeds, the module API's way: everything `core/read-feed.ts` reads (`parseFeedText`
 * for text of any format, as pages read it), and `parseFeed`, which reads a JSON feed at once
 * and so has every JSON reader at hand, WordPress's included.
 */
import type {NewsFeed} from './model.js';
import {runNow} from './steps.js';
import {wordPressSteps} from './formats/wordpress.js';
import {feedBase, itemCap, jsonFeedReading, readJsonText, withoutPhpMessages, wordPressPosts, type ParseFeedOptions} from './read-feed.js';
import {pageBase} from './page.js';

export {FeedError, parseFeedText} from './read-feed.js';
export type {FeedInput, ParseFeedOptions} from './read-feed.js';
export type {FeedErrorKind, NewsAuthor, NewsFeed, NewsItem} from './model.js';

/**
 * Parses a JSON feed (an object or array, or its JSON text) into a {@link NewsFeed}:
 * JSON Feed 1.0/1.1, or WordPress REST posts. Relative URLs resolve against the address the
 * feed gives itself (JSON Feed's `feed_url`; RSS's channel link and `xml:base` for
 * `parseFeedText`), else `baseUrl`, the feed's own URL (a string or a `URL`; a relative one is
 * under the page's, and on a server, which has no page, resolves none: absolute URLs are kept
 * all the same). For text that may be RSS or Atom use {@link parseFeedText}.
 * Runs the same in browsers and in Node.
 * Text is checked as `parseFeedText` checks it: PHP's warnings printed before the JSON are left
 * out, JSON nested past `maxDepth` is refused before it is parsed, and items past `maxItems`
 * are left unparsed.
 * @throws {FeedError} `syntax` when the text is not JSON, `format` when it is not a feed,
 * `limit` when it nests past `maxDepth` or holds too many values outside its items.
 */
export function parseFeed(data: unknown, baseUrl: string | URL | undefined = pageBase(), options: ParseFeedOptions = {}): NewsFeed {
  const maxItems = itemCap(options.maxItems);
  const base = feedBase(baseUrl);
  const json = typeof data === 'string' ? runNow(readJsonText(runNow(withoutPhpMessages(data)), base, maxItems, options.maxDepth)) : data;
  const posts = wordPressPosts(json);
  return runNow(posts ? wordPressSteps(posts, base, maxItems) : jsonFeedReading(json, base, maxItems));
}
