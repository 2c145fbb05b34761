/**
 * The library's locale: which catalog the UI strings come from (`ar`) and the full tag
 * (`ar-MA`) that `Intl` formats dates and numbers with.
 *
 * @lit/localize may be configured once per page; this module does it lazily, once, and
 * survives a host app that configured it first (see README, "Using with an app that
 * already uses @lit/localize").
 */
import {configureLocalization} from '@lit/localize';
import {allLocales, sourceLocale, targetLocales} from '../generated/locale-codes.js';

/** Locales with a bundled catalog, source first. */
export const bundledLocales: readonly string[] = allLocales;

/** localStorage key that remembers a reader's choice of language. */
export const LOCALE_STORAGE_KEY = 'news-widgets:locale';

// An explicit map of literal paths so bundlers split each catalog into its own chunk.
const catalogs: Record<string, () => Promise<unknown>> = {
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
};

type Localization = ReturnType<typeof configureLocalization>;
let localization: Localization | undefined;
let currentTag: string = sourceLocale;
let ready: Promise<void> | undefined;
let latest = 0;
const changes = new EventTarget();

/** The catalog that serves `tag` (`ar-MA` → `ar`), or undefined when none is bundled. */
export function catalogFor(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const language = new Intl.Locale(tag).language;
    return bundledLocales.includes(language) ? language : undefined;
  } catch {
    return undefined;
  }
}

/** `rtl` for right-to-left scripts (Arabic, Hebrew, Persian, Urdu…), else `ltr`. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {getTextInfo?(): {direction?: string}; textInfo?: {direction?: string}};
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
    return ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'].includes(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? sourceLocale;
  } catch {
    return sourceLocale;
  }
}

function remembered(): string | null {
  try {
    return globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed iframe)
  }
}

/** Initial locale: the remembered choice, then `<html lang>`, then the browser's languages, then `en`. */
export function initialLocale(): string {
  const candidates = [remembered(), globalThis.document?.documentElement.lang, ...(globalThis.navigator?.languages ?? [])];
  return candidates.find((tag) => catalogFor(tag)) ?? sourceLocale;
}

function configure(): Localization | undefined {
  if (localization) return localization;
  try {
    localization = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => catalogs[locale]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
    });
  } catch (error) {
    // The host app configured @lit/localize already: it owns catalogs and switching.
    console.warn('news-widgets: @lit/localize is already configured by the page; the library follows its locale.', error);
  }
  return localization;
}

/** Sets up the locale once per page; elements call it when they connect. Resolves when the first catalog is ready. */
export function initLocale(): Promise<void> {
  ready ??= setLocale(initialLocale());
  return ready;
}

/** The active locale as a full tag (`ar-MA`), for `Intl`. */
export function getLocale(): string {
  return currentTag;
}

/** The catalog of the active locale (`ar`). */
export function getCatalogLocale(): string {
  return catalogFor(currentTag) ?? sourceLocale;
}

/**
 * Switches every element to `tag` (a bundled locale, or a regional form of one such as
 * `fr-MA`). Resolves once its catalog has loaded and elements have been told to update.
 * @throws {RangeError} when no bundled catalog serves `tag`.
 */
export async function setLocale(tag: string): Promise<void> {
  const catalog = catalogFor(tag);
  if (!catalog) throw new RangeError(`news-widgets: no catalog for locale "${tag}"; bundled: ${bundledLocales.join(', ')}.`);
  const next = canonical(tag);
  ready ??= Promise.resolve();
  const call = ++latest;
  await configure()?.setLocale(catalog);
  if (call !== latest) return; // a later call superseded this one
  currentTag = next;
  changes.dispatchEvent(new Event('change'));
}

/** Calls `listener` after every locale change; returns a function that stops it. */
export function onLocaleChange(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  return () => changes.removeEventListener('change', listener);
}
