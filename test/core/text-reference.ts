/**
 * The HTML and plain-text readers of src/core/text.ts as they were before they were made fast
 * (commit d8f7a1b): a second pass over the text gathered between tags, every reference through
 * the regular expression. Kept only as the oracle that the property tests in text.test.ts hold
 * the fast readers to, over adversarial input: same text, same first image, to the character.
 */
import {decodeEntities, windows1252} from '../../src/core/entities.js';
import {MAX_MARKUP_TAGS} from '../../src/core/markup-limits.js';
import {BLOCK_TAGS, DROPPED_TAGS, attributeValue, isDecoration, safeUrl} from '../../src/core/text.js';

const RAW_TEXT = new Set(['script', 'style']);
// entities.ts's pattern, matched only where it is placed; a match alone decodes as it does in place.
const REFERENCE_AT = /&(?:#(?:[xX]([\da-fA-F]{1,8})|(\d{1,9}))|([a-zA-Z][a-zA-Z\d]{1,31}));?/y;
function referenceAt(text: string, at: number): {text: string; end: number} | undefined {
  REFERENCE_AT.lastIndex = at;
  const match = REFERENCE_AT.exec(text);
  return match ? {text: decodeEntities(match[0]), end: REFERENCE_AT.lastIndex} : undefined;
}

/** True for the characters `\s` matches that are not C0 controls (those are removed, not collapsed): tab, LF, CR, space, and Unicode's blanks. */
const isBlank = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** True for what `\s` matches. */
const isSpace = (c: number) => isBlank(c) || c === 0x0b || c === 0x0c;

// Where a run of characters copied as they are ends (besides two spaces): a control or C1
// character, a blank other than a space, and (when decoding) a `&`.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;
// eslint-disable-next-line no-control-regex
const SPECIAL_OR_REFERENCE = /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF&]/g;

const NO_BREAK = '\u00a0\u2007\u202f';
const BLANKS = /[ \u00a0\u2007\u202f]+/g;
const EDGE_BLANK = /^[ \u00a0\u2007\u202f]|[ \u00a0\u2007\u202f]$/g;

class PlainText {
  private text = '';
  /** The text so far is empty or ends in a space: a blank adds nothing. */
  private blank = true;
  constructor(private readonly decode: boolean) {}

  add(piece: string) {
    const special = this.decode ? SPECIAL_OR_REFERENCE : SPECIAL;
    let from = 0;
    // The next special character and the next two spaces at or after `from` (the length for none), found once each.
    let at = -1;
    let twice = -1;
    while (from < piece.length) {
      if (at < from) {
        special.lastIndex = from;
        at = special.exec(piece)?.index ?? piece.length;
      }
      if (twice < from) {
        twice = piece.indexOf('  ', from);
        if (twice < 0) twice = piece.length;
      }
      if (twice < at) {
        // Copied up to the first of the spaces; the others are skipped.
        this.run(piece, from, twice + 1);
        for (from = twice + 1; piece.charCodeAt(from) === 0x20; ) from++;
        continue;
      }
      if (at > from) this.run(piece, from, at);
      if (at === piece.length) return;
      const c = piece.charCodeAt(at);
      const reference = c === 0x26 ? referenceAt(piece, at) : undefined;
      if (reference) this.special(reference.text);
      else this.char(c);
      from = reference ? reference.end : at + 1;
    }
  }

  /** Characters copied as they are: no blank but single spaces, none of them two in a row. */
  private run(piece: string, from: number, end: number) {
    if (this.blank && piece.charCodeAt(from) === 0x20) from++;
    if (from === end) return;
    this.text += from === 0 && end === piece.length ? piece : piece.slice(from, end);
    this.blank = piece.charCodeAt(end - 1) === 0x20;
  }

  /** Characters that are not copied as they are (a decoded reference, a special character), one by one. */
  private special(chars: string) {
    for (let i = 0; i < chars.length; i++) this.char(chars.charCodeAt(i));
  }

