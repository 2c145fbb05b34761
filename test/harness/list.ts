/** The harness of the article lists, `<news-feed>` and `<news-related>`. */
import {waitUntil} from '@open-wc/testing';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import {textOf} from '../helpers.js';
import {$, $$} from './shadow.js';

/** The cards a list shows. */
export const cards = (list: Element) => $$<NewsArticleCardElement>(list, 'news-article-card');

/** The headlines of the cards a list shows, in order. */
export const headlines = (list: Element) => cards(list).map((card) => textOf(card.shadowRoot!.querySelector('[part="link"]')));

/** Resolves once the list and its cards have rendered what they have now. */
export async function settled(list: Element & {updateComplete: Promise<boolean>}) {
  await list.updateComplete;
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

/** Resolves once the list has finished loading (no skeleton) and its cards have rendered. */
export async function loaded(list: Element & {updateComplete: Promise<boolean>}) {
  await waitUntil(() => !$(list, '[aria-busy="true"]'), `${list.localName} did not finish loading`, {timeout: 5000});
  await settled(list);
}
