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
  const listeners = new Map<string, number>();
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
  const key = (target: EventTarget, type: string) => (target === window ? `window ${type}` : target === document ? `document ${type}` : undefined);
  // Listeners on long-lived targets are what leak; a listener on a discarded element goes with it.
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
    const name = key(this, type);
    if (name && listener) listeners.set(name, (listeners.get(name) ?? 0) + 1);
    return saved.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
    const name = key(this, type);
    if (name && listener) listeners.set(name, (listeners.get(name) ?? 0) - 1);
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
    leftovers: () => ({timers: timers.size, pending, listeners: Object.fromEntries([...listeners].filter(([, count]) => count !== 0))}),
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
        // Aborted requests settle a task later.
        await new Promise((resolve) => setTimeout(resolve, 50));
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
});
