/**
 * The direction a language is written in, apart from `language.ts` (which the CDN loader
 * carries and does not need it) and from `locale.ts` (the page's locale, which the Node-ready
 * ranking of related articles does not need).
 */
import {memoized} from './memo.js';

const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * `rtl` for a language written in a right-to-left script (Arabic, Hebrew, Persian, Urdu,
 * Dhivehi's Thaana, N'Ko, Adlam, Rohingya…), its own script subtag first (`pa-Arab` is, `pa`
 * and `sd-Deva` are not), else `ltr`. Cached: every element asks on every render.
 */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return memoized(directions, tag, scriptDirection);
}

/**
 * By the script the tag names or its language is most likely written in (`maximize`, the same
 * in every engine), not by `getTextInfo`: WebKit's says `ltr` for ku-Arab, dv, syr, nqo, rhg.
 */
function scriptDirection(tag: string): 'ltr' | 'rtl' {
  try {
    return /^(Adlm|Arab|Hebr|Mand|Mend|Nkoo|Rohg|Samr|Syrc|Thaa|Yezi)$/.test(new Intl.Locale(tag).maximize().script ?? '') ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
