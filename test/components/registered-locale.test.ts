// A language the library does not bundle, given at run time with registerLocale: on a page that
// declares it (<html lang="he">), every element speaks it from the first render, right to
// left, with its plural forms and dates from Intl; a message the catalog lacks shows in
// English; a catalog given as a function loads on the first switch to it; a malformed one
// leaves English, with a warning, and breaks nothing.
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import {nothing} from 'lit';
import sinon from 'sinon';
import '../../src/index.js';
import {LOCALE_STORAGE_KEY, registerLocale, setLocale, getLocale, type NewsArticleCardElement, type NewsFeedElement, type NewsLanguageSwitcherElement} from '../../src/index.js';
import type {NewsItem} from '../../src/core/feed.js';
import {requestedCatalog} from '../../src/core/locale.js';
import * as hebrew from '../fixtures/catalogs/he.js';
import {textOf} from '../helpers.js';
import {pageErrors} from '../harness/page-errors.js';

const thrown = pageErrors();
const HOUR = 3_600_000;
const WORDS_A_MINUTE = 228; // English (the items below have no language of their own)
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const item = (id: string, minutes: number): NewsItem => ({
  id,
  url: `https://example.com/${id}`,
  title: `Story ${id}`,
  published: new Date(Date.now() - 3 * HOUR),
  contentText: 'words',
  words: minutes * WORDS_A_MINUTE,
  authors: [],
  tags: [],
});
const entriesOf = (switcher: Element) => [...switcher.shadowRoot!.querySelectorAll<HTMLElement>('[part~="link"]')];
const cardsOf = (feed: Element) => [...feed.shadowRoot!.querySelectorAll<NewsArticleCardElement>('news-article-card')];
/** Renders a language switcher beside a feed of `items` (at most `limit` shown); resolves with both. */
async function switcherAndFeed(items: NewsItem[], limit?: number) {
  const page = await render<HTMLElement>(html`<div>
    <news-language-switcher persist="false"></news-language-switcher>
    <news-feed limit=${limit ?? nothing} .feed=${{items}}></news-feed>
  </div>`);
  return {switcher: page.querySelector<NewsLanguageSwitcherElement>('news-language-switcher')!, feed: page.querySelector<NewsFeedElement>('news-feed')!};
}
async function settled(...elements: Element[]) {
  for (const el of elements) {
    await (el as NewsFeedElement).updateComplete;
    await Promise.all(cardsOf(el).map((card) => card.updateComplete));
  }
}

// As a site would: the page declares Hebrew, and registers its catalog before any element connects.
document.documentElement.lang = 'he';
document.documentElement.dir = 'rtl';
registerLocale('he', hebrew);

