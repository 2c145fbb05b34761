/**
 * The page the library runs in, read safely: on a server (server rendering) there is none,
 * and `pageBase` answers undefined and `pageHidden` false where reading `document` would throw.
 */

/** The document's base URL, against which relative URLs in attributes resolve. */
export const pageBase = (): string | undefined => globalThis.document?.baseURI;

/** True when there is a page and it is hidden (a background tab, a minimized window). */
export const pageHidden = (): boolean => globalThis.document?.hidden ?? false;

/** A feed element's `src` with `{lang}` filled in. */
export const fillSrc = (src: string, lang: string): string => src.replaceAll('{lang}', encodeURIComponent(lang));

/**
 * `url` resolved against the page; one that is no URL (on a server, a relative one) as it
 * is, for `loadFeed` to refuse with a feed error the element shows, as it shows any feed it
 * cannot load.
 */
export function resolveUrl(url: string): string {
  try {
    return new URL(url, pageBase()).href;
  } catch {
    return url;
  }
}

/** A feed element's `src` with `{lang}` filled in, resolved against the page (see {@link resolveUrl}). */
export const resolveSrc = (src: string, lang: string): string => resolveUrl(fillSrc(src, lang));
