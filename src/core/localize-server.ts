/**
 * @lit/localize on a server. Its runtime announces every switch with an event on `window`,
 * which a server has not got: under Node, `setLocale` threw "window is not defined", so a
 * server could render only the English source. This is the same runtime without the
 * announcements: `msg` reads the templates of the catalog set last, as the runtime's does.
 * Only a server loads it (`core/locale.ts` asks for it where there is no `window`).
 */
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {MsgFn, TemplateMap} from '@lit/localize/internal/types.js';

/** Configures `msg` with the catalogs `load` gives; `source` is the language of the code's own strings. */
export function serverLocalization(source: string, load: (locale: string) => Promise<{templates?: TemplateMap}>): {getLocale(): string; setLocale(locale: string): Promise<void>} {
  let active = source;
  let templates: TemplateMap | undefined;
  let latest = 0;
  // Cast as @lit/localize's runtime casts it: one function for all of msg's overloads.
  _installMsgImplementation(((template, options) => runtimeMsg(templates, template, options)) as MsgFn);
  return {
    getLocale: () => active,
    async setLocale(locale: string) {
      const call = ++latest;
      const catalog = locale === source ? {templates: undefined} : await load(locale);
      if (call !== latest) return; // a later switch superseded this one
      templates = catalog.templates;
      active = locale;
    },
  };
}
