/**
 * The @lit/localize side of the library's locale: configuring it and loading catalogs.
 * `core/locale.ts` (the locale state the loader needs: the current locale, the page's
 * language, the change event) imports it on its first switch, so the CDN loader does not
 * carry @lit/localize; every element imports it with its code, since they render strings
 * with `msg` anyway.
 */
import {configureLocalization, msg} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';

// An explicit map of literal paths so bundlers split each catalog into its own chunk. Typed
// by the generated locale list: a target locale without an entry here fails the type check.
const catalogs: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  zgh: () => import('../generated/locales/zgh.js'),
};

export type Localization = ReturnType<typeof configureLocalization>;
type LoadLocale = Parameters<typeof configureLocalization>[0]['loadLocale'];

const loadCatalog = ((locale: keyof typeof catalogs) => catalogs[locale]()) as LoadLocale;

let configured: Localization | Promise<Localization> | undefined;

/**
 * Configures @lit/localize with the library's catalogs, once however many callers ask; throws
 * if the page configured it first. On a server, which has no `window` for @lit/localize's
 * runtime to announce each switch on, the same catalogs through core/localize-server.ts
 * (rejects if that module fails to load; the next call tries again).
 */
export function configureCatalogs(): Localization | Promise<Localization> {
  return (configured ??= globalThis.window
    ? configureLocalization({sourceLocale, targetLocales, loadLocale: loadCatalog})
    : import('./localize-server.js').then(
        ({serverLocalization}) => serverLocalization(sourceLocale, targetLocales, loadCatalog),
        (error: unknown) => {
          configured = undefined; // its code did not load: the next switch tries again
          throw error;
        },
      ));
}

/**
 * The language code the strings @lit/localize serves now are in, as the catalog names it
 * (`locale.catalog`): under a host's @lit/localize, our language only if the host merged our
 * catalog into its own; else the English source's `en`.
 */
export function servedCatalog(): string {
  return msg('en', {id: 'locale.catalog', desc: 'Do not translate: write the code of this catalog’s language (ar, fr, es, zgh). Elements set lang and dir from it.'});
}
