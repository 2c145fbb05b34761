import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {newArticlesText} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import {readingTimeText} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsItem} from '../../src/core/feed.js';
import {textOf, useLocale} from '../helpers.js';

const story = (id: string) => ({id, url: `https://example.com/${id}`, title: `Story ${id}`});

describe('counted strings', () => {
  afterEach(() => useLocale('en'));

  it('has every Arabic plural form of "new articles"', async () => {
    await useLocale('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => newArticlesText(n, 'ar'))).to.deep.equal([
      'لا مقالات جديدة',
      'مقال جديد واحد',
      'مقالان جديدان',
      '3 مقالات جديدة',
      '11 مقالًا جديدًا',
      '100 مقال جديد',
    ]);
    expect(newArticlesText(3, 'ar-EG')).to.equal('3 مقالات جديدة');
    expect(newArticlesText(3, 'ar-EG-u-nu-arab')).to.equal('٣ مقالات جديدة');
  });

  it('has every Arabic plural form of the reading time, the number held to its word (no-break space)', async () => {
    await useLocale('ar');
    expect([1, 2, 5, 12, 100].map((n) => readingTimeText(n, 'ar'))).to.deep.equal([
      'دقيقة واحدة للقراءة',
      'دقيقتان للقراءة',
      '5\u00a0دقائق للقراءة',
      '12\u00a0دقيقة للقراءة',
      '100\u00a0دقيقة للقراءة',
    ]);
  });

  it('says one and many in English, French and Spanish', async () => {
    expect([1, 4].map((n) => newArticlesText(n, 'en'))).to.deep.equal(['1 new article', '4 new articles']);
    await useLocale('fr');
    expect([1, 4, 1_000_000].map((n) => newArticlesText(n, 'fr'))).to.deep.equal(['1 nouvel article', '4 nouveaux articles', '1\u202f000\u202f000 de nouveaux articles']);
    await useLocale('es');
    expect([1, 4].map((n) => newArticlesText(n, 'es'))).to.deep.equal(['1 artículo nuevo', '4 artículos nuevos']);
    expect(readingTimeText(7, 'es')).to.equal('7\u00a0min de lectura');
    await useLocale('fr');
    expect(readingTimeText(7, 'fr')).to.equal('7\u00a0min de lecture');
  });

  it('announces politely how many new articles a refresh brought, in the active language', async () => {
    const responses = [[story('a'), story('b')], [story('c'), story('d'), story('e'), story('a'), story('b')]];
    const original = window.fetch;
    window.fetch = async () => new Response(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: responses.shift() ?? []}));
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/feed-with-news.json"></news-feed>`);
      const region = () => [...el.shadowRoot!.querySelectorAll('[role="status"]')].at(-1)!;
      await waitUntil(() => el.items.length === 2, 'first load');
      expect(region().getAttribute('role')).to.equal('status');
      expect(textOf(region())).to.equal('');
      await el.reload();
      await el.updateComplete;
      expect(el.items).to.have.length(5);
      expect(textOf(region())).to.equal('3 new articles');
      await useLocale('ar');
      await el.updateComplete;
      expect(textOf(region())).to.equal('3 مقالات جديدة');
    } finally {
      window.fetch = original;
    }
  });

  it('announces each refresh that brings articles, also one that brings as many as the last', async () => {
    const responses = [[story('a')], [story('b'), story('a')], [story('c'), story('b'), story('a')]];
    const original = window.fetch;
    window.fetch = async () => new Response(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: responses.shift() ?? []}));
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/feed-with-one-new-each.json"></news-feed>`);
      await waitUntil(() => el.items.length === 1, 'first load');
      const region = [...el.shadowRoot!.querySelectorAll('[role="status"]')].at(-1)!;
      // What a screen reader hears of a live region: each text written into it.
      const written: string[] = [];
      const observer = new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => node.textContent?.trim() && written.push(node.textContent.trim()))));
      observer.observe(region, {childList: true, subtree: true, characterData: true});
      for (let refresh = 0; refresh < 2; refresh++) {
        await el.reload();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
      }
      observer.disconnect();
      expect(written).to.deep.equal(['1 new article', '1 new article']);
    } finally {
      window.fetch = original;
    }
  });

  it('shows the reading time only when the article’s text is known', async () => {
    const item = (contentText?: string): NewsItem => ({...story('x'), contentText, authors: [], tags: []});
    const withText = await render<NewsArticleCardElement>(html`<news-article-card .item=${item('word '.repeat(450))}></news-article-card>`);
    expect(textOf(withText.shadowRoot!.querySelector('[part="reading-time"]'))).to.equal('2 min read');
    const without = await render<NewsArticleCardElement>(html`<news-article-card .item=${item()}></news-article-card>`);
    expect(without.shadowRoot!.querySelector('[part="reading-time"]')).to.equal(null);
  });
});
