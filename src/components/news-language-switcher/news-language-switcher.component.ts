import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {bundledLocales, catalogFor, registered, nativeLanguageName, pageFormOf, setLocale} from '../../core/locale.js';
import {languageOf} from '../../core/language.js';
import {baseStyles} from '../shared/base.styles.js';
import {attributeHref, NewsElement} from '../shared/news-element.js';
import {fillLang} from '../../core/page.js';
import {switcherStyles} from './news-language-switcher.styles.js';

/** Switchers on the page, to keep each landmark's name unique (axe `landmark-unique`). */
const connected = new Set<NewsLanguageSwitcherElement>();

/**
 * The locales a `locales` list offers, as written (an edition's address may be `/fr-ma/`),
 * separated by blanks or commas (`ar fr`, `ar,fr`; an array a framework sets reads as the
 * latter), without repeats in any case (`ar AR` is one, the first): with `links`, every
 * language tag (a link to an edition needs no catalog: Darija's `ary`), else those with a
 * bundled or registered catalog, which switching in place needs. Without any, every locale
 * with a catalog.
 */
export function parseLocales(list: string | undefined, {links = false}: {links?: boolean} = {}): string[] {
  const {listed} = readLocales(list, links);
  return listed.length ? listed : [...bundledLocales, ...registered.keys()];
}

/** The tags of a `locales` list that {@link parseLocales} offers, and those it leaves out. */
function readLocales(list: string | undefined, links: boolean): {listed: string[]; dropped: string[]} {
  const seen = new Set<string>();
  const dropped: string[] = [];
  const listed = String(list ?? '')
    .split(/[\s,]+/)
    .filter((tag) => {
      const key = tag.toLowerCase();
      if (!tag || seen.has(key)) return false;
      seen.add(key);
      if (links ? isLanguageTag(tag) : catalogFor(tag)) return true;
      dropped.push(tag);
      return false;
    });
  return {listed, dropped};
}

/** True for a well-formed BCP 47 language tag (`ar-MA`, `ary`; not WordPress's `ar_MA`). */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}

/**
 * Lists languages by their own names (`Intl.DisplayNames`): plain ones ("العربية",
 * "Français") even for regional `locales` such as `ar-MA fr-MA`, or with the region
 * ("العربية (المغرب)") with `regional-names`. By default picking one switches
 * every element on the page in place and remembers the choice; with `href-template` the
 * entries are links to the other editions of the site instead (with `lang` and `hreflang`; the
 * page's own, the language `<html lang>` declares, is the current one, whatever language the
 * reader has the widgets in).
 * The `menu` variant is a disclosure: arrow keys, Home and End move between languages,
 * Escape closes and returns focus to the button, a click outside or leaving with Tab closes.
 * Rendered on a server, a `menu` of links shows them in a row where scripts cannot run
 * (`@media (scripting: none)`: Chrome 120, Firefox 113, Safari 17; older browsers show the
 * button), and its button where they can, which opens once the element's script has loaded.
 * In place, picking a language fires a cancelable `news-locale-change`, then calls `setLocale`
 * with the tag listed, or for the page's own language the tag the page declares (`ar` on an
 * `ar-MA` page is `ar-MA`): list your editions' regional tags (`ar-MA fr-MA`), or a reader of
 * the `fr-MA` page who picks `ar` gets Arabic's general month names and numbers (ديسمبر, 13.1),
 * not Morocco's (دجنبر, 13,1).
 *
 * It is a navigation landmark named by `label` ("Language" by default). A page may hold any
 * number of switchers (header and footer): a landmark's name must be unique, so a switcher
 * whose name an earlier one on the page (in document order) already has is a labelled group
 * instead of a second landmark. Give each a distinct `label` to make every one a landmark.
 *
 * @customElement news-language-switcher
 * @summary A language switcher: in place, or links to other editions.
 *
 * @csspart base - The navigation landmark (a group when an earlier switcher has the same name).
 * @csspart button - The button that opens the list (variant `menu`).
 * @csspart list - The list of languages.
 * @csspart item - Each list item.
 * @csspart link - Each entry: a button in place, a link with `href-template`.
 * @csspart current - The entry of the current language (it also has part `link`).
 *
 * @cssprop [--news-font-family=inherit] - Font of the switcher.
 * @cssprop [--news-color-text=inherit] - Text colour of the switcher; its open menu's defaults to `CanvasText`, the text colour of the page's colour scheme, over `--news-color-surface`.
 * @cssprop [--news-color-accent=#2f74d0 (#78aeed on a dark page)] - Focus ring and the mark under the current language.
 * @cssprop [--news-color-surface=Canvas] - Background of the menu, laid over `Canvas` (the page's colour scheme's background) so that it is opaque; on a dark page, declare `color-scheme: dark` or set this and `--news-color-text`.
 * @cssprop [--news-radius=0.5rem] - Corner radius of the button and the menu.
 * @cssprop [--news-gap=1rem] - Space between entries (variant `inline`).
 *
 * @fires {CustomEvent<{locale: string}>} news-locale-change - A reader picked another language (in place only); cancel it (`preventDefault()`) to keep the current one. `locale` is the language as listed; `getLocale()` (or `news-locale-ready`) gives the full tag that becomes active.
 */
