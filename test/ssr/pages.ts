/**
 * Server-rendered pages for the browser tests of hydration and of pages without JavaScript
 * (test/components/hydration.test.ts, no-javascript.test.ts). web-test-runner's `/__ssr/<name>`
 * route bundles this file for Node and runs it: `node pages.mjs <name> <origin> [fragment]`
 * prints the page rendered by @lit-labs/ssr, as a site's server would send it.
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-feed/news-feed.js';
import type {NewsFeed} from '../../src/core/model.js';
import '../../src/components/news-related/news-related.js';
import '../../src/components/news-header-bar/news-header-bar.js';
import '../../src/components/news-language-switcher/news-language-switcher.js';
import {longFeed, malformedFeeds, ssrFeed} from './ssr-data.js';

const pages: Record<string, (origin: string) => unknown> = {
  /** A card from its attributes, as a server template would write it. */
  card: (origin) =>
    html`<news-article-card
      href="https://example.com/port"
      headline="Port expansion opens a new terminal"
      summary="Capacity doubles at the Atlantic port."
      image=${`${origin}/test/fixtures/image.svg`}
      image-alt="Cranes at the port"
      date="2026-01-10T09:00:00Z"
      author="Amina Benali"
    ></news-article-card>`,
  /** A feed given as data: the feed's shadow root and a full card (image, three tags) in each item's. */
  feed: (origin) => html`<news-feed .feed=${ssrFeed(origin)} limit="2"></news-feed>`,
  /** The same feed, marked to wait for its data (`defer-hydration`), as a page using the CDN loader writes it. */
  'deferred-feed': (origin) => html`<news-feed defer-hydration .feed=${ssrFeed(origin)} limit="2"></news-feed>`,
  /**
   * Elements from their attributes only: a feed from `src` (its loading skeleton; the server
   * fetches nothing), a header bar, a switcher. The bar's zone is one whose rules no time-zone
   * data release has changed in decades: Casablanca's changed on 2026-09-20 (tzdata 2026c,
   * permanent UTC), which Node 20's data (2025c) and this machine's WebKit do not know, so
   * from 23:00 to midnight UTC the server wrote tomorrow and Chromium and Firefox today.
   */
  attributes: (origin) =>
    html`<news-feed src=${`${origin}/test/fixtures/jsonfeed-1.0.json?ssr`}></news-feed
      ><news-header-bar timezone="Asia/Tokyo"></news-header-bar
      ><news-language-switcher locales="en fr ar" href-template="https://example.com/{lang}/"></news-language-switcher>`,
  /** A menu of links to the editions, as the README puts one in a header bar. */
  menu: () => html`<news-language-switcher variant="menu" locales="ar fr es en" href-template="https://example.com/{lang}/"></news-language-switcher>`,
  /**
   * What only the browser knows: which of two switchers is the page's language landmark (the
   * second, of the same name, a group), and which of a header bar's slots are empty.
   */
  landmarks: () =>
    html`<news-header-bar timezone="Asia/Tokyo"><a slot="end" href="https://example.com/subscribe">Subscribe</a></news-header-bar
      ><news-language-switcher locales="en fr ar"></news-language-switcher
      ><news-language-switcher locales="en fr ar"></news-language-switcher>`,
  /** Articles related to item 0 of a feed that takes longer than a frame to rank. */
  'long-related': () => html`<news-related .feed=${longFeed()} current="0"></news-related>`,
  /** The same, its links relative (`/news/0`): the server writes them so, the browser reads them against the page. */
  'long-related-relative': () => html`<news-related .feed=${longFeed('/news/')} current="0"></news-related>`,
  /**
   * Dates the server writes in its own zone (UTC, see below) and at its own time, which need
   * not be the reader's: today in a header bar and two cards, one of 23:30 UTC on 4 March 2025
   * (the 5th in Tokyo), one of three hours before the server rendered it. No `timezone`.
   */
  dates: () =>
    html`<news-header-bar></news-header-bar
      ><news-article-card headline="Late story" href="https://example.com/late" date="2025-03-04T23:30:00Z"></news-article-card
      ><news-article-card headline="Fresh story" href="https://example.com/fresh" date=${new Date(Date.now() - 3 * 3_600_000).toISOString()}></news-article-card>`,
  /** Each malformed feed given to a `<news-feed>` and a `<news-related>`. */
  malformed: () =>
    html`${malformedFeeds.map(
      (feed) => html`<news-feed .feed=${feed as NewsFeed}></news-feed><news-related .feed=${feed as NewsFeed} current="https://example.com/port"></news-related>`,
    )}`,
};

const [name, origin, fragment] = process.argv.slice(2);
// The dates page's server is in UTC whatever the machine's zone, so a reader elsewhere (the
// reader-preferences group, in Tokyo) gets another day from it.
if (name === 'dates') process.env.TZ = 'UTC';
const page = pages[name];
if (!page) throw new Error(`no server-rendered page “${name}”`);
const body = await collectResult(render(page(origin)));
process.stdout.write(
  fragment ? body : `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>`,
);
