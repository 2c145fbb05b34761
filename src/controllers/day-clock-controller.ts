import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {nextDayStart} from '../core/day.js';
import {VisibleTimer} from './visible-timer.js';

interface Watcher {
  zone?: string;
  /** When this watcher's zone starts its next day. */
  next: number;
  notify(): void;
}

const watchers = new Set<Watcher>();

// One timer for the whole page, set for the earliest next midnight among the zones being
// watched; when it fires, only watchers whose day has changed re-render.
const midnights = new VisibleTimer(
  () => Math.min(...[...watchers].map((watcher) => watcher.next)),
  () => {
    const now = Date.now();
    for (const watcher of watchers) {
      if (now >= watcher.next) {
        watcher.next = nextDayStart(now, watcher.zone);
        watcher.notify();
      }
    }
  },
);

/**
 * Re-renders its host when a new day starts in its time zone (undefined: the reader's),
 * from a single timer shared by every element on the page.
 */
export class DayClockController implements ReactiveController {
  private readonly watcher: Watcher;

  constructor(private readonly host: ReactiveControllerHost) {
    this.watcher = {next: 0, notify: () => this.host.requestUpdate()};
    host.addController(this);
  }

  /** The time zone whose days are followed; set it when the host's zone changes. */
  get zone(): string | undefined {
    return this.watcher.zone;
  }
  set zone(zone: string | undefined) {
    if (zone === this.watcher.zone) return;
    this.watcher.zone = zone;
    if (watchers.has(this.watcher)) this.start();
  }

  hostConnected(): void {
    watchers.add(this.watcher);
    this.start();
  }

  hostDisconnected(): void {
    watchers.delete(this.watcher);
    if (watchers.size) midnights.update();
    else midnights.stop();
  }

  private start() {
    this.watcher.next = nextDayStart(Date.now(), this.watcher.zone);
    midnights.start();
  }
}
