import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How a request ended, unless it was aborted or replaced (then there is nothing to say). */
type RequestResult<T> = {value: T} | {error: unknown};

/**
 * One request at a time for an element: the one mechanism behind feed and weather loading.
 * `run()` aborts the request before it and hands the new one its own signal; only the
 * latest request's outcome is delivered, in the same step as the check that it still is the
 * latest (a stale answer is dropped, even one that settled just before a new source came);
 * the host's disconnection aborts it, and `interrupted` then says so, for a reload on
 * reconnection. The abort waits for a microtask: a host moved in the page in one go (out and
 * back in within the same script, as a layout script or a framework's keyed list does) keeps
 * its request, where it would have sent it again; one taken out across an `await` is aborted.
 */
export class LatestRequest implements ReactiveController {
  private current?: AbortController;
  /** The host has left the document and not come back (yet). */
  private away = false;

  /** The last request was aborted because the host left the document. */
  interrupted = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** A request is under way. */
  get pending(): boolean {
    return !!this.current;
  }

  /**
   * Runs `work` with a fresh signal, after aborting the request before it, and hands its
   * outcome to `settle` unless this request was aborted or replaced first. The check and the
   * hand-over are one step: code after an `await` of `run()` would run a microtask later, when
   * another source may have taken over (an update brought by a reconnection, say).
   */
  async run<T>(work: (signal: AbortSignal) => Promise<T>, settle: (result: RequestResult<T>) => void): Promise<void> {
    this.abort();
    this.interrupted = false;
    const request = (this.current = new AbortController());
    let result: RequestResult<T>;
    try {
      result = {value: await work(request.signal)};
    } catch (error) {
      result = {error};
    }
    if (this.current === request) this.current = undefined;
    if (!request.signal.aborted) settle(result);
  }

  abort(): void {
    this.current?.abort();
    this.current = undefined;
  }

  hostConnected(): void {
    this.away = false;
  }

  hostDisconnected(): void {
    this.away = true;
    queueMicrotask(() => {
      if (!this.away) return;
      this.interrupted = this.pending;
      this.abort();
    });
  }
}
