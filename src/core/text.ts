/**
 * Turning untrusted feed values into safe plain text and safe URLs.
 *
 * Nothing here renders or builds a document: HTML is read by a small scanner that keeps
 * the text between tags, drops what is not reader text (scripts, styles, embedded frames)
 * and never runs or loads anything. Templates then bind that text as text. The same code
 * runs in browsers and in Node, so both give the same text.
 */
import {decodeEntities, referenceAt, windows1252} from './entities.js';
import {letterShare} from './letters.js';
import {MAX_MARKUP_TAGS} from './markup-limits.js';
import {memoized} from './memo.js';
import {segmenter} from './intl.js';
import {safeUrl} from './url.js';

export {safeUrl} from './url.js';

/** Elements whose start or end is a break between words in the text a reader sees. */
export const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(' '),
);
/** Elements whose content is not reader text. */
export const DROPPED_TAGS = new Set('script style template noscript iframe object embed svg head title textarea select'.split(' '));
/** Elements whose content runs to their end tag whatever it holds: without one, the rest of the field is theirs. */
const RAW_TEXT = new Set(['script', 'style']);

/** True for the characters `\s` matches that are not C0 controls (those are removed, not collapsed): tab, LF, CR, space, and Unicode's blanks. */
const isBlank = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** True for what `\s` matches. */
const isSpace = (c: number) => isBlank(c) || c === 0x0b || c === 0x0c;
/** True for the blanks no line breaks at: no-break space, figure space, narrow no-break space. */
const isNoBreak = (c: number) => c === 0xa0 || c === 0x2007 || c === 0x202f;

/** Where `search` is in `text` at or after `from`, else `none`. */
const indexOr = (text: string, search: string, from: number, none: number) => {
  const found = text.indexOf(search, from);
  return found < 0 ? none : found;
};

