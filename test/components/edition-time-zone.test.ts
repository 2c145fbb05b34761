/** `timezone` on the card and on both lists: absolute dates and times in the edition's zone. */
import {expect, fixture as render, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-related/news-related.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsRelatedElement} from '../../src/components/news-related/news-related.component.js';
import {parseFeed, type NewsFeed, type NewsItem} from '../../src/core/feed.js';
import {dateOf, hoverTitle, useLocale} from '../helpers.js';
import {cards, settled} from '../harness/list.js';
import {part} from '../harness/shadow.js';

// 23:30 UTC on 4 March 2025: still the 4th in Casablanca and New York, already the 5th in Tokyo.
const LATE = new Date('2025-03-04T23:30:00Z');
const item = (id: string, published = LATE): NewsItem => ({id, url: `https://news.example/${id}`, title: `Story ${id}`, published, authors: [], tags: []});
const feed: NewsFeed = {items: [item('a'), item('b'), item('c')]};

/** The date as the reader's own zone writes it (the test browser's zone is whatever the machine has). */
const readerDate = (date: Date, locale = 'en') => new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric'}).format(date);

describe('timezone', () => {
  afterEach(async () => {
    sinon.restore();
    await useLocale('en');
  });

  describe('<news-article-card>', () => {
    const card = (zone?: string, published = LATE) =>
      render<NewsArticleCardElement>(html`<news-article-card .item=${item('a', published)} timezone=${zone as string}></news-article-card>`);

    it('shows an absolute date for the day it is in that zone, keeping the exact instant in datetime', async () => {
      const tokyo = await card('Asia/Tokyo');
      const newYork = await card('America/New_York');
      expect(dateOf(tokyo)).to.deep.equal({text: 'Mar 5, 2025', datetime: '2025-03-04T23:30:00.000Z'});
      expect(dateOf(newYork)).to.deep.equal({text: 'Mar 4, 2025', datetime: '2025-03-04T23:30:00.000Z'});
    });

    it('writes it in Arabic too, with Latin digits', async () => {
      await useLocale('ar');
      const tokyo = await card('Asia/Tokyo');
      const casablanca = await card('Africa/Casablanca');
      expect(dateOf(tokyo).text).to.equal('5 مارس 2025');
      expect(dateOf(casablanca).text).to.equal('4 مارس 2025');
      expect(await hoverTitle(part(tokyo, 'date')!)).to.contain('5 مارس 2025').and.contain('+9');
    });

    it('names the zone in the full date and time of the tooltip', async () => {
      const el = await card('Asia/Tokyo');
      const title = (await hoverTitle(part(el, 'date')!))!;
      expect(title).to.contain('March 5, 2025').and.contain('8:30').and.contain('GMT\u2066+9\u2069');
    });

    it('follows a change of zone', async () => {
      const el = await card('America/New_York');
      expect(dateOf(el).text).to.equal('Mar 4, 2025');
      el.timezone = 'Asia/Tokyo';
      await el.updateComplete;
      expect(dateOf(el).text).to.equal('Mar 5, 2025');
      // Back to the reader's zone (UTC on the test machines: the 4th), not the last one's day.
      el.timezone = undefined;
      await el.updateComplete;
      expect(dateOf(el).text).to.equal(readerDate(LATE));
    });

    it('leaves relative dates as they are', async () => {
      const el = await card('Asia/Tokyo', new Date(Date.now() - 3 * 3_600_000));
      expect(dateOf(el).text).to.equal('3 hours ago');
    });

    it('uses the reader’s zone for an unknown one, with one warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await card('Mars/Olympus');
      expect(dateOf(el)).to.deep.equal({text: readerDate(LATE), datetime: '2025-03-04T23:30:00.000Z'});
      el.variant = 'horizontal';
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('news-article-card').and.contain('Mars/Olympus');
    });
  });

  describe('a date the feed writes without a zone', () => {
    // 23:30 on 4 March 2025 on the edition's clock: 14:30 UTC in Tokyo, 04:30 UTC on the 5th in New York.
    const WALL = '2025-03-04T23:30:00';
    it('is a time of the card’s zone: its instant, day and tooltip', async () => {
      const tokyo = await render<NewsArticleCardElement>(html`<news-article-card headline="A" date=${WALL} timezone="Asia/Tokyo"></news-article-card>`);
      const newYork = await render<NewsArticleCardElement>(html`<news-article-card headline="A" date=${WALL} timezone="America/New_York"></news-article-card>`);
      expect(dateOf(tokyo)).to.deep.equal({text: 'Mar 4, 2025', datetime: '2025-03-04T14:30:00.000Z'});
      expect(dateOf(newYork)).to.deep.equal({text: 'Mar 4, 2025', datetime: '2025-03-05T04:30:00.000Z'});
      expect(await hoverTitle(part(tokyo, 'date')!)).to.contain('March 4, 2025').and.contain('11:30').and.contain('GMT\u2066+9\u2069');
      newYork.timezone = 'Asia/Tokyo';
      await newYork.updateComplete;
      expect(dateOf(newYork).datetime).to.equal('2025-03-04T14:30:00.000Z');
    });

    it('is as old as the edition’s clock says, not hours off or in the future', async () => {
      // Three hours ago on Tokyo's clock (UTC+9 all year), written without a zone.
      const wall = new Date(Date.now() - 3 * 3_600_000 + 9 * 3_600_000).toISOString().slice(0, 19);
      const {items} = parseFeed({version: 'https://jsonfeed.org/version/1.1', items: [{id: 'a', url: 'https://news.example/a', title: 'A', date_published: wall}]});
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${{items}} timezone="Asia/Tokyo"></news-feed>`);
      await settled(el);
      expect(dateOf(cards(el)[0]).text).to.equal('3 hours ago');
      await useLocale('ar');
      await settled(el);
      expect(dateOf(cards(el)[0]).text).to.equal('قبل 3 ساعات');
    });
  });

  describe('<news-feed>', () => {
    it('gives its zone to every card', async () => {
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${feed} timezone="Asia/Tokyo"></news-feed>`);
      await settled(el);
      expect(cards(el).map(dateOf)).to.deep.equal(Array(3).fill({text: 'Mar 5, 2025', datetime: '2025-03-04T23:30:00.000Z'}));
      el.timezone = 'Africa/Casablanca';
      await settled(el);
      expect(cards(el).map((card) => dateOf(card).text)).to.deep.equal(Array(3).fill('Mar 4, 2025'));
    });

    it('warns once for an unknown zone, not once per card, and shows the reader’s dates', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${feed} timezone="Nowhere/Land"></news-feed>`);
      await settled(el);
      expect(cards(el).map((card) => dateOf(card).text)).to.deep.equal(Array(3).fill(readerDate(LATE)));
      expect(cards(el).every((card) => !card.hasAttribute('timezone'))).to.equal(true);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('news-feed').and.contain('Nowhere/Land');
    });
  });

  describe('<news-related>', () => {
    it('gives its zone to every card, in Arabic too', async () => {
      await useLocale('ar');
      const el = await render<NewsRelatedElement>(html`<news-related .feed=${feed} current="https://news.example/a" timezone="Asia/Tokyo"></news-related>`);
      await settled(el);
      expect(cards(el)).to.have.length(2);
      expect(cards(el).map(dateOf)).to.deep.equal(Array(2).fill({text: '5 مارس 2025', datetime: '2025-03-04T23:30:00.000Z'}));
    });

    it('warns once for an unknown zone', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await render<NewsRelatedElement>(html`<news-related .feed=${feed} current="https://news.example/a" timezone="Nowhere/Land"></news-related>`);
      await settled(el);
      expect(cards(el).map((card) => dateOf(card).text)).to.deep.equal(Array(2).fill(readerDate(LATE)));
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('news-related');
    });
  });
});