describe('a language registered at run time', () => {
  after(() => {
    document.documentElement.lang = '';
    document.documentElement.dir = '';
  });

  it('speaks Hebrew on a page that declares it, right to left, with its plural forms and dates; a missing message in English', async () => {
    const {switcher, feed} = await switcherAndFeed([item('a', 1), item('b', 2), item('c', 5), item('d', 1)], 3);
    await settled(switcher, feed);
    expect(getLocale()).to.equal('he');
    expect(entriesOf(switcher).map((e) => [e.lang, textOf(e)])).to.deep.include(['he', 'עברית']);
    expect(textOf($(switcher, '[part~="current"]'))).to.equal('עברית');
    expect($(switcher, '[part="base"]')!.getAttribute('aria-label')).to.equal('שפה');
    expect(textOf($(feed, '[part="heading"]'))).to.equal('כתבות אחרונות');
    const cards = cardsOf(feed);
    expect(cards.map((card) => textOf($(card, '[part="reading-time"]')))).to.deep.equal(['דקת קריאה אחת', 'שתי דקות קריאה', '5 דקות קריאה']);
    expect(textOf($(cards[0], '[part="date"]'))).to.equal('לפני 3 שעות');
    // Not in the catalog: the English source, not an id or "undefined".
    expect(textOf($(feed, '[part="load-more"]'))).to.equal('Load more');
    for (const el of [$(switcher, '[part="base"]'), $(feed, 'section'), $(cards[0], 'article')]) {
      expect([el!.lang, el!.dir]).to.deep.equal(['he', 'rtl']);
    }
    expect(thrown).to.deep.equal([]);
  });

  it('switches to a bundled language and back, from the switcher and from setLocale', async () => {
    const {switcher, feed} = await switcherAndFeed([item('a', 2)]);
    const seen = async () => {
      await settled(switcher, feed);
      const card = cardsOf(feed)[0];
      return [textOf($(feed, '[part="heading"]')), textOf($(card, '[part="reading-time"]')), $(feed, 'section')!.dir];
    };
    expect(await seen()).to.deep.equal(['כתבות אחרונות', 'שתי דקות קריאה', 'rtl']);
    entriesOf(switcher).find((e) => e.lang === 'ar')!.click();
    await waitUntil(() => getLocale() === 'ar');
    expect(await seen()).to.deep.equal(['أحدث المقالات', 'دقيقتان للقراءة', 'rtl']);
    entriesOf(switcher).find((e) => e.lang === 'he')!.click();
    await waitUntil(() => getLocale() === 'he');
    expect(await seen()).to.deep.equal(['כתבות אחרונות', 'שתי דקות קריאה', 'rtl']);
    await setLocale('en');
    expect(await seen()).to.deep.equal(['Latest articles', '2 min read', 'ltr']);
    await setLocale('he-IL');
    expect(await seen()).to.deep.equal(['כתבות אחרונות', 'שתי דקות קריאה', 'rtl']);
    expect(thrown).to.deep.equal([]);
  });

  it('loads a catalog given as a function on the first switch to it, once, and lists it at once', async () => {
    // @lit/localize is configured by now (the elements above): a language registered after that is served too.
    const loads = sinon.spy(() => import('../fixtures/catalogs/de.js'));
    const {switcher, feed} = await switcherAndFeed([item('a', 1), item('b', 3)], 1);
    registerLocale('de', loads);
    await settled(switcher, feed);
    expect(entriesOf(switcher).map((e) => [e.lang, textOf(e)])).to.deep.include(['de', 'Deutsch']);
    expect(loads.callCount, 'loaded before it was asked for').to.equal(0);
    await setLocale('de');
    await settled(switcher, feed);
    expect(textOf($(feed, '[part="heading"]'))).to.equal('Neueste Artikel');
    expect(textOf($(feed, '[part="load-more"]'))).to.equal('Mehr laden');
    // German's `one` form is not in the catalog: its `other` form, not English.
    expect(textOf($(cardsOf(feed)[0], '[part="reading-time"]'))).to.equal('1 Min. Lesezeit');
    expect([$(feed, 'section')!.lang, $(feed, 'section')!.dir]).to.deep.equal(['de', 'ltr']);
    await setLocale('he');
    await setLocale('de');
    expect(loads.callCount).to.equal(1);
    await setLocale('he');
  });

  it('shows English for a malformed catalog, with a warning, and breaks nothing', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      registerLocale('fa', {templates: {'feed.heading': 42, 'switcher.label': 'زبان', 'card.reading-time.other': '${3} دقیقه مطالعه'}});
      registerLocale('tr', 42 as never);
      const {switcher, feed} = await switcherAndFeed([item('a', 2)]);
      await setLocale('fa');
      await settled(switcher, feed);
      expect(textOf($(feed, '[part="heading"]'))).to.equal('Latest articles');
      // Its `${3}` names a value the message does not have: English, with Persian digits from Intl.
      expect(textOf($(cardsOf(feed)[0], '[part="reading-time"]'))).to.equal('۲ min read');
      expect($(switcher, '[part="base"]')!.getAttribute('aria-label')).to.equal('زبان');
      expect($(feed, 'section')!.dir).to.equal('rtl');
      expect(warn.calledWithMatch(/"fa".*feed\.heading/)).to.equal(true);

      // No templates at all: the switch fails as an unreachable catalog's does; the language stays.
      const error = await setLocale('tr').catch((e: unknown) => e);
      expect(error).to.be.instanceOf(TypeError);
      expect(getLocale()).to.equal('fa');
      // A bundled language is not replaced.
      registerLocale('fr', {templates: {'feed.heading': 'Autre chose'}});
      expect(warn.calledWithMatch(/"fr".*not registered/)).to.equal(true);
      await setLocale('fr');
      await settled(feed);
      expect(textOf($(feed, '[part="heading"]'))).to.equal('Derniers articles');
      expect(thrown).to.deep.equal([]);
    } finally {
      warn.restore();
      await setLocale('he');
    }
  });

  it('stays in its language, with a warning, when the reader picks one whose catalog cannot be loaded; the choice is not remembered', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      registerLocale('km', () => Promise.reject(new Error('catalog unreachable')));
      const switcher = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales="he km"></news-language-switcher>`);
      entriesOf(switcher).find((e) => e.lang === 'km')!.click();
      await waitUntil(() => warn.called, 'no warning');
      expect(String(warn.firstCall.args[0])).to.contain('km').and.contain('catalog unreachable');
      await settled(switcher);
      expect([getLocale(), requestedCatalog()]).to.deep.equal(['he', 'he']);
      expect(textOf($(switcher, '[part~="current"]'))).to.equal('עברית');
      expect(localStorage.getItem(LOCALE_STORAGE_KEY), 'the choice remembered').to.equal(null);
      expect(thrown).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });
});
