/**
 * What a JSON feed's text holds that `JSON.parse` should not meet: nesting past the depth
 * limit, and items past the cap (parsing builds every object of the text in one task, 78 ms
 * for 50,000 tiny items on a 2-core machine, though only the first `maxItems` are read).
 * Like xml-split.ts, a boundary scanner, not a parser: it follows strings, brackets and
 * commas only far enough to know how deep they go and where the item list's elements are;
 * `JSON.parse` reads what is kept, and judges it. Needs no DOM; runs the same in Node.
 */
import type {Steps} from '../steps.js';

/** Characters scanned between pauses. */
const CHARS_PER_STEP = 100_000;
// JSON's own whitespace: a no-break space between tokens is an error JSON.parse should see.
const BLANK = /[ \t\n\r]*/y;

/** Where the JSON string whose text starts at `from` ends (its closing quote), or -1. */
function jsonStringEnd(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    // Escaped when an odd number of backslashes stand before it.
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote;
  }
  return -1;
}

/**
 * Most values one piece of a JSON feed may hold, counted as `JSON.parse` pays for them: each
 * opening bracket, comma and colon. A real item holds tens to a few hundred (a WordPress post
 * with its `_embedded` media and terms about a thousand); 20,000 empty arrays, objects or keys
 * take `JSON.parse` 10–25 ms on a 2-core machine, and the 2 MB a feed may weigh hold 700,000 of
 * them: half a second in one task.
 */
export const MAX_VALUES = 20_000;

/** One element of the item list: its text's span, and the values it holds. */
interface JsonPiece {
  start: number;
  end: number;
  values: number;
}

/** What {@link scanJson} found. */
interface JsonScan {
  /** Arrays and objects nest deeper than the limit: the text is refused before parsing. */
  tooDeep: boolean;
  /**
   * The item list, when the text can be parsed piece by piece: the offsets of its `[` and
   * `]`, and its first `maxItems` elements. Absent when there is none or the text is not cut
   * cleanly (unbalanced, or a second `items` key, which `JSON.parse` would take instead).
   */
  list?: {start: number; end: number; items: JsonPiece[]};
  /** The values outside the item list's elements, or in the whole text when there is no list. */
  values: number;
}

/**
 * Scans JSON text once, pausing every hundred thousand characters, for what `JSON.parse`
 * should not meet: arrays and objects nested deeper than `maxDepth` (a hostile `[[[[…` is
 * refused before the parser and every walk after it), and where its item list and each of the
 * list's first `maxItems` elements lie (the `items` array of a top-level object, JSON Feed, or
 * the top-level array, WordPress), with the values each holds, so that each piece is parsed
 * on its own and none builds hundreds of thousands of objects in one task. Elements past the
 * cap are not read, so an error among them goes unnoticed, as in an RSS item past the cap. An
 * unterminated string ends the scan: `JSON.parse` says so. Strings are skipped with `indexOf`,
 * so a megabyte-long string costs a native scan rather than a loop turn per character.
 */
export function* scanJson(text: string, maxItems: number, maxDepth: number): Steps<JsonScan> {
  // The open containers: true for an object.
  const open: boolean[] = [];
  // The depth of the item list while inside it, then -1 once it is closed.
  let listDepth = 0;
  let list: JsonScan['list'];
  // Where the list's current element starts, and the values it holds.
  let element = 0;
  let elementValues = 0;
  // Every value of the text, and those in the list's elements.
  let values = 0;
  let inItems = 0;
  let seen = 0;
  const endElement = (end: number, last: boolean) => {
    BLANK.lastIndex = element;
    BLANK.exec(text);
    // `[]` has no element; any other blank one is kept, for `JSON.parse` to refuse.
    if (seen++ < maxItems && !(last && seen === 1 && BLANK.lastIndex >= end)) list!.items.push({start: element, end, values: elementValues});
    inItems += elementValues;
    element = end + 1;
    elementValues = 0;
  };
  // False once the text cannot be cut cleanly; the depth is still measured.
  let cuttable = true;
  let key = '';
  let pause = CHARS_PER_STEP;
  for (let i = 0; i < text.length; i++) {
    if (i > pause) {
      pause = i + CHARS_PER_STEP;
      yield;
    }
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      const end = jsonStringEnd(text, i + 1);
      if (end < 0) return {tooDeep: false, values};
      if (open.length === 1 && open[0]) {
        BLANK.lastIndex = end + 1;
        BLANK.exec(text);
        if (text.charCodeAt(BLANK.lastIndex) === 0x3a) {
          key = text.slice(i + 1, end);
          if (key === 'items' && listDepth !== 0) cuttable = false;
        }
      }
      i = end;
      continue;
    }
    if (code === 0x5b || code === 0x7b) {
      if (open.push(code === 0x7b) > maxDepth) return {tooDeep: true, values};
      if (code === 0x5b && listDepth === 0 && (open.length === 1 || (open.length === 2 && open[0] && key === 'items'))) {
        listDepth = open.length;
        list = {start: i, end: -1, items: []};
        element = i + 1;
        continue;
      }
    } else if (code === 0x5d || code === 0x7d) {
      if (open.pop() !== (code === 0x7d)) cuttable = false;
      if (open.length === listDepth - 1 && listDepth > 0) {
        endElement(i, true);
        list!.end = i;
        listDepth = -1;
      }
      continue;
    } else if (code === 0x2c && listDepth > 0 && open.length === listDepth) {
      endElement(i, false);
      continue;
    } else if (code !== 0x2c && code !== 0x3a) continue;
    values++;
    if (listDepth > 0 && open.length > listDepth) elementValues++;
  }
  return cuttable && open.length === 0 && list && list.end > 0 ? {tooDeep: false, list, values: values - inItems} : {tooDeep: false, values};
}
