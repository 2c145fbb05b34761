/**
 * A number an element reads from text as a site may write it ({@link writtenNumber}): its
 * attribute, and text set on its property, may be `33,57`, `−1` or `-١`; the property reads
 * back a number.
 */
export type WrittenNumber = number;

/** A decimal number, as {@link writtenNumber} reads one once its digits, comma and minus are JavaScript's. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** `text` with Arabic-Indic digits (`١٦`, `۱۶`, as Arabic and Persian keyboards write them) as Latin ones. */
export const latinDigits = (text: string): string => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 15));

/**
 * A number as a site may write it: with a decimal comma (`33,57`, `٣٣٫٥٧`), a minus sign
 * (`−1`), Arabic-Indic digits (`-١`, `۱`), as an Arabic keyboard writes them, and the
 * direction marks of a number copied from Arabic text (`؜-١`). Empty (or nothing) is none,
 * where `Number` reads 0 (for a coordinate, a place at sea); NaN for text that is no decimal
 * number (`0x21`, `1e1` and `Infinity`, which `Number` reads, too).
 */
export function writtenNumber(value: string | null | undefined): number | undefined {
  // Without the direction marks Arabic number formatting writes (`؜-١`: a mark, then the minus), invisible when copied.
  const text = value?.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (!text) return undefined;
  const decimal = latinDigits(text).replace(/[,\u066b]/, '.').replace('\u2212', '-');
  return DECIMAL.test(decimal) ? Number(decimal) : NaN;
}

/**
 * {@link writtenNumber} of a count (seconds, bytes), which takes no separator: `3,600` is 3600
 * or 3.6 by the language it is written in, so it is NaN (the default), as `Number` reads it,
 * rather than a guess.
 */
export const writtenCount = (value: string | null | undefined): number | undefined => (value && /[,\u066b\u066c]/.test(value) ? NaN : writtenNumber(value));
