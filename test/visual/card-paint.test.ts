// Looks at real pixels: a card's feed text paints inside the card, and its focus ring, just
// outside it, is drawn whole and round with the card, in English and in Arabic.
import {expect, fixture as render, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/news-article-card/news-article-card.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsItem} from '../../src/core/feed.js';
import {pixelsOf} from '../harness/pixels.js';
import {browserEngine, useLocale} from '../helpers.js';

/** Combining marks that stack above a letter (U+0300-U+0314) and below it (U+0316-U+0319, U+031C-U+0333). */
const ABOVE = Array.from({length: 0x15}, (_, i) => String.fromCharCode(0x300 + i)).join('');
const BELOW = Array.from({length: 0x18}, (_, i) => String.fromCharCode(0x31c + i)).join('');
/** "Zalgo" text: each letter under and over some 40 marks, which paint far beyond its line. */
const zalgo = (word: string) => [...word].map((letter) => (letter === ' ' ? letter : `${letter}${ABOVE}${ABOVE}${BELOW}${BELOW}`)).join('');

type Match = (r: number, g: number, b: number) => boolean;
const red: Match = (r, g, b) => r > 180 && g < 90 && b < 90;
const blue: Match = (r, g, b) => b > 180 && r < 90 && g < 140;

const OUTSET = 40;
/**
 * Pixels of `match` in a screenshot of `card` and OUTSET px around it, counted where they lie
 * between `from` and `to` CSS px outside the card's box: above, below, left and right of it.
 */
async function outside(card: Element, match: Match, from: number, to: number) {
  // The room around the card in view too: WebKit's screenshot is of the viewport.
  card.parentElement!.scrollIntoView({block: 'center'});
  const {data, width, height} = await pixelsOf(card, OUTSET);
  const scale = width / (Math.ceil(card.getBoundingClientRect().width) + 2 * OUTSET);
  const sides = {above: 0, below: 0, left: 0, right: 0};
  const [near, far] = [(OUTSET - from) * scale, (OUTSET - to) * scale];
  const band = (position: number, size: number) => (position < near && position >= far ? 'start' : size - 1 - position < near && size - 1 - position >= far ? 'end' : undefined);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (!match(data[i], data[i + 1], data[i + 2])) continue;
      const [row, column] = [band(y, height), band(x, width)];
      if (row === 'start') sides.above++;
      else if (row === 'end') sides.below++;
      else if (column === 'start') sides.left++;
      else if (column === 'end') sides.right++;
    }
  }
  return sides;
}

const item = (title: string): NewsItem => ({id: title, url: 'https://example.com/story', title, authors: [], tags: []});
const card = (title: string) =>
  render<NewsArticleCardElement>(
    html`<div style="padding: ${OUTSET * 2}px; background: #fff"
      ><news-article-card style="display: block; inline-size: 360px; color: #f00; --news-color-accent: #00f" .item=${item(title)}></news-article-card
    ></div>`,
  ).then((wrapper) => wrapper.querySelector('news-article-card')!);

/** A card of `title` with the keyboard focus (Tab from a button before it), painted. */
async function focusedCard(title: string) {
  const el = await card(title);
  await el.updateComplete;
  el.parentElement!.prepend(Object.assign(document.createElement('button'), {textContent: 'Before'}));
  el.parentElement!.querySelector('button')!.focus();
  await sendKeys({press: 'Tab'});
  expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="link"]'));
  await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
  return el;
}

describe('what a card paints (screenshots)', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['en', 'ar']) {
    it(`keeps stacked combining marks ("Zalgo" text) inside the card, in ${locale}`, async () => {
      await useLocale(locale);
      // Latin letters in either interface: the fonts here stack Arabic's marks no higher than its line.
      const el = await card(zalgo('Breaking news'));
      await el.updateComplete;
      // The card's box holds the letters' line, not the marks stacked above and below it.
      expect(el.getBoundingClientRect().height).to.be.lessThan(60);
      // Chromium and Firefox paint the marks up to 40 px above and below the card; the card clips them 8 px out.
      // WebKit has no overflow-clip-margin, so there the card clips nothing (at its edge it would
      // cut an Arabic headline's marks), but WebKitGTK draws such a stack within its line (Safari's text engine is not tested).
      expect(await outside(el, red, 10, OUTSET), 'marks painted more than 10 px outside the card').to.deep.equal({above: 0, below: 0, left: 0, right: 0});
      // Where the card clips, the marks reach its clip's edge: painted and cut, not missing.
      // Which engines clip is pinned: one that gained (or lost) the property fails here rather than skipping the check.
      const clips = CSS.supports('overflow-clip-margin', '8px');
      expect(clips, 'overflow-clip-margin: Chromium and Firefox have it, WebKitGTK has not').to.equal((await browserEngine()) !== 'webkit');
      if (clips) expect((await outside(el, red, 0, 9)).above, 'marks just above the card').to.be.greaterThan(0);
    });

    it(`draws the keyboard focus ring whole, just outside the card, in ${locale}`, async () => {
      await useLocale(locale);
      const el = await focusedCard(locale === 'ar' ? 'المغرب يفوز' : 'Morocco wins');
      // The ring: 2 px wide, 4 px off the card's edge, on every side.
      const ring = await outside(el, blue, 3, 8);
      for (const [side, count] of Object.entries(ring)) expect(count, `the ring's ${side} side`).to.be.greaterThan(20);
    });

    it(`rounds the focus ring with a page's ::part(base) corners, in ${locale}`, async () => {
      await useLocale(locale);
      const style = document.head.appendChild(Object.assign(document.createElement('style'), {textContent: 'news-article-card { block-size: 120px; --news-card-padding: 24px } news-article-card::part(base) { border-radius: 40px }'}));
      try {
        const el = await focusedCard(locale === 'ar' ? 'المغرب يفوز' : 'Morocco wins');
        const {data, width} = await pixelsOf(el, OUTSET);
        const scale = width / (Math.ceil(el.getBoundingClientRect().width) + 2 * OUTSET);
        // Blue pixels from x0 to x1 and y0 to y1 CSS px of the card's top left corner.
        const blueIn = (x0: number, x1: number, y0: number, y1: number) => {
          let count = 0;
          for (let y = Math.round((OUTSET + y0) * scale); y < (OUTSET + y1) * scale; y++) {
            for (let x = Math.round((OUTSET + x0) * scale); x < (OUTSET + x1) * scale; x++) {
              const i = (y * width + x) * 4;
              if (blue(data[i], data[i + 1], data[i + 2])) count++;
            }
          }
          return count;
        };
        // Round with the card's 40 px corners (the card tall enough to keep them; its padding
        // keeps the headline, blue when focused, out of the corner), the ring
        // crosses the corner's square 9 px in (a ring of the default 0.5rem corners passed
        // outside it and was cut off there by the card's rounded clip), is not yet in the band
        // 3-8 px above the card for the first 20 px (the square one was from the 9th), and is
        // in that band along the top.
        expect(blueIn(0, 20, 0, 20), 'the ring round the top left corner').to.be.greaterThan(20);
        expect(blueIn(0, 20, -8, -3), 'the ring above the top left corner').to.equal(0);
        expect(blueIn(60, 120, -8, -3), 'the ring along the top').to.be.greaterThan(20);
      } finally {
        style.remove();
      }
    });
  }
});
