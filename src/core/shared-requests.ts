/**
 * One request per key for every caller that asks while it is under way (feeds, weather): the
 * request has a signal of its own, which aborts when the last caller waiting for it lets go.
 */
interface InFlight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
}

/** Requests under way, by key; an entry lives only while its request is under way. */
export class SharedRequests<T> {
  private readonly inFlight = new Map<string, InFlight<T>>();

  /**
   * Joins the request for `key` under way, or starts one with `start`. `signal` aborts this
   * caller's wait (rejecting with its reason); a caller without one keeps the request going.
   */
  join(key: string, signal: AbortSignal | undefined, start: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let entry = this.inFlight.get(key);
    // An entry whose callers all aborted is dead even before its promise settles.
    if (!entry || entry.controller.signal.aborted) {
      const controller = new AbortController();
      const created: InFlight<T> = {
        promise: start(controller.signal).finally(() => {
          if (this.inFlight.get(key) === created) this.inFlight.delete(key);
        }),
        controller,
        waiting: 0,
      };
      this.inFlight.set(key, (entry = created));
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
  }
}