// Where a run of characters copied as they are ends (besides two spaces): a control or C1
// character, a blank other than a space, and (when decoding) a `&`.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;
// eslint-disable-next-line no-control-regex
const SPECIAL_OR_REFERENCE = /[\u0000-\u001F\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF&]/g;
// What the rest of a piece may be when it is the start of a reference that the next piece could
// still change (`&am` + `p;`, `&#1` + `0;`, `&amp` + `;`): each part as long as a reference allows.
const UNFINISHED_REFERENCE = /^&(?:#(?:[xX][\da-fA-F]{0,8}|\d{0,9})?|[a-zA-Z][a-zA-Z\d]{0,31})?$/;

/**
 * The first `length` characters of a field of markup or text, without the start of a character
 * reference the cut leaves unfinished: `&nbs` of `&nbsp;` would read as those letters.
 */
export function cutField(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const amp = cut.lastIndexOf('&');
  return amp >= 0 && amp >= length - 40 && UNFINISHED_REFERENCE.test(cut.slice(amp)) ? cut.slice(0, amp) : cut;
}

/**
 * Plain text built in one pass from pieces of markup or text: entities decoded (when asked),
 * C0 controls and DEL removed, C1 controls (U+0080–U+009F, what windows-1252 text looks like
 * when read as Latin-1) read as the windows-1252 characters they were meant to be
 * (`don\u0092t` → `don’t`), runs of whitespace collapsed to one space, no space at either
 * end. A run of no-break spaces alone stays one, the first of them (HTML would keep them all,
 * edges included): the typesetting of "7\u00a0%", "100\u202f000" and French "Derby\u00a0: …",
 * which no line may break at; a run with a breaking blank in it is a space. Pieces added one after the other
 * give the text of their concatenation. Text is copied in runs of ordinary characters, so the
 * usual piece costs one scan; with `max`, reading stops once the text holds more than `max`
 * characters (the caller cuts it to `max`).
 */
class PlainText {
  private text = '';
  /** The blank owed before the next character: none, a space, or the no-break one a run of them alone gives. None at the start. */
  private gap = '';
  /** The start of a reference at the end of the last piece, which the next piece may finish (`&am` before a tag, `p;` after it). */
  private carry = '';
  /** The string pieces are read from, and where the next special character and the next two spaces in it are: pieces come in order, so each is searched for once. */
  private source?: string;
  private nextSpecial = -1;
  private nextTwice = -1;
  constructor(
    private readonly decode: boolean,
    private readonly max = Infinity,
  ) {}

  /** True once the text is known to hold more than `max` characters: the rest cannot change them. */
  get full() {
    // The text never ends in a blank (one is owed, in `gap`), so none of it can be trimmed later.
    return this.text.length > this.max;
  }

  /**
   * Adds the characters of `source` from `from` to `to`. Unless `last`, a reference cut short
   * at `to` waits for the next piece; a reference never runs past `to` (pieces of markup end
   * before a `<`).
   */
  add(source: string, from = 0, to = source.length, last = false): void {
    if (this.carry) {
      const joined = this.carry + source.slice(from, to);
      this.carry = '';
      return this.add(joined, 0, joined.length, last);
    }
    this.source ??= source;
    const cached = source === this.source;
    const special = this.decode ? SPECIAL_OR_REFERENCE : SPECIAL;
    // The next special character and the next two spaces at or after `from` (the length for none), found once each.
    let at = cached ? this.nextSpecial : -1;
    let twice = cached ? this.nextTwice : -1;
    while (from < to && !this.full) {
      if (at < from) {
        special.lastIndex = from;
        at = special.test(source) ? special.lastIndex - 1 : source.length;
      }
      if (twice < from) twice = indexOr(source, '  ', from, source.length);
      if (twice < at && twice < to) {
        // Copied up to the first of the spaces; the others are skipped.
        this.run(source, from, twice + 1);
        for (from = twice + 1; from < to && source.charCodeAt(from) === 0x20; ) from++;
        continue;
      }
      const end = at < to ? at : to;
      if (end > from) this.run(source, from, end);
      if (end === to) break;
      from = this.special(source, at, to, last);
      if (from < 0) break;
    }
    if (cached) {
      this.nextSpecial = at;
      this.nextTwice = twice;
    }
  }

  /** Reads the special character at `at` (a reference when it is a `&`); where reading goes on, or -1 when the rest waits for the next piece. */
  private special(source: string, at: number, to: number, last: boolean): number {
    const c = source.charCodeAt(at);
    if (c !== 0x26) {
      this.char(c);
      return at + 1;
    }
    const reference = referenceAt(source, at);
    // A reference that reaches the end of the piece, or no reference, may read otherwise once the next piece is there.
    if (!last && (!reference || reference.end >= to) && to - at <= 40 && UNFINISHED_REFERENCE.test(source.slice(at, to))) {
      this.carry = source.slice(at, to);
      return -1;
    }
    if (!reference) {
      this.char(c);
      return at + 1;
    }
    for (let i = 0; i < reference.text.length; i++) this.char(reference.text.charCodeAt(i));
    return reference.end;
  }

  /** Characters copied as they are: no blank but single spaces, none of them two in a row. */
  private run(piece: string, from: number, end: number) {
    if (piece.charCodeAt(from) === 0x20) {
      this.blank(0x20);
      from++;
    }
    const last = end > from && piece.charCodeAt(end - 1) === 0x20 ? end - 1 : end;
    if (last > from) {
      this.text += this.gap + (from === 0 && last === piece.length ? piece : piece.slice(from, last));
      this.gap = '';
    }
    if (last < end) this.blank(0x20);
  }

  /** A blank between pieces (the edge of a block element). */
  space() {
    if (this.carry) this.add(' ');
    else this.blank(0x20);
  }

  private char(c: number) {
    if ((c < 0x20 && !isBlank(c)) || c === 0x7f) return;
    if (isBlank(c)) return this.blank(c);
    const char = c >= 0x80 && c <= 0x9f ? windows1252(c) : String.fromCharCode(c);
    if (!char) return;
    this.text += this.gap + char;
    this.gap = '';
  }

  /** A blank `c`: the run of blanks it is in gives one space, or its first no-break blank when all are; nothing at the start. */
  private blank(c: number) {
    if (this.text) this.gap = !isNoBreak(c) ? ' ' : this.gap || String.fromCharCode(c);
  }

  toString() {
    if (this.carry) {
      const carry = this.carry;
      this.carry = '';
      this.add(carry, 0, carry.length, true);
    }
    // A blank owed at the end is none.
    return this.text;
  }
}

/**
 * Collapses runs of whitespace to one space (a run of no-break spaces alone to the first of
 * them, see PlainText), trims, and removes control characters. C1
 * controls (U+0080–U+009F) are what windows-1252 text looks like when read as Latin-1, so
 * they become the windows-1252 characters they were meant to be (`don\u0092t` → `don’t`).
 */
export function collapseWhitespace(text: string): string {
  const plain = new PlainText(false);
  plain.add(text, 0, text.length, true);
  return plain.toString();
}

/** Shortens `text` to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, boundaryBefore(text, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What may belong to the character before it: a mark, a joiner, a flag's letter, an emoji's skin tone, a subdivision flag's tag. */
// eslint-disable-next-line no-misleading-character-class -- ranges of code points, each alone: no emoji is written joined here
const JOINING = /[\p{M}\u200d\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;

/**
 * The last place at or before `at` where `text` may be cut without cutting what a reader sees
 * as one character (a grapheme): an emoji's two halves ("�"), a flag's two letters, a family
 * joined by zero-width joiners, a letter and its marks. Most cuts fall between plain letters,
 * known at a glance; the others ask `Intl.Segmenter`.
 */
function boundaryBefore(text: string, at: number): number {
  const code = text.codePointAt(at)!;
  if (!(code >= 0xdc00 && code <= 0xdfff) && text.charCodeAt(at - 1) !== 0x200d && !JOINING.test(String.fromCodePoint(code))) return at;
  let boundary = 0;
  for (const {index} of segmenter(undefined).segment(text.slice(0, at + (code > 0xffff ? 2 : 1)))) boundary = index;
  // The last segment starts at the last boundary before `at`, or at `at` when the character there starts one.
  return boundary;
}

/** An element the readers here treat apart: a block (a break between words), one whose content is dropped, or an image. */
interface TreatedElement {
  name: string;
  kind: 'block' | 'dropped' | 'image';
}

/** One tag of an HTML fragment: its element (undefined for the others), whether it ends it, where its attribute text starts and where the tag ends. */
interface Tag {
  element?: TreatedElement;
  end: boolean;
  selfClosing: boolean;
  /** Where the attribute text starts: it runs to `next - 1`, the `>`. */
  attributes: number;
  next: number;
}

const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** True for what ends a tag name: a blank, `/` or `>` (NaN, past the end, ends it too). */
const endsName = (c: number) => c === 0x20 || c === 0x2f || c === 0x3e || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c !== c;
/**
 * The element treated apart whose name is written in `text` from `from` to `to`, in any case
 * (undefined for the others). Looked up by a small number made from the name, so that no
 * string is made for it, then checked character by character. A name with characters beyond
 * ASCII is lowered first, as `toLowerCase` lowers them (the Kelvin sign `K` is a `k`).
 */
function elementNamed(text: string, from: number, to: number, lowered = false): TreatedElement | undefined {
  let hash = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (lowered) return undefined;
      const lower = text.slice(from, to).toLowerCase();
      return elementNamed(lower, 0, lower.length, true);
    }
    hash = nameHash(hash, c);
  }
  const element = ELEMENTS.get(hash);
  if (!element || element.name.length !== to - from) return undefined;
  for (let i = 0; i < to - from; i++) {
    const c = text.charCodeAt(from + i);
    const expected = element.name.charCodeAt(i);
    if (c !== expected && !(c >= 0x41 && c <= 0x5a && c + 0x20 === expected)) return undefined;
  }
  return element;
}

