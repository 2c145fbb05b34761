/**
 * The page the library runs in, read safely: on a server (server rendering) there is none,
 * and `pageBase` answers undefined and `pageHidden` false where reading `document` would throw.
 */

/**
 * The document's base URL, against which relative URLs resolve, as `fetch` and links resolve
 * them (a `<base href>` included); a worker's address in a worker; none on a server.
 */
export const pageBase = (): string | undefined => globalThis.document?.baseURI ?? globalThis.location?.href;

/** True when there is a page and it is hidden (a background tab, a minimized window). */
export const pageHidden = (): boolean => globalThis.document?.hidden ?? false;

/** A template (a feed element's `src`, the switcher's `href-template`) with `{lang}` filled in. */
export const fillLang = (template: string, lang: string): string => template.replaceAll('{lang}', encodeURIComponent(lang));

// What `{lang}` stands as while a `src` is resolved: letters and dashes, which every part of a URL keeps as written (braces in a path would be escaped).
const LANG_SLOT = 'news-widgets-lang';

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

/**
 * A feed element's `src` resolved (by `resolve`: against the page, {@link resolveUrl}) with
 * `{lang}` filled in after (another language is another feed at the address the `src` was
 * given for), then read as `loadFeed` reads it (a host in lower case): the one way the
 * loader's early request and the element's own come to one address.
 */
export function resolveSrc(src: string, lang: string, resolve: (url: string) => string = resolveUrl): string {
  return resolveUrl(fillLang(resolve(src.replaceAll('{lang}', LANG_SLOT)).replaceAll(LANG_SLOT, '{lang}'), lang));
}
