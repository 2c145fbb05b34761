/**
 * Cutting a feed's XML text at its items, so that the browser's XML parser can read it in
 * pieces with the main thread free between them (`DOMParser` reads a whole document in one
 * task: 60–90 ms for a megabyte of RSS). This is a boundary scanner, not a parser: it
 * follows tags, comments, CDATA sections and processing instructions only far enough to
 * know where each item starts and ends; the browser's parser reads every piece.
 *
 * The pieces are the document without its items (the head), and documents holding a run of
 * items inside copies of the root's and the channel's start tags, so that every item keeps
 * its namespace declarations, `xml:base` and `xml:lang`. Each character of the document is
 * read in exactly one piece, in the same context as in the whole, so the pieces are all
 * well-formed exactly when the whole document is, and read the same.
 *
 * But for what the reader never gets to: the text of an element between two tags (its runs,
 * CDATA sections and comments in all) is cut once it holds more characters than any field is
 * read for, a comment past them emptied, and an item's once it holds {@link ITEM_TEXT_RUNS}
 * times as many in all its fields, so one megabyte-long description costs `DOMParser` no more
 * than a long article; processing instructions inside the document are left out. Likewise
 * for elements, which cost `DOMParser` far more than text (1.2–1.5 s for one item of 250,000
 * small ones; deep nesting slows it down sharply): past an item's first
 * {@link MAX_MARKUP_TAGS} fields (a tag of many attributes counting as several:
 * ATTRIBUTES_PER_ELEMENT), the rest of the item is left out but for its first `title`
 * and `link` of each name (`dc:title`, `atom:link`: {@link HEADLINE_NAMES}) (and a field
 * written more than MAX_LIST_READ times, the copies past them), and
 * past the first as many elements inside its fields, the rest of each field (as the HTML of a
 * field is read up to as many tags), but for the end tags of elements still open; tags nested
 * deeper than {@link MAX_ITEM_DEPTH} in an item are left out with their text kept, and so are
 * those outside items past twice {@link MAX_MARKUP_TAGS} (but for the channel's first `title`
 * and `link` of each name) or that deep below the channel.
 */
import {MAX_CONTENT, MAX_LIST_READ, MAX_TITLE} from './fields.js';
import type {Steps} from '../steps.js';
import {MAX_MARKUP_TAGS, markupLength} from '../markup-limits.js';
import {MAX_ATTRIBUTES, MAX_NAMESPACES, MAX_NAMESPACE_LENGTH, QUOTE_OR_GT, VALUES_PER_TAG, feedItemName, itemPlace, localName, tagEnd, tagStart} from './xml-repair.js';

/** The pieces of a feed document: the document without its items, then documents of items. */
export interface FeedPieces {
  head: string;
  /** Channel items first, then items beside the channel (RSS 1.0), as the reader takes them; each built when asked for. */
  items: Iterable<string>;
}

interface Span {
  start: number;
  end: number;
}

/** An item's span, with the elements of it that are read. */
interface ItemSpan extends Span {
  elements: number;
}

/** Deepest nesting of elements read inside an item (its fields are at 1), or below the root outside items; deeper tags are left out, their text kept. */
export const MAX_ITEM_DEPTH = 32;
/** Most elements of items parsed in one piece, whatever its length: `DOMParser` builds 2,000 small elements in 2–5 ms. */
const PIECE_ELEMENTS = 4 * MAX_MARKUP_TAGS;
/**
 * Namespace declarations in scope at items up to which a piece holds PIECE_ELEMENTS; past
 * them, proportionally fewer: Chromium's `DOMParser` takes time in proportion to the
 * declarations in scope times the elements (8,000 elements: 23 ms with none, 150 ms with 64).
 */
const PIECE_DECLARATIONS = 16;

