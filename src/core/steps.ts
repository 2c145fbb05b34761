/**
 * Long work written as generators that pause (`yield`) between pieces, so the same code runs
 * at once ({@link runNow}) or in slices that leave the main thread free between them
 * ({@link runInSlices}): feed readers pause after each item, scanners every so many
 * characters. Needs no DOM; runs the same in Node.
 * @module
 */

/** Work that pauses (`yield`) between pieces and ends with a `T`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs reading steps to the end in one go. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Longest stretch of reading, in milliseconds, before the main thread gets a turn (a frame has ~16 ms). */
const SLICE_MS = 8;
/**
 * A turn for the event loop: `scheduler.yield()` where there is one (it resumes ahead of
 * other queued work), else a message to self, which unlike a chain of `setTimeout(0)` is
 * never held back 4 ms once nested.
 */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as {scheduler?: {yield?: () => Promise<void>}}).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise<void>((resolve) => {
    if (typeof MessageChannel !== 'function') return void setTimeout(resolve, 0);
    const {port1, port2} = new MessageChannel();
    port1.onmessage = () => (port1.close(), resolve());
    port2.postMessage(null);
  });
};

/**
 * Runs reading steps in slices of a few milliseconds, yielding to the event loop between them;
 * once `signal` is aborted, it stops at the next pause and rejects with the signal's reason.
 */
export async function runInSlices<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}
