// The reader's system preferences: forced colours (e.g. Windows high contrast), reduced
// motion and time zone. This file runs in its own web-test-runner group (web-test-runner.config.mjs):
// Chromium switches the media features on and off in the running page and puts it in the
// reader's zone (DevTools protocol); Firefox and WebKit cannot, so the group has its own
// Firefox, launched with both preferences on, and its own WebKit, launched with GTK's
// animations off (WebKitGTK's reduced motion; WebKit has no forced colours mode), both in the
// reader's zone (`TZ`).
// First, before anything imports lit: the time zone test hydrates server-rendered elements.
import '../../src/hydrate.js';
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import type {LitElement} from 'lit';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-header-bar/news-header-bar.js';
import '../../src/components/news-language-switcher/news-language-switcher.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsItem} from '../../src/core/feed.js';
import {browserEngine, dateOf, serverDocument, serverRendered, type Engine} from '../helpers.js';

const items: NewsItem[] = [
  {id: 'p1', url: 'https://example.com/p1', title: 'Preference story', summary: 'Summary', published: new Date(Date.now() - 3_600_000), authors: [], tags: []},
];

/**
 * Why the forced colours tests cannot run in WebKit (checked in WebKitGTK 2.50.6): its
 * forced-colors media feature never matches `active`, not even under GTK's HighContrast theme
 * (which does give `prefers-contrast: more`), so no reader of WebKit gets forced colours to
 * test; and WebKitWebDriver cannot emulate media features.
 */
const NO_FORCED_COLORS = {webkit: 'WebKitGTK 2.50 never matches (forced-colors: active), not even under GTK\'s HighContrast theme, and WebKitWebDriver cannot emulate media features'};

const setMedia = (features: {name: string; value: string}[]) => executeServerCommand('emulate-media-features', features);
const feedRoot = (el: Element) => el.shadowRoot!;

/**
 * How this browser gives the page the reader's preference `feature` (`reader-preferences` in
 * web-test-runner.config.mjs): `switch` (Chromium: on and off at run time), `launch` (the
 * group's Firefox and WebKit: on from the start), or `none`, when the test is skipped with the
 * reason: `noSupport[engine]` for an engine that has not got the feature at all, else that
 * this browser was not launched with it.
 */
async function preferences(context: Mocha.Context, feature: 'forced-colors' | 'prefers-reduced-motion' | 'time-zone', noSupport: Partial<Record<Engine, string>> = {}): Promise<'switch' | 'launch'> {
  const how = await executeServerCommand<'switch' | 'launch' | 'none', string>('reader-preferences', feature);
  if (how !== 'none') return how;
  const engine = await browserEngine();
  context.test!.title += ` [skipped in ${engine}: ${noSupport[engine] ?? `this ${engine} was launched without ${feature}; run the file through its group: --group reader-preferences`}]`;
  context.skip();
}

