/**
 * The page the library runs in, read safely: on a server (server rendering) there is none,
 * and `pageBase` answers undefined and `pageHidden` false where reading `document` would throw.
 */

/** The document's base URL, against which relative URLs in attributes resolve. */
export const pageBase = (): string | undefined => globalThis.document?.baseURI;

/** True when there is a page and it is hidden (a background tab, a minimized window). */
export const pageHidden = (): boolean => globalThis.document?.hidden ?? false;

/**
 * A feed element's `src` with `{lang}` filled in, resolved against the page; a `src` that is
 * no URL (on a server, a relative one) as it is, for `loadFeed` to refuse with a feed error
 * the element shows, as it shows any feed it cannot load.
 */
export function resolveSrc(src: string, lang: string): string {
  const filled = src.replaceAll('{lang}', encodeURIComponent(lang));
  try {
    return new URL(filled, pageBase()).href;
  } catch {
    return filled;
  }
}