/** Tags scanned between pauses; a tag's attribute values count too, VALUES_PER_TAG of them as much as a tag (1,500 tags of 255 attributes were one step of 55-90 ms). */
const TAGS_PER_STEP = 2_000;
/**
 * Attributes that weigh as much as an element against an item's limits and a piece's
 * elements (PIECE_ELEMENTS): a tag of 8 to 15 counts as two elements, of 255 as 32, so that no
 * piece holds hundreds of thousands of attributes (an item of 1,500 fields of 255 was one
 * piece of 3.9 MB; xmldom took 0.4 s over it). A tag of fewer counts as one.
 */
const ATTRIBUTES_PER_ELEMENT = 8;
const NAME = /[^\s/<>]+/y;
// What comes between a tag's name or value and a namespace declaration's value.
const DECLARATION = /\s+xmlns(?::[^\s=]*)?\s*=/y;
const XML_DECLARATION = /^<\?xml\s[\s\S]*?\?>/;

/** Characters of one text run (or CDATA section) kept: the most any field reads as markup. */
export const TEXT_RUN_LIMIT = markupLength(MAX_CONTENT);
/** Text runs' worth of characters kept in one item, in all its fields: an item's long fields (content, summary, description) are a few. */
export const ITEM_TEXT_RUNS = 4;
/**
 * Characters of text kept outside items, in all the head's fields: its readers read short ones
 * (a title, a language, a description), and the head is parsed in one piece (four runs of
 * 97,000 `&#65;` held WebKit 57-67 ms under CI's load); and, apart, the text right in the root
 * or the channel, which no field reads (the blanks between its elements and items).
 */
export const HEAD_TEXT = 2 * TEXT_RUN_LIMIT;
export const LOOSE_TEXT = TEXT_RUN_LIMIT / 4;
/**
 * Characters kept of one run of text in a field of the head but its first title and link: its
 * readers read none longer than an address (8,192), and three channel fields of 70,000 spent
 * the head's total before a `<language>` written after them (helper-178).
 */
export const HEAD_FIELD_TEXT = 8_192;
/**
 * Characters an item's first `title` and `link` of each name keep past its text runs' worth:
 * as much as a title is read for (base64 included), so a card has its headline however long
 * the fields before it are.
 */
const HEADLINE_TEXT = 4 * markupLength(MAX_TITLE);
/**
 * Names of titles and links kept past the limits, the first of each, in one item or outside
 * them: as many as the item reader reads (xml.ts: RSS's or Atom's own title, `dc:title`,
 * `atom:title`, `media:title`; the own link and `atom:link`). The splitter knows prefixes, not
 * namespaces: any whose local name is `title` or `link`, in the order written.
 */
const HEADLINE_NAMES = 6;
/** A title or a link, with any prefix: `title`, `dc:title`, `atom:link`. */
const isHeadline = (name: string) => /^(?:[^:]*:)?(?:title|link)$/.test(name);
/**
 * What stands for fewer characters in XML text than it takes: a character reference (one or
 * two characters for up to 8, `&#65533;`) and a CR LF line end (one). A reference with
 * padding zeros could take more: a run of those keeps fewer characters than the limit.
 */
const SHORTER_IN_TEXT = /&[^&;<]{1,40};|\r\n/g;
const RAW_PER_CHAR = 8;

/**
 * Where to cut the run of XML text from `start` to `end` so that it still reads as `limit`
 * characters once parsed: past as many characters, counting a reference or a CR LF as
 * one, and never inside a reference or a surrogate pair; `end` when the run is no longer.
 */
export function textCut(markup: string, start: number, end: number, limit: number): number {
  // A V8 substring of a long string is a view, not a copy; 42 is the longest reference the pattern knows.
  const run = markup.slice(start, Math.min(end, start + limit * RAW_PER_CHAR + 42));
  let read = 0;
  let from = 0;
  SHORTER_IN_TEXT.lastIndex = 0;
  for (let found; (found = SHORTER_IN_TEXT.exec(run)); ) {
    if (read + found.index - from >= limit) break;
    read += found.index - from + 1;
    from = found.index + found[0].length;
    if (read >= limit) return start + from;
  }
  const cut = Math.min(from + (limit - read), run.length);
  // Not inside a reference (one the pattern does not know, or past the window), nor between the two halves of a surrogate pair.
  const amp = run.lastIndexOf('&', cut - 1);
  if (amp > run.lastIndexOf(';', cut - 1)) return start + amp;
  return Math.min(end, start + cut + ((run.charCodeAt(cut - 1) & 0xfc00) === 0xd800 ? 1 : 0));
}

