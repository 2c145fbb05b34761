/** Shared test helpers. */
import {executeServerCommand, sendMouse} from '@web/test-runner-commands';
import {setLocale} from '../src/core/locale.js';

// A fake clock (sinon) that a failing test left installed is taken off after it: a test that
// timed out waiting under one never reaches its own `finally`, and the frozen timers then held
// the runner's report until its 180 s limit, the failing test unnamed. (A root hook: every
// file that fakes timers imports this one.)
afterEach(() => (globalThis.setTimeout as {clock?: {uninstall(): void}}).clock?.uninstall());

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

/**
 * `path` on this test server under another host name (127.0.0.1, [::1] or localhost, the
 * first that answers other than the page's): another origin, as a feed elsewhere would be.
 */
export async function otherOrigin(path: string): Promise<URL> {
  const url = new URL(path, location.href);
  for (const hostname of ['127.0.0.1', '[::1]', 'localhost'].filter((name) => name !== location.hostname)) {
    url.hostname = hostname;
    if (await fetch(new URL('/__hits/none', url), {mode: 'no-cors'}).then(() => true, () => false)) break;
  }
  return url;
}

/** Resolves once `element` fires `name`. */
/** Counts the `name` events that reach `target` from now on (they bubble out of shadow roots to the document). */
export function countEvents(target: EventTarget, name: string) {
  const counter = {count: 0, stop: () => target.removeEventListener(name, count)};
  const count = () => counter.count++;
  target.addEventListener(name, count);
  return counter;
}

export const eventOnce = <T = unknown>(element: EventTarget, name: string) =>
  new Promise<CustomEvent<T>>((resolve) => element.addEventListener(name, (e) => resolve(e as CustomEvent<T>), {once: true}));

/**
 * Resolves once `done()` is true, checking now and after each change of `root`'s tree: no
 * timer of its own, so none is left to fire under a later test's fake clock. A change that
 * never comes leaves it to the test's timeout.
 */
export const domUntil = (root: Node, done: () => boolean) =>
  new Promise<void>((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
  });

/** The visible text of a shadow root or element, whitespace collapsed, without the invisible bidi isolates (U+2066–U+2069) around feed text. */
export const textOf = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The tooltip a reader gets over `element`: the browser's own pointer is moved onto its
 * centre, then its `title` is read (null: none). What is under the pointer gets the events, so
 * an element covered by another (a link's cover) gets none and shows no tooltip. The pointer
 * then leaves for the page's corner (a move: Firefox's `resetMouse` leaves it where it is, and
 * the next hover would not enter the element).
 */
export async function hoverTitle(element: Element): Promise<string | null> {
  element.scrollIntoView({block: 'center'});
  const box = element.getBoundingClientRect();
  await sendMouse({type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)]});
  try {
    return element.getAttribute('title');
  } finally {
    await sendMouse({type: 'move', position: [0, 0]});
  }
}

/** A browser engine the suite runs in. */
export type Engine = 'chromium' | 'firefox' | 'webkit';
let engine: Promise<Engine> | undefined;
/** The engine running this test, as the test runner knows it. */
export const browserEngine = () => (engine ??= executeServerCommand<Engine, undefined>('browser-engine'));

/**
 * Skips the calling test unless it runs in one of `engines`. Only for what the engine's
 * automation cannot do, or for an engine's own bug that makes the check fail by the machine's
 * load (reproduced without the library in test/repro/), never for a difference in the
 * library's behaviour: `reason` says which, and the README's browser-support table lists
 * every such skip.
 */
export async function onlyIn(context: Mocha.Context, engines: Engine[], reason: string) {
  const current = await browserEngine();
  if (engines.includes(current)) return;
  context.test!.title += ` [skipped in ${current}: ${reason}]`;
  context.skip();
}

/**
 * Runs `body` with `roots` (shadow roots, or the document) styled as on paper, then back on
 * screen. Chromium switches the page to print media (DevTools protocol), so every
 * `@media print` rule applies as when printing. Firefox's (WebDriver BiDi) and WebKit's
 * (WebDriver) automation cannot switch media types (puppeteer's emulateMediaType needs CDP;
 * WebKitWebDriver has no print or emulation command), so there each root's `@media print`
 * rules are made to apply (their media list set to `all`) and its `@media screen` ones not,
 * and the engine's own cascade and layout do the rest; the test's title says so. Fails when
 * no root has a print rule.
 */
