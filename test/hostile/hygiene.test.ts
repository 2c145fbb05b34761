import {expect, fixture as render, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/index.js';
import {clearFeedCache} from '../../src/core/cache.js';

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

/** Counts what code starts and never stops: timers, intervals, listeners on window and document, fetches. */
function instrument() {
  const saved = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
    fetch: window.fetch.bind(window),
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
  };
  const timers = new Set<number>();
  // What the browser itself holds: one entry per target, type, capture flag and listener, so
  // removing a listener that was never added (harmless) cannot hide one that leaks.
  const listeners = new Map<string, Set<EventListenerOrEventListenerObject>>();
  const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  let pending = 0;
  window.setTimeout = ((handler: () => void, ms?: number, ...args: unknown[]) => {
    const id: number = saved.setTimeout(() => (timers.delete(id), handler(...(args as []))), ms);
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id: number) => (timers.delete(id), saved.clearTimeout(id))) as typeof clearTimeout;
  window.setInterval = ((handler: () => void, ms?: number) => {
    const id = saved.setInterval(handler, ms);
    timers.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id: number) => (timers.delete(id), saved.clearInterval(id))) as typeof clearInterval;
  const key = (target: EventTarget, type: string, options?: boolean | EventListenerOptions) => {
    const name = target === window ? `window ${type}` : target === document ? `document ${type}` : undefined;
    return name && capture(options) ? `${name} (capture)` : name;
  };
  // Listeners on long-lived targets are what leak; a listener on a discarded element goes with it.
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    const name = key(this, type, options);
    if (name && listener) listeners.set(name, (listeners.get(name) ?? new Set()).add(listener));
    return saved.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const name = key(this, type, options);
    if (name && listener) listeners.get(name)?.delete(listener);
    return saved.remove.call(this, type, listener, options);
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    pending++;
    const url = String(input instanceof Request ? input.url : input);
    // The pending feed never answers: only an abort ends it.
    const answer = url.includes('/hygiene/pending')
      ? new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
      : saved.fetch(input, init);
    return answer.finally(() => pending--);
  };
  return {
    /** Waits (on timers this probe does not count) until no request is pending, or `ms` pass. */
    async settled(ms: number) {
      for (const end = performance.now() + ms; pending && performance.now() < end; ) await new Promise((resolve) => saved.setTimeout(resolve, 20));
    },
    leftovers: () => ({timers: timers.size, pending, listeners: Object.fromEntries([...listeners].filter(([, held]) => held.size).map(([name, held]) => [name, held.size]))}),
    restore() {
      Object.assign(window, {setTimeout: saved.setTimeout, clearTimeout: saved.clearTimeout, setInterval: saved.setInterval, clearInterval: saved.clearInterval, fetch: saved.fetch});
      EventTarget.prototype.addEventListener = saved.add;
      EventTarget.prototype.removeEventListener = saved.remove;
    },
  };
}

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
      expect({timers, pending, listeners}).to.deep.equal({timers: 2, pending: 1, listeners: {'document visibilitychange': 1}});
      el.remove();
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
      // The midnight timer, the weather request and its time-out, visibility for both, and the menu's outside click.
      expect(probe.leftovers()).to.deep.equal({timers: 2, pending: 1, listeners: {'document visibilitychange': 2, 'document click (capture)': 1}});
      bar.remove();
      menu.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(probe.leftovers()).to.deep.equal({timers: 0, pending: 0, listeners: {}});
    } finally {
      probe.restore();
    }
  });
});
