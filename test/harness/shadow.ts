/** Queries inside an element's shadow root, shared by every element's harness. */

/** The first match of `selector` in `el`'s shadow root. */
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector);

/** Every match of `selector` in `el`'s shadow root. */
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<E>(selector)];

/** The element of part `name` in `el`'s shadow root. */
export const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);

/** The element of part `name` in `el`'s shadow root if a reader sees it (present, not `hidden`, laid out); otherwise null. */
export const shownPart = (el: Element, name: string) => {
  const found = part(el, name);
  return found && found.getClientRects().length > 0 ? found : null;
};
