import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {directionOf, getCatalogLocale, getLocale, initLocale, onLocaleChange} from '../core/locale.js';

/** The connected hosts, re-rendered on a locale change by one listener for the page (not one per element: a feed holds hundreds of cards). */
const hosts = new Set<ReactiveControllerHost>();
let stop: (() => void) | undefined;
const rerender = () => {
  for (const host of hosts) host.requestUpdate();
};

/** Re-renders its host when the library's locale changes, and tells it the tag and direction to use. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Full tag for `Intl` (`ar-MA`). */
  get tag(): string {
    return getLocale();
  }
  /** Catalog language (`ar`), for `lang` attributes and `{lang}` in URLs. */
  get lang(): string {
    return getCatalogLocale();
  }
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.tag);
  }

  hostConnected(): void {
    hosts.add(this.host);
    stop ??= onLocaleChange(rerender);
    initLocale().catch((error: unknown) => console.warn(`news-widgets: the language could not be loaded (${String(error)}).`));
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size) return;
    stop?.();
    stop = undefined;
  }
}
