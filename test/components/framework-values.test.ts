// Attributes and properties as frameworks write them. Vue and Svelte write a bound `false` on
// a kebab-case attribute as the text "false" (React removes the attribute); React, Vue and
// Svelte set a written `persist="false"` or `limit="6"` on the property of that name, as text.
// HTML's own rule (present is true) would turn each boolean on, and text is no number.
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import '../../src/components/news-header-bar/news-header-bar.js';
import '../../src/components/news-language-switcher/news-language-switcher.js';
import '../../src/components/news-related/news-related.js';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-article-card/news-article-card.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsHeaderBarElement} from '../../src/components/news-header-bar/news-header-bar.component.js';
import type {NewsLanguageSwitcherElement} from '../../src/components/news-language-switcher/news-language-switcher.component.js';
import type {NewsRelatedElement} from '../../src/components/news-related/news-related.component.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {LOCALE_STORAGE_KEY, getLocale} from '../../src/core/locale.js';
import {part} from '../harness/shadow.js';
import {textOf, useLocale} from '../helpers.js';

const names = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="link"]')].map(textOf);

describe('attributes and properties as frameworks write them', () => {
  afterEach(async () => {
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    await useLocale('en');
  });

  it('hijri: present is on; "false", as attribute or property, is off', async () => {
    const bar = () => html`<news-header-bar timezone="Africa/Casablanca"></news-header-bar>`;
    const on = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri></news-header-bar>`);
    expect(part(on, 'hijri'), 'hijri present').to.not.equal(null);
    const attribute = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri="false"></news-header-bar>`);
    expect(attribute.hijri).to.equal(false);
    expect(part(attribute, 'hijri'), 'hijri="false"').to.equal(null);
    const property = await render<NewsHeaderBarElement>(bar());
    (property as unknown as {hijri: string}).hijri = '';
    await property.updateComplete;
    expect(part(property, 'hijri'), 'the property set to "" (an attribute without a value)').to.not.equal(null);
    (property as unknown as {hijri: string}).hijri = 'false';
    await property.updateComplete;
    expect([property.hijri, part(property, 'hijri')]).to.deep.equal([false, null]);
  });

  it('regional-names="false" names the languages without their region', async () => {
    const plain = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales="ar-MA fr-MA" regional-names="false"></news-language-switcher>`);
    expect(names(plain)).to.deep.equal(['العربية', 'Français']);
    const regional = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales="ar-MA fr-MA" regional-names></news-language-switcher>`);
    expect(names(regional)).to.deep.equal(['العربية (المغرب)', 'Français (Maroc)']);
  });

  it('persist set to the text "false", as React, Vue and Svelte set it, does not remember the choice', async () => {
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher></news-language-switcher>`);
    (el as unknown as {persist: string}).persist = 'false';
    expect(el.persist).to.equal(false);
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="link"]')].find((e) => e.lang === 'es')!.click();
    await waitUntil(() => getLocale() === 'es');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal(null);
  });

  it('persist stays on when its attribute goes, as without it', async () => {
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher persist="false"></news-language-switcher>`);
    expect(el.persist).to.equal(false);
    el.removeAttribute('persist');
    expect(el.persist).to.equal(true);
  });

  it('numbers set as text, as frameworks set limit="6", are numbers', async () => {
    const feed = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json"></news-feed>`);
    await waitUntil(() => feed.shadowRoot!.querySelectorAll('news-article-card').length === 3);
    // maxItems as text was no limit at all (the readers take a number only).
    Object.assign(feed, {maxItems: '1', headingLevel: '3'});
    expect([feed.maxItems, feed.headingLevel]).to.deep.equal([1, 3]);
    await waitUntil(() => feed.shadowRoot!.querySelectorAll('news-article-card').length === 1, 'one item read');
  });

  it('a text attribute removed (null), a number on its property (React\'s tag={2026}) or an object is read as none or as its text, never thrown on', async () => {
    const switcher = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales="en fr" href-template="https://example.com/{lang}/"></news-language-switcher>`);
    switcher.removeAttribute('href-template');
    expect(switcher.hrefTemplate).to.equal(undefined);
    await switcher.updateComplete;
    // Without a template the entries switch in place, as with an empty one (a CMS's blank field).
    expect([...switcher.shadowRoot!.querySelectorAll('[part~="link"]')].map((entry) => entry.localName)).to.deep.equal(['button', 'button']);
    for (const blank of ['', '  ']) {
      switcher.setAttribute('href-template', blank);
      await switcher.updateComplete;
      expect(switcher.shadowRoot!.querySelectorAll('button[part~="link"]'), JSON.stringify(blank)).to.have.length(2);
    }

    const feed = await render<NewsFeedElement>(html`<news-feed .feed=${{items: ['2026', 'other'].map((tag, i) => ({id: `${i}`, title: `Story ${i}`, authors: [], tags: [tag]}))}}></news-feed>`);
    (feed as unknown as {tag: unknown}).tag = 2026;
    await feed.updateComplete;
    expect(feed.tag).to.equal('2026');
    expect(feed.shadowRoot!.querySelectorAll('news-article-card')).to.have.length(1);
    (feed as unknown as {heading: unknown}).heading = {text: 'Sport'};
    await feed.updateComplete;
    expect(feed.heading).to.equal(undefined);
    expect(textOf(part(feed, 'heading'))).to.not.contain('[object');

    // A date object (React and Vue set a card's date={new Date()} on its property) is its instant.
    const card = await render<NewsArticleCardElement>(html`<news-article-card headline="Port" timezone="UTC"></news-article-card>`);
    (card as unknown as {date: unknown}).date = new Date('2026-01-08T09:10:00Z');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('time')!.dateTime).to.equal('2026-01-08T09:10:00.000Z');
  });

  it('a URL object on a URL property is its address, and an array of locales the list it names (helper-182)', async () => {
    // Native elements take a URL as its text (`img.src = url`), and loadFeed takes one: the
    // elements dropped it (no feed, no link, no warning) and an array of locales (all five offered).
    const feed = await render<NewsFeedElement>(html`<news-feed></news-feed>`);
    (feed as unknown as {src: unknown}).src = new URL('/test/fixtures/page-1.json', location.href);
    expect(feed.src).to.equal(new URL('/test/fixtures/page-1.json', location.href).href);
    await waitUntil(() => feed.shadowRoot!.querySelectorAll('news-article-card').length === 3, 'the feed at the URL');
    const card = await render<NewsArticleCardElement>(html`<news-article-card headline="Port"></news-article-card>`);
    (card as unknown as {href: unknown}).href = new URL('https://news.example/port');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/port');
    const switcher = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher></news-language-switcher>`);
    (switcher as unknown as {locales: unknown}).locales = ['ar', 'fr'];
    await switcher.updateComplete;
    expect(names(switcher)).to.deep.equal(['العربية', 'Français']);
    // A URL writes {lang} as %7Blang%7D: a template given as one keeps it (helper-184).
    (switcher as unknown as {hrefTemplate: unknown}).hrefTemplate = new URL('https://news.example/{lang}/');
    await switcher.updateComplete;
    expect([...switcher.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://news.example/ar/', 'https://news.example/fr/']);
    (feed as unknown as {src: unknown}).src = new URL('/test/fixtures/lang-{lang}.json', location.href);
    expect(feed.src).to.equal(`${location.origin}/test/fixtures/lang-{lang}.json`);
    await waitUntil(() => feed.items[0]?.title === 'English story', 'the feed in the language');
  });

  it('exclude-shown="false" is off', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related current="x" exclude-shown="false"></news-related>`);
    expect(el.excludeShown).to.equal(false);
    el.setAttribute('exclude-shown', '');
    expect(el.excludeShown).to.equal(true);
    el.removeAttribute('exclude-shown');
    expect(el.excludeShown).to.equal(false);
  });
});
