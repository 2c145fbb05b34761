import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {directionOf, getCatalogLocale, getLocale, initLocale, onLocaleChange} from '../core/locale.js';

/** Re-renders its host when the library's locale changes, and tells it the tag and direction to use. */
export class LocaleController implements ReactiveController {
  private stop?: () => void;

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
    this.stop = onLocaleChange(() => this.host.requestUpdate());
    initLocale().catch((error: unknown) => console.warn(`news-widgets: the language could not be loaded (${String(error)}).`));
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
