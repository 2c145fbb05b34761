/**
 * The list of articles that `<news-feed>` and `<news-related>` both render: the cards, the
 * loading skeleton, the error message and the section around them. Its styles are
 * `listStyles`.
 */
import {html, isServer, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {repeat} from 'lit/directives/repeat.js';
import {msg, str} from '@lit/localize';
import type {CardVariant, FeedError, FeedLayout, NewsItem} from '../../core/model.js';
import type {FeedStatus} from '../../controllers/feed-controller.js';

/** Each layout's cards; `featured` opens with a hero card, its lead story, across the grid. */
const CARD_VARIANT: Record<FeedLayout, CardVariant> = {grid: 'vertical', featured: 'vertical', list: 'horizontal', compact: 'compact'};
const CARD_PARTS = ['base', 'image', 'headline', 'link', 'summary', 'meta', 'date', 'author', 'reading-time', 'tags', 'tag']
  .map((part) => `${part}: card-${part}`)
  .join(', ');

/** `layout` when it is a known one, else `fallback`. */
export const validLayout = (layout: string, fallback: FeedLayout): FeedLayout => (Object.hasOwn(CARD_VARIANT, layout) ? (layout as FeedLayout) : fallback);

/**
 * The list of cards (part `list`, each entry part `item`, each card part `card` with its parts exported as `card-*`).
 * With `priority`, the first card's image loads at once and ahead of others (it is likely the
 * largest thing on screen). `timeZone` (already checked by the list) goes to every card.
 */
export function renderCards(
  items: readonly NewsItem[],
  {layout, cardLevel, source, priority = false, timeZone}: {layout: FeedLayout; cardLevel: number; source: string; priority?: boolean; timeZone?: string},
): TemplateResult {
  return html`<ul part="list" class="list layout-${layout}" role="list">
    ${repeat(
      items,
      (item) => item.id,
      (item, index) =>
        html`<li part="item">
          <news-article-card
            part="card"
            exportparts=${CARD_PARTS}
            .item=${item}
            .position=${index + 1}
            .source=${source}
            variant=${index === 0 && layout === 'featured' ? 'hero' : CARD_VARIANT[layout]}
            heading-level=${cardLevel}
            image-priority=${index === 0 && priority ? 'high' : 'auto'}
            timezone=${ifDefined(timeZone)}
          ></news-article-card>
        </li>`,
    )}
  </ul>`;
}

/**
 * Whether `list` is the first `news-feed` with pictures (not `compact`) of its document (or
 * shadow root), and on the reader's screen: its first card's image is then likely the largest
 * thing there. Only that one gets priority: a second image at high priority (a list further
 * down) would share the bandwidth the first one needs, and so would a list below the screen
 * (the latest articles under an article page's story, whose own picture is the one the reader
 * waits for). A compact list or a `news-related` before it, which shows no picture or lets its
 * pictures load lazily, does not take its place. A server, which knows no screen, gives it to
 * every list.
 */
export function leadsPage(list: Element): boolean {
  if (isServer) return true;
  if (((list.getRootNode() as ParentNode).querySelector?.('news-feed:not([layout="compact"])') ?? list) !== list) return false;
  // Not shown (display: none, a closed tab) is no width; not rendered yet, no height.
  const {top, bottom, width} = list.getBoundingClientRect();
  return width > 0 && top < innerHeight && bottom >= 0;
}

/** The `<link rel="preload">` of the leading card's image (one, reused: a refreshed feed's new first image replaces it). */
let imagePreload: HTMLLinkElement | undefined;

/**
 * Asks for `url` (the leading card's image, already a safe http(s) URL) at high priority now,
 * before the cards render: rendering a page of cards takes a task of its own, and the image
 * request of the first card would otherwise wait for its end.
 */
export function preloadImage(url: string | undefined): void {
  if (!url || isServer) return;
  imagePreload ??= Object.assign(document.createElement('link'), {rel: 'preload', as: 'image', fetchPriority: 'high'});
  if (imagePreload.href !== url) document.head.append(Object.assign(imagePreload, {href: url}));
}

/**
 * Placeholder cards while the feed loads (`aria-busy`), hidden from assistive technology: the
 * section's status says "Loading articles…" instead (see `loadingText`), not an empty list.
 */
export function renderSkeleton(layout: FeedLayout, count: number): TemplateResult {
  return html`<ul part="list" class="list layout-${layout}" aria-busy="true" aria-hidden="true">
    ${Array.from(
      {length: count},
      () =>
        html`<li part="item" class="skeleton">
          <div class="block image"></div>
          <div class="block line"></div>
          <div class="block line short"></div>
        </li>`,
    )}
  </ul>`;
}

/** The level of a list's card headlines: one below its heading's (6 at most), or the heading's own when it is hidden (an `h1` then `h2` cards, not `h3`). */
export const cardLevel = (level: number, headed: boolean): number => (headed ? Math.min(6, level + 1) : level);

/** What the section's status says while the list loads. */
export const loadingText = () => msg('Loading articles…', {id: 'feed.loading', desc: 'Said to screen readers while a list of articles loads'});

/** The error message (part `status`) with its Retry button (part `retry`): the alert is the message alone, not "… Retry". */
export function renderError(error: FeedError, onRetry: () => void): TemplateResult {
  return html`<div part="status" class="status error">
    <p role="alert">${feedErrorText(error)}</p>
    <button part="retry" type="button" @click=${onRetry}>${msg('Retry', {id: 'feed.retry', desc: 'Button under a list’s error message that asks for the feed again'})}</button>
  </div>`;
}

/**
 * Retry: loads `load`'s source again, then, since the load took the button away, focus goes
 * back to Retry if it failed again, else to the first card; unless the reader has moved it.
 */
export async function retry(host: {readonly updateComplete: Promise<boolean>; readonly renderRoot: ParentNode}, load: {reload(): Promise<void>}): Promise<void> {
  await load.reload();
  await host.updateComplete;
  const target = host.renderRoot.querySelector<HTMLElement & {updateComplete?: Promise<unknown>}>('[part="retry"], news-article-card');
  await target?.updateComplete; // a card takes focus once rendered
  const active = document.activeElement;
  if (!active || active === document.body) target?.focus();
}

/**
 * The list's section (part `base`) with its heading (part `heading`) unless `heading` is empty,
 * and its status: one live region, there from the first render, whose text changes ("Loading
 * articles…", the empty message, new articles), since a region inserted with its text already
 * in it is not read out by most screen readers. Heard only, except when `shown`: then it is the
 * list's visible message (part `status`), the empty one, seen and heard from the same element;
 * focus goes there when the button a reader pressed leaves only that message (`tabindex="-1"`:
 * out of the Tab order).
 */
export function renderSection(frame: {dir: string; lang: string; level: number}, heading: string, body: unknown, status: unknown, shown = false): TemplateResult {
  return html`<section part="base" dir=${frame.dir} lang=${frame.lang} aria-labelledby=${heading ? 'heading' : nothing}>
    ${heading ? html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${frame.level}>${heading}</div>` : nothing}
    ${body}
    <p part=${shown ? 'status' : nothing} class=${shown ? 'status' : 'visually-hidden'} role="status" tabindex="-1">${status}</p>
  </section>`;
}

/** What a list shows: its skeleton, its error, its cards, or its empty message. */
export type ListState = 'loading' | 'error' | 'cards' | 'empty';

/** The state of a list that has `count` articles to show once `load` is ready. */
export function listState(load: {status: FeedStatus; error?: FeedError}, count: number): ListState {
  if (load.status === 'loading' || load.status === 'idle') return 'loading';
  if (load.status === 'error' && load.error) return 'error';
  return count ? 'cards' : 'empty';
}

/** The localized words for what went wrong; the page owner's details are in the event and console. */
export function feedErrorText(error: FeedError): string {
  // An http error without a status (one a page built) reads as an answer that never came.
  switch (error.kind === 'http' && !error.status ? 'network' : error.kind) {
    case 'http':
      return msg(str`The news feed is unavailable right now (error ${error.status}).`, {id: 'feed.error.http', desc: 'A list’s error: the feed’s server answered with an HTTP error'});
    case 'network':
      return msg('We couldn’t load the articles. Check your connection and try again.', {id: 'feed.error.network', desc: 'A list’s error: the feed could not be reached (no connection, the server down)'});
    case 'timeout':
      return msg('The news feed is taking too long to answer. Please try again in a moment.', {id: 'feed.error.timeout', desc: 'A list’s error: the feed took too long to answer'});
    case 'limit':
      return msg('This news feed is too large to show here.', {id: 'feed.error.limit', desc: 'The feed is past the reading limits (bytes, nesting)'});
    default:
      return msg('This news feed can’t be read: it isn’t in a format we understand.', {id: 'feed.error.format', desc: 'A list’s error: the feed is in no format the library reads'});
  }
}
