/**
 * The CDN entry, built as `dist/news-widgets.min.js`: a small loader. It defines each
 * `news-*` element the first time one appears in the page, or in a shadow root one of the
 * elements renders, by importing that whole element then, with every file the element
 * imports preloaded at once rather than found one level at a time. A `<news-feed src>` or
 * `<news-related src>` starts its feed request at that moment too, so the request and the
 * element's code load side by side; the element takes that request up when it asks for its
 * feed, and a request no element takes up (the element left first) is aborted.
 *
 * Its exports are the names of the npm entry's module API:
 * - the locale functions, `FeedError`, `WeatherError` and the constants are at hand at once;
 * - `parseFeed`, `parseFeedText`, `parseDate`, `loadFeed`, `clearFeedCache`, `rankRelated`,
 *   `findItem`, `feedErrorText`, `parseLocales`, `hijriOffset`, `inZone` and the formatters (`plural`,
 *   `pluralCategory`, `formatCount`, `formatArticleDate`, `formatFullDate`, `formatHijriDate`,
 *   `newArticlesText`, `readingTimeText`) load their code on first call and return a promise
 *   of what the function returns (`await parseFeed(json)`), so a page that never calls them
 *   never loads them; their code shares chunks with the elements' (a first `formatCount` may
 *   define the card on the way), so they need a browser's window: a server or a worker
 *   imports them from the npm package;
 * - the element classes (`NewsFeedElement`, …) are live bindings, `undefined` until their
 *   tag is defined (by its own load, by another element's code, by another copy of the
 *   library); `await customElements.whenDefined('news-feed')` resolves with the class then.
 *
 * npm users import `news-widgets` or one element (`news-widgets/news-feed.js`) instead, which
 * defines elements synchronously and lets their bundler split the code.
 */
import {carriedNames, initLocale, requestedCatalog} from './core/locale.js';
import {dropEarly, sharesEarly, startEarly} from './core/early-request.js';
import {pageBase, resolveSrc} from './core/page.js';

export {FeedError} from './core/model.js';
export {WeatherError} from './core/weather-error.js';
export * from './locale-api.js';
export {articleRoute} from './core/route.js';
export type {
  NewsFeed,
  NewsItem,
  NewsAuthor,
  ZonelessDate,
  FeedErrorKind,
  FeedInput,
  ParseFeedOptions,
  LoadFeedOptions,
  DateOptions,
  HijriCalendar,
  HijriOptions,
  PluralForms,
  PluralCategory,
  RelatedItem,
  RelatedOptions,
  TemperatureUnit,
  Weather,
  WeatherCondition,
  WrittenNumber,
  WeatherErrorKind,
  ArticleClickDetail,
  ArticleClickLike,
  LocaleReadyDetail,
  NewsEventDetails,
  CardVariant,
  FeedLayout,
  SwitcherVariant,
} from './index.js';

type Feeds = typeof import('./core/feed.js');
type Counts = typeof import('./core/count.js');
type Formats = typeof import('./core/format.js');
type Related = typeof import('./core/related.js');

/** Default time a feed request may take before it fails with a `timeout` error (the value of `DEFAULT_TIMEOUT` in `core/load.ts`; a test keeps them equal). */
export const DEFAULT_TIMEOUT = 15_000;
/** Default lowest score `rankRelated` counts as related (the value of `DEFAULT_THRESHOLD` in `core/related.ts`; a test keeps them equal). */
export const DEFAULT_THRESHOLD = 0.15;

