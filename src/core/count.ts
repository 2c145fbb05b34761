/**
 * Counted things for readers: plural categories and digits from `Intl`, for the full tag
 * (Arabic writes Latin digits unless the tag says `-u-nu-arab`; see `intl.ts`).
 */
import {numberFormat, pluralRules, segmenter} from './intl.js';
import {languageOf} from './language.js';
import {letterShare} from './letters.js';
import {memoized} from './memo.js';

export type PluralCategory = Intl.LDMLPluralRule;

/**
 * One message per plural category, each its own translatable string so that Arabic gets
 * all six (zero, one, two, few, many, other); `other` is the fallback. Each form receives
 * the count already formatted for the locale.
 */
export type PluralForms = Partial<Record<PluralCategory, (count: string) => string>> & {other: (count: string) => string};

/** The CLDR plural category of `count` in `tag`. */
export function pluralCategory(count: number, tag: string): PluralCategory {
  return pluralRules(tag).select(count);
}

/** `count` written with the digits and separators of `tag` (Latin digits in Arabic, as Moroccan papers write them, unless the tag asks for others: `ar-u-nu-arab`). */
export function formatCount(count: number, tag: string): string {
  return numberFormat(tag).format(count);
}

/** The form of `forms` that `count` takes in `tag`, with the count written for `tag`. */
export function plural(count: number, tag: string, forms: PluralForms): string {
  return (forms[pluralCategory(count, tag)] ?? forms.other)(formatCount(count, tag));
}

/**
 * Silent reading speed of adults, in words a minute, per language: the International Reading
 * Speed Texts (IReST), Trauzettel-Klosinski S. & Dietz K. (2012), "Standardized assessment of
 * reading performance: the new International Reading Speed Texts IReST", Investigative
 * Ophthalmology & Visual Science 53(9):5452–5461, table of mean rates. Arabic words carry
 * their articles, prepositions and pronouns, hence fewer of them a minute.
 */
const WORDS_PER_MINUTE: Readonly<Record<string, number>> = {ar: 138, en: 228, es: 218, fr: 195};
/** The IReST mean over its 17 languages, for a language it did not measure (Tamazight among them). */
const DEFAULT_WORDS_PER_MINUTE = 184;
const ARABIC_LETTER = /[\u0620-\u064a]/g;

const minutesOf = new Map<string, number>();

/** Words a minute for `language`; without one, Arabic when most letters of `text` are Arabic. */
function speedFor(text: string, language: string | undefined): number {
  const primary = languageOf(language);
  if (primary) return WORDS_PER_MINUTE[primary] ?? DEFAULT_WORDS_PER_MINUTE;
  return (letterShare(text, ARABIC_LETTER) ?? 0) > 0.5 ? WORDS_PER_MINUTE.ar : WORDS_PER_MINUTE.en;
}

/**
 * Whole minutes to read `text` (at least 1) in `language` (its reading speed; see
 * {@link WORDS_PER_MINUTE}): `words` when the feed reader counted the whole body (see
 * `NewsItem.words`), else the words of `text`, counted with `Intl.Segmenter` so any script
 * counts right. Segmenting a long article is costly, so results are remembered for the texts
 * seen most recently.
 */
export function readingMinutes(text: string, language?: string, words?: number): number {
  const wordsPerMinute = speedFor(text, language);
  if (words) return Math.max(1, Math.round(words / wordsPerMinute));
  return memoized(minutesOf, `${wordsPerMinute}:${text}`, () => Math.max(1, Math.round(wordCount(text) / wordsPerMinute)), 500);
}

/** The words of `text`, in any script. */
function wordCount(text: string): number {
  let count = 0;
  for (const segment of segmenter(undefined, {granularity: 'word'}).segment(text)) if (segment.isWordLike) count++;
  return count;
}
