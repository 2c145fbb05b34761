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
 */
import type {Steps} from './fields.js';

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

/** Tags scanned between pauses. */
const TAGS_PER_STEP = 2_000;
const QUOTE_OR_GT = /["'>]/g;
const NAME = /[^\s/<>]+/y;
const XML_DECLARATION = /^<\?xml\s[\s\S]*?\?>/;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Scans `markup` (RSS or Atom text without a doctype) for its items, pausing every few
 * thousand tags. Gives the pieces to parse, each holding items of at least `pieceSize`
 * characters (but the last); `ill-formed` when the text is certainly not well-formed XML
 * (a mismatched or unclosed tag, an unfinished comment); undefined when the text is not
 * worth cutting or not cut cleanly (no items, a root that is no feed's, a doctype after
 * the root): then it is read whole.
 */
export function* splitFeed(markup: string, pieceSize: number): Steps<FeedPieces | 'ill-formed' | undefined> {
  const stack: string[] = [];
  let root: Span | undefined;
  // The first <channel> in an RSS root, which holds the items (RSS 1.0 also has them beside it).
  let channel: Span | undefined;
  let channelOpen = false;
  let itemName = '';
  const inChannel: Span[] = [];
  const inRoot: Span[] = [];
  let item: {start: number; depth: number} | undefined;
  let rootClosed = false;
  let tags = 0;
  let i = 0;
  for (let lt; (lt = markup.indexOf('<', i)) >= 0; ) {
    if (++tags % TAGS_PER_STEP === 0) yield;
    const next = markup[lt + 1];
    if (next === '!' || next === '?') {
      const [open, close] = markup.startsWith('<!--', lt) ? ['<!--', '-->'] : markup.startsWith('<![CDATA[', lt) ? ['<![CDATA[', ']]>'] : next === '?' ? ['<?', '?>'] : ['', ''];
      // A doctype here follows the root's start: the parser and the repair judge it.
      if (!open) return undefined;
      const end = markup.indexOf(close, lt + open.length);
      if (end < 0) return 'ill-formed';
      i = end + close.length;
      continue;
    }
    const closing = next === '/';
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = NAME.exec(markup)?.[0];
    // A `<` that starts no tag is not allowed in XML text.
    if (!name || /^[\d.-]/.test(name)) return 'ill-formed';
    // The tag ends at the first `>` outside quoted attribute values.
    let end = NAME.lastIndex;
    for (;;) {
      QUOTE_OR_GT.lastIndex = end;
      const found = QUOTE_OR_GT.exec(markup);
      if (!found) return 'ill-formed';
      end = found[0] === '>' ? found.index + 1 : markup.indexOf(found[0], found.index + 1) + 1;
      if (found[0] === '>') break;
      if (end === 0) return 'ill-formed';
    }
    i = end;
    if (closing) {
      if (stack.pop() !== name) return 'ill-formed';
      if (item?.depth === stack.length) {
        (item.depth === 2 ? inChannel : inRoot).push({start: item.start, end});
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
    if (depth === 0) {
      root = {start: lt, end};
      itemName = local === 'feed' ? 'entry' : local === 'rss' || local === 'RDF' || local === 'channel' ? 'item' : '';
      if (!itemName || selfClosing) return undefined;
    } else if (depth === 1 && !channel && local === 'channel' && itemName === 'item' && localName(stack[0]) !== 'channel') {
      channel = {start: lt, end};
      channelOpen = !selfClosing;
    } else if (!item && local === itemName && (depth === 1 || (depth === 2 && channelOpen))) {
      if (selfClosing) (depth === 2 ? inChannel : inRoot).push({start: lt, end});
      else item = {start: lt, depth};
    }
    if (selfClosing) rootClosed ||= depth === 0;
    else stack.push(name);
  }
  if (!root) return undefined;
  if (!rootClosed) return 'ill-formed';
  if (!inChannel.length && !inRoot.length) return undefined;

  const tagName = (span: Span) => /^<([^\s/<>]+)/.exec(markup.slice(span.start, span.end))![1];
  const declaration = XML_DECLARATION.exec(markup.slice(0, root.start))?.[0] ?? '';
  const rootOpen = declaration + markup.slice(root.start, root.end);
  const spans = [...inChannel, ...inRoot].sort((a, b) => a.start - b.start);
  const head: string[] = [];
  let copied = 0;
  for (const span of spans) {
    head.push(markup.slice(copied, span.start));
    copied = span.end;
  }
  head.push(markup.slice(copied));
  function* runs(list: Span[], open: string, close: string): Generator<string, void, void> {
    const parts: string[] = [];
    let size = 0;
    for (const [index, span] of list.entries()) {
      parts.push(markup.slice(span.start, span.end));
      size += span.end - span.start;
      if (size < pieceSize && index < list.length - 1) continue;
      yield open + parts.join('') + close;
      parts.length = size = 0;
    }
  }
  const close = `</${tagName(root)}>`;
  return {
    head: head.join(''),
    items: (function* () {
      if (channel) yield* runs(inChannel, rootOpen + markup.slice(channel.start, channel.end), `</${tagName(channel)}>${close}`);
      yield* runs(inRoot, rootOpen, close);
    })(),
  };
}