/** A function of the module API whose code loads on its first call: same arguments, its result as a promise. */
function onFirstCall<M, K extends keyof M>(load: (...args: unknown[]) => Promise<M>, name: K) {
  type OnFirstCall = M[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
  return (async (...args: unknown[]) => {
    // Its code may define elements on the way (the card comes with parseFeed's): after hydration, when the page has it.
    await hydration;
    return ((await load(...args))[name] as (...args: unknown[]) => unknown)(...args);
  }) as OnFirstCall;
}

// parseFeed reads synchronously once loaded, so the full table of entity names comes with it.
const feeds = (): Promise<Feeds> => (
  preload('core/feed.js'), Promise.all([import('./core/feed.js'), import('./core/entity-table.js').then((m) => m.installEntityTable())]).then(([m]) => m)
);
const related = (): Promise<Related> => (preload('core/related.js'), import('./core/related.js'));

/**
 * A formatter's module, with the names the library carries for Tamazight (core/carry-zgh.ts)
 * when the call's locale, its second argument, is Tamazight's.
 */
const withCarried =
  <M>(load: () => Promise<M>) =>
  (...args: unknown[]): Promise<M> =>
    Promise.all([load(), carriedNames(String(args[1]))]).then(([m]) => m);
const counts = withCarried((): Promise<Counts> => (preload('core/count.js'), import('./core/count.js')));
const formats = withCarried((): Promise<Formats> => (preload('core/format.js'), import('./core/format.js')));

/** `parseFeed` of the npm package, loaded on first call: resolves with the feed, rejects with a `FeedError`. */
export const parseFeed = onFirstCall(feeds, 'parseFeed');
/** `parseFeedText` of the npm package (JSON, RSS or Atom, as text or bytes), loaded on first call. */
export const parseFeedText = onFirstCall(feeds, 'parseFeedText');
/** `parseDate` of the npm package, loaded on first call (with the RSS/Atom reader, which reads dates with it). */
export const parseDate = onFirstCall(() => import('./core/formats/xml.js'), 'parseDate');
/** The network code is in the page: `loadFeed` has loaded it, or a feed element (whose chunks carry it) is defined. */
let networkLoaded = false;
const loadFeedOnFirstCall = onFirstCall(
  () => (preload('core/load.js'), import('./core/load.js').then((m) => ((networkLoaded = true), m))),
  'loadFeed',
);
const networkHere = () => networkLoaded || customElements.get('news-feed') || customElements.get('news-related');

/**
 * `loadFeed` of the npm package, loaded on first call; shares requests and the cache with the
 * elements. Until its code has arrived, the request starts at once, side by side with that
 * code, as a `<news-feed src>`'s does, rather than once that code's files have all loaded.
 */
export const loadFeed: typeof loadFeedOnFirstCall = (url, options = {}) => {
  // A `reuse` call may be answered from the cache, so it does not ask the network before that
  // code has looked; an early request goes with the default credentials, so a call with others waits.
  if (!globalThis.document || networkHere() || options.reuse || !sharesEarly(options) || options.signal?.aborted) return loadFeedOnFirstCall(url, options);
  let href: string;
  try {
    href = new URL(url, pageBase()).href;
  } catch {
    return loadFeedOnFirstCall(url, options); // rejects as the npm function does
  }
  startEarly(href);
  const result = loadFeedOnFirstCall(url, options);
  // Taken up by then, or not needed (the page's code answered otherwise): never left running.
  void result.catch(() => undefined).then(() => dropEarly(href));
  return result;
};
/** `clearFeedCache` of the npm package, loaded on first call. */
export const clearFeedCache = onFirstCall(() => (preload('core/cache.js'), import('./core/cache.js')), 'clearFeedCache');
/** `rankRelated` of the npm package, loaded on first call. */
export const rankRelated = onFirstCall(related, 'rankRelated');
/** `findItem` of the npm package, loaded on first call. */
export const findItem = onFirstCall(related, 'findItem');
/** `feedErrorText` of the npm package, loaded (with `<news-feed>`) on first call. */
export const feedErrorText = onFirstCall(() => import('./components/news-feed/news-feed.js'), 'feedErrorText');
/** `formatHijriDate` of the npm package, loaded on first call. */
export const formatHijriDate = onFirstCall(withCarried<typeof import('./core/hijri.js')>(() => import('./core/hijri.js')), 'formatHijriDate');
/** `hijriOffset` of the npm package, loaded on first call. */
export const hijriOffset = onFirstCall(() => import('./core/hijri.js'), 'hijriOffset');
/** `newArticlesText` of the npm package, loaded (with `<news-feed>`) on first call. */
export const newArticlesText = onFirstCall(withCarried<typeof import('./components/news-feed/news-feed.js')>(() => import('./components/news-feed/news-feed.js')), 'newArticlesText');
/** `readingTimeText` of the npm package, loaded (with `<news-article-card>`) on first call. */
export const readingTimeText = onFirstCall(withCarried<typeof import('./components/news-article-card/news-article-card.js')>(() => import('./components/news-article-card/news-article-card.js')), 'readingTimeText');
/** `plural` of the npm package, loaded on first call. */
export const plural = onFirstCall(counts, 'plural');
/** `pluralCategory` of the npm package, loaded on first call. */
export const pluralCategory = onFirstCall(counts, 'pluralCategory');
/** `formatCount` of the npm package, loaded on first call. */
export const formatCount = onFirstCall(counts, 'formatCount');
/** `formatArticleDate` of the npm package, loaded on first call. */
export const formatArticleDate = onFirstCall(formats, 'formatArticleDate');
/** `formatFullDate` of the npm package, loaded on first call. */
export const formatFullDate = onFirstCall(formats, 'formatFullDate');
/** `inZone` of the npm package, loaded on first call (a `Date` in, a `Date` out, as there). */
export const inZone = onFirstCall(() => import('./core/timezone.js'), 'inZone') as <T extends Date | undefined>(date: T, zone?: string) => Promise<T>;
/** `parseLocales` of the npm package, loaded (with `<news-language-switcher>`) on first call. */
export const parseLocales = onFirstCall(() => import('./components/news-language-switcher/news-language-switcher.js'), 'parseLocales');

/** The `<news-article-card>` class once its module has loaded (a live binding), else `undefined`. */
export let NewsArticleCardElement: typeof import('./components/news-article-card/news-article-card.js').NewsArticleCardElement | undefined;
/** The `<news-feed>` class once its module has loaded (a live binding), else `undefined`. */
export let NewsFeedElement: typeof import('./components/news-feed/news-feed.js').NewsFeedElement | undefined;
/** The `<news-header-bar>` class once its module has loaded (a live binding), else `undefined`. */
export let NewsHeaderBarElement: typeof import('./components/news-header-bar/news-header-bar.js').NewsHeaderBarElement | undefined;
/** The `<news-language-switcher>` class once its module has loaded (a live binding), else `undefined`. */
export let NewsLanguageSwitcherElement: typeof import('./components/news-language-switcher/news-language-switcher.js').NewsLanguageSwitcherElement | undefined;
/** The `<news-related>` class once its module has loaded (a live binding), else `undefined`. */
export let NewsRelatedElement: typeof import('./components/news-related/news-related.js').NewsRelatedElement | undefined;
// The classes' instance types under the same names, as the npm package's (`el: NewsFeedElement`): types only, no bytes.
export type NewsArticleCardElement = import('./components/news-article-card/news-article-card.js').NewsArticleCardElement;
export type NewsFeedElement = import('./components/news-feed/news-feed.js').NewsFeedElement;
export type NewsHeaderBarElement = import('./components/news-header-bar/news-header-bar.js').NewsHeaderBarElement;
export type NewsLanguageSwitcherElement = import('./components/news-language-switcher/news-language-switcher.js').NewsLanguageSwitcherElement;
export type NewsRelatedElement = import('./components/news-related/news-related.js').NewsRelatedElement;

/** Each element's registration module: importing it defines the tag. Literal paths, so every element is a chunk of its own. */
const elements = {
  'news-article-card': () => import('./components/news-article-card/news-article-card.js'),
  'news-feed': () => import('./components/news-feed/news-feed.js'),
  'news-header-bar': () => import('./components/news-header-bar/news-header-bar.js'),
  'news-language-switcher': () => import('./components/news-language-switcher/news-language-switcher.js'),
  'news-related': () => import('./components/news-related/news-related.js'),
};
type Tag = keyof typeof elements;
const tags = Object.keys(elements) as Tag[];
const isTag = (name: string): name is Tag => Object.hasOwn(elements, name);
/** Every element is defined: the browser upgrades the rest, and there is nothing left to watch. */
const allDefined = () => tags.every((tag) => customElements.get(tag));

/**
 * Sets each class's live binding to the class the page's registry holds once its tag is
 * defined, however it was: by its own load, by another element's code (the card comes with
 * a feed's), by the module API, or by another copy of the library.
 */
const bindings: Record<Tag, (element: never) => unknown> = {
  'news-article-card': (element) => (NewsArticleCardElement = element),
  'news-feed': (element) => (NewsFeedElement = element),
  'news-header-bar': (element) => (NewsHeaderBarElement = element),
  'news-language-switcher': (element) => (NewsLanguageSwitcherElement = element),
  'news-related': (element) => (NewsRelatedElement = element),
};
for (const tag of tags) {
  void globalThis.customElements?.whenDefined(tag).then((element) => {
    bindings[tag](element as never);
    if (allDefined()) observer?.disconnect();
  });
}

/**
 * For each module this file imports dynamically (path under `dist/`), the built files it
 * loads statically, itself included: written in by the build (`rollup.config.mjs`), absent
 * when this module runs unbundled (tests, dev servers), where there is nothing to preload.
 */
declare const __NEWS_WIDGETS_PRELOAD__: Record<string, readonly string[]>;
const bundleFiles: Record<string, readonly string[]> = typeof __NEWS_WIDGETS_PRELOAD__ === 'object' ? __NEWS_WIDGETS_PRELOAD__ : {};
const preloaded = new Set<string>();

/** Asks the browser for every file `path` needs at once, with `<link rel="modulepreload">` (in a browser; a server has nothing to preload). */
function preload(path: string): void {
  if (!globalThis.document) return;
  for (const file of bundleFiles[path] ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head?.append(link);
  }
}

/** Reports that the code of `what` did not load (a network error, a file missing on the server). */
const failed = (what: string) => (error: unknown) => console.error(`news-widgets: ${what} could not be loaded.`, error);

/** Elements loaded or loading; a failed load is forgotten, so the next element of that kind tries again. */
const requested = new Map<Tag, Promise<void>>();

/**
 * Hydration support (`hydrate.js`), loaded once the page holds an element rendered on the
 * server (a declarative shadow root before its code arrives): elements defined after it take
 * over the server's nodes instead of rendering over them. A page with none never loads it.
 */
let hydration: Promise<unknown> | undefined;
function hydrateServerRendered(): Promise<unknown> {
  // Without it (its file failed to load) the elements still work: they render over the server's nodes.
  return (hydration ??= (preload('hydrate.js'), import('./hydrate.js').catch(failed('hydration'))));
}

/**
 * The engine's first `Intl` formatter of a page costs tens of milliseconds (in Chromium
 * 40–80 ms on a desktop core: its ICU data starts up), whatever its locale, and every element
 * formats dates, numbers or names on its first render. Made here, in a task of its own while
 * the element's files and its feed are on their way, that cost no longer lengthens the first
 * render the reader waits on (formatters made after it take a millisecond or two each).
 */
let intlStarted = false;
function startIntl(lang: string): void {
  if (intlStarted) return;
  intlStarted = true;
  setTimeout(() => new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(0));
}

function loadElement(tag: Tag): Promise<void> {
  let loading = requested.get(tag);
  if (!loading) {
    startIntl(requestedCatalog());
    preload(`components/${tag}/${tag}.js`);
    // The element waits for the page's first catalog before it renders: start loading it now,
    // and ask for its file beside the element's rather than once @lit/localize has come with them.
    initLocale().catch(() => undefined);
    preload(`generated/locales/${requestedCatalog()}.js`);
    // Hydration hooks into Lit before an element is defined: when the elements found with this
    // one (the rest of its batch, visited before this resolves) include a server-rendered one,
    // of any tag, the load waits for it (a plain <news-feed> first would define the card that a
    // server-rendered card further on needs hydrated).
    loading = Promise.resolve()
      .then(() => hydration)
      .then((): Promise<unknown> => elements[tag]())
      .then(
        () => undefined,
        (error: unknown) => {
          requested.delete(tag);
          failed(`<${tag}>`)(error);
        },
      );
    requested.set(tag, loading);
  }
  return loading;
}

/**
 * Starts the request of a feed element's `src` now, in parallel with the element's code, the
 * way the element will (its `{lang}` filled in): the element takes it up when it asks for
 * that URL. If it does not by its first update after its code has arrived (it has left the
 * page, or been given another source), the request is aborted, not left to run to its end.
 */
function prefetchFeed(el: Element): void {
  const src = el.getAttribute('src');
  if (!src || (el.localName !== 'news-feed' && el.localName !== 'news-related') || Object.hasOwn(el, 'feed')) return;
  // `{lang}` is the catalog the page's locale settles on, known at once: the request need not
  // wait for that catalog, nor for @lit/localize, which come with the element's code.
  initLocale().catch(() => undefined);
  const href = resolveSrc(src, requestedCatalog());
  startEarly(href);
  // The element's code is on its way (`loadElement` runs right after this).
  void Promise.resolve()
    .then(() => requested.get(el.localName as Tag))
    // Connected, it upgraded when its tag was defined; it asks for its feed on its first update, once its network code is there.
    .then((): unknown => el.isConnected && Promise.all([(el as Element & {updateComplete: Promise<unknown>}).updateComplete, import('./core/fetch-feed.js')]))
    .catch(() => undefined)
    .then(() => setTimeout(() => dropEarly(href)));
}

/** Defines `el`'s element if it is one of ours not defined yet, and watches what it renders. */
function visit(el: Element): void {
  const tag = el.localName;
  if (!isTag(tag)) return;
  if (!customElements.get(tag)) {
    // The feed request first, for each list whose code is still to come (a section page's
    // several): it is the longest wait, and the element's files need not delay it.
    prefetchFeed(el);
    // Every element of a tag still to come is looked at: a plain one may come before a server-rendered one.
    if (el.shadowRoot) void hydrateServerRendered();
    void loadElement(tag);
  }
  void customElements.whenDefined(tag).then(() => el.shadowRoot && discover(el.shadowRoot));
}

function visitTree(root: ParentNode): void {
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll(':not(:defined)')) visit(el);
}

function onMutations(records: MutationRecord[]): void {
  for (const record of records) {
    for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) visitTree(node as Element);
  }
}
let observer: MutationObserver | undefined;

/**
 * Defines the `news-*` elements in `root` and in what is added to it later. The loader does
 * this for the document and for the shadow roots of its own elements; call it for a shadow
 * root of your own that holds `news-*` elements.
 */
export function discover(root: Document | ShadowRoot | Element): void {
  if (allDefined()) return;
  observer ??= new MutationObserver(onMutations);
  observer.observe(root, {childList: true, subtree: true});
  visitTree(root);
}

// One loader per page: a second copy of this file (another version, or the same one under a
// second URL) leaves the defining to the first, so no element is downloaded twice. Outside a
// browser there is nothing to watch (nor any element or module API to load: see the top).
const LOADER = Symbol.for('news-widgets.loader');
const page = globalThis as {[LOADER]?: true};
if (!page[LOADER] && globalThis.document) {
  page[LOADER] = true;
  discover(document);
}
