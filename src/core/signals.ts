/**
 * The time limit every request of the library shares (the feed's and the weather's). It needs
 * neither `AbortSignal.any` (Chrome 116, Firefox 124, Safari 17.4) nor `AbortSignal.timeout`,
 * so it works down to the support floor.
 */

/** One attempt with a time limit: see {@link deadline}. */
interface Deadline {
  /** Aborts when the caller's signal does (with its reason), or with a `TimeoutError` DOMException once the time is up. */
  readonly signal: AbortSignal;
  /** Aborted once the time ran out (not when the caller let go). */
  readonly timer: AbortSignal;
  /**
   * Ends the attempt: clears the timer, lets go of the caller's signal, and aborts `signal`
   * (an `AbortError`), so nothing runs on under it: a fully read answer is unaffected, and the
   * request of an answer given up on (past a reading limit) is aborted, not only its body's
   * stream cancelled.
   */
  end(): void;
}

/**
 * An attempt that `caller` may abort and that ends after `ms` milliseconds. Its timer is
 * cleared, not left running, and nothing of it stays attached to `caller`: at `end()`, or at
 * once when either aborts, not when the aborted request settles. The first abort's reason
 * stays: `end()` after a time-out or the caller's abort changes nothing.
 */
export function deadline(caller: AbortSignal, ms: number): Deadline {
  const attempt = new AbortController();
  const timer = new AbortController();
  const stop = (reason: unknown) => {
    clearTimeout(id);
    caller.removeEventListener('abort', onAbort);
    attempt.abort(reason);
  };
  const onAbort = () => stop(caller.reason);
  const id = setTimeout(() => {
    timer.abort();
    stop(new DOMException(`No answer within ${ms} ms`, 'TimeoutError'));
  }, ms);
  if (caller.aborted) onAbort();
  else caller.addEventListener('abort', onAbort);
  return {signal: attempt.signal, timer: timer.signal, end: () => stop(new DOMException('The attempt ended', 'AbortError'))};
}

/** How a request that ran out of time failed, for its error message: before any answer, or while its body arrived. */
export const lateness = (answered: boolean, ms: number) => {
  // Seconds, but a timeout under one in milliseconds: `timeout: 500` is not "within 1 s".
  const time = ms < 1000 ? `${ms} ms` : `${+(ms / 1000).toFixed(1)} s`;
  return answered ? `stopped sending: its answer did not finish within ${time}` : `did not answer within ${time}`;
};
