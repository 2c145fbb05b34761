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
import {msg, type LocaleModule, type MsgFn} from '@lit/localize';
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import type {LocaleCatalogSource} from './registered-catalog.js';

// An explicit map of literal paths so bundlers split each catalog into its own chunk. Typed
// by the generated locale list: a target locale without an entry here fails the type check.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  zgh: () => import('../generated/locales/zgh.js'),
};

/** The library's hold on @lit/localize: the catalog `msg` serves now, and switching it. */
export interface Localization {
  getLocale(): string;
  /**
   * Loads the catalog of `locale` (once) and serves it; a later call supersedes an earlier one
   * still loading, which then resolves whether its catalog loaded or not.
   */
  setLocale(locale: string): Promise<void>;
}

/** A `Localization` that also gives the catalog of a locale it has loaded. */
interface CatalogSwitch extends Localization {
  catalog(locale: string): LocaleModule | undefined;
}

/**
 * Which catalog is active and which are loaded, switched by `setLocale`: `load` gives the
 * catalog of a locale other than `source` (the language of the code's own strings), once; a
 * catalog that failed to load is asked for again on the next switch to it.
 */
export function catalogSwitch(source: string, load: (locale: string) => Promise<LocaleModule>): CatalogSwitch {
  let active = source;
  let latest = 0;
  const loaded = new Map<string, LocaleModule>();
  return {
    getLocale: () => active,
    catalog: (locale) => loaded.get(locale),
    async setLocale(locale) {
      const call = ++latest;
      try {
        if (locale !== source && !loaded.has(locale)) loaded.set(locale, await load(locale));
      } catch (error) {
        if (call === latest) throw error;
      }
      if (call !== latest) return; // a later switch superseded this one, whether it loaded or failed
      active = locale;
    },
  };
}

let configured: Localization | undefined;

/** The catalog of `locale` that a site registered (`registerLocale`), checked (see `registered-catalog.ts`). */
async function loadRegistered(locale: string, source: LocaleCatalogSource): Promise<LocaleModule> {
  const [{checkedCatalog}, module] = await Promise.all([import('./registered-catalog.js'), typeof source === 'function' ? source() : source]);
  return checkedCatalog(locale, module);
}

/**
 * Configures @lit/localize with the library's catalogs and those a site registers, once however
 * many callers ask; throws if the page configured it first. `registered` is read at each
 * switch, so a language registered later is served too.
 */
export function configureCatalogs(registered: ReadonlyMap<string, LocaleCatalogSource>): Localization {
  if (configured) return configured;
  const catalogs = catalogSwitch(sourceLocale, (locale) => {
    const source = registered.get(locale);
    return source ? loadRegistered(locale, source) : loaders[locale as keyof typeof loaders]();
  });
  // What @lit/localize's configureReentrantLocalization installs, but asking the catalogs at
  // each call: it keeps its target locales in a set made once, which a language registered
  // later would not be in, so its strings would stay English.
  _installMsgImplementation(((template, options) => {
    const templates = catalogs.catalog(catalogs.getLocale())?.templates;
    const localized = templates?.[options?.id ?? ''];
    // A registered translation's `${n}` that the message has no value for would show "undefined": the English source instead.
    const unusable = typeof localized === 'object' && (localized.values as number[]).some((i) => !(i < ((template as {values?: unknown[]}).values?.length ?? 0)));
    return runtimeMsg(unusable ? undefined : templates, template, options);
  }) as MsgFn);
  return (configured = catalogs);
}

/**
 * The language code the strings @lit/localize serves now are in, as the catalog names it
 * (`locale.catalog`): under a host's @lit/localize, our language only if the host merged our
 * catalog into its own; else the English source's `en`.
 */
export function servedCatalog(): string {
  return msg('en', {id: 'locale.catalog', desc: 'Do not translate: write the code of this catalog’s language (ar, fr, es, zgh). Elements set lang and dir from it.'});
}
