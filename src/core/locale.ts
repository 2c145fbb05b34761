/**
 * The library's locale: which catalog the UI strings come from (`ar`) and the full tag
 * (`ar-MA`) that `Intl` formats dates and numbers with.
 *
 * @lit/localize may be configured once per copy of it; this module does it lazily, once, and
 * survives both a second copy of itself (its state lives on `globalThis`, shared by every
 * copy; each copy's own @lit/localize, which its elements' `msg` asks, follows it) and a host
 * app that configured @lit/localize first (see README, "Using with an app
 * that already uses @lit/localize"). @lit/localize itself comes with `core/localize-runtime.ts`,
 * imported on the first switch: the CDN loader, which needs only the state here, does not
 * carry it; elements import it with their code.
 */
import {CARRIED_ENDONYMS, capitalized, displayNames, languageOf} from './language.js';
import {allLocales, sourceLocale} from '../generated/locale-codes.js';
import type {Localization} from './localize-runtime.js';
import type {LocaleCatalogSource} from './registered-catalog.js';

type LocalizeRuntime = typeof import('./localize-runtime.js');

/** Locales with a bundled catalog (`ar`, `en`, `es`, `fr`, `zgh`), sorted by tag. */
export const bundledLocales: readonly string[] = allLocales;

/** localStorage key that remembers a reader's choice of language. */
export const LOCALE_STORAGE_KEY = 'news-widgets:locale';

/**
 * localStorage key that remembers the language the page declared (`<html lang>`, its primary
 * subtag; empty when none) where the reader made that choice: the choice applies only on
 * pages that declare the same language.
 */
export const LOCALE_PAGE_STORAGE_KEY = 'news-widgets:locale-page';

/** Window event fired each time a locale has loaded and elements have been told to update. */
export const LOCALE_READY_EVENT = 'news-locale-ready';

/** Everything that must be one per page, whatever the number of copies of this module. */
interface LocaleState {
  /**
   * The @lit/localize of each copy of the library on the page, as configured by that copy:
   * elements ask their own copy's `msg`, so every switch switches them all. (Two bundles, or
   * two versions, each carry their own.)
   */
  runtimes?: Localization[];
  /** Someone else configured @lit/localize: it owns the catalogs, the library follows it. */
  hostOwned: boolean;
  /** Once `hostOwned`: the language code of the catalog the host's @lit/localize serves now (`locale.catalog`). */
  servedCatalog?: () => string;
  /** The last locale a host's @lit/localize reported ready, before or after the library started. */
  hostLocale?: string;
  tag: string;
  started: boolean;
  /** One listener for @lit/localize's status events per page. */
  listening: boolean;
  /** The tag the latest `setLocale` call asked for, active or still loading. */
  wanted?: string;
  /** The latest `setLocale` call, which every earlier one yields to. */
  pending?: Promise<void>;
  latest: number;
  changes: EventTarget;
  /** Catalogs the page registered (`registerLocale`), by language. */
  registered?: Map<string, LocaleCatalogSource>;
  /** The locale the library picked itself (`initialLocale`): while it is the one wanted, no one chose another. */
  automatic?: string;
  /** The locale last set with `setLocale` that loaded (one that failed changes nothing): on a server, always its code's. */
  chosen?: string;
}
const STATE = Symbol.for('news-widgets.locale');
const state: LocaleState = ((globalThis as {[STATE]?: LocaleState})[STATE] ??= {
  hostOwned: false,
  tag: sourceLocale,
  started: false,
  listening: false,
  latest: 0,
  changes: new EventTarget(),
});
/** Catalogs the page registered, by language (made here, not above: a copy of an earlier version may have made the state). */
export const registered = (state.registered ??= new Map());

/** The catalog that serves `tag` (`ar-MA` → `ar`), or undefined when none is bundled or registered. */
export function catalogFor(tag: string | null | undefined): string | undefined {
  const language = languageOf(tag);
  return bundledLocales.includes(language) || registered.has(language) ? language : undefined;
}

