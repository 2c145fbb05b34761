/**
 * URL attributes resolved once, as `<img src>`'s are: apart from page.ts, which the CDN loader
 * carries up front, since only elements that load something from an address use it.
 * @module
 */
import {resolveSrc, resolveUrl} from './page.js';

/**
 * Resolves one URL attribute as `<img src>` is resolved: against the page's address when its
 * value is set, not again while the value stays the same, so a relative one keeps its address
 * after a single-page app's `pushState` to another path. No value: undefined.
 */
export function attributeUrl(): (value: string | undefined) => string | undefined {
  let last: {value: string; url: string} | undefined;
  return (value) => {
    if (value !== last?.value) last = value ? {value, url: resolveUrl(value)} : undefined;
    return last?.url;
  };
}

/**
 * A feed element's `src` resolved as {@link attributeUrl} resolves it, when it is set, and its
 * `{lang}` filled in after: another language is another feed at the address the `src` was
 * given for, not one resolved against wherever a single-page app has navigated since.
 */
export function srcUrl(): (src: string | undefined, lang: string) => string | undefined {
  const resolve = attributeUrl();
  // A `src` that is set resolves to an address (attributeUrl's undefined is for none).
  return (src, lang) => (src ? resolveSrc(src, lang, (url) => resolve(url)!) : undefined);
}
