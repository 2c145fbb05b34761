import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How a request ended, unless it was aborted or replaced (then there is nothing to say). */
type RequestResult<T> = {value: T} | {error: unknown};

/**
 * One request at a time for an element: the one mechanism behind feed and weather loading.
 * `run()` aborts the request before it and hands the new one its own signal; only the
 * latest request's outcome is delivered (a stale answer is dropped); the host's
 * disconnection aborts it, and `interrupted` then says so, for a reload on reconnection.
 * The abort waits for a microtask: a host moved in the page in one go (out and back in within
 * the same script, as a layout script or a framework's keyed list does) keeps its request,
 * where it would have sent it again; one taken out across an `await` is aborted.
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

  /** Runs `work` with a fresh signal, after aborting the request before it; undefined when this one is aborted or replaced in turn. */
  async run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<RequestResult<T> | undefined> {
    this.abort();
    this.interrupted = false;
    const request = (this.current = new AbortController());
    try {
      const value = await work(request.signal);
      return request.signal.aborted ? undefined : {value};
    } catch (error) {
      return request.signal.aborted ? undefined : {error};
    } finally {
      if (this.current === request) this.current = undefined;
    }
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