export class NewsLanguageSwitcherElement extends NewsElement {
  static override styles = [baseStyles, switcherStyles];

  @query('[part~="button"]') private readonly button?: HTMLButtonElement | null;

  @state() private open = false;

  /**
   * Locales to offer, in this order, separated by blanks or commas (`ar fr es en`, or regional
   * `ar-MA fr-MA`; an array set on the property, `['ar', 'fr']`, is read as `ar,fr`): with `href-template`, any language tag (Darija's `ary` too); in place, those
   * with a catalog (bundled, or registered with `registerLocale`). One left out gets a console
   * warning. Default (or none left): every bundled locale, then those registered.
   */
  @property() locales?: string | undefined;

  /** Name each language with its region when `locales` gives one ("العربية (المغرب)", "Français (Maroc)"); by default the plain names ("العربية", "Français"). */
  @property({type: Boolean, attribute: 'regional-names'}) regionalNames = false;

  /** `inline`: every language in a row; `menu`: a button that discloses the list. */
  @property({reflect: true}) variant: 'inline' | 'menu' = 'inline';

  /** URL of each edition with `{lang}` for the locale as `locales` lists it (`/{lang}/`: `ar-MA` gives `/ar-MA/`, so list the tags your editions' addresses use); entries become links instead of switching in place. */
  @property({attribute: 'href-template'}) hrefTemplate?: string | undefined;

  /** Name of the landmark, for a page with several switchers ("Site language", "Edition"); default "Language", localized. */
  @property() label?: string | undefined;

  /** Remember an in-place choice in localStorage (`news-widgets:locale`, with the language the page declared under `news-widgets:locale-page`); `persist="false"` opts out. */
  @property({type: Boolean, converter: {fromAttribute: (value) => value !== 'false'}}) persist = true;

  private readonly handleOutsideClick = (event: Event) => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    refreshOthers(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    refreshOthers(this);
    this.open = false;
    document.removeEventListener('click', this.handleOutsideClick, true);
  }

  private get name(): string {
    return this.label?.trim() || msg('Language', {id: 'switcher.label', desc: 'Name of the navigation that lists the languages of the site'});
  }

  /** A landmark unless a switcher earlier on the page already is one by the same name. */
  private get landmark(): boolean {
    const name = this.name;
    for (const other of connected) {
      if (other !== this && other.name === name && other.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING) return false;
    }
    return true;
  }

  private get menu() {
    return this.variant === 'menu';
  }

