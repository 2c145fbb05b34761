/** One request per key for every caller asking while it is under way (feeds, weather). */
interface InFlight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
}

/**
 * A `join(key, signal, start)` that joins the request for `key` under way, or starts one
 * with `start`, whose signal aborts once every caller that gave a `signal` has aborted it,
 * and never when a caller gave none: that one keeps the request going. Each caller's wait
 * rejects with its own signal's reason.
 */
export function sharedRequests<T>() {
  const inFlight = new Map<string, InFlight<T>>();
  return (key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let entry = inFlight.get(key);
    // An entry whose callers all aborted is dead even before its promise settles.
    if (!entry || entry.controller.signal.aborted) {
      const controller = new AbortController();
      const created: InFlight<T> = {
        promise: start(controller.signal).finally(() => inFlight.get(key) === created && inFlight.delete(key)),
        controller,
        waiting: 0,
      };
      inFlight.set(key, (entry = created));
    }
    const joined = entry;
    joined.waiting++;
    if (!signal) return joined.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        if (--joined.waiting === 0) joined.controller.abort(signal.reason);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, {once: true});
      joined.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  };
}