/** The next step of a name's number: small enough to stay a small integer (no collision among the names below). */
const nameHash = (hash: number, c: number) => (Math.imul(hash, 31) + (c | 0x20)) & 0x3fffffff;

/** The elements treated apart, by the number of their name. */
const ELEMENTS = new Map<number, TreatedElement>();
for (const [names, kind] of [[BLOCK_TAGS, 'block'], [DROPPED_TAGS, 'dropped'], [['img'], 'image']] as const) {
  for (const name of names) ELEMENTS.set([...name].reduce((hash, char) => nameHash(hash, char.charCodeAt(0)), 0), {name, kind});
}

/**
 * Reads HTML markup as a browser would read it for its text, one token at a time: text
 * (given as a range of `html`), tags, comments and declarations. `onTag` may return a
 * position to continue from (to skip an element's content). Linear in the length of `html`
 * whatever it holds, and reads at most {@link MAX_MARKUP_TAGS} tags.
 */
function scan(html: string, onText: (from: number, to: number) => boolean | void, onTag: (tag: Tag) => number | void) {
  let i = 0;
  let tags = 0;
  // Once a quoted attribute or a comment runs to the end, later ones are not searched again: no quadratic rescans.
  let quotesCanEnd = true;
  let commentsCanEnd = true;
  // The next `"` and `'` at or after the last tag name (the length for none), each searched for again only once passed.
  let double = -1;
  let single = -1;
  // Where walks through quoted values that found no `>` after them went: a later walk that gets
  // there ends the same way, so none goes that way again (each `at` below depends only on where it is).
  const deadEnds = new Set<number>();
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      onText(i, html.length);
      return;
    }
    if (lt > i && onText(i, lt)) return;
    const after = html.charCodeAt(lt + 1);
    const end = after === 0x2f;
    if (after === 0x21 || after === 0x3f || (end && !isLetter(html.charCodeAt(lt + 2)))) {
      // `<!`, `<?`, `</` and no name: a comment runs to `-->`; a malformed one (no `-->`), like declarations and `<?…>`, to the next `>`.
      const comment = html.startsWith('<!--', lt);
      const commentEnd = commentsCanEnd && comment ? html.indexOf('-->', lt + 4) : -1;
      if (commentEnd < 0 && comment) commentsCanEnd = false;
      const close = commentEnd >= 0 ? commentEnd + 2 : html.indexOf('>', lt + 2);
      if (end && close < 0) {
        onText(lt, html.length);
        return;
      }
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    const nameStart = end ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      if (onText(lt, lt + 1)) return;
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (!endsName(html.charCodeAt(nameEnd))) nameEnd++;
    let close = html.indexOf('>', nameEnd);
    if (close < 0) return; // An unfinished tag at the end of a field is not text a reader should see.
    // Only a quoted attribute value can hold a `>` that does not end the tag.
    if (double < nameEnd) double = indexOr(html, '"', nameEnd, html.length);
    if (single < nameEnd) single = indexOr(html, "'", nameEnd, html.length);
    if (quotesCanEnd && (double < close || single < close)) {
      // The first `>` outside quoted values: a quote after `=` or a blank opens a value, closed by the same quote.
      const [doubleAfterName, singleAfterName] = [double, single];
      const walked: number[] = [];
      for (let at = nameEnd; ; walked.push(at)) {
        if (double < at) double = indexOr(html, '"', at, html.length);
        if (single < at) single = indexOr(html, "'", at, html.length);
        if (close < at) close = indexOr(html, '>', at, html.length);
        const quote = Math.min(double, single);
        if (close < quote) break;
        if (quote === html.length || deadEnds.has(at)) {
          // None: the tag ends at its first `>` (below), and the next one starts before the quotes
          // passed here, so it looks for them again.
          for (const dead of walked) deadEnds.add(dead);
          [double, single, close] = [doubleAfterName, singleAfterName, -1];
          break;
        }
        const before = html.charCodeAt(quote - 1);
        if (before !== 0x3d && !isSpace(before)) {
          at = quote + 1;
          continue;
        }
        const quoteEnd = html.indexOf(html[quote], quote + 1);
        if (quoteEnd < 0) {
          quotesCanEnd = false;
          close = -1;
          break;
        }
        at = quoteEnd + 1;
      }
    }
    if (close < 0) close = html.indexOf('>', nameEnd);
    // A field with thousands of tags is hostile or broken: what comes after them is not read.
    if (++tags > MAX_MARKUP_TAGS) return;
    const tag: Tag = {element: elementNamed(html, nameStart, nameEnd), end, selfClosing: close > nameEnd && html.charCodeAt(close - 1) === 0x2f, attributes: nameEnd, next: close + 1};
    i = onTag(tag) ?? tag.next;
  }
}