  private get entries(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="link"]')];
  }

  /** True when the entries are links to editions (`href-template`), not switches in place; a blank template (a CMS's blank field) is none. */
  private get links(): boolean {
    return !!this.hrefTemplate?.trim();
  }

  /**
   * The current entry: a link's is the edition this page is, the language it declares
   * (`<html lang>`; on a server, the active locale), whatever language the reader has the
   * widgets in; in place, the active locale's. The same tag, else the same language.
   */
  private currentOf(locales: string[]): string | undefined {
    const tag = ((this.links && globalThis.document?.documentElement?.lang) || this.locale.tag).toLowerCase();
    return locales.find((locale) => locale.toLowerCase() === tag) ?? locales.find((locale) => languageOf(locale) === languageOf(tag));
  }

  private async show(focus: 'current' | 'last') {
    this.open = true;
    await this.updateComplete;
    // The list opens toward the inline end; a switcher at the end of a bar (the start of the
    // screen in Arabic) would put it past the screen's edge, out of reach: it opens toward the start.
    const list = this.renderRoot.querySelector('.list')!;
    list.classList.remove('end');
    const {left, right} = list.getBoundingClientRect();
    list.classList.toggle('end', left < 0 || right > document.documentElement.clientWidth);
    const entries = this.entries;
    const target = focus === 'last' ? entries.at(-1) : (entries.find((e) => e.matches('[part~="current"]')) ?? entries[0]);
    target?.focus();
  }

  /** Closes the menu, focus back on its button. */
  private close() {
    this.open = false;
    this.button?.focus();
  }

  private readonly handleButtonClick = () => {
    if (this.open) this.open = false;
    else void this.show('current');
  };

  private readonly handleButtonKeydown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'current' : 'last');
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.close();
    }
  };

  private readonly handleListKeydown = (event: KeyboardEvent) => {
    if (!this.menu) return;
    const entries = this.entries;
    const index = entries.indexOf(this.shadowRoot!.activeElement as HTMLElement);
    const moves: Record<string, number> = {ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: entries.length - 1};
    if (event.key in moves) {
      event.preventDefault();
      entries[(moves[event.key] + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
  };

  private readonly handleFocusOut = (event: FocusEvent) => {
    // Tabbing out of an open menu closes it.
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !this.shadowRoot!.contains(next)) this.open = false;
  };

  private readonly pick = async (locale: string, current: boolean) => {
    if (this.menu) this.close();
    if (current) return;
    if (!this.emit('news-locale-change', {locale}, {cancelable: true})) return;
    // `ar` on an `ar-MA` page is that page's Arabic: its region's months and clock.
    await setLocale(pageFormOf(locale), {remember: this.persist}).catch((error: unknown) =>
      console.warn(`news-language-switcher: ${locale} could not be loaded (${String(error)}); the page stays in its language.`),
    );
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('locales') && !changed.has('hrefTemplate')) return;
    // An edition's address pasted as it is (`/ar/`) links every language to that one edition.
    if (changed.has('hrefTemplate') && this.links && !this.hrefTemplate!.includes('{lang}')) {
      console.warn(`news-language-switcher: href-template "${this.hrefTemplate}" has no {lang}: every language links to the same page.`);
    }
    const {listed, dropped} = readLocales(this.locales, this.links);
    if (!dropped.length) return;
    const why = this.links ? 'a language tag is written like ar-MA' : 'switching in place needs a catalog (registerLocale); links to editions (href-template) need none';
    console.warn(`news-language-switcher: locales "${this.locales}" lists ${dropped.map((tag) => `"${tag}"`).join(', ')}, left out: ${why}.${listed.length ? '' : ' Listing every locale with a catalog instead.'}`);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('label')) refreshOthers(this);
    if (changed.has('open')) {
      if (this.open) document.addEventListener('click', this.handleOutsideClick, true);
      else document.removeEventListener('click', this.handleOutsideClick, true);
    }
  }

  override render(): TemplateResult {
    const label = this.name;
    const locales = parseLocales(this.locales, {links: this.links});
    const current = this.currentOf(locales);
    const menu = this.menu;
    // One template whatever the role, so a server-rendered switcher hydrates. The role is the
    // page's to decide: a server, which sees no other switcher, writes a landmark, and the
    // browser sets the role it decides through its property (ARIA reflection), which Lit's
    // hydration sets, where it leaves attributes as the server wrote them.
    return html`<div part="base" class=${menu ? (this.links ? 'menu links' : 'menu') : 'inline'} role="navigation" .role=${this.landmark ? 'navigation' : 'group'} aria-label=${label} dir=${this.locale.dir} lang=${this.locale.lang} @focusout=${this.handleFocusOut}>
      ${menu
        ? html`<button
            part="button"
            type="button"
            aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="list"
            @click=${this.handleButtonClick}
            @keydown=${this.handleButtonKeydown}
          >
            ${current
              ? html`<span class="visually-hidden">${label}</span>
                  <span lang=${current}>${nativeLanguageName(current, {regional: this.regionalNames})}</span>`
              : label}
            <svg class="chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
          </button>`
        : nothing}
      <ul id="list" part="list" class="list" role="list" ?hidden=${menu && !this.open} @keydown=${this.handleListKeydown}>
        ${locales.map((locale) => html`<li part="item">${this.renderEntry(locale, locale === current)}</li>`)}
      </ul>
    </div>`;
  }

  private renderEntry(locale: string, current: boolean) {
    const part = current ? 'link current' : 'link';
    const name = nativeLanguageName(locale, {regional: this.regionalNames});
    if (this.links) {
      const href = attributeHref(fillLang(this.hrefTemplate!, locale));
      return html`<a part=${part} href=${ifDefined(href)} hreflang=${locale} lang=${locale} aria-current=${current ? 'page' : nothing}>${name}</a>`;
    }
    return html`<button part=${part} type="button" lang=${locale} aria-current=${current ? 'true' : nothing} @click=${() => this.pick(locale, current)}>
      ${name}
    </button>`;
  }
}

/** Other switchers may have to become, or stop being, a landmark. */
function refreshOthers(changed: NewsLanguageSwitcherElement): void {
  for (const other of connected) if (other !== changed) other.requestUpdate();
}

export type SwitcherVariant = NewsLanguageSwitcherElement['variant'];
