import {LitElement, adoptStyles, type CSSResultOrNative} from 'lit';
import {LocaleController} from '../../controllers/locale-controller.js';
import {initLocale} from '../../core/locale.js';
import {baseStyles} from './base.styles.js';
import type {NewsEventDetails} from './events.js';
import type {ViewLoader} from './views.js';

/** What an element's view module gives it: the styles its templates need (besides the base sheet). */
export interface ElementView {
  readonly styles: readonly CSSResultOrNative[];
}

/** Tags whose view failed to load, so the console gets one warning per element type. */
const warned = new Set<string>();

/**
 * What every element shares: locale and direction awareness, a typed `emit()`, and its view
 * (templates and styles) loaded on demand, so a page pays for the rendering code of the
 * elements it uses and not before it uses them. Nothing more belongs here.
 */
export abstract class NewsElement<V extends ElementView = ElementView> extends LitElement {
  static override styles = baseStyles;

  /** The active locale; re-renders the element when it changes. */
  protected readonly locale = new LocaleController(this);

  /** The element's templates and styles, once loaded; `render()` shows nothing without them. */
  protected view?: V;

  /** Loads the module with this element's templates and styles (see `views.ts`). */
  protected abstract readonly viewLoader: ViewLoader<V>;

  /**
   * The first render waits for the initial locale's catalog, so an Arabic page never
   * flashes English text and dates (a visible change and a layout shift), and for the view,
   * loaded at the same time.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      // Once one element of a kind has loaded its view, the next ones take it at once.
      if (this.viewLoader.view) this.useView(this.viewLoader.view);
      const locale = initLocale().catch(() => undefined);
      await (this.view ? locale : Promise.all([locale, this.attachView()]));
    }
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A view that failed to load (a network blip) gets another chance when the element is reattached.
    if (this.hasUpdated && !this.view) void this.attachView().then(() => this.view && this.requestUpdate());
  }

  /** Loads the view and adopts its styles; on failure the element renders nothing (one warning per tag). */
  private async attachView(): Promise<void> {
    try {
      this.useView(await this.viewLoader());
    } catch (error) {
      if (!warned.has(this.localName)) console.warn(`${this.localName}: its view could not be loaded, so it shows nothing.`, error);
      warned.add(this.localName);
    }
  }

  private useView(view: V) {
    adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof LitElement).elementStyles, ...view.styles]);
    this.view = view;
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
