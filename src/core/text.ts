/**
 * Turning untrusted feed values into safe plain text and safe URLs.
 *
 * Nothing here renders: HTML goes through an inert `DOMParser` document (scripts never run,
 * images never load) and only its text comes out. Templates then bind that text as text.
 */

/** Elements whose end is a break between words in the text a reader sees. */
const BLOCK_TAGS =
  'address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul';
/** Elements whose content is not reader text. */
const DROPPED_TAGS = 'script,style,template,noscript,iframe,object,embed,svg,math,head,title';

// C0/C1 control characters except tab, line feed and carriage return (whitespace collapses them).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

let parser: DOMParser | undefined;
function parse(html: string): Document {
  parser ??= new DOMParser();
  return parser.parseFromString(html, 'text/html');
}

/** Collapses runs of whitespace to one space, trims, and removes control characters. */
export function collapseWhitespace(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim();
}

/** Shortens `text` to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The text a reader would see in an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  const body = parse(html).body;
  for (const node of body.querySelectorAll(DROPPED_TAGS)) node.remove();
  for (const node of body.querySelectorAll(BLOCK_TAGS)) node.after(' ');
  return collapseWhitespace(body.textContent ?? '');
}

/**
 * A plain-text field (JSON Feed titles, summaries): entities are decoded, as feeds often
 * escape them twice, but a literal `<b>` stays visible text.
 */
export function plainText(text: string): string {
  if (!text.includes('&')) return collapseWhitespace(text);
  return collapseWhitespace(parse(text.replace(/</g, '&lt;')).body.textContent ?? '');
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
