// Red-team tests of issue 16 on the element side, against the public element API: feed text
// stays inside its card (bidi, long words), the header bar keeps its size, a failing
// reload() keeps the articles. What a reader sees is measured: glyph positions, boxes.
import {expect, fixture as render, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsFeed, NewsItem} from '../../src/core/feed.js';
import {eventOnce, useLocale} from '../helpers.js';
import {cards, headlines, loaded, settled} from '../harness/list.js';
import {$, part} from '../harness/shadow.js';
import {clearFeedCache} from '../../src/core/cache.js';
import {feedErrorText} from '../../src/components/news-feed/news-feed.component.js';
import type {FeedError} from '../../src/core/feed.js';

const item = (overrides: Partial<NewsItem>): NewsItem => ({
  id: '1',
  url: 'https://example.com/1',
  title: 'Headline',
  published: new Date('2026-01-16T08:00:00Z'),
  authors: [],
  tags: [],
  ...overrides,
});

/** A list of one card showing `overrides`, in `layout`, rendered. */
async function cardOf(overrides: Partial<NewsItem>, layout = 'list') {
  const list = await render<NewsFeedElement>(html`<news-feed .feed=${{items: [item(overrides)]} satisfies NewsFeed} layout=${layout}></news-feed>`);
  await settled(list);
  return cards(list)[0];
}

/** Where, on screen, the character at `offset` of `node` is drawn. */
function glyphLeft(node: Text, offset: number): number {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect().left;
}

/** The text node of part `name` of `card` that holds `text`, and where in it `text` starts. */
function find(card: Element, name: string, text: string): [Text, number] {
  const walker = document.createTreeWalker(part(card, name)!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.includes(text)) return [node, node.data.indexOf(text)];
  }
  throw new Error(`“${text}” is not in part ${name}`);
}

/** Where, on screen, the first character of `text` in part `name` of `card` is drawn. */
const leftOf = (card: Element, name: string, text: string) => glyphLeft(...find(card, name, text));

/**
 * Whether the left-to-right `text`, found in part `name` of `card`, is drawn in reading
 * order: each letter to the right of the one before. A direction override leaking into it
 * draws it backwards.
 */
function readsInOrder(card: Element, name: string, text: string): boolean {
  const [node, at] = find(card, name, text);
  const lefts = [...text].flatMap((char, i) => (char === ' ' ? [] : [glyphLeft(node, at + i)]));
  return lefts.every((left, i) => i === 0 || left > lefts[i - 1]);
}

