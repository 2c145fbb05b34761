/**
 * Finding the items past the cap in a JSON feed's text before `JSON.parse` reads it: parsing
 * builds every object of the text in one task (78 ms for 50,000 tiny items on a 2-core
 * machine), though only the first `maxItems` are read. Like xml-split.ts, a boundary scanner,
 * not a parser: it follows strings, brackets and commas only far enough to know where the
 * item list's elements are; `JSON.parse` reads what is kept, and judges it.
 */
import {jsonStringEnd} from '../read-body.js';
import type {Steps} from './fields.js';

/** Characters scanned between pauses. */
const CHARS_PER_STEP = 100_000;
const BLANK = /\s*/y;

/**
 * Scans JSON text, pausing every hundred thousand characters, for the elements of its item
 * list past the first `maxItems`: the `items` array of a top-level object (JSON Feed) or the
 * top-level array (WordPress). Gives the span to leave out (from the comma before the first
 * element past the cap to the list's `]`), or undefined when there is nothing to leave out
 * or the text is not cut cleanly (unbalanced, or a second `items` key, which `JSON.parse`
 * would take instead): then it is parsed whole. Elements past the cap are not read, so an
 * error among them goes unnoticed, as in an RSS item past the cap.
 */
export function* itemsPastCap(text: string, maxItems: number): Steps<{start: number; end: number} | undefined> {
  // The open containers: true for an object.
  const open: boolean[] = [];
  // The depth of the item list while inside it, then -1 once it is closed.
  let listDepth = 0;
  let commas = 0;
  let cut = -1;
  let span: {start: number; end: number} | undefined;
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
      if (end < 0) return undefined;
      if (open.length === 1 && open[0]) {
        BLANK.lastIndex = end + 1;
        BLANK.exec(text);
        if (text.charCodeAt(BLANK.lastIndex) === 0x3a) {
          key = text.slice(i + 1, end);
          if (key === 'items' && listDepth !== 0) return undefined;
        }
      }
      i = end;
    } else if (code === 0x5b || code === 0x7b) {
      open.push(code === 0x7b);
      const list = code === 0x5b && listDepth === 0 && (open.length === 1 || (open.length === 2 && open[0] && key === 'items'));
      if (list) listDepth = open.length;
    } else if (code === 0x5d || code === 0x7d) {
      if (open.pop() !== (code === 0x7d)) return undefined;
      if (open.length === listDepth - 1 && listDepth > 0) {
        if (cut >= 0) span = {start: cut, end: i};
        listDepth = -1;
      }
    } else if (code === 0x2c && open.length === listDepth && ++commas === maxItems) cut = i;
  }
  return open.length === 0 ? span : undefined;
}
