/**
 * Feed bytes to text, the way browsers and feed readers choose the encoding: a byte-order
 * mark first, then the HTTP `charset`, then the XML declaration's `encoding`, else UTF-8; bytes
 * that are not UTF-8 under a UTF-8 label, a Latin-1 one or none, in the declaration's encoding
 * or windows-1252.
 * Decoding is `TextDecoder`'s, so every encoding of the WHATWG Encoding Standard is known
 * (windows-1256 and ISO-8859-6 for Arabic sites, ISO-8859-1 and windows-1252 for French
 * ones, Shift_JIS, GB18030, KOI8-R, …). Invalid bytes become U+FFFD, never an exception.
 */

import {windows1252} from './entities.js';
import {runNow, type Steps} from './steps.js';

const BOMS: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The encoding a byte-order mark names, if the bytes start with one. */
function bomEncoding(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((byte, i) => bytes[i] === byte))?.[1];
}

/** The `charset` parameter of a `Content-Type` header value (none of a value that is no text: `parseFeedText`'s option, from a page's code). */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return typeof contentType === 'string' ? /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] : undefined;
}

/**
 * The `encoding` of an XML declaration at the start of the bytes (read as ASCII), after blanks. UTF-16
 * without a BOM is told by its zero bytes, XML's `<` or JSON's `{` and `[` (RFC 4627's rule):
 * an ASCII character and a zero byte start no text in any other encoding.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] && bytes[0] < 0x80 && bytes[1] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] && bytes[1] < 0x80) return 'utf-16be';
  // After the blank lines a template may print above the declaration, however many (a
  // no-break space too, as the text's reader skips it).
  let start = 0;
  while (bytes[start] === 32 || bytes[start] === 160 || (bytes[start] >= 9 && bytes[start] <= 13)) start++;
  const head = String.fromCharCode(...bytes.subarray(start, start + 512));
  const label = head.match(/^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/)?.[1];
  // A declaration read as ASCII is in no UTF-16: "UTF-16" there is a template's mistake (WHATWG reads it as UTF-8 too).
  return label && /^utf-?16/i.test(label) ? undefined : label;
}

/** A TextDecoder for `label`, or undefined when the label names no encoding TextDecoder knows. */
function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined;
  }
}

/** Bytes decoded between pauses: in Chromium, two megabytes of two-byte UTF-8 (Arabic, or a hostile feed's C1 controls) took 40–60 ms in one `decode` on a busy machine. */
const BYTES_PER_STEP = 131_072;

/** `bytes` decoded by `decoder` a slice at a time. */
function* decoded(decoder: TextDecoder, bytes: Uint8Array): Steps<string> {
  let text = '';
  // Streaming: a character cut between slices is decoded whole with the next one.
  for (let at = 0; at < bytes.length; at += BYTES_PER_STEP) {
    text += decoder.decode(bytes.subarray(at, at + BYTES_PER_STEP), {stream: true});
    yield;
  }
  return text + decoder.decode();
}

/**
 * Whether `text`, `bytes` bytes read as UTF-8, is UTF-8: no bad sequence (U+FFFD) in it, or
 * fewer than the bytes its well-formed characters of two bytes or more take beyond one each.
 * A UTF-8 feed whose CMS cut a few characters in half (PHP's `substr` on Arabic) is still
 * UTF-8; Latin or Arabic text in a legacy encoding makes hardly a well-formed pair by chance.
 * Counting stops as soon as it is decided, so a feed of bad bytes is not counted through.
 */
function readsAsUtf8(text: string, bytes: number): boolean {
  const spare = bytes - text.length;
  let bad = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0 && bad <= spare; at = text.indexOf('\uFFFD', at + 1)) bad++;
  return bad === 0 || bad < spare;
}

/**
 * Decodes a feed's bytes to text. The encoding is the one a byte-order mark names, else
 * the `charset` of `contentType` (the HTTP header), else the XML declaration's `encoding`,
 * else UTF-8; a label no decoder knows is skipped. UTF-8, Latin-1 and no label at all are
 * checked against the bytes ({@link readsAsUtf8}), as Python's feedparser tries one encoding
 * after another: bytes that are not UTF-8 read in the declaration's encoding when it names
 * another (an Arabic site's windows-1256 feed served as `charset=utf-8`), else as legacy
 * Latin text, windows-1252 (ISO-8859-1 and US-ASCII labels read so too, the WHATWG rule, so
 * C1 bytes come out as `’`, `€`, `œ`, not as controls); UTF-8 bytes under a Latin-1 label (a
 * CMS that declares Latin-1 and writes UTF-8) read as UTF-8, not `CafÃ©`.
 */
export const decodeFeedBytes = (bytes: Uint8Array, contentType?: string | null): string => runNow(decodingSteps(bytes, contentType));

/**
 * {@link decodeFeedBytes} in steps (`runInSlices`), pausing every 128 KiB it decodes and every
 * 16,384 characters while it maps C1 controls.
 */
export function* decodingSteps(bytes: Uint8Array, contentType?: string | null): Steps<string> {
  const bom = decoderFor(bomEncoding(bytes));
  const declared = decoderFor(declaredEncoding(bytes));
  const labelled = bom ?? decoderFor(charsetOf(contentType)) ?? declared;
  let text: string;
  if (bom || (labelled && labelled.encoding !== 'utf-8' && labelled.encoding !== 'windows-1252')) text = yield* decoded(labelled!, bytes);
  else {
    text = yield* decoded(new TextDecoder(), bytes);
    if (!readsAsUtf8(text, bytes.length)) {
      const other = declared && declared.encoding !== 'utf-8' ? declared : new TextDecoder('windows-1252');
      text = yield* decoded(other, bytes);
    }
  }
  // TextDecoder drops a BOM of its own encoding; one of another is noise at the start of the
  // text. C1 controls are never text: some decoders (Node's windows-1252) leave them, so they
  // become the windows-1252 characters they stand for.
  return yield* withoutC1(text.replace(/^\uFEFF/, ''));
}

/** Characters read for C1 controls between pauses. */
const C1_PER_STEP = 16_384;

/**
 * `text` with each C1 control as the windows-1252 character it stands for (the five that
 * stand for none dropped), a slice of {@link C1_PER_STEP} characters a step: a replacement
 * callback per control, over two megabytes of them, was one task of 219 ms in Chromium.
 */
export function* withoutC1(text: string): Steps<string> {
  if (!/[\u0080-\u009F]/.test(text)) return text;
  let out = '';
  // A slice may end between the halves of a surrogate pair: joined again, they are as they were.
  for (let i = 0; i < text.length; i += C1_PER_STEP) {
    out += text.slice(i, i + C1_PER_STEP).replace(/[\u0080-\u009F]/g, (char) => windows1252(char.charCodeAt(0)));
    yield;
  }
  return out;
}
