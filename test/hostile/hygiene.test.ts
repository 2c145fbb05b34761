import {expect, fixture as render, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/index.js';
import {clearFeedCache} from '../../src/core/cache.js';
import {instrument as leakProbe} from '../harness/leaks.js';

const CYCLES = 1_000;
const recent = new Date(Date.now() - 5 * 60_000);
const item = {id: 'h1', url: 'https://example.com/h1', title: 'Hygiene', published: recent, authors: [], tags: ['x']};

/** Every element, set up so that it starts timers, listeners and requests when connected. Add an element with one line. */
const ELEMENTS: Record<string, () => TemplateResult> = {
  'news-feed with a pending src and refresh': () => html`<news-feed src="/hygiene/pending.json" refresh="30"></news-feed>`,
  'news-feed with a loaded src and refresh': () => html`<news-feed src="/test/fixtures/page-1.json" refresh="30"></news-feed>`,
  'news-feed with a feed property': () => html`<news-feed .feed=${{items: [item]}} refresh="30"></news-feed>`,
  'news-article-card with a relative date': () => html`<news-article-card .item=${item}></news-article-card>`,
  'news-related with a loaded src': () => html`<news-related src="/test/fixtures/related-quality.json" current="en-water-1" exclude-shown></news-related>`,
  'news-related with a pending src': () => html`<news-related src="/hygiene/pending-related.json" current="x"></news-related>`,
  'news-language-switcher in place': () => html`<news-language-switcher locales="en fr ar"></news-language-switcher>`,
  'news-language-switcher menu of links': () => html`<news-language-switcher variant="menu" href-template="https://example.com/{lang}/"></news-language-switcher>`,
  'news-header-bar with a loaded weather-src, time zone and refresh': () =>
    html`<news-header-bar timezone="Africa/Casablanca" city="Casablanca" weather-src="/test/fixtures/weather-celsius.json" weather-refresh="60"></news-header-bar>`,
  'news-header-bar with a pending weather-src': () => html`<news-header-bar timezone="Asia/Tokyo" weather-src="/hygiene/pending-weather.json"></news-header-bar>`,
};

/** The probe, with the feeds and weather under /hygiene/pending never answering. */
const instrument = () => leakProbe((url) => url.includes('/hygiene/pending'));

describe('hygiene', function () {
  this.timeout(60_000);
  after(() => clearFeedCache());

  for (const [name, template] of Object.entries(ELEMENTS)) {
    it(`${name}: ${CYCLES} connect/disconnect cycles leave no timer, listener or request`, async () => {
      const probe = instrument();
      try {
        const el = await render(template());
        const parent = el.parentElement!;
        for (let i = 0; i < CYCLES; i++) {
          el.remove();
          parent.append(el);
          await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
        }
        el.remove();
        // Aborted requests settle a little later: a task later in Chromium and Firefox, after a
        // round trip to its network process in WebKit. Wait for them to settle (or not).
        await probe.settled(5000);
        expect(probe.leftovers()).to.deep.equal({timers: 0, pending: 0, listeners: {}});
      } finally {
        probe.restore();
      }
    });
  }

  it('the probe sees what a leaking element would leave', async () => {
    const probe = instrument();
    try {
      const el = await render(html`<news-feed src="/hygiene/pending.json" refresh="30"></news-feed>`);
      await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
      const {timers, pending, listeners} = probe.leftovers();
      // The poll and the request's time-out; visibility for the poll, the locale's changes.
      expect({timers, pending, listeners}).to.deep.equal({timers: 2, pending: 1, listeners: {'document visibilitychange': 1, 'channel change': 1}});
      el.remove();
    } finally {
      probe.restore();
    }
  });

  it('header bars with one place share one weather request, aborted with its time-out when the last bar leaves', async () => {
    const probe = instrument();
    try {
      const bars = await render(html`<div>
        <news-header-bar timezone="Africa/Casablanca" weather-src="/hygiene/pending-weather-shared.json"></news-header-bar>
        <news-header-bar timezone="Africa/Casablanca" weather-src="/hygiene/pending-weather-shared.json"></news-header-bar>
        <news-header-bar timezone="Africa/Casablanca" weather-src="/hygiene/pending-weather-shared.json" weather-max-bytes="100000"></news-header-bar>
      </div>`);
      const [first, second, other] = [...bars.children] as (Element & {updateComplete: Promise<unknown>})[];
      await Promise.all([first, second, other].map((bar) => bar.updateComplete));
      await probe.until(() => probe.started >= 2, 2000);
      // One request and time-out for the two bars with the same place and limit; one for the bar with another limit; one midnight timer for all.
      expect({started: probe.started, ...probe.leftovers()}).to.deep.include({started: 2, timers: 3, pending: 2});
      first.remove();
      await probe.turn();
      expect(probe.leftovers(), 'a bar still waits for the shared request').to.deep.include({timers: 3, pending: 2});
      second.remove();
      await probe.settled(5000);
      expect(probe.leftovers(), 'the last bar left: its request and time-out end').to.deep.include({timers: 2, pending: 1});
      other.remove();
      await probe.settled(5000);
      expect(probe.leftovers()).to.deep.equal({timers: 0, pending: 0, listeners: {}});
      expect(probe.started, 'no request after the bars left').to.equal(2);
    } finally {
      probe.restore();
    }
  });

  it('the probe sees what the header bar and an open language menu hold while connected', async () => {
    const probe = instrument();
    try {
      const bar = await render(html`<news-header-bar timezone="Africa/Casablanca" weather-src="/hygiene/pending-weather.json"></news-header-bar>`);
      const menu = await render(html`<news-language-switcher variant="menu"></news-language-switcher>`);
      menu.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!.click();
      await (menu as Element & {updateComplete: Promise<unknown>}).updateComplete;
      // The midnight timer, the weather request and its time-out, visibility for both, the menu's outside click, and the locale's changes (one listener for every element).
      expect(probe.leftovers()).to.deep.equal({timers: 2, pending: 1, listeners: {'document visibilitychange': 2, 'document click (capture)': 1, 'channel change': 1}});
      bar.remove();
      menu.remove();
      // Timers and listeners go within remove(); the weather request is aborted a microtask
      // later (a bar only moved keeps it) and its time-out cleared once its rejection has gone
      // through the library's promises: no request in flight, then one turn of the event loop.
      await probe.settled(5000);
      await probe.turn();
      expect(probe.leftovers()).to.deep.equal({timers: 0, pending: 0, listeners: {}});
    } finally {
      probe.restore();
    }
  });
});
