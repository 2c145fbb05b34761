import {LitElement, defaultConverter, isServer, type CSSResultGroup, type ComplexAttributeConverter, type PropertyDeclaration} from 'lit';
import {sharedLocale, type RenderLocale} from '../../controllers/shared-locale.js';
import {initLocale, useLocalizeRuntime} from '../../core/locale.js';
import {pageBase} from '../../core/page.js';
import {safeUrl, serverSafeUrl} from '../../core/url.js';
import * as localizeRuntime from '../../core/localize-runtime.js';
import {baseStyles} from './base.styles.js';
import type {NewsEventDetails} from './events.js';

/**
 * A boolean attribute as frameworks write it: present is true, but `"false"` is false (what
 * Vue and Svelte write for a bound `false`; React removes the attribute).
 */
const FLAG_CONVERTER = {fromAttribute: (value: string | null) => value !== null && value !== 'false'};

// Elements render strings with @lit/localize: its configuration comes with their code, not as
// a request after it.
useLocalizeRuntime(localizeRuntime);

/**
 * What every element shares: locale and direction awareness, a typed `emit()`, and its
 * reactive properties' values kept in one array (see `getPropertyDescriptor`), and a
 * server-rendered root never shown twice (see `createRenderRoot`). Nothing more belongs here.
 *
 * @attr {boolean} defer-hydration - On a server-rendered element (`@lit-labs/ssr`): it keeps the server's markup and waits, neither rendering nor hydrating, until the attribute is removed. Give an element fed through a property (`.feed`, `.item`, `.weather`) its data first, then remove it (see "Server rendering"). Handled by Lit's hydration support (`news-widgets/hydrate.js`, which the CDN loader loads by itself for a server-rendered element); without it, it does nothing.
 */
export abstract class NewsElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** Reactive properties declared so far by this class and its ancestors: the length of `propertyValues`. */
  private static propertySlots = 0;

  /** The values of the reactive properties, by slot (see `getPropertyDescriptor`). */
  private propertyValues?: unknown[];

  /** The active locale: its tag, language and direction. A connected element re-renders when it changes. */
  protected get locale(): RenderLocale {
    return sharedLocale;
  }

  /**
   * A server-rendered shadow root (declarative shadow DOM) that no hydration takes over: Lit's
   * support (`news-widgets/hydrate.js`) had not patched Lit when this element's class was
   * defined, or failed to load. Lit would render before the server's nodes and the element
   * would show twice; the server's nodes go, and it renders from nothing.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    // Lit renders before what the root held first; hydration, which takes the nodes over, sets no such place.
    if (server.length && this.renderOptions.renderBefore === server[0]) {
      for (const node of server) node.remove();
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /**
   * An element put back on the page renders again: what it shows may have changed while it
   * was off it, where nothing told it (a locale switch, a relative date, the day).
   */
  override connectedCallback(): void {
    super.connectedCallback();
    sharedLocale.connect(this);
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    sharedLocale.disconnect(this);
  }

  /**
   * Reads a `type: Boolean` property's attribute as {@link FLAG_CONVERTER} does, unless it has a converter of its own.
   * @internal Lit's plumbing, public in Lit: not the elements' API (kept out of the manifest and the editor data).
   */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    super.createProperty(name, options?.type === Boolean && !options.converter ? {...options, converter: FLAG_CONVERTER} : options);
  }

  /**
   * Keeps the values of reactive properties in one array per element, where Lit keeps each
   * under a symbol of its own on the element. V8 gives an object that gains a symbol-keyed
   * property past a dozen fields (an element has over twenty) a hash table for its
   * properties, once a garbage collection has dropped the fast path it was following: about
   * 800 bytes a card instead of about 100, with slower reads, in a feed of hundreds of cards.
   * Getting and setting are Lit's own otherwise: the setter asks for an update. Text set on a
   * property of another type is read as its attribute would be: React, Vue and Svelte set a
   * written `limit="6"` or `persist="false"` on the property of that name, as text.
   */
  protected static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration): PropertyDescriptor | undefined {
    if (Object.getOwnPropertyDescriptor(this.prototype, name)) return super.getPropertyDescriptor(name, key, options);
    const slot = this.propertySlots++;
    return {
      get(this: NewsElement) {
        return this.propertyValues?.[slot];
      },
      set(this: NewsElement, value: unknown) {
        if (options.type && options.type !== String) {
          if (typeof value === 'string') value = ((options.converter as ComplexAttributeConverter | undefined)?.fromAttribute ?? defaultConverter.fromAttribute!)(value, options.type);
        } else if (options.attribute !== false && typeof value !== 'string') {
          // A text property: null (its attribute removed) is none, a number (React's tag={2026}) its
          // text, a date (a card's date={new Date()}) its ISO form, a URL (`src = new URL(…)`, its
          // `{lang}`, which a URL writes `%7Blang%7D`, kept) or an array (`locales = ['ar', 'fr']`)
          // its text as the DOM writes it, anything else none.
          value =
            typeof value === 'number' || value instanceof URL || Array.isArray(value)
              ? String(value).replace(/%7Blang%7D/g, '{lang}')
              : value instanceof Date && value.getTime() === value.getTime()
                ? value.toISOString()
                : undefined;
        }
        const oldValue = this.propertyValues?.[slot];
        (this.propertyValues ??= new Array<unknown>((this.constructor as typeof NewsElement).propertySlots))[slot] = value;
        this.requestUpdate(name, oldValue, options);
      },
      configurable: true,
      enumerable: true,
    };
  }

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

/**
 * A URL the page gives in an attribute or an object its code built (a card's `item`, a
 * list's `feed`), made safe ({@link safeUrl}): resolved against the page; on a server, which
 * has no page, a relative one kept as written for the browser.
 */
export const attributeHref = (value: unknown): string | undefined => (isServer ? serverSafeUrl(value) : safeUrl(value, pageBase()));

/** A `heading-level` as a level HTML has (1 to 6), `fallback` for one that is no number. */
export const headingLevel = (value: number, fallback: number): number => Math.min(6, Math.max(1, Math.trunc(value) || fallback));