/** `</name` followed by what ends a tag name, for each dropped element's name. */
const endTags = new Map<string, RegExp>();

/**
 * Where the content of a dropped element ends: after its end tag, or (none) at the end of
 * the field for scripts and styles, else right after its start tag. `unclosed` remembers
 * the elements with no end tag left, so repeated unclosed tags are not searched again.
 */
function skipElement(html: string, tag: Tag, unclosed: Set<string>): number {
  const name = tag.element!.name;
  if (tag.end || tag.selfClosing) return tag.next;
  if (unclosed.has(name)) return tag.next;
  const end = memoized(endTags, name, (name) => new RegExp(`</${name}[\\s/>]`, 'gi'));
  end.lastIndex = tag.next;
  const found = end.exec(html);
  if (!found) {
    unclosed.add(name);
    return RAW_TEXT.has(name) ? html.length : tag.next;
  }
  const close = html.indexOf('>', found.index);
  return close < 0 ? html.length : close + 1;
}

/**
 * The text a reader would see in an HTML fragment: tags dropped, entities decoded,
 * whitespace collapsed. With `max`, reading stops once the text is longer than that (the
 * caller cuts it to `max`, which gives the same as cutting the whole text), so a huge field
 * costs no more than its start.
 */
export function htmlToText(html: string, max = Infinity): string {
  // The text between tags is made plain text as it is met, straight from `html`.
  const plain = new PlainText(true, max);
  const unclosed = new Set<string>();
  scan(
    html,
    (from, to) => {
      plain.add(html, from, to);
      return plain.full;
    },
    (tag) => {
      const kind = tag.element?.kind;
      if (kind === 'dropped') return skipElement(html, tag, unclosed);
      // A run of block tags and blanks gives one space: PlainText owes one blank at most.
      if (kind === 'block') plain.space();
      return undefined;
    },
  );
  return plain.toString();
}