export async function asPrinted<T>(context: Mocha.Context, roots: (ShadowRoot | Document)[], body: () => T | Promise<T>): Promise<T> {
  const engine = await browserEngine();
  if (engine === 'chromium') {
    await executeServerCommand('emulate-media-type', 'print');
    try {
      return await body();
    } finally {
      await executeServerCommand('emulate-media-type', '');
    }
  }
  context.test!.title += ` [print media in ${engine}: its @media print rules switched on by the test, as its automation cannot emulate print]`;
  const switched: [MediaList, string][] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && ['print', 'screen'].includes(rule.media.mediaText)) {
        switched.push([rule.media, rule.media.mediaText]);
        rule.media.mediaText = rule.media.mediaText === 'print' ? 'all' : 'not all';
      } else if (rule instanceof CSSGroupingRule) visit(rule.cssRules);
    }
  };
  for (const root of roots) for (const sheet of [...root.adoptedStyleSheets, ...root.styleSheets]) visit(sheet.cssRules);
  try {
    if (!switched.some(([, media]) => media === 'print')) throw new Error('asPrinted: no @media print rule to switch on');
    return await body();
  } finally {
    for (const [media, text] of switched) media.mediaText = text;
  }
}

/** Server-rendered page `name` (test/ssr/pages.ts) as markup, declarative shadow roots included. */
export const serverMarkup = async (name: string) => (await fetch(`/__ssr/${name}?fragment`)).text();

/** Puts server-rendered page `name` (test/ssr/pages.ts) into this page, declarative shadow roots included. */
export async function serverRendered(name: string): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  host.setHTMLUnsafe(await serverMarkup(name));
  return host;
}

/**
 * Waits, when `zone`'s midnight is less than `margin` ms away, until it has passed: a date
 * the server writes for today is then still today when the page hydrates it (past midnight
 * the element rightly renders the new day, and its nodes are no longer the server's).
 */
export async function clearOfMidnight(zone: string, margin = 5_000) {
  const clock = new Intl.DateTimeFormat('en-GB', {timeZone: zone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric', second: 'numeric'});
  const [hours, minutes, seconds] = clock.format(new Date()).split(':').map(Number);
  const left = (86_400 - (hours * 3_600 + minutes * 60 + seconds)) * 1_000;
  if (left < margin) await new Promise((resolve) => setTimeout(resolve, left + 1_000));
}

/** Server-rendered page `name` as a document of its own, where nothing upgrades it: what the server wrote. */
export const serverDocument = async (name: string) => Document.parseHTMLUnsafe(await serverMarkup(name));

/** What a reader sees of the date (part `date`) in `el`'s shadow root, and what a page can read from it. */
export function dateOf(el: Element): {text: string; datetime: string} {
  const time = el.shadowRoot!.querySelector<HTMLTimeElement>('[part="date"]')!;
  return {text: textOf(time), datetime: time.dateTime};
}

/** Every element and text node in `root`, in document order (Lit's comment markers left out). */
export function contentNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`) as 0–255 channels and alpha. */
function channels(color: string): [number, number, number, number] {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return color.startsWith('color(') ? [r * 255, g * 255, b * 255, a] : [r, g, b, a];
}
const luminance = ([r, g, b]: number[]) =>
  [r, g, b].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
/** WCAG contrast of text of colour `text` (maybe translucent) over the opaque `background`. */
export function contrast(text: string, background: string): number {
  const [r, g, b, a] = channels(text);
  const under = channels(background);
  const seen = luminance([r, g, b].map((c, i) => c * a + under[i] * (1 - a)));
  const [light, dark] = [seen, luminance(under)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** How many times `steps` (the library's reading steps) pause, and what they give. */
export function pausesOf<T>(steps: Generator<void, T, void>): {pauses: number; value: T} {
  let pauses = 0;
  for (let step = steps.next(); ; step = steps.next(), pauses++) if (step.done) return {pauses, value: step.value};
}