/**
 * Gives the widgets a language they do not bundle, without rebuilding the library: after
 * `registerLocale('he', catalog)`, `setLocale('he')` works, a page that declares
 * `<html lang="he">` starts in Hebrew, and the language switcher lists it (עברית). Direction,
 * dates, numbers and plural categories come from `Intl` for that language. `catalog` is a
 * module with `templates` (the shape of `news-widgets/locales/*.js`; ids and English texts
 * in `news-widgets/locales/en.json`), or a function that loads one on the first switch to
 * it (`() => import('./he.js')`). A message the catalog lacks shows in English, and a plural
 * form it lacks as its `other` form; a malformed one likewise, with a warning; a catalog that is no object with `templates` fails to load as an
 * unreachable one does (`setLocale` rejects and the language stays as it was; a switch the
 * library or the switcher made warns in the console).
 *
 * Register before the first element connects; if the library had already picked its
 * language and the page declares this one (or, without a declared language, the reader's
 * browser prefers it), every element switches to it, unless the page or the reader chose a
 * language (`setLocale`, the switcher). A language that has a catalog already (a bundled one,
 * `en`, or one registered before) is not registered again: a warning says so.
 */
export function registerLocale(tag: string, catalog: LocaleCatalogSource): void {
  const language = languageOf(tag);
  if (!language || catalogFor(language)) return console.warn(`news-widgets: "${tag}" is no language tag or has a catalog already: not registered.`);
  registered.set(language, catalog);
  let initial;
  if (state.started && state.wanted === state.automatic && catalogFor((initial = initialLocale())) === language) {
    setLocale(initial).catch(console.warn);
    state.automatic = state.wanted;
  }
  state.changes.dispatchEvent(new Event('change')); // switchers list it
}

/** Options of {@link nativeLanguageName}. */
export interface LanguageNameOptions {
  /** Name the region too when `tag` has one ("العربية (المغرب)"); default: the plain language ("العربية"). */
  regional?: boolean;
}

/**
 * The name of language `tag` in that language itself, capitalized as a menu entry:
 * `العربية`, `Français`, `ქართული` (Georgian has no capitals in running text), `ⵜⴰⵎⴰⵣⵉⵖⵜ`
 * and `الدارجة` (these two carried by the library: engines have no name). A regional tag
 * (`fr-MA`) gives the plain endonym unless `regional` is set (then a region the engine cannot
 * name gives the plain endonym too). A language the engine has no data for is named in its
 * fallback language (`rif`: "Riffian" in an English engine), one it has no name for by `tag`
 * as given.
 */
export function nativeLanguageName(tag: string, {regional = false}: LanguageNameOptions = {}): string {
  try {
    const locale = new Intl.Locale(tag);
    const carried = CARRIED_ENDONYMS[languageOf(tag)];
    if (carried) return carried;
    const names = displayNames(tag, {type: 'language'});
    const plain = names.of(locale.language);
    // A language engines know no name for comes back as its code: named by the tag, not "Xx".
    if (!plain || plain.toLowerCase() === locale.language) return tag;
    // A region Firefox and Safari have no name for comes back as the tag: the language alone.
    const regionName = regional ? names.of(tag) : undefined;
    const name = regionName && regionName.toLowerCase() !== tag.toLowerCase() ? regionName : plain;
    return capitalized(name, tag);
  } catch {
    return tag;
  }
}

function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? sourceLocale;
  } catch {
    return sourceLocale;
  }
}

/** The primary language the page declares on `<html lang>`, lower case; empty when none (or not a language tag, or on a server, a DOM shim's too). */
export const pageLanguage = (): string => languageOf(globalThis.document?.documentElement?.lang);

/** The reader's remembered choice, when it was made on a page that declared the same language as this one. */
function remembered(): string | null {
  try {
    const storage = globalThis.localStorage;
    const choice = storage?.getItem(LOCALE_STORAGE_KEY);
    return choice && (storage!.getItem(LOCALE_PAGE_STORAGE_KEY) ?? '') === pageLanguage() ? choice : null;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed iframe)
  }
}

function remember(tag: string): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, tag);
    globalThis.localStorage?.setItem(LOCALE_PAGE_STORAGE_KEY, pageLanguage());
  } catch {
    // Storage full or disabled: the choice lasts for this page only.
  }
}

/**
 * Initial locale, the page's language first: on a page that declares a language
 * (`<html lang>`), the reader's in-place choice if it was made on a page declaring that same
 * language, else the page's language; without a declared language, the choice, then the
 * browser's languages, then `en`. An edition page in another language so always shows its own.
 */
export function initialLocale(): string {
  const declared = globalThis.document?.documentElement?.lang;
  const candidates = pageLanguage()
    ? [remembered(), declared, spokenArabic(), ...(globalThis.navigator?.languages ?? [])]
    : [remembered(), ...(globalThis.navigator?.languages ?? [])];
  const found = candidates.find((tag) => catalogFor(tag));
  return found ? pageFormOf(found) : sourceLocale;
}

