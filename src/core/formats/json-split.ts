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
const BLANK = /\s*/y;

/** Where the JSON string whose text starts at `from` ends (its closing quote), or -1. */
export function jsonStringEnd(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    // Escaped when an odd number of backslashes stand before it.
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return quote;
  }
  return -1;
}

/** What {@link scanJson} found. */
export interface JsonScan {
  /** Arrays and objects nest deeper than the limit: the text is refused before parsing. */
  tooDeep: boolean;
  /** The span to leave out: the item list's elements past the cap (from the comma before the first to the list's `]`). */
  past?: {start: number; end: number};
}

/**
 * Scans JSON text once, pausing every hundred thousand characters, for two things before
 * `JSON.parse` reads it: whether arrays and objects nest deeper than `maxDepth` (a hostile
 * `[[[[…` is refused before the parser and every walk after it), and the elements of its item
 * list past the first `maxItems`: the `items` array of a top-level object (JSON Feed) or the
 * top-level array (WordPress). No span is given when there is nothing to leave out or the
 * text is not cut cleanly (unbalanced, or a second `items` key, which `JSON.parse` would take
 * instead): then it is parsed whole. An unterminated string ends the scan: `JSON.parse` says
 * so. Elements past the cap are not read, so an error among them goes unnoticed, as in an RSS
 * item past the cap. Strings are skipped with `indexOf`, so a megabyte-long string costs a
 * native scan rather than a loop turn per character.
 */
export function* scanJson(text: string, maxItems: number, maxDepth: number): Steps<JsonScan> {
  // The open containers: true for an object.
  const open: boolean[] = [];
  // The depth of the item list while inside it, then -1 once it is closed.
  let listDepth = 0;
  let commas = 0;
  let cut = -1;
  let past: {start: number; end: number} | undefined;
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
      if (end < 0) return {tooDeep: false};
      if (open.length === 1 && open[0]) {
        BLANK.lastIndex = end + 1;
        BLANK.exec(text);
        if (text.charCodeAt(BLANK.lastIndex) === 0x3a) {
          key = text.slice(i + 1, end);
          if (key === 'items' && listDepth !== 0) cuttable = false;
        }
      }
      i = end;
    } else if (code === 0x5b || code === 0x7b) {
      if (open.push(code === 0x7b) > maxDepth) return {tooDeep: true};
      const list = code === 0x5b && listDepth === 0 && (open.length === 1 || (open.length === 2 && open[0] && key === 'items'));
      if (list) listDepth = open.length;
    } else if (code === 0x5d || code === 0x7d) {
      if (open.pop() !== (code === 0x7d)) cuttable = false;
      if (open.length === listDepth - 1 && listDepth > 0) {
        if (cut >= 0) past = {start: cut, end: i};
        listDepth = -1;
      }
    } else if (code === 0x2c && open.length === listDepth && ++commas === maxItems) cut = i;
  }
  return {tooDeep: false, past: cuttable && open.length === 0 ? past : undefined};
}
