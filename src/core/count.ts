/**
 * Counted things for readers: plural categories and digits from `Intl`, for the full tag
 * (`ar-MA` writes Latin digits, `ar-EG` Arabic-Indic ones).
 */

export type PluralCategory = Intl.LDMLPluralRule;

/**
 * One message per plural category, each its own translatable string so that Arabic gets
 * all six (zero, one, two, few, many, other); `other` is the fallback. Each form receives
 * the count already formatted for the locale.
 */
export type PluralForms = Partial<Record<PluralCategory, (count: string) => string>> & {other: (count: string) => string};

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The CLDR plural category of `count` in `tag`. */
export function pluralCategory(count: number, tag: string): PluralCategory {
  let rule = rules.get(tag);
  if (!rule) rules.set(tag, (rule = new Intl.PluralRules(tag)));
  return rule.select(count);
}

/** `count` written with the digits and separators of `tag`. */
export function formatCount(count: number, tag: string): string {
  let format = numbers.get(tag);
  if (!format) numbers.set(tag, (format = new Intl.NumberFormat(tag)));
  return format.format(count);
}

/** The form of `forms` that `count` takes in `tag`, with the count written for `tag`. */
export function plural(count: number, tag: string, forms: PluralForms): string {
  return (forms[pluralCategory(count, tag)] ?? forms.other)(formatCount(count, tag));
}

const WORDS_PER_MINUTE = 200;
let words: Intl.Segmenter | undefined;

const minutesOf = new Map<string, number>();

/**
 * Whole minutes to read `text` (at least 1), counting words with `Intl.Segmenter` so any
 * script counts right. Segmenting a long article is costly, so results are remembered for
 * the texts seen most recently.
 */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const key = `${wordsPerMinute}:${text}`;
  let minutes = minutesOf.get(key);
  if (minutes === undefined) {
    words ??= new Intl.Segmenter(undefined, {granularity: 'word'});
    let count = 0;
    for (const segment of words.segment(text)) if (segment.isWordLike) count++;
    minutes = Math.max(1, Math.round(count / wordsPerMinute));
    if (minutesOf.size >= 500) minutesOf.delete(minutesOf.keys().next().value!);
    minutesOf.set(key, minutes);
  }
  return minutes;
}