/** Each spoken Arabic a page may declare, with its country: Darija (`ary`), Algerian, Tunisian, Libyan, Egyptian, Levantine, Iraqi. */
const SPOKEN_ARABIC = 'ary-MA arq-DZ aeb-TN ayl-LY arz-EG apc-SY acm-IQ';

/**
 * The Arabic of a page that declares a spoken Arabic with no catalog of its own (registered
 * with `registerLocale`): that country's (`<html lang="ary">`: `ar-MA`, its months and clock),
 * rather than the browser's language, which a Darija page would show in French, left to right.
 */
function spokenArabic(): string | undefined {
  const spoken = SPOKEN_ARABIC.split(' ').find((tag) => tag.startsWith(`${pageLanguage()}-`));
  return spoken && `ar${spoken.slice(3)}`;
}

/**
 * `tag` in the form the page declares it: a bare language (`ar`) that the page declares with a
 * region (`<html lang="ar-MA">`) takes the page's tag, so that a reader who switches back to
 * the page's language gets its Moroccan months and clock (غشت، 07:45), not أغسطس، 7:45 ص; on a
 * page in a spoken Arabic, `ar` is its country's (`ary`: `ar-MA`).
 */
export function pageFormOf(tag: string): string {
  const lower = tag.toLowerCase();
  return lower === pageLanguage() ? document.documentElement.lang : (lower === 'ar' && spokenArabic()) || tag;
}

function notify(): void {
  state.changes.dispatchEvent(new Event('change'));
  globalThis.dispatchEvent?.(new CustomEvent(LOCALE_READY_EVENT, {detail: {locale: state.tag}}));
}

/**
 * The catalog the library's strings come from right now. Its own, unless a host app owns
 * @lit/localize: then the host's catalog speaks a language of ours only if the host merged
 * our catalog into it (each catalog names its language in `locale.catalog`); otherwise the
 * strings are the English source.
 */
function shownCatalog(): string {
  return catalogFor(state.servedCatalog?.()) ?? sourceLocale;
}

/** Under a host's @lit/localize, `wanted` if our strings are in its language, else the language they are in. */
function shownTag(wanted: string | undefined): string {
  const shown = shownCatalog();
  return wanted && catalogFor(wanted) === shown ? canonical(wanted) : shown;
}

/**
 * The names the library carries for `tag`'s language where engines have none (Tamazight's
 * months and weekdays, core/carry-zgh.ts), loading; undefined for every other language.
 * Loaded before anything formats in that language, whoever owns @lit/localize.
 */
export const carriedNames = (tag: string) => (languageOf(tag) === 'zgh' ? import('./carry-zgh.js') : undefined);

// Hears @lit/localize's status events from the start, so that if a host app owns it, the
// library can start in the host's locale and follow its switches (dates, direction), as far
// as the strings the elements show follow them.
function followHost(event: Event): void {
  if (state.runtimes?.length) return; // the library's own switches
  const detail = (event as CustomEvent<{status: string; readyLocale?: string}>).detail;
  if (detail.status !== 'ready') return;
  state.hostLocale = catalogFor(detail.readyLocale) ? canonical(detail.readyLocale!) : undefined;
  if (!state.hostOwned) return;
  const tag = shownTag(state.hostLocale);
  if (catalogFor(tag) === getCatalogLocale()) return;
  const show = () => {
    state.tag = tag;
    notify();
  };
  const names = carriedNames(tag);
  // Unless the host has switched again meanwhile.
  if (names) void names.then(() => shownTag(state.hostLocale) === tag && show());
  else show();
}
if (!state.listening) {
  state.listening = true;
  globalThis.addEventListener?.('lit-localize-status', followHost);
}

let localizeRuntime: LocalizeRuntime | Promise<LocalizeRuntime> | undefined;

/**
 * Hands over `core/localize-runtime.ts` where the caller's code carries it already (every
 * element does), so the first switch has nothing more to import.
 */
export function useLocalizeRuntime(runtime: LocalizeRuntime): void {
  localizeRuntime ??= runtime;
}

/** This copy's @lit/localize, once configured (it is then one of `state.runtimes`). */
let own: Localization | undefined;

