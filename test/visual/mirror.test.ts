// Looks at real pixels: each element is screenshotted in English and in Arabic, and what sits
// at the inline start in one must sit on the other side in the other.
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import '../../src/index.js';
import type {NewsArticleCardElement, NewsFeedElement, NewsLanguageSwitcherElement} from '../../src/index.js';
import type {NewsItem} from '../../src/core/feed.js';
import {useLocale} from '../helpers.js';
import {pixelsOf} from '../harness/pixels.js';

type Match = (r: number, g: number, b: number) => boolean;
const red: Match = (r, g, b) => r > 200 && g < 60 && b < 60;
const ink: Match = (r, g, b) => 0.3 * r + 0.59 * g + 0.11 * b < 160;

/** Horizontal centre of the matching pixels, as a fraction of the width (0 = left edge). */
function centreOf({data, width, height}: ImageData, match: Match): number {
  let sum = 0;
  let count = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (match(data[i], data[i + 1], data[i + 2])) {
        sum += x;
        count++;
      }
    }
  }
  expect(count, 'no matching pixels in the screenshot').to.be.greaterThan(50);
  return sum / count / width;
}

const image = new URL('/test/fixtures/red.svg', location.href).href;
const item = (id: string): NewsItem => ({id, url: `https://example.com/${id}`, title: `Headline ${id}`, image, authors: [], tags: []});
/** Every image loaded, decoded and painted: a lazy, async-decoded image can be complete a frame before it is drawn. */
async function imagesLoaded(root: ParentNode) {
  const images = [...root.querySelectorAll('img')];
  await waitUntil(() => images.every((img) => img.complete && img.naturalWidth > 0), 'images did not load', {timeout: 5000});
  await Promise.all(images.map((img) => img.decode()));
  await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
}
const cardsOf = (feed: Element) => [...feed.shadowRoot!.querySelectorAll<NewsArticleCardElement>('news-article-card')];
const page = 'display: block; inline-size: 600px; background: #fff; color: #000;';

describe('mirrored layout in Arabic (screenshots)', () => {
  afterEach(() => useLocale('en'));

  /** Renders with `make` in `en` and in `ar` and returns where the matching pixels sit in each. */
  async function inBothDirections(make: () => Promise<Element>, match: Match): Promise<{en: number; ar: number}> {
    const centres: Record<string, number> = {};
    for (const locale of ['en', 'ar']) {
      await useLocale(locale);
      const target = await make();
      centres[locale] = centreOf(await pixelsOf(target), match);
    }
    return centres as {en: number; ar: number};
  }

  it('<news-article-card variant="horizontal">: the image moves from left to right', async () => {
    const {en, ar} = await inBothDirections(async () => {
      const el = await render<NewsArticleCardElement>(html`<news-article-card style=${page} variant="horizontal" .item=${item('a')}></news-article-card>`);
      await imagesLoaded(el.shadowRoot!);
      return el;
    }, red);
    expect(en).to.be.below(0.35);
    expect(ar).to.be.above(0.65);
  });

  it('<news-feed layout="list">: the images move to the right, the heading starts on the right', async () => {
    const centres = {image: {} as Record<string, number>, heading: {} as Record<string, number>};
    for (const locale of ['en', 'ar']) {
      await useLocale(locale);
      const el = await render<NewsFeedElement>(html`<news-feed style=${page} layout="list" .feed=${{items: [item('a'), item('b')]}}></news-feed>`);
      await Promise.all(cardsOf(el).map((card) => card.updateComplete));
      for (const card of cardsOf(el)) await imagesLoaded(card.shadowRoot!);
      centres.image[locale] = centreOf(await pixelsOf(el), red);
      centres.heading[locale] = centreOf(await pixelsOf(el.shadowRoot!.querySelector('[part="heading"]')!), ink);
    }
    expect(centres.image.en).to.be.below(0.35);
    expect(centres.image.ar).to.be.above(0.65);
    expect(centres.heading.en).to.be.below(0.3);
    expect(centres.heading.ar).to.be.above(0.7);
  });

  it('<news-header-bar>: a ring round an item of its default slot is drawn whole, at the end of the line in either direction', async () => {
    for (const locale of ['en', 'ar']) {
      await useLocale(locale);
      const bar = await render<HTMLElement & {updateComplete: Promise<unknown>}>(
        html`<news-header-bar style=${page} timezone="Africa/Casablanca" city="Casablanca" .weather=${{temperature: 20, weatherCode: 1, isDay: true}}
          ><a href="#prayer" style="outline: 2px solid #f00; outline-offset: 1px; color: #000">Prayer times</a></news-header-bar
        >`,
      );
      await bar.updateComplete;
      // The ring lies 1-3 px outside the link: each side of a box 6 px larger shows it.
      const link = bar.querySelector('a')!;
      const {data, width, height} = await pixelsOf(link, 6);
      // Red pixels in a band of the picture: columns and rows as shares of its width and height.
      const redIn = (from: number, to: number, top = 0, bottom = 1) => {
        let count = 0;
        for (let y = Math.round(top * height); y < Math.round(bottom * height); y++) {
          for (let x = Math.round(from * width); x < Math.round(to * width); x++) count += red(data[(y * width + x) * 4], data[(y * width + x) * 4 + 1], data[(y * width + x) * 4 + 2]) ? 1 : 0;
        }
        return count;
      };
      const box = link.getBoundingClientRect();
      const side = 6 / (Math.ceil(box.width) + 12);
      const edge = 6 / (Math.ceil(box.height) + 12);
      expect(redIn(0, side), `${locale}: the ring's left side`).to.be.greaterThan(10);
      expect(redIn(1 - side, 1), `${locale}: the ring's right side`).to.be.greaterThan(10);
      expect(redIn(side, 1 - side, 0, edge), `${locale}: the ring's top`).to.be.greaterThan(10);
      expect(redIn(side, 1 - side, 1 - edge, 1), `${locale}: the ring's bottom`).to.be.greaterThan(10);
      // At the end of the line: its right half in English, its left half in Arabic.
      const line = bar.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
      const centre = (box.left + box.right) / 2;
      const middle = (line.left + line.right) / 2;
      expect(locale === 'en' ? centre > middle : centre < middle, `${locale}: the link at ${centre.toFixed(0)} px, the line's middle at ${middle.toFixed(0)} px`).to.equal(true);
    }
  });

  it('<news-language-switcher>: the entries start on the right', async () => {
    const {en, ar} = await inBothDirections(
      () => render<NewsLanguageSwitcherElement>(html`<news-language-switcher style=${page}></news-language-switcher>`),
      ink,
    );
    expect(en).to.be.below(0.4);
    expect(ar).to.be.above(0.6);
  });

  it('<news-language-switcher variant="menu">: the button and its open list sit on the right', async () => {
    const {en, ar} = await inBothDirections(async () => {
      const el = await render<NewsLanguageSwitcherElement>(
        html`<news-language-switcher style="${page} block-size: 14rem" variant="menu"></news-language-switcher>`,
      );
      (el.shadowRoot!.querySelector('[part="button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      return el;
    }, ink);
    expect(en).to.be.below(0.3);
    expect(ar).to.be.above(0.7);
  });
});
