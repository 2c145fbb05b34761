/**
 * Language tags, and the one cache of `Intl` objects the library keeps (creating one costs
 * far more than using it). The part of the library's door to `Intl` (`intl.ts`) that the
 * CDN loader needs to pick a language: no formatting, and none of the names the library
 * carries for languages engines do not know, but their own names for themselves.
 */
import {memoized} from './memo.js';

/** The `Intl.Locale` of `tag`, or undefined when it is empty or not a language tag. */
export function parseTag(tag: string | undefined): Intl.Locale | undefined {
  if (!tag) return undefined;
  try {
    return new Intl.Locale(tag);
  } catch {
    return undefined;
  }
}

/**
 * `text` with its first letter capitalized in `tag`'s language, as a title or a line of its own
 * starts ("Français", "Vendredi 20 mars 2026"); a Georgian letter's title case is itself (its
 * upper case, Mtavruli, is for all-capital headings), where JavaScript only knows the upper case.
 */
export function capitalized(text: string, tag: string): string {
  const first = text.charAt(0);
  return (/[\u10d0-\u10ff]/.test(first) ? first : first.toLocaleUpperCase(tag)) + text.slice(1);
}

const languages = new Map<string, string>();

/**
 * The language subtag of `tag` (`ar-MA` → `ar`), lower case; empty when `tag` is empty, not a
 * language tag, or `und` (undetermined: V8 reads its subtag as none, Firefox as `und`). Remembered
 * per tag: every card asks it on each render, and parsing a tag costs an `Intl.Locale`.
 */
export function languageOf(tag: string | null | undefined): string {
  return tag ? memoized(languages, tag, (tag) => parseTag(tag)?.language?.replace(/^und$/, '') ?? '') : '';
}

/**
 * The names languages that engines have no data for give themselves: Standard Moroccan
 * Tamazight (see `zgh.ts`), and Moroccan Arabic, Darija, which engines name in English.
 */
export const CARRIED_ENDONYMS: Readonly<Record<string, string>> = {zgh: 'ⵜⴰⵎⴰⵣⵉⵖⵜ', ary: 'الدارجة'};

const cache = new Map<string, unknown>();

/** A cached `new make(locale, options)`: one per kind, locale and options. */
export function cached<T, O>(kind: string, make: new (locale: string | undefined, options: O) => T, locale: string | undefined, options: O): T {
  return memoized(cache, `${kind}|${locale ?? ''}|${JSON.stringify(options)}`, () => new make(locale, options), 200) as T;
}

/** A cached `Intl.DisplayNames` in the language of `tag`. */
export const displayNames = (tag: string, options: Intl.DisplayNamesOptions) => cached('dn', Intl.DisplayNames, tag, options);
