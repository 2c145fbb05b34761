/**
 * Abort signals for the library's requests: one that aborts with any of several, working
 * below the support floor of `AbortSignal.any` (Chrome 116, Firefox 124, Safari 17.4), and
 * the time limit every request shares.
 */

/** A signal that aborts when any of `signals` does, with that signal's reason. */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  const aborted = signals.find((signal) => signal.aborted);
  if (aborted) {
    controller.abort(aborted.reason);
    return controller.signal;
  }
  const stop = () => {
    for (const signal of signals) signal.removeEventListener('abort', onAbort);
  };
  function onAbort(this: AbortSignal) {
    stop();
    controller.abort(this.reason);
  }
  for (const signal of signals) signal.addEventListener('abort', onAbort);
  return controller.signal;
}

/** One attempt with a time limit: see {@link deadline}. */
export interface Deadline {
  /** Aborts when the caller's signal does, or with a `TimeoutError` DOMException once the time is up. */
  readonly signal: AbortSignal;
  /** Aborted once the time ran out (not when the caller let go). */
  readonly timer: AbortSignal;
  /** Ends the attempt: clears the timer and lets go of the caller's signal. */
  end(): void;
}

/**
 * An attempt that `caller` may abort and that ends after `ms` milliseconds (the feed's and the
 * weather's requests). A timer of its own rather than `AbortSignal.timeout`, so it is cleared,
 * not left running: at `end()`, or at once when the caller lets go, not when the aborted
 * request settles.
 */
export function deadline(caller: AbortSignal, ms: number): Deadline {
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(new DOMException(`No answer within ${ms} ms`, 'TimeoutError')), ms);
  const end = () => {
    clearTimeout(id);
    caller.removeEventListener('abort', end);
  };
  caller.addEventListener('abort', end);
  return {signal: anySignal([caller, timer.signal]), timer: timer.signal, end};
}

/** How a request that ran out of time failed, for its error message: before any answer, or while its body arrived. */
export const lateness = (answered: boolean, ms: number) =>
  answered ? `stopped sending: its answer did not finish within ${Math.round(ms / 1000)} s` : `did not answer within ${Math.round(ms / 1000)} s`;