/**
 * Scans `markup` (RSS or Atom text without a doctype) for its items, pausing every few
 * thousand tags. Gives the pieces to parse, each holding items of at least `pieceSize`
 * characters (but the last); `ill-formed` when the text is certainly not well-formed XML
 * (a mismatched or unclosed tag, an unfinished comment) or is for the repair to judge (an
 * item inside an element of the head, where a tag of the head reads otherwise to the repair:
 * xml-repair.ts, itemPlace; a well-formed one holds it, as any element of the head); the
 * root's local name when it is no feed's (an HTML page, which a wrong address often answers:
 * no reader reads it, so it is never parsed) and the repair would read it as its root too
 * (else `ill-formed`: as Node, which repairs first, the repair reads it); undefined when the text is not worth cutting or not cut cleanly (no root,
 * an empty feed root such as `<rss/>`, a doctype after the root): then it is read whole. Text
 * runs, CDATA sections and comments between two tags are cut past `TEXT_RUN_LIMIT` characters in
 * all, a comment past them emptied.
 */
export function* splitFeed(markup: string, pieceSize: number): Steps<FeedPieces | 'ill-formed' | {root: string} | undefined> {
  const stack: string[] = [];
  let root: Span | undefined;
  // The first <channel> in an RSS root, which holds the items (RSS 1.0 also has them beside it).
  let channel: Span | undefined;
  let channelOpen = false;
  let itemName = '';
  const inChannel: ItemSpan[] = [];
  const inRoot: ItemSpan[] = [];
  // The item being read, and the elements read in it: its fields, and the elements inside them.
  // Its headlines: the names of title and link fields given their own text (HEADLINE_TEXT) and kept past the limits.
  let item: {start: number; depth: number; fields: number; nested: number; names: Map<string, number>; headlines: Set<string>; text: number} | undefined;
  let rootClosed = false;
  // Elements outside items read so far, and the headline and link kept past their limit.
  let outside = 0;
  const late = new Set<string>();
  // Whether a start tag outside items reads otherwise to the repair (a name it does not read, a
  // `>` in an attribute value): an item inside an element of the head is then left to the repair.
  let headReadOtherwise = false;
  // Whether each open element's tags are left out (the stack's twin).
  const dropped: boolean[] = [];
  // Text no field reads, and tags past the limits, left out of the pieces: in document order, none overlapping.
  const unread: Span[] = [];
  const leaveOut = (start: number, end: number) => {
    const last = unread[unread.length - 1];
    if (last?.end === start) last.end = end;
    else unread.push({start, end});
  };
  // While an item's elements past its limits are read, everything but the end tags of elements
  // still open is left out, until the stack is back to this length (-1: not now).
  let skipping = -1;
  /**
   * Which limit the start tag of an element at `depth`, weighing `weight` elements
   * (ATTRIBUTES_PER_ELEMENT), is past, if any: `depth` (its tags are left out, its text stays),
   * `count` (an item's field or element past its first MAX_MARKUP_TAGS: the rest of the field,
   * or of the item, is left out, as no field reads it).
   */
  const pastLimits = (depth: number, weight: number): 'depth' | 'count' | undefined => {
    if (!item) return depth > MAX_ITEM_DEPTH + 2 ? 'depth' : (outside += weight) > 2 * MAX_MARKUP_TAGS ? 'depth' : undefined;
    const level = depth - item.depth;
    return level > MAX_ITEM_DEPTH ? 'depth' : (level === 1 ? (item.fields += weight) : (item.nested += weight)) > MAX_MARKUP_TAGS ? 'count' : undefined;
  };
  // Characters of text, CDATA and comments kept in the element being read since its last tag: a
  // field reads `TEXT_RUN_LIMIT` of them in all, however they are cut up (19 CDATA sections of 100,000
  // were 1.9 MB for DOMParser to build in one task, and so were text runs between comments).
  // An item keeps ITEM_TEXT_RUNS times as many in all its fields (30 fields of 99,000 were 3 MB),
  // and the first title and link of each name (HEADLINE_NAMES at most) HEADLINE_TEXT each past them.
  // So does the text outside items in all (38 runs of 100,000 were a head of 3.8 MB, parsed in one
  // task), HEAD_TEXT in all and HEAD_FIELD_TEXT a run, the channel's (or Atom feed's) first title
  // and link of each name HEADLINE_TEXT each besides (a title of 100,000 spent the total before a
  // `<language>` after it: helper-179). Text right in the root or the channel, which no field
  // reads (the blanks between its elements and items), has a total of its own (LOOSE_TEXT), past
  // which it is left out: spent on the fields' total, the blanks between 12,000 items left a
  // `<language>` written after them empty (helper-177).
  // Text is counted as written, a reference as its length: at most as many once parsed. A run cut
  // in an item keeps as many characters once parsed (a reference or a CR LF counting as one: up to
  // 8 times as many written, textCut); outside items, as many as written (8 runs of 97,000 `&#65;`
  // made a head of 3.9 MB), as no field of the head reads that far.
  let kept = 0;
  const itemText = ITEM_TEXT_RUNS * TEXT_RUN_LIMIT;
  let headText = 0;
  let looseText = 0;
  // Whether an element at `depth` is a child of the root or of the channel (where items, and the head's fields, are).
  const onTop = (depth: number) => depth === 1 || (depth === 2 && channelOpen);
  const loose = () => onTop(stack.length);
  // The names of the head's first titles and links given their own text, and the stack's length while one is read (-1: none).
  const headNames = new Set<string>();
  let headline = -1;
  const room = () => {
    if (!item) {
      if (loose()) return Math.min(TEXT_RUN_LIMIT - kept, LOOSE_TEXT - looseText);
      // A first title or link has its own (HEADLINE_TEXT), and spends none of the fields' total.
      return stack.length === headline ? HEADLINE_TEXT - kept : Math.min(HEAD_FIELD_TEXT - kept, HEAD_TEXT - headText);
    }
    // An item's first title and link of each name read their own, past the item's text (also past its fields' limit): a card needs its headline.
    const field = stack.length === item.depth + 2 ? stack[stack.length - 1] : '';
    const own = item.headlines.has(field) && item.names.get(field) === 1 ? HEADLINE_TEXT - kept : 0;
    return Math.min(TEXT_RUN_LIMIT - kept, Math.max(itemText - item.text, own));
  };
  const take = (length: number) => {
    kept += length;
    if (item) item.text += length;
    else if (loose()) looseText += length;
    else if (stack.length !== headline) headText += length;
  };
  // Namespace declarations of each open element (the stack's twin), and in all.
  const declarations: number[] = [];
  let inScope = 0;
  // The most declarations in scope at an item's start tag (PIECE_DECLARATIONS).
  let itemScope = 0;
  // Work since the last pause, in tags: each tag, and its attribute values (TAGS_PER_STEP).
  let work = 0;
  let i = 0;
  for (let lt; (lt = markup.indexOf('<', i)) >= 0; ) {
    if (++work >= TAGS_PER_STEP) {
      work = 0;
      yield;
    }
    const left = room();
    // Past an item's first MAX_MARKUP_TAGS fields, the text (and comments) between them is left out with them.
    const leftOut = skipping >= 0 || (!!item && item.fields > MAX_MARKUP_TAGS && stack.length === item.depth + 1);
    if (leftOut) {
      if (lt > i) leaveOut(i, lt);
    } else if (lt - i > left) {
      // Outside items, cut within `left` characters as written, never between the two halves of a surrogate pair.
      const cut = textCut(markup, i, item ? lt : i + left - ((markup.charCodeAt(i + left - 1) & 0xfc00) === 0xd800 ? 1 : 0), left);
      if (cut < lt) leaveOut(cut, lt);
      take(cut < lt ? left : Math.min(left, lt - i));
    } else take(lt - i);
    const next = markup[lt + 1];
    if (next === '!' || next === '?') {
      const [open, close] = markup.startsWith('<!--', lt) ? ['<!--', '-->'] : markup.startsWith('<![CDATA[', lt) ? ['<![CDATA[', ']]>'] : next === '?' ? ['<?', '?>'] : ['', ''];
      // A doctype here follows the root's start: the parser and the repair judge it.
      if (!open) return undefined;
      const end = markup.indexOf(close, lt + open.length);
      if (end < 0) return 'ill-formed';
      const content = lt + open.length;
      const left = room();
      // No reader reads a processing instruction: one inside the document is left out, whole (a
      // megabyte of one went to DOMParser in one piece).
      if (leftOut || (open === '<?' && root)) leaveOut(lt, end + close.length);
      else if (open === '<!--') {
        // Emptied, not cut: a cut could end it in `-`, and `--->` is no XML.
        if (end - content > left) leaveOut(content, end);
        else take(end - content);
      } else if (open === '<![CDATA[') {
        if (end - content > left) {
          // CDATA holds no references: the limit is in characters, a surrogate pair kept whole.
          const cut = content + left + (left && (markup.charCodeAt(content + left - 1) & 0xfc00) === 0xd800 ? 1 : 0);
          leaveOut(cut, end);
        }
        take(Math.min(end - content, left));
      }
      i = end + close.length;
      continue;
    }
    const closing = next === '/';
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = NAME.exec(markup)?.[0];
    // A `<` that starts no tag is not allowed in XML text.
    if (!name || /^[\d.-]/.test(name)) return 'ill-formed';
    // The tag ends at the first `>` outside quoted attribute values; each value is an
    // attribute's, and those of namespace declarations are counted (MAX_ATTRIBUTES, MAX_NAMESPACES).
    let end = NAME.lastIndex;
    let values = 0;
    let declared = 0;
    // Namespaces past MAX_NAMESPACE_LENGTH, cut there (left out with the tag if it is).
    let longNamespaces: Span[] | undefined;
    for (;;) {
      QUOTE_OR_GT.lastIndex = end;
      const found = QUOTE_OR_GT.exec(markup);
      if (!found) return 'ill-formed';
      if (found[0] === '>') {
        end = found.index + 1;
        break;
      }
      if (++values > MAX_ATTRIBUTES) return 'ill-formed';
      DECLARATION.lastIndex = end;
      const declaration = DECLARATION.test(markup);
      if (declaration) declared++;
      end = markup.indexOf(found[0], found.index + 1) + 1;
      if (end === 0) return 'ill-formed';
      const cut = declaration ? textCut(markup, found.index + 1, end - 1, MAX_NAMESPACE_LENGTH) : end - 1;
      if (cut < end - 1) (longNamespaces ??= []).push({start: cut, end: end - 1});
    }
    if (declared && inScope + declared > MAX_NAMESPACES) return 'ill-formed';
    work += values / VALUES_PER_TAG;
    i = end;
    kept = 0;
    if (closing) {
      if (stack.pop() !== name) return 'ill-formed';
      inScope -= declarations.pop()!;
      if (dropped.pop()) leaveOut(lt, end);
      if (stack.length <= skipping) skipping = -1;
      if (stack.length < headline) headline = -1;
      if (item?.depth === stack.length) {
        (item.depth === 2 ? inChannel : inRoot).push({start: item.start, end, elements: 1 + Math.min(item.fields, MAX_MARKUP_TAGS) + Math.min(item.nested, MAX_MARKUP_TAGS)});
        item = undefined;
      }
      if (stack.length === 1) channelOpen = false;
      rootClosed ||= stack.length === 0;
      continue;
    }
    if (rootClosed) return 'ill-formed';
    const selfClosing = markup[end - 2] === '/';
    const depth = stack.length;
    const local = localName(name);
    if (!item && depth > 0) headReadOtherwise ||= tagEnd(markup, lt, markup.indexOf('>', lt)) !== end - 1 || tagStart(markup, lt, end - 1)?.[2] !== name;
    let drop = false;
    if (depth === 0) {
      root = {start: lt, end};
      itemName = feedItemName(name);
      // A root no reader reads is named only when the repair reads this tag, by that name, as the root too: it is then not repaired (xml.ts).
      if (!itemName) return tagStart(markup, lt, markup.indexOf('>', lt))?.[2] === name ? {root: local} : 'ill-formed';
      if (selfClosing) return undefined;
    } else if (headReadOtherwise && local === itemName && itemPlace(stack, name) !== undefined) {
      // An item inside an element of the head, whose tags the repair reads otherwise: the repair judges it, as in Node.
      return 'ill-formed';
    } else if (depth === 1 && !channel && local === 'channel' && itemName === 'item' && localName(stack[0]) !== 'channel') {
      channel = {start: lt, end};
      channelOpen = !selfClosing;
    } else if (!item && local === itemName && onTop(depth)) {
      if (selfClosing) (depth === 2 ? inChannel : inRoot).push({start: lt, end, elements: 1});
      else item = {start: lt, depth, fields: 0, nested: 0, names: new Map(), headlines: new Set(), text: 0};
      itemScope = Math.max(itemScope, inScope + declared);
    } else {
      // Inside an element left out, everything is (its namespace declarations go with it).
      let past = skipping >= 0 || dropped[depth - 1] ? 'depth' : pastLimits(depth, 1 + Math.floor(values / ATTRIBUTES_PER_ELEMENT));
      // A headline and its link past the limits, as every card needs them: the first title and
      // link of each name (`title`, `dc:title`, `atom:link`…) of an item, also past its first
      // MAX_MARKUP_TAGS fields, or of the channel (or Atom's feed) past twice as many elements
      // outside items. HEADLINE_NAMES elements more at most, of bounded text.
      if (skipping < 0 && !dropped[depth - 1] && isHeadline(name)) {
        const headlines = item ? item.headlines : late;
        const first = item ? depth - item.depth === 1 && !item.names.has(name) : !!past && onTop(depth) && !late.has(name);
        if (first && headlines.size < HEADLINE_NAMES) {
          headlines.add(name);
          past = undefined;
        }
      }
      // A field written more than MAX_LIST_READ times in one item (no reader reads further in a
      // list: 1,990 credits were 600 KB for DOMParser in one task): that copy is left out, whole.
      const repeat = !past && item && depth - item.depth === 1 && item.names.set(name, (item.names.get(name) ?? 0) + 1).get(name)! > MAX_LIST_READ;
      if (past || repeat) {
        drop = true;
        leaveOut(lt, end);
      }
      if (repeat && !selfClosing) skipping = depth;
      // An element inside a field past the limit: the field's rest is left out; a field past it: that field (and the text beside it, above).
      if (past === 'count' && item && (depth - item.depth > 1 || !selfClosing)) skipping = depth - item.depth === 1 ? depth : item.depth + 1;
    }
    // The channel's first title and link of each name keep their text past the head's, as an item's do.
    if (!item && !drop && !selfClosing && onTop(depth) && isHeadline(name) && !headNames.has(name) && headNames.size < HEADLINE_NAMES) {
      headNames.add(name);
      headline = depth + 1;
    }
    if (longNamespaces && !drop) for (const span of longNamespaces) leaveOut(span.start, span.end);
    if (selfClosing) rootClosed ||= depth === 0;
    else {
      stack.push(name);
      dropped.push(drop);
      declarations.push(declared);
      inScope += declared;
    }
  }
  if (!root) return undefined;
  if (!rootClosed) return 'ill-formed';
  // A feed without items is its head alone: the limits hold for it too.
  return piecesOf(markup, {root, channel, inChannel, inRoot, unread, itemScope}, pieceSize);
}

