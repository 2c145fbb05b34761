/**
 * @lit/localize on a server. Its runtime announces every switch with an event on `window`,
 * which a server has not got: under Node, `setLocale` threw "window is not defined", so a
 * server could render only the English source. @lit/localize's reentrant mode, made for
 * servers, asks for the active locale and its catalog at each `msg` call instead; this keeps
 * both, with the runtime's `getLocale`/`setLocale` shape. Only a server loads it
 * (`core/localize-runtime.ts` asks for it where there is no `window`).
 */
import type {LocaleModule} from '@lit/localize';
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';

/**
 * Configures `msg` with the catalogs `load` gives; `sourceLocale` is the language of the
 * code's own strings, `targetLocales` those with a catalog.
 */
export function serverLocalization(
  sourceLocale: string,
  targetLocales: readonly string[],
  load: (locale: string) => Promise<LocaleModule>,
): {getLocale(): string; setLocale(locale: string): Promise<void>} {
  let active = sourceLocale;
  let latest = 0;
  const loaded = new Map<string, LocaleModule>();
  configureReentrantLocalization({sourceLocale, targetLocales: [...targetLocales], getLocale: () => active, loadLocaleSync: (locale) => loaded.get(locale)});
  return {
    getLocale: () => active,
    async setLocale(locale: string) {
      const call = ++latest;
      if (locale !== sourceLocale && !loaded.has(locale)) loaded.set(locale, await load(locale));
      if (call !== latest) return; // a later switch superseded this one
      active = locale;
    },
  };
}
