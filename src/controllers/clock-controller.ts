import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {VisibleTimer} from './visible-timer.js';

const MINUTE = 60_000;
const clocks = new Set<{tick(): void}>();
let last = 0;

// One timer for the whole page, aligned to the minute, running while someone listens and
// the page is visible (a page shown again after a while catches up at once).
const minutes = new VisibleTimer(
  () => last - (last % MINUTE) + MINUTE,
  () => {
    last = Date.now();
    for (const clock of clocks) clock.tick();
  },
);

/**
 * Re-renders its host once a minute, from a single timer shared by every element on the
 * page, while `isLive(host)` says the host shows something that ages ("3 minutes ago").
 * `isLive` takes the host rather than closing over it, so that hundreds of cards share one
 * function instead of holding a closure each.
 */
export class ClockController<Host extends ReactiveControllerHost = ReactiveControllerHost> implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly isLive: (host: Host) => boolean,
  ) {
    host.addController(this);
  }

  /** A minute has passed. */
  tick(): void {
    if (this.isLive(this.host)) this.host.requestUpdate();
  }

  hostConnected(): void {
    clocks.add(this);
    if (clocks.size === 1) {
      last = Date.now();
      minutes.start();
    }
  }

  hostDisconnected(): void {
    clocks.delete(this);
    if (clocks.size === 0) minutes.stop();
  }
}
