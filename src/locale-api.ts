/**
 * The locale part of the module API, the same for npm users (`index.ts`) and CDN users
 * (`loader.ts`): the loader carries the locale state anyway, so these are never loaded on
 * demand.
 */
export {
  setLocale,
  registerLocale,
  getLocale,
  localeReady,
  bundledLocales,
  nativeLanguageName,
  LOCALE_STORAGE_KEY,
  LOCALE_PAGE_STORAGE_KEY,
  LOCALE_READY_EVENT,
  onLocaleChange,
} from './core/locale.js';
export type {SetLocaleOptions, LanguageNameOptions} from './core/locale.js';
export type {LocaleCatalog, LocaleCatalogSource} from './core/registered-catalog.js';
