/**
 * Character references in feed text: numeric ones, and the named entities of HTML 4 plus
 * `&apos;` — the set feeds use. Unknown names stay as written. The names are in `Map`s, so a
 * name like `&constructor;` is unknown, never an inherited property.
 *
 * The names feeds use most are here; the rest of HTML 4's table (`entity-table.ts`, most of
 * this code's weight) is loaded by the asynchronous readers (`parseFeedText`, `loadFeed`,
 * the elements) only for a text that holds one of them (`needsEntityTable`), and installed
 * at once by the package's module API, whose `parseFeed` reads synchronously.
 */
import type {Steps} from './steps.js';

// The named references feeds use most, `name codepoint` pairs: every one that is read without
// its `;`, and the usual typography.
const COMMON_PAIRS =
  'quot 34 amp 38 apos 39 lt 60 gt 62 nbsp 160 copy 169 reg 174 deg 176 laquo 171 raquo 187 middot 183 times 215 ' +
  'ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 bull 8226 hellip 8230 euro 8364 trade 8482';
const COMMON = new Map<string, string>();
const pairs = COMMON_PAIRS.split(' ');
for (let i = 0; i < pairs.length; i += 2) COMMON.set(pairs[i], String.fromCodePoint(Number(pairs[i + 1])));

/** The rest of the names, once `useEntityTable` has installed them. */
let table: ReadonlyMap<string, string> | undefined;

/** Installs HTML 4's full table of names (see `entity-table.ts`). */
export function useEntityTable(names: ReadonlyMap<string, string>): void {
  table = names;
}


/** What windows-1252 puts at 0x80–0x9F, where Latin-1 and Unicode have control characters (undefined bytes stay empty). */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The windows-1252 character for a C1 control code (0x80–0x9F), or '' for the five it leaves undefined. */
export function windows1252(code: number): string {
  const char = WINDOWS_1252[code - 0x80];
  return char.charCodeAt(0) === code ? '' : char;
}

function numeric(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return windows1252(code); // as browsers do: `&#146;` is ’
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(?:[xX]([\da-fA-F]{1,8})|(\d{1,9}))|([a-zA-Z][a-zA-Z\d]{1,31}));?/g;
// The same pattern, matched only where it is placed (`lastIndex`).
const REFERENCE_AT = new RegExp(REFERENCE.source, 'y');
// Without their `;`, only these few are read (as browsers read them in text).
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
const UPPER = new Set(['AMP', 'LT', 'GT', 'QUOT']);

// A name outside the common few, closing with `;`, after what starts a reference however many
// times the `&` was escaped on the way (`&eacute;`, `&amp;eacute;`, `&#38;eacute;`, JSON's
// `\u0026eacute;`). The common names are skipped by the pattern itself, so a text of 200,000
// `&amp;amp;` is one scan in the regular expression engine, not 200,000 matches to look up.
// JSON's escape is matched whole: a bare `6`, a name's letter too, started a try at every
// other character of "6a6a6a…" (110 ms over 2 MB).
const RARE_NAME_REFERENCE = new RegExp(`(?:[&;]|\\\\u0026)(?!(?:${[...COMMON.keys(), ...UPPER].join('|')});)[a-zA-Z][a-zA-Z\\d]{1,31};`);

/** True when `text` may hold a named reference that only the full table knows (and it is not installed). */
export function needsEntityTable(text: string): boolean {
  return !table && RARE_NAME_REFERENCE.test(text);
}

/** Characters searched between pauses: WebKit's search took 20 ms over 2 MB of `&#65;` (each `&` and `;` a try). */
const SEARCHED_PER_STEP = 262_144;

/**
 * {@link needsEntityTable} of a whole feed's text, in steps: each slice reaches 40 characters
 * into the next, past the longest reference (`\u0026`, 32 letters, `;`), so none is cut in two.
 */
export function* needsEntityTableSteps(text: string): Steps<boolean> {
  for (let at = 0; at < text.length; at += SEARCHED_PER_STEP) {
    if (needsEntityTable(text.slice(at, at + SEARCHED_PER_STEP + 40))) return true;
    yield;
  }
  return false;
}

const isNameChar = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** The text a matched reference stands for, or the reference itself when it is unknown. */
function decoded(whole: string, hex?: string, decimal?: string, name?: string): string {
  if (name !== undefined) {
    const semicolon = whole.endsWith(';');
    const key = UPPER.has(name) ? name.toLowerCase() : name;
    const value = COMMON.get(key) ?? table?.get(key);
    return value !== undefined && (semicolon || LEGACY.has(key)) ? value : whole;
  }
  return numeric(hex !== undefined ? parseInt(hex, 16) : Number(decimal));
}

/** Decodes numeric and named character references; anything unknown stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, decoded);
}

/**
 * The character reference that starts at `at` (a `&`) in `text`: what it stands for and
 * where it ends; undefined when no reference starts there (the `&` is text). For readers
 * that decode as they go, with exactly the rules of {@link decodeEntities}.
 */
export function referenceAt(text: string, at: number): {text: string; end: number} | undefined {
  // The usual references, a common name or a decimal number and a `;` (`&amp;`, `&#8217;`), are read without the regular expression.
  let end = at + 1;
  if (text.charCodeAt(end) === 0x23) {
    let code = 0;
    for (let c; ++end <= at + 10 && (c = text.charCodeAt(end)) >= 0x30 && c <= 0x39; ) code = code * 10 + c - 0x30;
    if (end > at + 2 && text.charCodeAt(end) === 0x3b) return {text: numeric(code), end: end + 1};
  } else {
    while (end <= at + 32 && isNameChar(text.charCodeAt(end))) end++;
    const common = text.charCodeAt(end) === 0x3b ? COMMON.get(text.slice(at + 1, end)) : undefined;
    if (common !== undefined) return {text: common, end: end + 1};
  }
  REFERENCE_AT.lastIndex = at;
  const match = REFERENCE_AT.exec(text);
  return match ? {text: decoded(match[0], match[1], match[2], match[3]), end: REFERENCE_AT.lastIndex} : undefined;
}