/** Configures this copy's @lit/localize, once, unless a host app owns it. */
async function configure(): Promise<void> {
  if (own || state.hostOwned) return;
  const runtime = await (localizeRuntime ??= import('./localize-runtime.js'));
  if (own || state.hostOwned) return; // an earlier call got there first
  try {
    own = runtime.configureCatalogs(registered);
    (state.runtimes ??= []).push(own);
  } catch (error) {
    state.servedCatalog = runtime.servedCatalog;
    state.hostOwned = true;
    console.warn('news-widgets: @lit/localize is already configured by the page; the library follows its locale.', error);
  }
}

/** Whether this copy has asked for the page's locale (its first element did, or a switch). */
let joined = false;

/**
 * Sets up the locale once per page; elements call it when they connect. Resolves when the
 * first catalog is ready. The first element of another copy of the library, when the page's
 * locale has started, brings that copy's own @lit/localize to it before anything renders.
 */
export function initLocale(): Promise<void> {
  if (!joined) {
    joined = true;
    if (!state.started) {
      void setLocale(state.hostLocale ?? initialLocale());
      state.automatic = state.wanted;
    } else if (!own) void setLocale(state.wanted ?? state.tag);
  }
  return localeReady();
}

/**
 * Resolves once the latest requested locale is active (its catalog loaded and elements told);
 * rejects if that catalog failed to load. Each change also fires `news-locale-ready`
 * `{locale}` on `window`.
 */
export function localeReady(): Promise<void> {
  // Before any locale was asked for, ready at once (the source locale is in effect): a new
  // promise each time would never be the latest, and this would chase it forever.
  const pending = (state.pending ??= Promise.resolve());
  return pending.then(() => (state.pending !== pending ? localeReady() : undefined));
}

/** The active locale as a full tag (`ar-MA`), for `Intl`. */
export function getLocale(): string {
  return state.tag;
}

/** The catalog of the active locale (`ar`). */
export function getCatalogLocale(): string {
  return catalogFor(state.tag) ?? sourceLocale;
}

/**
 * The catalog the page's locale is settling on (`ar`): the one the latest switch asked for,
 * known before it (or @lit/localize) has loaded; the active one when none was asked for. Under
 * a host's @lit/localize that has not merged our catalog, the strings shown may stay English.
 */
export function requestedCatalog(): string {
  return catalogFor(state.wanted) ?? getCatalogLocale();
}

export interface SetLocaleOptions {
  /** Also store the choice under `LOCALE_STORAGE_KEY`, so the next page starts in it. */
  remember?: boolean;
}

/**
 * Switches every element to `tag` (a bundled or registered locale, or a regional form of one
 * such as `fr-MA`). Resolves once its catalog has loaded and elements have been told to
 * update; a later call supersedes an earlier one still loading. With `remember`, the choice
 * is stored once its catalog has loaded.
 * @throws {RangeError} when no bundled or registered catalog serves `tag` (rejects); rejects
 *   too when its catalog fails to load, and the page stays in its language.
 */
export function setLocale(tag: string, {remember: store = false}: SetLocaleOptions = {}): Promise<void> {
  const catalog = catalogFor(tag);
  if (!catalog) return Promise.reject(new RangeError(`news-widgets: no catalog for locale "${tag}"; there are ${[...bundledLocales, ...registered.keys()].join(', ')} (see registerLocale).`));
  const next = canonical(tag);
  joined = state.started = true;
  state.wanted = next;
  const call = ++state.latest;
  const done = (async () => {
    try {
      await configure();
      await Promise.all([...(state.runtimes ?? []).map((runtime) => runtime.setLocale(catalog)), carriedNames(next)]);
    } catch (error) {
      // The page stays in its language: `{lang}` in a feed's address too.
      if (call === state.latest) state.wanted = state.tag;
      throw error;
    }
    if (call !== state.latest) return; // a later call superseded this one
    if (store) remember(next);
    // Under a host's @lit/localize, the strings stay in the host's language: follow them.
    state.tag = state.hostOwned ? shownTag(next) : next;
    state.chosen = next;
    notify();
  })();
  state.pending = done;
  return done;
}

/**
 * On a server, the locale its code set with `setLocale` (the last that loaded), or undefined
 * before one did: a server has no `<html lang>`, and the locale its code set stands for the
 * page's language there.
 */
export const chosenLocale = (): string | undefined => state.chosen;

/** Calls `listener` after every locale change (and when a language is registered); returns a function that stops it. */
export function onLocaleChange(listener: () => void): () => void {
  state.changes.addEventListener('change', listener);
  return () => state.changes.removeEventListener('change', listener);
}
