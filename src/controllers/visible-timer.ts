import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {pageHidden} from '../core/page.js';

/**
 * The longest single wait: a longer one (the day clock's, hours to midnight) is taken in steps
 * that read the clock again. A sleeping laptop stops its timers in some systems, so a wait of
 * hours set before a night's sleep would end hours after waking, the page showing yesterday's
 * date meanwhile (it catches up at once only when it was hidden and shows again).
 */
const STEP = 60_000;

/**
 * zone.js (Angular apps that load it) counts a timer set in Angular's zone as work the app
 * waits for, and a clock's next tick is hours away: the app would never be stable. The wait is
 * set in zone.js's root zone; listeners added in Angular's zone still run there.
 */
const backgroundTimeout = (run: () => void, ms: number) => {
  const root = (globalThis as {Zone?: {root: {run<T>(fn: () => T): T}}}).Zone?.root;
  return root ? root.run(() => setTimeout(run, ms)) : setTimeout(run, ms);
};

/**
 * The one timer behind every periodic task of the library (feed polling, weather refresh,
 * the day clock and the minute clock): it runs `task` when the time `due()` gives comes
 * (milliseconds since the epoch), but only while it is started and the page is visible.
 * While the page is hidden it waits; when the page shows again after a missed time, it runs
 * at once, and a page that stayed shown through a sleep runs within a minute of waking (see
 * `STEP`).
 *
 * `due()` is read again after each run and on `update()`; `undefined` means "nothing to do
 * until `update()`". The task must move the due time on (or make `due()` answer
 * `undefined`), or it runs again straight away.
 *
 * Given a `host`, it starts when the host connects and stops when it disconnects; a timer
 * shared by several elements is started and stopped by its owner instead. Nothing here
 * touches the page until `start()`, so elements using it render on a server.
 */
export class VisibleTimer implements ReactiveController {
  private running = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** The task is running (from `update()`). */
  private busy = false;
  private readonly onVisibility = () => this.update();

  constructor(
    private readonly due: () => number | undefined,
    private readonly task: () => void,
    host?: ReactiveControllerHost,
  ) {
    host?.addController(this);
  }

  start(): void {
    if (!this.running) {
      this.running = true;
      document.addEventListener('visibilitychange', this.onVisibility);
    }
    this.update();
  }

  stop(): void {
    if (this.running) {
      this.running = false;
      document.removeEventListener('visibilitychange', this.onVisibility);
    }
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Reads `due()` again: call it whenever what it answers has changed. */
  update(): void {
    this.arm(true);
  }

  /**
   * Sets the timer for the due time. A time already due (a first load, a catch-up) runs at
   * once when `now` allows it; after that run, a task that did not move the due time on
   * runs again from a zero timer, never in a loop.
   */
  private arm(now: boolean): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running || pageHidden()) return;
    const at = this.due();
    if (at === undefined) return;
    const wait = Math.max(0, at - Date.now());
    if (wait === 0 && now && !this.busy) {
      this.busy = true;
      try {
        this.task();
      } finally {
        this.busy = false;
      }
      return this.arm(false);
    }
    this.timer = backgroundTimeout(() => {
      this.timer = undefined;
      if (wait <= STEP) this.task();
      this.arm(false);
    }, Math.min(wait, STEP));
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.stop();
  }
}
