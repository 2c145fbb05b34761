/**
 * Safe URLs from untrusted values: only absolute `http:` and `https:` URLs survive. Its own
 * module, apart from the text code, so an element that shows links but no feed text (the
 * language switcher) does not load the HTML scanner and the entity table with it.
 */

// An absolute http(s) URL already written as the URL parser writes it, so that parsing it
// would give it back unchanged: lower-case scheme and host (ASCII labels, the last one not a
// number, no punycode), no port or user, a path with no dot segments, and only characters
// the parser neither escapes nor rewrites. (Each part is one character class, so matching
// is linear.)
const CANONICAL_URL = /^https?:\/\/([a-z\d.-]+)\/[\w\-.~!$&()*+,;=:@/%?]*(?:#[\w\-.~!$&()*+,;=:@/%?]*)?$/;
const ODD_HOST = /^[.-]|[.-]$|\.\.|-\.|\.-|xn--/;
const DOT_SEGMENT = /\/\.|%2e/i;

function isCanonicalUrl(url: string): boolean {
  const host = CANONICAL_URL.exec(url)?.[1];
  if (!host || ODD_HOST.test(host) || DOT_SEGMENT.test(url)) return false;
  const last = host.charCodeAt(host.lastIndexOf('.') + 1);
  return last >= 0x61 && last <= 0x7a;
}

// The last base the URL parser accepted: a feed resolves all its URLs against one or two bases.
let readableBase: string | undefined;

// The last base that is itself in the parser's form, and its origin.
let canonicalBase: string | undefined;
let canonicalOrigin = '';

/** The origin (`https://host`) of a base in the parser's form, against which a root-relative path resolves by joining; undefined for any other base. */
function originOf(base: string): string | undefined {
  if (base !== canonicalBase) {
    if (!isCanonicalUrl(base)) return undefined;
    canonicalBase = base;
    canonicalOrigin = base.slice(0, base.indexOf('/', 8));
  }
  return canonicalOrigin;
}

/** Throws, as `new URL(…, base)` would, for a base the URL parser rejects (then every URL fails, absolute ones too). */
function checkBase(base: string | undefined) {
  if (base === undefined || base === readableBase) return;
  new URL(base);
  readableBase = base;
}

/** The address a server, which has no page, parses a page's relative URLs against (see {@link serverSafeUrl}). */
const NO_PAGE = 'https://no-page.invalid/';
/** `value` without what the URL parser strips at either end of a URL: C0 control characters and spaces (by a walk from each end: `/[…]+$/` tries again from each character of a run not at the end). */
function withoutUrlEnds(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

/**
 * {@link safeUrl} on a server, which has no page address: a relative URL (`/ar/`,
 * `../img/a.jpg`) that is an `http:` or `https:` one on any such page is kept as written, for
 * the browser to resolve (server-rendered links and images had none).
 */
export function serverSafeUrl(value: unknown): string | undefined {
  const url = safeUrl(value, NO_PAGE);
  if (!url?.startsWith(NO_PAGE)) return url;
  // Only without a scheme: `https:evil.example` is a path under an https page and another host
  // (with a user name, if it has one) under an http page. Written as the URL parser reads it,
  // without the control characters and spaces it strips at either end: `\x01https:evil.example`,
  // kept whole, hid its scheme from this check and not from the browser's parser.
  const written = withoutUrlEnds(value as string);
  return /^[a-z][a-z\d+.-]*:/i.test(written.replace(/[\t\n\r]/g, '')) ? undefined : written;
}

/** Longest URL kept: far past a real link or signed picture address, so a hostile one of megabytes is never a card's `href` nor stored with the feed. */
const MAX_URL = 8_192;

/**
 * Resolves `value` against `base` and returns it only when it is an `http:` or `https:` URL
 * without a user name or password, of at most {@link MAX_URL} characters.
 * The WHATWG URL parser strips the tabs, newlines and leading control characters that
 * obfuscated `javascript:` URLs rely on, so the protocol check sees the real scheme. An
 * absolute URL already in the parser's own form, or a root-relative path that joined to
 * such a base gives one, is returned without parsing it again (the same result, without
 * the cost of a `URL` object per link).
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL) return undefined;
  try {
    if (isCanonicalUrl(trimmed)) {
      checkBase(base);
      return trimmed;
    }
    // A root-relative path (`/images/a.jpg`, not `//host/…`) is the base's origin and the path.
    const origin = trimmed[0] === '/' && trimmed[1] !== '/' && base !== undefined ? originOf(base) : undefined;
    if (origin !== undefined && isCanonicalUrl(origin + trimmed)) return origin + trimmed;
    const url = new URL(trimmed, base);
    // A user name hides the host from a reader who checks the link: `https://news.example.com@evil.example/`.
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}
