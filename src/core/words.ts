/**
 * What a word is in scripts written with spaces, as `Intl.Segmenter` finds them, and how many
 * an article holds: related articles compare words (`related.ts`), and the feed readers count
 * them for the reading time (`count.ts` asks the segmenter itself where this gives no count).
 * Needs no DOM; runs the same in Node.
 */
import {letterShare} from './letters.js';

/** Scripts written without spaces between words, where only a dictionary finds the words. */
export const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
/**
 * Unicode word boundaries (UAX #29, as Chromium's `Intl.Segmenter` applies them) for scripts
 * that put spaces between words: letters, marks and digits, joined by an apostrophe or
 * middle dot, or by a point or comma between digits.
 */
export const WORD = /[\p{L}\p{N}\p{M}_]+(?:(?:['’·]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}\p{M}_]+)*/gu;
const UNSPACED_LETTERS = new RegExp(UNSPACED.source, 'gu');

/**
 * How many words `text` holds, as `Intl.Segmenter` finds them (and `words` in `related.ts`),
 * in one linear pass without a dictionary; undefined when most of its letters are of a script
 * written without spaces (Chinese, Japanese, Thai…), whose words only the segmenter's
 * dictionaries find, at a cost a feed reader should not pay for every article. A few such
 * letters in other text (a name quoted in Chinese) count as a word each run.
 */
export function countWords(text: string): number | undefined {
  if (UNSPACED.test(text) && (letterShare(text, UNSPACED_LETTERS) ?? 0) > 0.5) return undefined;
  let count = 0;
  for (WORD.lastIndex = 0; WORD.test(text); ) count++;
  return count;
}
