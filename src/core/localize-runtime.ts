/**
 * The @lit/localize side of the library's locale: configuring it and loading catalogs.
 * `core/locale.ts` (the locale state the loader needs: the current locale, the page's
 * language, the change event) imports it on its first switch, so the CDN loader does not
 * carry @lit/localize; every element imports it with its code, since they render strings
 * with `msg` anyway.
 *
 * @lit/localize runs in its reentrant mode, the one it offers for servers: `msg` asks for the
 * active locale and its catalog at each call. It is the same in a browser and under Node,
 * where the runtime mode's `setLocale` throws "window is not defined" (it announces each
 * switch with a `lit-localize-status` event on `window`; the library announces its own with
 * `news-locale-ready`). One path for both, and no server-only code in a browser bundle.
 */
import {msg, type LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

// An explicit map of literal paths so bundlers split each catalog into its own chunk. Typed
// by the generated locale list: a target locale without an entry here fails the type check.
const catalogs: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  zgh: () => import('../generated/locales/zgh.js'),
};

/** The library's hold on @lit/localize: the catalog `msg` serves now, and switching it. */
export interface Localization {
  getLocale(): string;
  /** Loads the catalog of `locale` (once) and serves it; a later call supersedes an earlier one still loading. */
  setLocale(locale: string): Promise<void>;
}

let configured: Localization | undefined;

/**
 * Configures @lit/localize with the library's catalogs, once however many callers ask;
 * throws if the page configured it first.
 */
export function configureCatalogs(): Localization {
  if (configured) return configured;
  let active: string = sourceLocale;
  let latest = 0;
  const loaded = new Map<string, LocaleModule>();
  configureReentrantLocalization({sourceLocale, targetLocales: [...targetLocales], getLocale: () => active, loadLocaleSync: (locale) => loaded.get(locale)});
  return (configured = {
    getLocale: () => active,
    async setLocale(locale) {
      const call = ++latest;
      if (locale !== sourceLocale && !loaded.has(locale)) loaded.set(locale, await catalogs[locale as keyof typeof catalogs]());
      if (call !== latest) return; // a later switch superseded this one
      active = locale;
    },
  });
}

/**
 * The language code the strings @lit/localize serves now are in, as the catalog names it
 * (`locale.catalog`): under a host's @lit/localize, our language only if the host merged our
 * catalog into its own; else the English source's `en`.
 */
export function servedCatalog(): string {
  return msg('en', {id: 'locale.catalog', desc: 'Do not translate: write the code of this catalog’s language (ar, fr, es, zgh). Elements set lang and dir from it.'});
}
