/**
 * The direction a language is written in, apart from `language.ts` (which the CDN loader
 * carries and does not need it) and from `locale.ts` (the page's locale, which the Node-ready
 * ranking of related articles does not need).
 */
import {memoized} from './memo.js';

const directions = new Map<string, 'ltr' | 'rtl'>();

/** `rtl` for right-to-left scripts (Arabic, Hebrew, Persian, Urdu…), else `ltr`. Cached: every element asks on every render. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return memoized(directions, tag, scriptDirection);
}

function scriptDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {getTextInfo?(): {direction?: string}; textInfo?: {direction?: string}};
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction) return info.direction === 'rtl' ? 'rtl' : 'ltr';
    return ['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb'].includes(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
