import type {ReactiveControllerHost} from 'lit';
import {directionOf} from '../core/direction.js';
import {getCatalogLocale, getLocale, initLocale, onLocaleChange} from '../core/locale.js';

/** The connected hosts, re-rendered on a locale change by one listener for the page (not one per element: a feed holds hundreds of cards). */
const hosts = new Set<ReactiveControllerHost>();
let stop: (() => void) | undefined;
const rerender = () => {
  for (const host of hosts) host.requestUpdate();
};

/**
 * The library's locale as elements render it, and the elements that re-render when it
 * changes. One object serves every element (`NewsElement` calls `connect` and `disconnect`
 * from its own lifecycle), where a Lit controller would be an object per element, and its
 * first controller gives each element a set of them as well: about 0.1 kB a card in a feed
 * of hundreds (`npm run bench`).
 */
export const sharedLocale = {
  /** Full tag for `Intl` (`ar-MA`). */
  get tag(): string {
    return getLocale();
  },
  /** Catalog language (`ar`), for `lang` attributes and `{lang}` in URLs. */
  get lang(): string {
    return getCatalogLocale();
  },
  get dir(): 'ltr' | 'rtl' {
    return directionOf(getLocale());
  },

  /**
   * `host` re-renders on every locale change until `disconnect`. The first element on the page
   * starts the initial locale loading, and a failure is reported once, not once per card.
   */
  connect(host: ReactiveControllerHost): void {
    hosts.add(host);
    if (stop) return;
    stop = onLocaleChange(rerender);
    initLocale().catch((error: unknown) => console.warn(`news-widgets: the language could not be loaded (${String(error)}).`));
  },

  disconnect(host: ReactiveControllerHost): void {
    hosts.delete(host);
    if (hosts.size) return;
    stop?.();
    stop = undefined;
  },
};

/** What an element reads of the locale: `sharedLocale`'s tag, language and direction. */
export type RenderLocale = Pick<typeof sharedLocale, 'tag' | 'lang' | 'dir'>;
