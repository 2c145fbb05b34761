/**
 * A probe for what code starts and never stops (the hygiene and cycles suites): live timers
 * and intervals, listeners on long-lived targets (window, document, and the library's own
 * channels, plain `EventTarget`s such as the locale's), and requests in flight. Requests to a
 * URL that `hangs` never answer: only an abort ends them; those `answers` has a body for are
 * answered with it, without the network; the rest go to the test server.
 */
export function instrument(hangs: (url: string) => boolean, answers: (url: string) => string | undefined = () => undefined) {
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
  let started = 0;
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
    // A listener on an element or a signal goes with it; these targets live as long as the page.
    const name = target === window ? `window ${type}` : target === document ? `document ${type}` : target.constructor === EventTarget ? `channel ${type}` : undefined;
    return name && capture(options) ? `${name} (capture)` : name;
  };
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
    started++;
    const url = String(input instanceof Request ? input.url : input);
    const body = answers(url);
    const answer = hangs(url)
      ? new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
      : body === undefined
        ? saved.fetch(input, init)
        : Promise.resolve(new Response(body, {headers: {'Content-Type': 'application/json'}}));
    return answer.finally(() => pending--);
  };
  return {
    /** Requests started since the probe was set. */
    get started() {
      return started;
    },
    /** Requests in flight. */
    get pending() {
      return pending;
    },
    /** Waits a turn of the event loop, on a timer this probe does not count. */
    turn: () => new Promise((resolve) => saved.setTimeout(resolve)),
    /** Waits (on timers this probe does not count) until `done()`, or `ms` pass. */
    async until(done: () => boolean, ms: number) {
      for (const end = performance.now() + ms; !done() && performance.now() < end; ) await new Promise((resolve) => saved.setTimeout(resolve, 10));
    },
    /** Waits until no request is pending, or `ms` pass. */
    settled(ms: number) {
      return this.until(() => !pending, ms);
    },
    leftovers: () => ({timers: timers.size, pending, listeners: Object.fromEntries([...listeners].filter(([, held]) => held.size).map(([name, held]) => [name, held.size]))}),
    restore() {
      Object.assign(window, {setTimeout: saved.setTimeout, clearTimeout: saved.clearTimeout, setInterval: saved.setInterval, clearInterval: saved.clearInterval, fetch: saved.fetch});
      EventTarget.prototype.addEventListener = saved.add;
      EventTarget.prototype.removeEventListener = saved.remove;
    },
  };
}
