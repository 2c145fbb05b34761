/**
 * URL attributes resolved once, as `<img src>`'s are: apart from page.ts, which the CDN loader
 * carries up front, since only elements that load something from an address use it.
 * @module
 */
import {resolveUrl} from './page.js';

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
