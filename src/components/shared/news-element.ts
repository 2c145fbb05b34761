import {LitElement, type CSSResultGroup} from 'lit';
import {LocaleController} from '../../controllers/locale-controller.js';
import {initLocale, useLocalizeRuntime} from '../../core/locale.js';
import * as localizeRuntime from '../../core/localize-runtime.js';
import {baseStyles} from './base.styles.js';
import type {NewsEventDetails} from './events.js';

// Elements render strings with @lit/localize: its configuration comes with their code, not as
// a request after it.
useLocalizeRuntime(localizeRuntime);

/**
 * What every element shares: locale and direction awareness and a typed `emit()`. Nothing
 * more belongs here.
 */
export abstract class NewsElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The active locale; re-renders the element when it changes. */
  protected readonly locale = new LocaleController(this);

  /**
   * The first render waits for the initial locale's catalog, so an Arabic page never
   * flashes English text and dates (a visible change and a layout shift).
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await initLocale().catch(() => undefined);
    super.scheduleUpdate();
  }

  /** Fires a bubbling, composed `news-*` event; returns false when a listener cancelled it. */
  protected emit<K extends keyof NewsEventDetails>(name: K, detail: NewsEventDetails[K], init: EventInit = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, {bubbles: true, composed: true, ...init, detail}));
  }
}

/** Registers `tag` unless something already did (a second copy of the bundle, say): never throws. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