// XML's whitespace, not JavaScript's \s, which takes in name characters (U+FEFF, U+1680).
const ATTRIBUTE = /[ \t\r\n]*([^ \t\r\n=/>]+)[ \t\r\n]*=[ \t\r\n]*("[^"]*"|'[^']*')/y;
/** The attributes a reader reads of an item's ancestors: namespace declarations, `xml:base`, `xml:lang`. */
const READ_OF_ANCESTORS = /^(?:xmlns(?::|$)|xml:(?:base|lang)$)/;

/**
 * A start tag (of the root, of the channel) as every piece repeats it: its name and the
 * attributes read of an item's ancestors. No other: a hostile attribute of megabytes (the
 * document's head keeps it) would be copied into every piece.
 */
function pieceTag(tag: string): string {
  let kept = /^<[^ \t\r\n/>]+/.exec(tag)![0];
  ATTRIBUTE.lastIndex = kept.length;
  for (let found; (found = ATTRIBUTE.exec(tag)); ) if (READ_OF_ANCESTORS.test(found[1])) kept += ` ${found[1]}=${found[2]}`;
  return `${kept}>`;
}

/** What {@link splitFeed}'s scan found: the root's and channel's start tags, the items' spans in each, the spans left unread. */
interface Scan {
  root: Span;
  channel: Span | undefined;
  inChannel: ItemSpan[];
  inRoot: ItemSpan[];
  unread: Span[];
  /** The most namespace declarations in scope at an item's start tag. */
  itemScope: number;
}