describe('red team: feed text is contained in its card', () => {
  afterEach(() => useLocale('en'));

  for (const locale of ['en', 'ar']) {
    it(`a right-to-left override in one author's name does not reverse the next name (${locale})`, async () => {
      await useLocale(locale);
      const card = await cardOf({authors: [{name: 'Evil\u202eeman'}, {name: 'Amina Benali'}, {name: 'Karim\u202e'}, {name: 'Salma Idrissi'}]});
      expect(readsInOrder(card, 'author', 'Amina Benali'), 'second author').to.equal(true);
      expect(readsInOrder(card, 'author', 'Salma Idrissi'), 'fourth author').to.equal(true);
    });
  }

  for (const locale of ['en', 'ar']) {
    it(`a name that closes its own isolate (PDI) before an override does not reverse the next name (${locale})`, async () => {
      await useLocale(locale);
      // U+2069 in the name ends the FSI the list wraps it in: the U+202E after it would run on to the part's end.
      const card = await cardOf({authors: [{name: 'Evil\u2069\u202e'}, {name: 'Amina Benali'}, {name: 'Karim\u2066\u2069\u2069\u202e'}, {name: 'Salma Idrissi'}]});
      expect(readsInOrder(card, 'author', 'Amina Benali'), 'second author').to.equal(true);
      expect(readsInOrder(card, 'author', 'Salma Idrissi'), 'fourth author').to.equal(true);
      // The names stay in the list's order: after Amina in reading order, Salma is to her right in English, to her left in Arabic.
      const [amina, salma] = [leftOf(card, 'author', 'Amina'), leftOf(card, 'author', 'Salma')];
      if (locale === 'en') expect(salma, `${amina} then ${salma}`).to.be.above(amina);
      else expect(salma, `${amina} then ${salma}`).to.be.below(amina);
    });
  }

  it('Arabic names keep their order in an English list, and Latin names in an Arabic one', async () => {
    // Without isolation, two right-to-left names with only a comma between them form one
    // right-to-left run, and the reader sees them swapped.
    const names = [{name: 'Amina Benali'}, {name: 'محمد'}, {name: 'علي'}, {name: 'Salma Idrissi'}];
    const card = await cardOf({authors: names});
    const first = leftOf(card, 'author', 'محمد');
    const second = leftOf(card, 'author', 'علي');
    // An English list reads left to right: the second name comes after (to the right of) the first.
    expect(second, `${first} then ${second}`).to.be.above(first);
    await useLocale('ar');
    const arabic = await cardOf({authors: [{name: 'Amina Benali'}, {name: 'John Smith'}, {name: 'محمد'}]});
    const amina = leftOf(arabic, 'author', 'Amina');
    const john = leftOf(arabic, 'author', 'John');
    // An Arabic list reads right to left: the second name is to the left of the first.
    expect(john, `${amina} then ${john}`).to.be.below(amina);
  });

  it('a right-to-left override in a headline, tag or summary ends with it', async () => {
    const card = await cardOf({title: 'Breaking \u202enews', summary: 'Summary \u202eone', tags: ['\u202eFirst', 'Second tag'], contentText: 'word '.repeat(300)});
    expect(readsInOrder(card, 'tags', 'Second tag'), 'the next tag').to.equal(true);
    // Each piece of feed text is isolated, so a page that restyles the parts around it cannot let an override out:
    // `isolate`, or `plaintext` (an isolate that takes its direction from its text) in an article of unknown language, as this one.
    const isolating = ['isolate', 'plaintext'];
    for (const name of ['headline', 'summary']) expect(getComputedStyle(part(card, name)!).unicodeBidi, name).to.be.oneOf(isolating);
    for (const tag of part(card, 'tags')!.querySelectorAll('li')) expect(getComputedStyle(tag).unicodeBidi, 'tag').to.be.oneOf(isolating);
  });

  it('a page that lays the byline out as one line still reads the reading time in order', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'news-feed::part(card-meta) { display: block }';
    try {
      const card = await cardOf({authors: [{name: 'Amina Benali'}, {name: 'Evil\u202e'}], contentText: 'word '.repeat(450)});
      expect(readsInOrder(card, 'reading-time', 'min read')).to.equal(true);
      expect(readsInOrder(card, 'date', 'Jan')).to.equal(true);
      // Nor does one whose name first closes the isolate it is given (U+2069).
      const closing = await cardOf({authors: [{name: 'Amina Benali'}, {name: 'Evil\u2069\u202e'}], contentText: 'word '.repeat(450)});
      expect(readsInOrder(closing, 'reading-time', 'min read'), 'after a closed isolate').to.equal(true);
    } finally {
      style.remove();
    }
  });
});

/** Every element in `root` and in the shadow roots below it. */
const allElements = (root: Element | ShadowRoot): Element[] =>
  [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...allElements(el.shadowRoot)] : [el]));

