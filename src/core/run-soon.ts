/**
 * Work that is usually short but can be long: done at once when it is short, in slices when
 * not. Its own module, so that only the elements that use it load it.
 * @module
 */
import {runInSlices, type Steps} from './steps.js';

/**
 * Runs `steps` at once when they end within one slice ({@link runInSlices}'s first, which runs
 * before it returns), as short work does, so that what it decides shows in the same frame;
 * longer work goes on in slices. Gives the value, or a promise of it; once `signal` is aborted,
 * the steps stop at their next pause and the promise gives `undefined`.
 */
export function runSoon<T>(steps: Steps<T>, signal: AbortSignal): {value: T} | {later: Promise<T | undefined>} {
  let ended: {value: T} | undefined;
  function* watched(): Steps<T | undefined> {
    for (;;) {
      const step = steps.next();
      if (step.done) return (ended = {value: step.value}).value;
      if (signal.aborted) return undefined;
      yield;
    }
  }
  const later = runInSlices(watched());
  return ended ?? {later};
}