/**
 * The pieces of a scanned document: its head (all but the items), and the items in pieces of
 * `pieceSize` characters or a piece's worth of elements (the last one less), each inside the
 * root's and the channel's start tags ({@link pieceTag}), all without what the scan left unread.
 */
function piecesOf(markup: string, {root, channel, inChannel, inRoot, unread, itemScope}: Scan, pieceSize: number): FeedPieces {
  const tagName = (span: Span) => /^<([^\s/<>]+)/.exec(markup.slice(span.start, span.end))![1];
  /** The document from `start` to `end` without what is left unread. */
  const read = (start: number, end: number) => {
    // The first span left out that ends past `start`, by bisection: an item of 250,000 elements leaves out as many tags.
    let at = 0;
    for (let high = unread.length; at < high; ) {
      const middle = (at + high) >> 1;
      if (unread[middle].end <= start) at = middle + 1;
      else high = middle;
    }
    let text = '';
    for (; at < unread.length && unread[at].start < end; at++) {
      text += markup.slice(start, unread[at].start);
      start = unread[at].end;
    }
    return text + markup.slice(start, end);
  };
  const declaration = XML_DECLARATION.exec(markup.slice(0, root.start))?.[0] ?? '';
  const rootOpen = declaration + pieceTag(read(root.start, root.end));
  const spans = [...inChannel, ...inRoot].sort((a, b) => a.start - b.start);
  const head: string[] = [];
  let copied = 0;
  for (const span of spans) {
    head.push(read(copied, span.start));
    copied = span.end;
  }
  head.push(read(copied, markup.length));
  function* runs(list: ItemSpan[], open: string, close: string): Generator<string, void, void> {
    const parts: string[] = [];
    let size = 0;
    let elements = 0;
    const pieceElements = Math.floor((PIECE_ELEMENTS * PIECE_DECLARATIONS) / Math.max(PIECE_DECLARATIONS, itemScope));
    for (const [index, span] of list.entries()) {
      parts.push(read(span.start, span.end));
      size += span.end - span.start;
      elements += span.elements;
      if (size < pieceSize && elements < pieceElements && index < list.length - 1) continue;
      yield open + parts.join('') + close;
      parts.length = size = elements = 0;
    }
  }
  const close = `</${tagName(root)}>`;
  return {
    head: head.join(''),
    items: (function* () {
      if (channel) yield* runs(inChannel, rootOpen + pieceTag(read(channel.start, channel.end)), `</${tagName(channel)}>${close}`);
      yield* runs(inRoot, rootOpen, close);
    })(),
  };
}