  private char(c: number) {
    if ((c < 0x20 && !isBlank(c)) || c === 0x7f) return;
    // No-break blanks are kept as they are here, and their runs settled once the text is whole.
    const char = NO_BREAK.includes(String.fromCharCode(c)) ? String.fromCharCode(c) : isBlank(c) ? ' ' : c >= 0x80 && c <= 0x9f ? windows1252(c) : String.fromCharCode(c);
    if (char && !(char === ' ' && this.blank)) {
      this.text += char;
      this.blank = char === ' ';
    }
  }

  /** The text, each run of blanks one space, or its first no-break blank when all of it is no-break ones; none at either end. */
  toString() {
    return this.text.replace(BLANKS, (run) => (run.includes(' ') ? ' ' : run[0])).replace(EDGE_BLANK, '');
  }
}

export function collapseWhitespace(text: string): string {
  const plain = new PlainText(false);
  plain.add(text);
  return plain.toString();
}

/** One tag of an HTML fragment: its lower-case name, whether it ends an element, its attribute text and where it ends. */
interface Tag {
  name: string;
  end: boolean;
  selfClosing: boolean;
  attributes: string;
  next: number;
}

const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** True for what ends a tag name: a blank, `/` or `>` (NaN, past the end, ends it too). */
const endsName = (c: number) => c === 0x20 || c === 0x2f || c === 0x3e || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c !== c;
// The end of a tag, or a quote that may start an attribute value (which can hold a `>`).
const TAG_END = /[>"']/g;

/**
 * Reads HTML markup as a browser would read it for its text, one token at a time: text,
 * tags, comments and declarations. `onTag` may return a position to continue from (to
 * skip an element's content). Linear in the length of `html` whatever it holds, and reads
 * at most {@link MAX_MARKUP_TAGS} tags.
 */
function scan(html: string, onText: (text: string) => boolean | void, onTag: (tag: Tag) => number | void) {
  let i = 0;
  let tags = 0;
  // Once a quoted attribute or a comment runs to the end, later ones are not searched again: no quadratic rescans.
  let quotesCanEnd = true;
  let commentsCanEnd = true;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      onText(html.slice(i));
      return;
    }
    if (lt > i && onText(html.slice(i, lt))) return;
    const after = html.charCodeAt(lt + 1);
    const end = after === 0x2f;
    if (after === 0x21 || after === 0x3f || (end && !isLetter(html.charCodeAt(lt + 2)))) {
      // `<!`, `<?`, `</` and no name: a comment runs to `-->`; a malformed one (no `-->`), like declarations and `<?…>`, to the next `>`.
      const comment = html.startsWith('<!--', lt);
      const commentEnd = commentsCanEnd && comment ? html.indexOf('-->', lt + 4) : -1;
      if (commentEnd < 0 && comment) commentsCanEnd = false;
      const close = commentEnd >= 0 ? commentEnd + 2 : html.indexOf('>', lt + 2);
      if (end && close < 0) {
        onText(html.slice(lt));
        return;
      }
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const nameStart = end ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      if (onText('<')) return;
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (!endsName(html.charCodeAt(nameEnd))) nameEnd++;
    let close = html.indexOf('>', nameEnd);
    if (close < 0) return; // An unfinished tag at the end of a field is not text a reader should see.
    // Only a quoted attribute value can hold a `>` that does not end the tag.
    const head = html.slice(nameEnd, close);
    if (quotesCanEnd && (head.includes('"') || head.includes("'"))) {
      close = -1;
      TAG_END.lastIndex = nameEnd;
      for (let found; (found = TAG_END.exec(html)); ) {
        const c = html.charCodeAt(found.index);
        if (c === 0x3e) {
          close = found.index;
          break;
        }
        const before = html.charCodeAt(found.index - 1);
        if (before !== 0x3d && !isSpace(before)) continue;
        const quoteEnd = html.indexOf(found[0], found.index + 1);
        if (quoteEnd < 0) {
          quotesCanEnd = false;
          break;
        }
        TAG_END.lastIndex = quoteEnd + 1;
      }
    }
    if (close < 0) close = html.indexOf('>', nameEnd);
    // A field with thousands of tags is hostile or broken: what comes after them is not read.
    if (++tags > MAX_MARKUP_TAGS) return;
    const attributes = html.slice(nameEnd, close);
    const tag: Tag = {name: html.slice(nameStart, nameEnd).toLowerCase(), end, selfClosing: attributes.endsWith('/'), attributes, next: close + 1};
    i = onTag(tag) ?? tag.next;
  }
}

