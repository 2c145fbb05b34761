import type {ReactiveControllerHost} from 'lit';
import {VisibleTimer} from './visible-timer.js';

const MINUTE = 60_000;
/** Whether `host` shows something that ages, now or at the tick before (`since`). */
type IsLive = (host: ReactiveControllerHost, since: number) => boolean;

/** The watched hosts, each with the test of whether it shows something that ages. */
const watched = new Map<ReactiveControllerHost, IsLive>();
let last = 0;

// One timer for the whole page, aligned to the minute, running while someone listens and
// the page is visible (a page shown again after a while catches up at once).
const minutes = new VisibleTimer(
  () => last - (last % MINUTE) + MINUTE,
  () => {
    const since = last;
    last = Date.now();
    for (const [host, isLive] of watched) if (isLive(host, since)) host.requestUpdate();
  },
);

/**
 * Re-renders watched hosts once a minute, from a single timer shared by every element on
 * the page, while `isLive(host, since)` says the host shows something that ages ("3 minutes
 * ago"), or did at the tick before, `since` (rendered then, it is rendered once more when it
 * stops, however late this tick: a tab hidden past the hour a date stops being relative).
 * One object for the page, told by each host when it connects and disconnects, where a Lit
 * controller would be an object per card and a set of controllers per card (hundreds in a
 * feed); `isLive` takes the host rather than closing over it, so cards share one function.
 */
export const minuteClock = {
  watch<Host extends ReactiveControllerHost>(host: Host, isLive: (host: Host, since: number) => boolean): void {
    watched.set(host, isLive as IsLive); // only ever called with `host`
    if (watched.size === 1) {
      last = Date.now();
      minutes.start();
    }
  },

  unwatch(host: ReactiveControllerHost): void {
    if (watched.delete(host) && watched.size === 0) minutes.stop();
  },
};
