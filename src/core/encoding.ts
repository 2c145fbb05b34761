/**
 * Feed bytes to text, the way browsers and feed readers choose the encoding: a byte-order
 * mark first, then the HTTP `charset`, then the XML declaration's `encoding`, else UTF-8, or
 * windows-1252 for bytes that are not UTF-8.
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

/** The `charset` parameter of a `Content-Type` header value. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i)?.[1];
}

/** The `encoding` of an XML declaration at the start of the bytes (read as ASCII; UTF-16 without a BOM is told by its zero bytes). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x3c && bytes[1] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c) return 'utf-16be';
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  return head.match(/^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/)?.[1];
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

/** `bytes` decoded by `decoder` a slice at a time; undefined when a `fatal` decoder meets bytes that are not in its encoding. */
function* decoded(decoder: TextDecoder, bytes: Uint8Array): Steps<string | undefined> {
  let text = '';
  try {
    // Streaming: a character cut between slices is decoded whole with the next one.
    for (let at = 0; at < bytes.length; at += BYTES_PER_STEP) {
      text += decoder.decode(bytes.subarray(at, at + BYTES_PER_STEP), {stream: true});
      yield;
    }
    return text + decoder.decode();
  } catch {
    return undefined;
  }
}

/**
 * Decodes a feed's bytes to text. The encoding is the one a byte-order mark names, else
 * the `charset` of `contentType` (the HTTP header), else the XML declaration's `encoding`,
 * else UTF-8; a label no decoder knows is skipped. Undeclared bytes that are not UTF-8 are
 * legacy Latin text (Python's feedparser, and browsers for legacy pages, read them so):
 * windows-1252. ISO-8859-1 and US-ASCII labels read as windows-1252 too (the WHATWG rule),
 * so C1 bytes come out as `’`, `€`, `œ`, not as controls. Bytes labelled so that are UTF-8 (a
 * CMS that declares Latin-1 and writes UTF-8) read as UTF-8: Latin text is never valid UTF-8
 * by chance, and read as windows-1252 they would show `CafÃ©`.
 */
export const decodeFeedBytes = (bytes: Uint8Array, contentType?: string | null): string => runNow(decodingSteps(bytes, contentType));

/**
 * {@link decodeFeedBytes} in steps (`runInSlices`), pausing every 128 KiB it decodes and every
 * 16,384 characters while it maps C1 controls.
 */
export function* decodingSteps(bytes: Uint8Array, contentType?: string | null): Steps<string> {
  const bom = bomEncoding(bytes);
  const labelled = decoderFor(bom) ?? decoderFor(charsetOf(contentType)) ?? decoderFor(declaredEncoding(bytes));
  // Latin-1 as labelled (windows-1252 in WHATWG's reading) is read only when the bytes are not UTF-8, below.
  const decoder = labelled?.encoding === 'windows-1252' ? undefined : labelled;
  const text =
    (decoder && (yield* decoded(decoder, bytes))) ??
    (yield* decoded(new TextDecoder('utf-8', {fatal: true}), bytes)) ??
    (yield* decoded(new TextDecoder('windows-1252'), bytes))!;
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
function* withoutC1(text: string): Steps<string> {
  if (!/[\u0080-\u009F]/.test(text)) return text;
  let out = '';
  // A slice may end between the halves of a surrogate pair: joined again, they are as they were.
  for (let i = 0; i < text.length; i += C1_PER_STEP) {
    out += text.slice(i, i + C1_PER_STEP).replace(/[\u0080-\u009F]/g, (char) => windows1252(char.charCodeAt(0)));
    yield;
  }
  return out;
}