/**
 * Where the content of a dropped element ends: after its end tag, or (none) at the end of
 * the field for scripts and styles, else right after its start tag. `unclosed` remembers
 * the elements with no end tag left, so repeated unclosed tags are not searched again.
 */
function skipElement(html: string, tag: Tag, unclosed: Set<string>): number {
  if (tag.end || tag.selfClosing) return tag.next;
  if (unclosed.has(tag.name)) return tag.next;
  const end = new RegExp(`</${tag.name}[\\s/>]`, 'gi');
  end.lastIndex = tag.next;
  const found = end.exec(html);
  if (!found) {
    unclosed.add(tag.name);
    return RAW_TEXT.has(tag.name) ? html.length : tag.next;
  }
  const close = html.indexOf('>', found.index);
  return close < 0 ? html.length : close + 1;
}

/**
 * The text a reader would see in an HTML fragment: tags dropped, entities decoded,
 * whitespace collapsed. With `max`, reading stops once the text is longer than that (the
 * caller cuts it), so a huge field costs no more than its start.
 */
export function htmlToText(html: string, max = Infinity): string {
  if (!html.includes('<')) return plainText(html);
  // The text between tags is gathered as it is written and made plain text in one pass at the end.
  let raw = '';
  // Whether `raw` ends in a space, so that a run of block tags adds only one.
  let spaced = false;
  let checkAt = max === Infinity ? Infinity : max * 2 + 256;
  const unclosed = new Set<string>();
  scan(
    html,
    (text) => {
      raw += text;
      spaced = text.charCodeAt(text.length - 1) === 0x20;
      if (raw.length < checkAt) return false;
      // Whitespace collapses and entities shrink: count what is really there before stopping.
      if (plainText(raw).length > max) return true;
      checkAt = raw.length * 2;
      return false;
    },
    (tag) => {
      if (DROPPED_TAGS.has(tag.name)) return skipElement(html, tag, unclosed);
      if (BLOCK_TAGS.has(tag.name) && !spaced) {
        raw += ' ';
        spaced = true;
      }
      return undefined;
    },
  );
  return plainText(raw);
}

export function plainText(text: string): string {
  const plain = new PlainText(true);
  plain.add(text);
  return plain.toString();
}

/** The first image of an HTML fragment with an http(s) source, for feeds that only put their picture in the text. */
export function firstImage(html: string, base?: string): {src: string; alt?: string} | undefined {
  if (!/<img\b/i.test(html)) return undefined;
  let found: {src: string; alt?: string} | undefined;
  const unclosed = new Set<string>();
  scan(
    html,
    () => false,
    (tag) => {
      if (DROPPED_TAGS.has(tag.name)) return skipElement(html, tag, unclosed);
      if (tag.name !== 'img' || tag.end) return undefined;
      const src = safeUrl(attributeValue(tag.attributes, 'src'), base);
      if (!src || isDecoration(src, (name) => attributeValue(tag.attributes, name))) return undefined;
      found = {src, alt: collapseWhitespace(attributeValue(tag.attributes, 'alt') ?? '') || undefined};
      return html.length;
    },
  );
  return found;
}

