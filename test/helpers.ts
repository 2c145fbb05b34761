/** Shared test helpers. */
import {setLocale} from '../src/core/locale.js';

/** Absolute URL of a file in test/fixtures, served by the test runner. */
export const fixture = (name: string) => new URL(`/test/fixtures/${name}`, location.href).href;

/** Counts `fetch` calls per URL while `body` runs; restores `fetch` afterwards. */
export async function countFetches<T>(body: () => Promise<T>): Promise<{result: T; calls: string[]}> {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(input instanceof Request ? input.url : String(input));
    return original(input, init);
  };
  try {
    return {result: await body(), calls};
  } finally {
    window.fetch = original;
  }
}

/** Switches the library's locale for a test. */
export const useLocale = (tag: string) => setLocale(tag);

/** Resolves once `element` fires `name`. */
export const eventOnce = <T = unknown>(element: EventTarget, name: string) =>
  new Promise<CustomEvent<T>>((resolve) => element.addEventListener(name, (e) => resolve(e as CustomEvent<T>), {once: true}));

/** The visible text of a shadow root or element, whitespace collapsed. */
export const textOf = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