describe('red team: a 5,000-character word stays in its column', () => {
  afterEach(() => useLocale('en'));
  const WORD = 'W'.repeat(5_000);
  const long = {title: `Headline ${WORD}`, summary: `Summary ${WORD}`, authors: [{name: `Author${WORD}`}], tags: [`Tag${WORD}`, 'Short'], contentText: `Text ${WORD}`};

  /** The elements of `host` (and of the shadow roots below it) that stick out of the 320 px column `column`. */
  function outside(column: Element) {
    const box = column.getBoundingClientRect();
    return allElements(column)
      .filter((el) => el.getClientRects().length)
      .map((el) => [el, el.getBoundingClientRect()] as const)
      .filter(([, rect]) => rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
      .map(([el, rect]) => `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} ${Math.round(rect.width)} px`);
  }

  for (const locale of ['en', 'ar']) {
    for (const layout of ['list', 'grid', 'compact']) {
      it(`<news-feed layout="${layout}"> in a 320 px column (${locale})`, async () => {
        await useLocale(locale);
        const column = await render<HTMLDivElement>(html`<div style="inline-size: 320px"><news-feed .feed=${{items: [item(long)]} satisfies NewsFeed} layout=${layout}></news-feed></div>`);
        await settled(column.querySelector('news-feed')!);
        expect(column.getBoundingClientRect().width).to.equal(320);
        expect(column.scrollWidth, 'the column scrolls').to.equal(320);
        expect(outside(column)).to.deep.equal([]);
      });
    }
    for (const variant of ['vertical', 'horizontal', 'compact', 'hero']) {
      it(`<news-article-card variant="${variant}"> in a 320 px column (${locale})`, async () => {
        await useLocale(locale);
        const column = await render<HTMLDivElement>(html`<div style="inline-size: 320px"><news-article-card .item=${item(long)} variant=${variant}></news-article-card></div>`);
        await (column.firstElementChild as Element & {updateComplete: Promise<unknown>}).updateComplete;
        expect(column.scrollWidth, 'the column scrolls').to.equal(320);
        expect(outside(column)).to.deep.equal([]);
      });
    }
  }
});

describe('red team: the header bar keeps its size', function () {
  this.timeout(30_000);
  afterEach(() => (sinon.restore(), useLocale('en')));

  type State = 'loading' | 'loaded' | 'failed' | 'unreadable' | 'absent';
  /** How each state is reached: a weather source (or given weather), and whether to wait for it to settle. */
  const STATES: Record<State, {src?: string; weather?: unknown; settles?: boolean}> = {
    // Headers and half a body, then nothing: loading for as long as the test looks.
    loading: {src: `/__stall/bar-height/test/fixtures/weather-celsius.json`},
    loaded: {src: '/test/fixtures/weather-celsius.json', settles: true},
    failed: {src: '/__status/404', settles: true},
    // Weather given by page script that cannot be shown.
    unreadable: {weather: {temperature: 4000, weatherCode: 2, isDay: true}},
    absent: {},
  };

  /** A bar (with a logo and a button) in a column `width` px wide in `state`, with its height and whether the weather's room sits beside the date. */
  async function measure(state: State, width: number) {
    const {src, weather, settles} = STATES[state];
    const column = document.createElement('div');
    column.style.inlineSize = `${width}px`;
    const el = Object.assign(document.createElement('news-header-bar'), {timezone: 'Africa/Casablanca', city: 'Casablanca'});
    if (src) el.setAttribute('weather-src', src);
    if (weather) el.weather = weather as never;
    // As a site uses it: a logo before, a button at the end.
    el.innerHTML = '<a slot="start" href="#home">Post</a><button slot="end" type="button">Subscribe</button>';
    const settled = settles ? Promise.race([eventOnce(el, 'news-weather-load'), eventOnce(el, 'news-weather-error')]) : undefined;
    column.append(el);
    await render(column);
    await settled;
    await el.updateComplete;
    // The state under test is the one a reader sees.
    expect(!!part(el, 'temperature'), `${state} at ${width} px`).to.equal(state === 'loaded');
    const room = $(el, '.weather');
    const height = el.getBoundingClientRect().height;
    const besideDate = !room || Math.abs(room.getBoundingClientRect().top - part(el, 'date')!.getBoundingClientRect().top) < 8;
    column.remove();
    return {height, besideDate};
  }

  for (const locale of ['en', 'ar']) {
    it(`is as tall loading, loaded, failed or unreadable at every width from 200 to 720 px, and with no weather source where all fits on one line (${locale})`, async () => {
      await useLocale(locale);
      sinon.stub(console, 'warn');
      const heights: Record<number, Record<string, number>> = {};
      const besides: Record<number, boolean> = {};
      for (const width of [200, 240, 280, 320, 400, 480, 720]) {
        heights[width] = {};
        for (const state of Object.keys(STATES) as State[]) {
          const {height, besideDate} = await measure(state, width);
          heights[width][state] = height;
          if (state === 'loaded') besides[width] = besideDate;
        }
      }
      const report = JSON.stringify(heights);
      for (const [width, of] of Object.entries(heights)) {
        for (const state of ['loading', 'failed', 'unreadable']) expect(of[state], `${state} at ${width} px: ${report}`).to.equal(of.loaded);
        // A bar without a weather source keeps no room for weather: never taller.
        expect(of.absent, `absent at ${width} px: ${report}`).to.be.at.most(of.loaded);
      }
      // Where all fits on one line, as tall with no weather source at all.
      expect(heights[720].absent, report).to.equal(heights[720].loaded);
      // Both layouts were measured: the weather beside the date (wide), and on a line of its own (narrow).
      expect(besides[720], report).to.equal(true);
      expect(besides[200], report).to.equal(false);
    });
  }
});

describe('red team: a failing reload() keeps what is on screen', () => {
  afterEach(() => (sinon.restore(), clearFeedCache()));

  it('keeps the articles while it loads and after it fails, with the error and Retry above them', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src=${`/test/fixtures/page-1.json?reload=${Math.random()}`}></news-feed>`);
    await loaded(el);
    const before = headlines(el);
    expect(before).to.have.length(3);
    const fetch = sinon.stub(window, 'fetch').resolves(new Response('gone', {status: 404}));
    sinon.stub(console, 'warn');
    const failed = eventOnce<{error: FeedError}>(el, 'news-feed-error');
    const reloading = el.reload();
    await settled(el);
    expect(headlines(el), 'while reloading').to.deep.equal(before);
    expect($(el, '[aria-busy="true"]'), 'a skeleton while reloading').to.equal(null);
    await reloading;
    await settled(el);
    expect(fetch.callCount).to.equal(1);
    const {detail} = await failed;
    expect(detail.error.kind).to.equal('http');
    expect(headlines(el), 'after the failure').to.deep.equal(before);
    const alert = $(el, '[part~="status"] [role="alert"]')!;
    expect(alert.textContent).to.equal(feedErrorText(detail.error));
    // Above the articles, where a reader looking at the list sees it.
    expect(alert.getBoundingClientRect().bottom).to.be.at.most(part(el, 'list')!.getBoundingClientRect().top);
    // Retry, now that the server answers again: the error goes, the articles stay.
    fetch.restore();
    const reloaded = eventOnce(el, 'news-feed-load');
    $(el, '[part~="retry"]')!.click();
    await reloaded;
    await settled(el);
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(headlines(el)).to.deep.equal(before);
  });
});

describe('red team: a feed past the reading limits', () => {
  afterEach(() => (sinon.restore(), useLocale('en')));

  for (const [locale, text] of [
    ['en', 'This news feed is too large to show here.'],
    ['fr', 'Ce flux d’actualités est trop volumineux pour être affiché ici.'],
  ]) {
    it(`says so in the reader's language, not that the format is unknown (${locale})`, async () => {
      await useLocale(locale);
      sinon.stub(console, 'warn');
      const el = Object.assign(document.createElement('news-feed'), {src: `/__declared/${50 * 2 ** 20}?${Math.random()}`});
      const failed = eventOnce<{error: FeedError}>(el, 'news-feed-error');
      await render(el);
      expect((await failed).detail.error.kind).to.equal('limit');
      await el.updateComplete;
      expect($(el, '[part~="status"] [role="alert"]')!.textContent).to.equal(text);
    });
  }
});
