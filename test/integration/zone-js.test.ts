// Angular apps that load zone.js (the default before Angular 21, and many apps since) count
// every timer set inside Angular's zone as work the app waits for. The library's clocks (the
// header bar's midnight, the cards' minute, feed polling, weather refresh) wait for hours: an
// Angular 22 app built by `ng build` with zone.js and a <news-header-bar> never became stable
// (`ApplicationRef.isStable` stayed false, so `whenStable()` never resolved, and Angular's
// service worker, registered once the app is stable, would wait for its 30 s fallback).
// Angular's build runs the library's async code in the zone that started it; here the clocks'
// one timer is started in such a zone.
import 'zone.js';
import {expect} from '@open-wc/testing';
import {VisibleTimer} from '../../src/controllers/visible-timer.js';
import {eventOnce} from '../helpers.js';

/** A zone that tracks its pending timers as Angular's NgZone does (`hasPendingMacrotasks`). */
function angularLikeZone() {
  const pending = {macroTasks: false};
  const zone = Zone.current.fork({
    name: 'angular-like',
    onHasTask(delegate, current, target, hasTask) {
      delegate.hasTask(target, hasTask);
      if (current === target && hasTask.change === 'macroTask') pending.macroTasks = hasTask.macroTask;
    },
  });
  return {zone, pending};
}

describe('zone.js (Angular apps that load it)', () => {
  // In a background tab the timer waits without a timeout, which would prove nothing.
  beforeEach(() => Object.defineProperty(document, 'hidden', {configurable: true, get: () => false}));
  afterEach(() => delete (document as {hidden?: boolean}).hidden);

  it('leaves the zone stable while a clock waits, runs its task, and its events reach listeners in the zone', async () => {
    const {zone, pending} = angularLikeZone();
    const target = document.createElement('div');
    let listenerZone = '';
    zone.run(() => target.addEventListener('tick', () => (listenerZone = Zone.current.name)));
    const ticked = eventOnce(target, 'tick');
    let due: number | undefined = Date.now() + 30;
    const timer = new VisibleTimer(
      () => due,
      () => {
        due = undefined;
        target.dispatchEvent(new CustomEvent('tick'));
      },
    );
    zone.run(() => timer.start());
    expect(pending.macroTasks, 'a timer pending in the zone').to.equal(false);
    await ticked;
    timer.stop();
    // zone.js runs a listener in the zone it was added in: Angular still sees the clock's events.
    expect(listenerZone).to.equal('angular-like');
  });
});
