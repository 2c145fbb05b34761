/**
 * Turning untrusted feed values into safe plain text and safe URLs.
 *
 * Nothing here renders or builds a document: HTML is read by a small scanner that keeps
 * the text between tags, drops what is not reader text (scripts, styles, embedded frames)
 * and never runs or loads anything. Templates then bind that text as text. The same code
 * runs in browsers and in Node, so both give the same text.
 */
import {decodeEntities, windows1252} from './entities.js';

export {decodeEntities} from './entities.js';

/** Elements whose start or end is a break between words in the text a reader sees. */
export const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(' '),
);
/** Elements whose content is not reader text. */
export const DROPPED_TAGS = new Set('script style template noscript iframe object embed svg head title textarea select'.split(' '));
/** Elements whose content runs to their end tag whatever it holds: without one, the rest of the field is theirs. */
const RAW_TEXT = new Set(['script', 'style']);

// C0 control characters except tab, line feed and carriage return, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const C1_CHARS = /[\u0080-\u009F]/g;
// eslint-disable-next-line no-control-regex
const ODD_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Whitespace that is not one lone space. */
const BLANK_RUNS = /\s\s|[^\S ]/;

/**
 * Collapses runs of whitespace to one space, trims, and removes control characters. C1
 * controls (U+0080–U+009F) are what windows-1252 text looks like when read as Latin-1, so
 * they become the windows-1252 characters they were meant to be (`don\u0092t` → `don’t`).
 */
export function collapseWhitespace(text: string): string {
  // Most text has neither control characters nor runs of blanks: test before rewriting.
  if (ODD_CHARS.test(text)) text = text.replace(CONTROL_CHARS, '').replace(C1_CHARS, (char) => windows1252(char.charCodeAt(0)));
  return (BLANK_RUNS.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/** Shortens `text` to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** One tag of an HTML fragment: its lower-case name, whether it ends an element, its attribute text and where it ends. */
interface Tag {
  name: string;
  end: boolean;
  selfClosing: boolean;
  attributes: string;
  next: number;
}

const TAG_NAME = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)/y;

/**
 * Reads HTML markup as a browser would read it for its text, one token at a time: text,
 * tags, comments and declarations. `onTag` may return a position to continue from (to
 * skip an element's content). Linear in the length of `html` whatever it holds.
 */
function scan(html: string, onText: (text: string) => boolean | void, onTag: (tag: Tag) => number | void) {
  let i = 0;
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
    const after = html[lt + 1];
    if (after === '!' || after === '?' || (after === '/' && !/[a-zA-Z]/.test(html[lt + 2] ?? ''))) {
      // A comment runs to `-->`; a malformed one (no `-->`), like declarations and `<?…>`, to the next `>`.
      const commentEnd = commentsCanEnd && html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : -1;
      if (commentEnd < 0 && html.startsWith('<!--', lt)) commentsCanEnd = false;
      const close = commentEnd >= 0 ? commentEnd + 2 : html.indexOf('>', lt + 2);
      if (after === '/' && close < 0) {
        if (onText(html.slice(lt))) return;
        return;
      }
      i = close < 0 ? html.length : close + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt;
    const name = TAG_NAME.exec(html);
    if (!name) {
      if (onText('<')) return;
      i = lt + 1;
      continue;
    }
    let close = html.indexOf('>', TAG_NAME.lastIndex);
    if (close < 0) return; // An unfinished tag at the end of a field is not text a reader should see.
    // Only a quoted attribute value can hold a `>` that does not end the tag.
    const head = html.slice(TAG_NAME.lastIndex, close);
    if (quotesCanEnd && (head.includes('"') || head.includes("'"))) {
      close = -1;
      for (let j = TAG_NAME.lastIndex; j < html.length; j++) {
        const c = html[j];
        if (c === '>') {
          close = j;
          break;
        }
        if ((c === '"' || c === "'") && /[=\s]/.test(html[j - 1])) {
          const quoteEnd = html.indexOf(c, j + 1);
          if (quoteEnd < 0) {
            quotesCanEnd = false;
            break;
          }
          j = quoteEnd;
        }
      }
    }
    if (close < 0) close = html.indexOf('>', TAG_NAME.lastIndex);
    const attributes = html.slice(TAG_NAME.lastIndex, close);
    const tag: Tag = {name: name[2].toLowerCase(), end: name[1] === '/', selfClosing: attributes.endsWith('/'), attributes, next: close + 1};
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
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  const parts: string[] = [];
  let length = 0;
  let checkAt = max === Infinity ? Infinity : max * 2 + 256;
  const unclosed = new Set<string>();
  scan(
    html,
    (text) => {
      parts.push(text);
      length += text.length;
      if (length < checkAt) return false;
      // Whitespace collapses: count what is really there before stopping.
      if (collapseWhitespace(decodeEntities(parts.join(''))).length > max) return true;
      checkAt = length * 2;
      return false;
    },
    (tag) => {
      if (DROPPED_TAGS.has(tag.name)) return skipElement(html, tag, unclosed);
      if (BLOCK_TAGS.has(tag.name)) parts.push(' ');
      return undefined;
    },
  );
  return collapseWhitespace(decodeEntities(parts.join('')));
}

/**
 * A plain-text field (JSON Feed titles, summaries): entities are decoded, as feeds often
 * escape them twice, but a literal `<b>` stays visible text.
 */
export function plainText(text: string): string {
  return collapseWhitespace(decodeEntities(text));
}

/** The value of attribute `name` in a tag's attribute text, entities decoded. */
export function attributeValue(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|[\\s"'/])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3]) : undefined;
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
      if (!src) return undefined;
      found = {src, alt: collapseWhitespace(attributeValue(tag.attributes, 'alt') ?? '') || undefined};
      return html.length;
    },
  );
  return found;
}

/**
 * Resolves `value` against `base` and returns it only when it is an `http:` or `https:` URL.
 * The WHATWG URL parser strips the tabs, newlines and leading control characters that
 * obfuscated `javascript:` URLs rely on, so the protocol check sees the real scheme.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// Letters of the scripts written right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam…).
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

/**
 * The direction most letters of `text` are written in: `rtl` when more than half are of a
 * right-to-left script, `ltr` when fewer, undefined without letters. Unlike the first strong
 * character (`dir="auto"`), a Latin acronym opening an Arabic headline ("COP30: …") does not
 * turn it round.
 */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  let letters = 0;
  let rtl = 0;
  for (const char of text.slice(0, 400)) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    if (RTL_LETTER.test(char)) rtl++;
  }
  if (!letters) return undefined;
  return rtl * 2 > letters ? 'rtl' : 'ltr';
}
