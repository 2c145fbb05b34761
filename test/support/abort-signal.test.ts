// The support floor (README, "Browser support"): Safari 16.4–17.3 and Chrome 111–115 have no
// AbortSignal.any. Without it (and without AbortSignal.timeout) feeds and the weather still
// load, time out and abort as they should — not with a misleading network/CORS error.
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import {FeedError} from '../../src/core/feed.js';
import {loadFeed} from '../../src/core/load.js';
import {loadWeather, WeatherError} from '../../src/core/weather.js';
import {deadline} from '../../src/core/signals.js';
import '../../src/components/news-feed/news-feed.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {fixture} from '../helpers.js';

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as FeedError & WeatherError;
  }
  throw new Error('expected a failure');
};

describe('without AbortSignal.any and AbortSignal.timeout (Safari < 17.4, Chrome < 116)', () => {
  const saved = {any: AbortSignal.any, timeout: AbortSignal.timeout};
  before(() => {
    delete (AbortSignal as Partial<typeof AbortSignal>).any;
    delete (AbortSignal as Partial<typeof AbortSignal>).timeout;
    expect(AbortSignal.any).to.equal(undefined);
    expect(AbortSignal.timeout).to.equal(undefined);
  });
  after(() => Object.assign(AbortSignal, saved));

  it('loads a feed', async () => {
    const feed = await loadFeed(fixture('jsonfeed-1.1.json'));
    expect(feed.items.length).to.be.greaterThan(0);
  });

  it('<news-feed> shows the feed, not an error', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src=${fixture('page-1.json')}></news-feed>`);
    await waitUntil(() => el.shadowRoot!.querySelector('news-article-card'), 'no card rendered', {timeout: 5000});
    expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
  });

  it('a slow feed fails with a timeout error', async () => {
    const error = await failure(loadFeed('/__slow/2000/test/fixtures/page-1.json', {timeout: 100, retries: 0}));
    expect(error.kind).to.equal('timeout');
  });

  it('the caller’s signal still aborts a load, with its reason', async () => {
    const controller = new AbortController();
    const pending = loadFeed('/__slow/2000/test/fixtures/page-2.json', {signal: controller.signal, reuse: false});
    controller.abort(new Error('left the page'));
    expect((await failure(pending)).message).to.equal('left the page');
  });

  it('loads the weather and times it out', async () => {
    expect((await loadWeather(fixture('weather-celsius.json'))).temperature).to.be.a('number');
    const error = await failure(loadWeather('/__slow/2000/test/fixtures/weather-celsius.json', {timeout: 100}));
    expect(error.kind).to.equal('timeout');
  });

  it('deadline() expires with a TimeoutError, aborts with its caller, and aborts what is left at end()', () => {
    // On a fake clock: "the timer never struck" is known, not waited for.
    const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    try {
      const expiring = deadline(new AbortController().signal, 20);
      clock.tick(19);
      expect(expiring.signal.aborted, 'before its time').to.equal(false);
      clock.tick(1);
      expect(expiring.timer.aborted).to.equal(true);
      expect((expiring.signal.reason as DOMException).name).to.equal('TimeoutError');

      const caller = new AbortController();
      const leftBehind = deadline(caller.signal, 20);
      caller.abort('let go');
      expect(leftBehind.signal.reason).to.equal('let go');
      const gone = new AbortController();
      gone.abort('already');
      expect(deadline(gone.signal, 20).signal.reason, 'a caller that let go before').to.equal('already');

      const ended = deadline(new AbortController().signal, 20);
      ended.end();
      expect((ended.signal.reason as DOMException).name, 'end() aborts what still runs under it').to.equal('AbortError');
      expect(clock.countTimers(), 'the timers were cleared when the caller let go and at end()').to.equal(0);
      clock.tick(1000);
      expect(leftBehind.timer.aborted).to.equal(false);
      expect(ended.timer.aborted).to.equal(false);
      expect((ended.signal.reason as DOMException).name, 'and never strikes after it').to.equal('AbortError');
      expiring.end();
      expect((expiring.signal.reason as DOMException).name, 'end() after a time-out keeps its reason').to.equal('TimeoutError');
    } finally {
      clock.restore();
    }
  });
});
