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

interface MarkupPolicy {
  createHTML(markup: string): unknown;
}
let policy: MarkupPolicy | null | undefined;

/**
 * Markup for `DOMParser`, which is a Trusted Types sink: on a page that enforces Trusted
 * Types it goes through the library's own policy, `news-widgets`. The policy passes markup
 * unchanged because it only ever feeds inert parsed documents, never the live page. Where
 * the page does not allow the policy, parsing throws and callers fall back to plain text.
 */
export function inertMarkup(markup: string): string {
  if (policy === undefined) {
    const trustedTypes = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: MarkupPolicy): MarkupPolicy}}).trustedTypes;
    try {
      policy = trustedTypes?.createPolicy('news-widgets', {createHTML: (markup) => markup}) ?? null;
    } catch {
      policy = null;
    }
  }
  return (policy ? policy.createHTML(markup) : markup) as string;
}

let parser: DOMParser | undefined;
/**
 * An inert document (scripts never run, images never load); undefined where Trusted Types
 * forbid parsing, and on a server (no `DOMParser`), where callers read the text without one.
 */
export function parseMarkup(markup: string, type: DOMParserSupportedType): Document | undefined {
  if (typeof DOMParser === 'undefined') return undefined;
  parser ??= new DOMParser();
  try {
    return parser.parseFromString(inertMarkup(markup), type);
  } catch {
    return undefined;
  }
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};
/** Decodes numeric and the most common named entities, for when no parser may be used. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
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
  const body = parseMarkup(html, 'text/html')?.body;
  if (!body) return collapseWhitespace(decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<[^>]*>/gi, ' ')));
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
  const body = parseMarkup(text.replace(/</g, '&lt;'), 'text/html')?.body;
  return collapseWhitespace(body ? (body.textContent ?? '') : decodeEntities(text));
}

/** The first image of an HTML fragment with an http(s) source, for feeds that only put their picture in the text. */
export function firstImage(html: string, base?: string): {src: string; alt?: string} | undefined {
  if (!/<img\b/i.test(html)) return undefined;
  for (const img of parseMarkup(html, 'text/html')?.querySelectorAll('img[src]') ?? []) {
    const src = safeUrl(img.getAttribute('src'), base);
    if (src) return {src, alt: collapseWhitespace(img.getAttribute('alt') ?? '') || undefined};
  }
  return undefined;
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