/**
 * A plain-text field (JSON Feed titles, summaries): entities are decoded, as feeds often
 * escape them twice, but a literal `<b>` stays visible text. With `max`, reading stops once
 * the text is longer than that (the caller cuts it).
 */
export function plainText(text: string, max = Infinity): string {
  const plain = new PlainText(true, max);
  plain.add(text, 0, text.length, true);
  return plain.toString();
}

/** The value of attribute `name` in a tag's attribute text, entities decoded. */
export function attributeValue(attributes: string, name: string): string | undefined {
  // Attribute by attribute, so that a name written inside another's value (alt="… src=…") is not taken for one.
  for (const [, key, double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
    if (key.toLowerCase() !== name) continue;
    const value = double ?? single ?? bare;
    return value === undefined ? undefined : decodeEntities(value);
  }
  return undefined;
}
/** One attribute of a tag: its name, then its value if it has one (double-quoted, single-quoted or bare). */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

// Tracking pixels, share buttons, emoji and avatars, by address: FeedBurner's `/~r/` pixels,
// `/~f/` and `/~ff/` share buttons and `/~a/` ads, Medium's `/_/stat` pixel, Pheedo's buttons
// and ads, WordPress's emoji and smilies (which its feeds write as an <img> in every post that
// has one: `s.w.org/images/core/emoji/`, `/wp-includes/images/smilies/`, WordPress.com's
// `/wpcom-smileys/`), Twemoji, and the avatars of Gravatar (WordPress.com puts its author's in
// every item as media:content) and GitHub (in every entry of its feeds, 30 px).
const TRACKER = /\/~(?:r|ff?|a)\/|\/_\/stat\b|\.pheedo\.com\/|\/images\/(?:core\/emoji|smilies)\/|\/wpcom-smileys\/|\btwemoji\b|gravatar\.com\/avatar\/|avatars\.githubusercontent\.com\//i;
// Sized to the text around it: an emoji's class (WordPress's wp-smiley, Twemoji's emoji), or a side set under 3 em or ex.
const INLINE_CLASS = /(?:^|\s)(?:wp-smiley|emoji)(?:\s|$)/i;
const INLINE_SIZE = /(?:^|[\s;])(?:max-)?(?:height|width)\s*:\s*(?:[0-2](?:\.\d*)?|\.\d+)r?e[mx]\b/i;

/**
 * True for an image that is no picture of the story: a tracking pixel or spacer (a side
 * declared 2 px or less), an icon, avatar or share button (both sides 50 px or less: the
 * smallest story pictures in real feeds are declared 100 px wide), an emoji (drawn at the size
 * of the text around it), or a tracker's, emoji's or avatar's address. `attribute` reads the
 * image's attributes (`width`, `height`, `class`, `style`).
 */
export function isDecoration(src: string, attribute: (name: string) => string | null | undefined = () => undefined): boolean {
  const w = parseFloat(attribute('width') ?? '');
  const h = parseFloat(attribute('height') ?? '');
  return w <= 2 || h <= 2 || (w <= 50 && h <= 50) || TRACKER.test(src) || INLINE_CLASS.test(attribute('class') ?? '') || INLINE_SIZE.test(attribute('style') ?? '');
}

/** The first image of an HTML fragment with an http(s) source that is not a decoration ({@link isDecoration}), for feeds that only put their picture in the text. */
export function firstImage(html: string, base?: string): {src: string; alt?: string} | undefined {
  if (!/<img\b/i.test(html)) return undefined;
  let found: {src: string; alt?: string} | undefined;
  const unclosed = new Set<string>();
  scan(
    html,
    () => false,
    (tag) => {
      if (tag.element?.kind === 'dropped') return skipElement(html, tag, unclosed);
      if (tag.element?.kind !== 'image' || tag.end) return undefined;
      const attributes = html.slice(tag.attributes, tag.next - 1);
      const src = safeUrl(attributeValue(attributes, 'src'), base);
      if (!src || isDecoration(src, (name) => attributeValue(attributes, name))) return undefined;
      found = {src, alt: collapseWhitespace(attributeValue(attributes, 'alt') ?? '') || undefined};
      return html.length;
    },
  );
  return found;
}

// Letters of the scripts written right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam…).
const RTL_LETTERS = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/gu;

/**
 * The direction most letters of `text` are written in: `rtl` when more than half are of a
 * right-to-left script, `ltr` when fewer, undefined without letters. Unlike the first strong
 * character (`dir="auto"`), a Latin acronym opening an Arabic headline ("COP30: …") does not
 * turn it round.
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  const rtl = rtlShare(text);
  return rtl === undefined ? undefined : rtl > 0.5 ? 'rtl' : 'ltr';
}

/** The share (0…1) of the letters of `text` (its first 400 characters) of a right-to-left script; undefined without letters. */
export const rtlShare = (text: string): number | undefined => letterShare(text, RTL_LETTERS);
