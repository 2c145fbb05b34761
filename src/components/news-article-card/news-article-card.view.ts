/**
 * The templates and styles of `<news-article-card>`, loaded with the first card on a page.
 * The element builds the article and hands it here with what the reader's locale needs.
 */
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {plural, readingMinutes} from '../../core/count.js';
import type {NewsItem} from '../../core/feed.js';
import {formatArticleDate, formatFullDate, formatList} from '../../core/format.js';
import type {CardVariant} from './news-article-card.component.js';
import {cardStyles} from './news-article-card.styles.js';

export {ClockController} from '../../controllers/clock-controller.js';

export const styles = [cardStyles];

/** What a card shows, as worked out by the element. */
export interface CardState {
  item: NewsItem;
  variant: CardVariant;
  summary?: string;
  /** Heading level of the headline, 1 to 6. */
  level: number;
  target?: string;
  imageFailed: boolean;
  /** Load the image at once and ahead of others (the first card seen). */
  imageHigh: boolean;
  dir: string;
  /** The active locale, for dates, lists and plurals. */
  tag: string;
  onClick: () => void;
  onImageError: () => void;
}

export function renderCard(state: CardState) {
  const {item, variant, summary, level} = state;
  const compact = variant === 'compact';
  return html`
    <article part="base" class="card ${variant}" dir=${state.dir} lang=${ifDefined(item.language)}>
      <div class="body">
        <div part="headline" class="headline" role="heading" aria-level=${level}>${renderLink(item, state)}</div>
        ${summary ? html`<p part="summary" class="summary">${summary}</p>` : nothing} ${renderMeta(item, state.tag)}
        ${!compact && item.tags.length
          ? html`<ul part="tags" class="tags" aria-label=${msg('Topics', {id: 'card.tags', desc: 'Label of the list of an article’s tags'})}>
              ${item.tags.map((tag) => html`<li>${tag}</li>`)}
            </ul>`
          : nothing}
      </div>
      ${!compact && item.image && !state.imageFailed ? renderImage(item.image, item.imageAlt, state.imageHigh, state.onImageError) : nothing}
    </article>
  `;
}

function renderLink(item: NewsItem, {target, onClick}: CardState) {
  if (!item.url) return html`<span part="link" class="link">${item.title}</span>`;
  const blank = target === '_blank';
  return html`<a
    part="link"
    class="link"
    href=${item.url}
    target=${ifDefined(target || undefined)}
    rel=${ifDefined(blank ? 'noopener' : undefined)}
    @click=${onClick}
    >${item.title}</a
  >`;
}

function renderMeta(item: NewsItem, tag: string) {
  const {published, authors, contentText} = item;
  if (!published && !authors.length && !contentText) return nothing;
  return html`<p part="meta" class="meta">
    ${published
      ? html`<time part="date" datetime=${published.toISOString()} title=${formatFullDate(published, tag)}
          >${formatArticleDate(published, tag)}</time
        >`
      : nothing}
    ${authors.length
      ? html`<span part="author">${formatList(authors.map((a) => a.name), tag)}</span>`
      : nothing}
    ${contentText ? html`<span part="reading-time">${readingTimeText(readingMinutes(contentText), tag)}</span>` : nothing}
  </p>`;
}

function renderImage(src: string, alt: string | undefined, high: boolean, onError: () => void) {
  // width/height give the box its ratio before the image arrives: no layout shift.
  return html`<div class="media">
    <img
      part="image"
      src=${src}
      alt=${alt ?? ''}
      width="640"
      height="360"
      loading=${high ? 'eager' : 'lazy'}
      fetchpriority=${high ? 'high' : 'auto'}
      decoding="async"
      @error=${onError}
    />
  </div>`;
}

/** "5 min read", in every plural form of the locale `tag` (Arabic has six). */
export function readingTimeText(minutes: number, tag: string): string {
  return plural(minutes, tag, {
    zero: (n) => msg(str`${n} min read`, {id: 'card.reading-time.zero', desc: 'Minutes it takes to read the article; plural form “zero”'}),
    one: (n) => msg(str`${n} min read`, {id: 'card.reading-time.one', desc: 'Minutes it takes to read the article; plural form “one”'}),
    two: (n) => msg(str`${n} min read`, {id: 'card.reading-time.two', desc: 'Minutes it takes to read the article; plural form “two”'}),
    few: (n) => msg(str`${n} min read`, {id: 'card.reading-time.few', desc: 'Minutes it takes to read the article; plural form “few”'}),
    many: (n) => msg(str`${n} min read`, {id: 'card.reading-time.many', desc: 'Minutes it takes to read the article; plural form “many”'}),
    other: (n) => msg(str`${n} min read`, {id: 'card.reading-time.other', desc: 'Minutes it takes to read the article; plural form “other”'}),
  });
}
