/**
 * Direction per article: a card's own words (headline, summary, tags) take the item's language
 * and direction, isolated from the page; its interface text (date, reading time, labels) stays
 * in the interface language.
 */
import {expect, fixture as render, html} from '@open-wc/testing';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-feed/news-feed.js';
import {readingTimeText, type NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {parseFeed, type NewsFeed, type NewsItem} from '../../src/core/feed.js';
import {normalizeItem} from '../../src/core/formats/fields.js';
import {useLocale} from '../helpers.js';
import {cards, settled} from '../harness/list.js';
import {part} from '../harness/shadow.js';

const ENGLISH = 'Morocco beat Spain!';
const ARABIC = 'المغرب يفوز على إسبانيا!';
const item = (title: string, fields: Partial<NewsItem> = {}): NewsItem => ({
  id: title,
  url: 'https://news.example/story',
  title,
  summary: `${title} ${title}`,
  published: new Date(Date.now() - 3_600_000),
  authors: [],
  tags: [title.split(' ')[0]],
  contentText: title,
  ...fields,
});
const card = (value: NewsItem) => render<NewsArticleCardElement>(html`<news-article-card .item=${value}></news-article-card>`);

const direction = (el: Element | null) => getComputedStyle(el!).direction;
/** Where the last character ("!") of a text is drawn (the headline's, or `holder`'s): at the line's right end or its left end. */
function exclamationSide(el: Element, holder = part(el, 'link')!): 'right' | 'left' {
  const text = [...holder.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent)!;
  const range = document.createRange();
  range.setStart(text, text.textContent!.length - 1);
  range.setEnd(text, text.textContent!.length);
  const mark = range.getBoundingClientRect();
  const all = document.createRange();
  all.selectNodeContents(text);
  const line = all.getBoundingClientRect();
  return Math.abs(mark.right - line.right) < Math.abs(mark.left - line.left) ? 'right' : 'left';
}
/** The language a part is in: the nearest `lang` on or around it. */
const langAround = (el: Element, name: string) => part(el, name)!.closest('[lang]')!.getAttribute('lang');
/** The `dir` a part has or inherits. */
const dirAround = (el: Element, name: string) => part(el, name)!.closest('[dir]')!.getAttribute('dir');

describe('direction per article', () => {
  afterEach(() => useLocale('en'));

  it('a card written as attributes takes its article\'s language from `language` (helper-180: a French story on an Arabic page had none)', async () => {
    await useLocale('ar');
    const el = await render<NewsArticleCardElement>(html`<news-article-card language="fr" headline="Un article en français" summary="Résumé." href="https://news.example/fr"></news-article-card>`);
    for (const name of ['headline', 'summary']) {
      expect(langAround(el, name), name).to.equal('fr');
      expect(direction(part(el, name)), name).to.equal('ltr');
    }
    expect(part(el, 'base')!.getAttribute('lang'), 'the interface').to.equal('ar');
    // A tag that is no language is none: the headline's own direction, of unknown language.
    el.language = 'fr_';
    await el.updateComplete;
    expect(langAround(el, 'headline')).to.equal('');
    el.language = 'fr_FR';
    await el.updateComplete;
    expect(langAround(el, 'headline'), 'a POSIX name read as its tag').to.equal('fr-FR');
  });

  it('renders an English item left to right in an Arabic page, its interface text staying Arabic', async () => {
    await useLocale('ar');
    const el = await card(item(ENGLISH, {language: 'en'}));
    expect(direction(part(el, 'base'))).to.equal('rtl');
    for (const name of ['headline', 'summary']) {
      expect(langAround(el, name), name).to.equal('en');
      expect(direction(part(el, name)), name).to.equal('ltr');
    }
    const tag = part(el, 'tags')!.querySelector('li')!;
    expect([tag.getAttribute('lang'), direction(tag)]).to.deep.equal(['en', 'ltr']);
    // The image's text is the article's too.
    expect(langAround(el, 'image')).to.equal('en');
    // "Morocco beat Spain!", not "!Morocco beat Spain".
    expect(exclamationSide(el)).to.equal('right');
    expect(langAround(el, 'date')).to.equal('ar');
    expect(direction(part(el, 'date'))).to.equal('rtl');
    expect(part(el, 'date')!.textContent).to.match(/^قبل/);
    expect(langAround(el, 'reading-time')).to.equal('ar');
    expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal('المواضيع');
    expect(part(el, 'tags')!.getAttribute('lang') ?? langAround(el, 'tags')).to.equal('ar');
  });

  it('renders an Arabic item right to left in an English page', async () => {
    const el = await card(item(ARABIC, {language: 'ar'}));
    expect(direction(part(el, 'base'))).to.equal('ltr');
    for (const name of ['headline', 'summary']) {
      expect(langAround(el, name), name).to.equal('ar');
      expect(direction(part(el, name)), name).to.equal('rtl');
    }
    expect(exclamationSide(el)).to.equal('left');
    const tag = part(el, 'tags')!.querySelector('li')!;
    expect([tag.getAttribute('lang'), direction(tag)]).to.deep.equal(['ar', 'rtl']);
    expect(direction(part(el, 'tags'))).to.equal('ltr');
    // The headline starts at the card's right edge.
    const headline = part(el, 'headline')!.getBoundingClientRect();
    const link = part(el, 'link')!.getBoundingClientRect();
    expect(headline.right - link.right).to.be.below(1);
    expect(langAround(el, 'date')).to.equal('en');
    expect(part(el, 'date')!.textContent).to.equal('1 hour ago');
  });

  it('starts an article of the other direction at its own start inside a list item of the page (Firefox and WebKit turn a list item\'s text-align into a side)', async () => {
    /** How far the headline's and the summary's text stand from their block's left and right edges. */
    const gaps = (el: Element) =>
      ['link', 'summary'].map((name) => {
        const block = part(el, name === 'link' ? 'headline' : name)!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(part(el, name)!);
        const text = range.getBoundingClientRect();
        return {name, left: Math.round(text.left - block.left), right: Math.round(block.right - text.right)};
      });
    await useLocale('ar');
    const english = (await render(html`<ul dir="rtl"><li><news-article-card .item=${item(ENGLISH, {language: 'en'})}></news-article-card></li></ul>`)).querySelector('news-article-card')!;
    await (english as NewsArticleCardElement).updateComplete;
    for (const gap of gaps(english)) expect(gap.left, `${gap.name}: ${JSON.stringify(gap)}`).to.be.below(1);
    await useLocale('en');
    const arabic = (await render(html`<ul><li><news-article-card .item=${item(ARABIC, {language: 'ar'})}></news-article-card></li></ul>`)).querySelector('news-article-card')!;
    await (arabic as NewsArticleCardElement).updateComplete;
    for (const gap of gaps(arabic)) expect(gap.right, `${gap.name}: ${JSON.stringify(gap)}`).to.be.below(1);
  });

  it('gives every tag the article’s language, not only the first', async () => {
    await useLocale('ar');
    const el = await card(item(ENGLISH, {language: 'en', tags: ['Economy', 'Port', 'Atlantic']}));
    const tags = [...part(el, 'tags')!.querySelectorAll('li')];
    expect(tags.map((tag) => [tag.getAttribute('lang'), direction(tag)])).to.deep.equal([
      ['en', 'ltr'],
      ['en', 'ltr'],
      ['en', 'ltr'],
    ]);
  });

  it('lets an item without a language, in Arabic, in an English feed, take its direction from its text', async () => {
    const feed: NewsFeed = {language: 'en', items: [item(ARABIC), item(ENGLISH)]};
    const el = await render<NewsFeedElement>(html`<news-feed .feed=${feed}></news-feed>`);
    await settled(el);
    const [arabic, english] = cards(el);
    expect(dirAround(arabic, 'headline')).to.equal('rtl');
    expect(langAround(arabic, 'headline')).to.equal('');
    expect(direction(part(arabic, 'headline'))).to.equal('rtl');
    expect(direction(part(arabic, 'summary'))).to.equal('rtl');
    expect(exclamationSide(arabic)).to.equal('left');
    // The English item takes the feed's language.
    expect(langAround(english, 'headline')).to.equal('en');
    expect(direction(part(english, 'headline'))).to.equal('ltr');
  });

  it('reads the direction from the text when neither item nor feed says a language', async () => {
    await useLocale('ar');
    const arabic = await card(item(ARABIC));
    const english = await card(item(ENGLISH));
    expect([direction(part(arabic, 'headline')), direction(part(english, 'headline'))]).to.deep.equal(['rtl', 'ltr']);
    expect(exclamationSide(english)).to.equal('right');
  });

  it('keeps an Arabic headline that opens with a Latin acronym right to left', async () => {
    const el = await card(item('COP30: المغرب يستضيف قمة إفريقية للمناخ', {language: 'ar'}));
    expect(dirAround(el, 'headline')).to.equal('rtl');
    expect(direction(part(el, 'headline'))).to.equal('rtl');
  });

  it('keeps an Arabic headline that opens with a Latin acronym right to left when no language is known', async () => {
    // dir="auto" would take the first strong letter's direction, the C's.
    const el = await card(item('COP30: المغرب يستضيف قمة إفريقية للمناخ'));
    expect(langAround(el, 'headline')).to.equal('');
    expect(direction(part(el, 'headline'))).to.equal('rtl');
    // A headline with no letters leaves the direction to the browser.
    const figures = await card(item('2026 - 2030', {summary: ARABIC}));
    expect(dirAround(figures, 'headline')).to.equal('auto');
  });

  it('gives each text of an article of unknown language its own direction', async () => {
    // An Arabic headline in a feed of no language, with an English summary and tags in both scripts.
    const el = await card(item(ARABIC, {summary: ENGLISH, tags: ['سياسة!', 'Sport!']}));
    expect(exclamationSide(el)).to.equal('left');
    expect(exclamationSide(el, part(el, 'summary')!)).to.equal('right');
    const [arabicTag, latinTag] = part(el, 'tags')!.querySelectorAll('li');
    expect([exclamationSide(el, arabicTag), exclamationSide(el, latinTag)]).to.deep.equal(['left', 'right']);
  });

  for (const locale of ['en', 'ar']) {
    it(`passes axe with an item in the other language, in ${locale}`, async () => {
      await useLocale(locale);
      const el = await card(item(locale === 'ar' ? ENGLISH : ARABIC, {language: locale === 'ar' ? 'en' : 'ar'}));
      await expect(el).to.be.accessible();
      const unknown = await card(item(ARABIC));
      await expect(unknown).to.be.accessible();
    });
  }
});

describe('an article that names no language', () => {
  const declared = document.documentElement.lang;
  /** The page's `<html lang>` and the interface's locale. */
  const page = (lang: string, locale = lang) => {
    document.documentElement.lang = lang;
    return useLocale(locale);
  };
  afterEach(async () => {
    document.documentElement.lang = declared;
    await useLocale('en');
  });

  it('is in the page’s language when the page declares the interface’s and the headline is written its way', async () => {
    // A WordPress feed has no language field: an Arabic edition's articles are Arabic to a screen reader, not of no language.
    await page('ar-MA', 'ar');
    const el = await card(item(ARABIC, {summary: `${ARABIC} COP30`, tags: ['سياسة']}));
    for (const name of ['headline', 'summary']) {
      expect(langAround(el, name), name).to.equal('ar');
      expect(direction(part(el, name)), name).to.equal('rtl');
    }
    const tag = part(el, 'tags')!.querySelector('li')!;
    expect([tag.getAttribute('lang'), direction(tag)]).to.deep.equal(['ar', 'rtl']);
    expect(part(el, 'reading-time')!.textContent).to.equal(readingTimeText(1, 'ar'));
    // A card written as attributes, as a site owner writes one, in the page's language.
    const written = await render<NewsArticleCardElement>(html`<news-article-card headline=${ARABIC} href="https://news.example/a"></news-article-card>`);
    expect(langAround(written, 'headline')).to.equal('ar');
    await page('fr');
    const french = await card(item('Le Maroc bat l’Espagne !'));
    expect(langAround(french, 'headline')).to.equal('fr');
    // A headline of no letters: the page's language, its direction left to the browser.
    const figures = await card(item('2026 - 2030'));
    expect([langAround(figures, 'headline'), dirAround(figures, 'headline')]).to.deep.equal(['fr', 'auto']);
  });

  it('gives each of its other texts its own direction, in the page’s language too', async () => {
    await page('ar');
    const el = await card(item(ARABIC, {summary: ENGLISH, tags: ['سياسة!', 'Sport!']}));
    expect(langAround(el, 'headline')).to.equal('ar');
    expect(exclamationSide(el)).to.equal('left');
    expect(exclamationSide(el, part(el, 'summary')!)).to.equal('right');
    const [arabicTag, latinTag] = part(el, 'tags')!.querySelectorAll('li');
    expect([exclamationSide(el, arabicTag), exclamationSide(el, latinTag)]).to.deep.equal(['left', 'right']);
  });

  it('is of unknown language when its headline is written the other way, until the interface’s language is written that way', async () => {
    await page('ar');
    const el = await card(item(ENGLISH));
    expect(langAround(el, 'headline')).to.equal('');
    expect(direction(part(el, 'headline'))).to.equal('ltr');
    await page('en');
    await el.updateComplete;
    expect(langAround(el, 'headline')).to.equal('en');
    expect(direction(part(el, 'headline'))).to.equal('ltr');
  });

  it('is of unknown language when the page declares another language than the interface’s', async () => {
    // A German page: no German catalog, so the interface is English; its articles are not English for that.
    await page('de', 'en');
    const el = await card(item('Marokko schlägt Spanien!'));
    expect(langAround(el, 'headline')).to.equal('');
    expect(direction(part(el, 'headline'))).to.equal('ltr');
  });

  it('passes axe in the page’s language, in ar', async () => {
    await page('ar');
    await expect(await card(item(ARABIC, {summary: ENGLISH}))).to.be.accessible();
  });
});

describe('reading time per article', () => {
  afterEach(() => useLocale('en'));
  // 690 words: 3 minutes at English speed (228 a minute), 4 at French (195), 5 at Arabic (138).
  const words = (word: string) => Array(690).fill(word).join(' ');
  const minutesShown = async (language: string | undefined, text: string) => {
    const el = await card(item(language === 'ar' ? ARABIC : ENGLISH, {language, contentText: text}));
    return part(el, 'reading-time')!.textContent;
  };

  it('reads at the speed of the article’s language, whatever the interface’s', async () => {
    expect(await minutesShown('fr', words('marché'))).to.equal('4 min read');
    expect(await minutesShown('en', words('market'))).to.equal('3 min read');
    expect(await minutesShown('ar', words('سوق'))).to.equal('5 min read');
    await useLocale('ar');
    expect(await minutesShown('fr', words('marché'))).to.equal(readingTimeText(4, 'ar'));
    expect(await minutesShown('en', words('market'))).to.equal(readingTimeText(3, 'ar'));
  });

  it('guesses Arabic from the text when the article has no language', async () => {
    expect(await minutesShown(undefined, words('سوق'))).to.equal('5 min read');
  });

  it('counts the whole body a feed reader counted, not the start that contentText keeps', async () => {
    // A 3,420-word article: 15 minutes in English; its first 5,000 characters alone read in 4.
    const body = Array(3420).fill('market').join(' ');
    const feed = parseFeed({version: 'https://jsonfeed.org/version/1.1', language: 'en', items: [{id: '1', title: 'Long read', content_html: `<p>${body}</p>`}]});
    const [long] = feed.items;
    expect(long.contentText!.length).to.be.at.most(5_000);
    const el = await card(long);
    expect(part(el, 'reading-time')!.textContent).to.equal('15 min read');
    // As the feed cache gives it back on the next visit: the start of the text, the count kept.
    const stored = normalizeItem(JSON.parse(JSON.stringify({...long, contentText: long.contentText!.slice(0, 400)})))!;
    expect(stored.words).to.equal(3420);
    el.item = stored;
    await el.updateComplete;
    expect(part(el, 'reading-time')!.textContent).to.equal('15 min read');
  });
});
