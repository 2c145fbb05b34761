/**
 * Reading an answer within hard limits, before any expensive work: at most `maxBytes` of
 * body (reading stops there; the rest is never downloaded), and JSON no deeper than
 * `maxDepth` (measured by `scanJson` in formats/json-split.ts). Shared by the feed and the
 * weather paths.
 */
import {deadline, lateness} from './signals.js';

/**
 * Default most bytes read from one feed answer (2 MiB: a large news feed is a few hundred KB);
 * `LoadFeedOptions.maxBytes` raises it.
 */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Default deepest JSON nesting read (arrays and objects); a feed needs about 6. */
export const DEFAULT_MAX_DEPTH = 64;

/** A reading limit given by a page (an attribute): a positive whole number, else undefined (the default). */
export const readingLimit = (value: number | undefined): number | undefined =>
  typeof value === 'number' && value >= 1 && value < Infinity ? Math.floor(value) : undefined;

/** An answer that broke a reading limit; `limit` says which and `value` what it was set to. */
export class ReadLimitError extends RangeError {
  override name = 'ReadLimitError';
  constructor(
    readonly limit: 'bytes' | 'depth',
    readonly value: number,
  ) {
    super(limit === 'bytes' ? `larger than ${value.toLocaleString('en')} bytes` : `nested deeper than ${value} levels`);
  }
}

/**
 * The body of `response`, read chunk by chunk and given up (the stream cancelled) as soon as
 * it passes `maxBytes`, so a huge or endless answer costs at most that much memory.
 * @throws {ReadLimitError} past `maxBytes`; the signal's reason once `signal` aborts (also
 *   mid-body, where a body that stops arriving would otherwise wait for ever).
 */
export async function readBody(response: Response, {maxBytes = DEFAULT_MAX_BYTES, signal}: {maxBytes?: number; signal?: AbortSignal} = {}): Promise<Uint8Array> {
  const declared = Number(response.headers.get('Content-Length'));
  if (!response.body || declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    if (declared > maxBytes) throw new ReadLimitError('bytes', maxBytes);
    return new Uint8Array(0);
  }
  const reader = response.body.getReader();
  const onAbort = () => void reader.cancel(signal!.reason).catch(() => {});
  signal?.addEventListener('abort', onAbort, {once: true});
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const {done, value} = await reader.read();
      // A cancelled stream ends as if complete: an abort must not pass for the whole body.
      signal?.throwIfAborted();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new ReadLimitError('bytes', maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel(error).catch(() => {});
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** An answer that did not come within its time: `message` says how ("did not answer within 10 s"), `cause` what the attempt ended with. */
export class LateAnswer extends Error {
  override name = 'LateAnswer';
}

/**
 * One attempt at an answer, the feed's and the weather's: `start` asks for it (fetch) under a
 * signal that aborts with `signal` or after `timeout` ms, and its body is read, at most
 * `maxBytes` of it, within the same time. An answer that is not ok comes without `bytes`, its
 * body cancelled: the caller words it, as it words what this throws: `signal`'s reason once it
 * aborts, a {@link LateAnswer} past the time, a {@link ReadLimitError} past `maxBytes`, or
 * what `start` or the body's stream threw (a connection dropped mid-body).
 */
export async function fetchBody(
  signal: AbortSignal,
  timeout: number,
  maxBytes: number,
  start: (signal: AbortSignal) => Promise<Response>,
): Promise<{response: Response; bytes?: Uint8Array}> {
  const attempt = deadline(signal, timeout);
  let response: Response | undefined;
  try {
    response = await start(attempt.signal);
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return {response};
    }
    return {response, bytes: await readBody(response, {maxBytes, signal: attempt.signal})};
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    if (attempt.timer.aborted) throw new LateAnswer(lateness(!!response, timeout), {cause});
    throw cause;
  } finally {
    attempt.end();
  }
}