/** The colour a system colour keyword resolves to on this page. */
function systemColor(keyword: string) {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * The reader's time zone in this group, as web-test-runner.config.mjs launches Firefox and
 * WebKit in it: a zone other than UTC, whatever the machine's, all year (no summer time).
 */
const READER_ZONE = 'Asia/Tokyo';

/** `date`'s day on the reader's calendar, as `<time datetime>` writes a day. */
const localDay = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');

describe('reader preferences', () => {
  // Before anything formats a date: a formatter keeps the zone it was made in.
  before(async () => {
    if ((await browserEngine()) === 'chromium') await executeServerCommand('emulate-time-zone', READER_ZONE);
  });

  afterEach(async () => {
    if ((await browserEngine()) === 'chromium') {
      await setMedia([
        {name: 'forced-colors', value: ''},
        {name: 'prefers-reduced-motion', value: ''},
      ]);
    }
  });

  it('forced colours: the keyboard focus ring stays visible in the highlight colour and skeleton blocks get borders', async function () {
    const how = await preferences(this, 'forced-colors', NO_FORCED_COLORS);
    if (how === 'switch') await setMedia([{name: 'forced-colors', value: 'active'}]);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
    const feed = await render<NewsFeedElement>(html`<news-feed src="/__slow/2000/test/fixtures/page-1.json"></news-feed>`);
    const block = feedRoot(feed).querySelector('.skeleton .block')!;
    expect(getComputedStyle(block).borderStyle).to.equal('solid');
    expect(getComputedStyle(block).borderTopColor).to.equal(systemColor('CanvasText'));
    if (how === 'switch') {
      // Read while the skeleton is surely there (its feed answers after 2 s), then on again.
      await setMedia([{name: 'forced-colors', value: ''}]);
      expect(getComputedStyle(block).borderStyle).to.equal('none');
      await setMedia([{name: 'forced-colors', value: 'active'}]);
    }
    const loaded = await render<NewsFeedElement>(html`<news-feed .feed=${{items}}></news-feed>`);
    const card = feedRoot(loaded).querySelector('news-article-card')!;
    await card.updateComplete;
    await sendKeys({press: 'Tab'});
    // The ring is the card's own outline (part base), round the whole card, not the link's.
    const link = card.shadowRoot!.querySelector('[part="link"]')!;
    expect(card.shadowRoot!.activeElement).to.equal(link);
    const ring = getComputedStyle(card.shadowRoot!.querySelector('[part="base"]')!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(ring.outlineColor).to.equal(systemColor('Highlight'));
    expect(link.getBoundingClientRect().height).to.be.lessThan(card.getBoundingClientRect().height);
  });

  it('forced colours: only the current language is marked, inline and in the menu', async function () {
    const how = await preferences(this, 'forced-colors', NO_FORCED_COLORS);
    if (how === 'switch') await setMedia([{name: 'forced-colors', value: 'active'}]);
    const switchers = await render<HTMLElement>(html`<div>
      <news-language-switcher locales="en fr ar"></news-language-switcher>
      <news-language-switcher locales="en fr ar" variant="menu"></news-language-switcher>
    </div>`);
    const [inline, menu] = [...switchers.querySelectorAll('news-language-switcher')] as LitElement[];
    await Promise.all([inline.updateComplete, menu.updateComplete]);
    (menu.shadowRoot!.querySelector('[part~="button"]') as HTMLButtonElement).click();
    await menu.updateComplete;
    // Under each entry (inline), before each (the menu, left to right here): the current one's mark alone.
    const marks = (el: Element, side: 'borderBottomColor' | 'borderLeftColor') =>
      [...el.shadowRoot!.querySelectorAll('[part~="link"]')].map((link) => (getComputedStyle(link)[side] === systemColor('CanvasText') ? 'marked' : getComputedStyle(link)[side] === systemColor('Canvas') ? 'none' : getComputedStyle(link)[side]));
    expect(marks(inline, 'borderBottomColor')).to.deep.equal(['marked', 'none', 'none']);
    expect(marks(menu, 'borderLeftColor')).to.deep.equal(['marked', 'none', 'none']);
  });

  it('reduced motion: the loading skeleton does not pulse', async function () {
    const how = await preferences(this, 'prefers-reduced-motion');
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion before the switch').to.equal(how === 'launch');
    const feed = await render<NewsFeedElement>(html`<news-feed src="/__slow/2000/test/fixtures/page-1.json"></news-feed>`);
    const block = feedRoot(feed).querySelector('.skeleton .block')!;
    if (how === 'switch') {
      expect(getComputedStyle(block).animationName).to.equal('pulse');
      await setMedia([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    }
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion is on').to.equal(true);
    expect(getComputedStyle(block).animationName).to.equal('none');
  });

  it("time zone: a date is the day it is where the reader is, and one written without a zone a time of the reader's clock", async function () {
    await preferences(this, 'time-zone');
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone, "the reader's zone").to.equal(READER_ZONE);
    const card = (date: string) => render<LitElement>(html`<news-article-card headline="A" date=${date}></news-article-card>`);
    // 23:30 UTC on 4 March 2025 is 08:30 on the 5th in Tokyo; 23:30 on the 4th on Tokyo's clock is 14:30 UTC.
    expect(dateOf(await card('2025-03-04T23:30:00Z'))).to.deep.equal({text: 'Mar 5, 2025', datetime: '2025-03-04T23:30:00.000Z'});
    expect(dateOf(await card('2025-03-04T23:30:00'))).to.deep.equal({text: 'Mar 4, 2025', datetime: '2025-03-04T14:30:00.000Z'});
  });

  it("time zone: a server-rendered card and header bar show the reader's day once their code runs, not the server's", async function () {
    await preferences(this, 'time-zone');
    // The server (in UTC: test/ssr/pages.ts) wrote 4 March for 23:30 UTC, and today's date in UTC.
    const serverPage = await serverDocument('dates');
    expect(dateOf(serverPage.querySelector('news-article-card')!).text).to.equal('Mar 4, 2025');
    const serverDay = dateOf(serverPage.querySelector('news-header-bar')!).datetime;
    // The reader's clock at 20:00 UTC of the server's day: already the next day in Tokyo.
    const clock = sinon.useFakeTimers({now: new Date(`${serverDay}T20:00:00Z`), toFake: ['Date']});
    const host = await serverRendered('dates');
    try {
      const bar = host.querySelector<LitElement>('news-header-bar')!;
      const late = host.querySelector<LitElement>('news-article-card')!;
      await waitUntil(() => dateOf(late).text === 'Mar 5, 2025', `the card shows ${dateOf(late).text}`);
      const readerDay = localDay(new Date());
      expect(readerDay, "the reader's day").to.not.equal(serverDay);
      await waitUntil(() => dateOf(bar).datetime === readerDay, `the bar shows ${dateOf(bar).datetime}, not ${readerDay}`);
    } finally {
      host.remove();
      clock.restore();
    }
  });

  it("time zone: an unknown `timezone` falls back to the reader's zone, not UTC", async function () {
    await preferences(this, 'time-zone');
    const warn = sinon.stub(console, 'warn');
    // 23:30 UTC on 4 March 2025: the 5th where the reader is, the 4th in UTC.
    const late: NewsItem = {id: 'late', url: 'https://example.com/late', title: 'Late story', published: new Date('2025-03-04T23:30:00Z'), authors: [], tags: []};
    // 20:00 UTC on 16 January 2026: the 17th where the reader is.
    const clock = sinon.useFakeTimers({now: new Date('2026-01-16T20:00:00Z'), toFake: ['Date']});
    try {
      const card = await render<LitElement>(html`<news-article-card .item=${late} timezone="Mars/Olympus"></news-article-card>`);
      const feed = await render<NewsFeedElement>(html`<news-feed .feed=${{items: [late]}} timezone="Nowhere/Land"></news-feed>`);
      const bar = await render<LitElement>(html`<news-header-bar timezone="Mars/Olympus"></news-header-bar>`);
      const feedCard = feedRoot(feed).querySelector<LitElement>('news-article-card')!;
      await feedCard.updateComplete;
      expect(dateOf(card).text).to.equal('Mar 5, 2025');
      expect(dateOf(feedCard).text).to.equal('Mar 5, 2025');
      expect(dateOf(bar)).to.deep.equal({text: 'Saturday, January 17, 2026', datetime: '2026-01-17'});
      expect(warn.callCount, 'one warning per element').to.equal(3);
    } finally {
      clock.restore();
      warn.restore();
    }
  });
});
