/**
 * Abort signals that work below the support floor of `AbortSignal.any` (Chrome 116, Firefox
 * 124, Safari 17.4) and `AbortSignal.timeout` (Chrome 103, Firefox 100, Safari 16): the
 * platform's own when there is one, a small stand-in otherwise.
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

/** A signal that aborts with a `TimeoutError` DOMException after `ms` milliseconds. */
export function timeoutSignal(ms: number): AbortSignal {
  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
  return controller.signal;
}
