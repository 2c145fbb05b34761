import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/news-feed/news-feed.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {FEED_CACHE_PREFIX, STORED_FEED_PREFIX, REUSE_FOR_MS, clearFeedCache} from '../../src/core/cache.js';
import {countEvents, countFetches, eventOnce, textOf, useLocale} from '../helpers.js';
import {headlines, settled as settle} from '../harness/list.js';
import {$} from '../harness/shadow.js';

const unique = () => Math.random().toString(36).slice(2);
/** The part of what has focus in the feed's shadow root (compared as text: chai would print a whole element). */
const focusedPart = (el: HTMLElement) => el.shadowRoot!.activeElement?.getAttribute('part') ?? String(el.shadowRoot!.activeElement);
/**
 * News feeds with `props`, connected only after `listen` has attached its listeners, so an
 * event fired during the first load can never be missed (a fixture awaited first can be
 * slower than a fast fixture feed on a busy machine).
 */
function connectFeeds<T>(count: number, props: Partial<NewsFeedElement>, listen: (feeds: NewsFeedElement[]) => T) {
  const feeds = Array.from({length: count}, () => Object.assign(document.createElement('news-feed'), props));
  const result = listen(feeds);
  const wrapper = document.createElement('div');
  wrapper.append(...feeds);
  document.body.append(wrapper);
  connected.push(wrapper);
  return {feeds, result};
}
const connected: HTMLElement[] = [];
/** A connected `<news-feed>` for `props`, once its feed has loaded. */
async function loadedFeed(props: Partial<NewsFeedElement>): Promise<NewsFeedElement> {
  const {
    feeds: [el],
    result: loaded,
  } = connectFeeds(1, props, ([feed]) => eventOnce(feed, 'news-feed-load'));
  await loaded;
  return el;
}
const absolute = (path: string) => new URL(path, location.href).href;
/** What an earlier visit to the page left in storage for `path`. */
const seed = (path: string, titles: string[]) =>
  localStorage.setItem(
    `${STORED_FEED_PREFIX}${absolute(path)}`,
    `${Date.now() - 3_600_000}\n${JSON.stringify({items: titles.map((title, i) => ({id: `c${i}`, title, url: `https://example.com/c${i}`, authors: [], tags: []}))})}`,
  );

/** Fake timers and clock (not the network), so a test can move time on and see what is requested. */
const fakeTimers = () => sinon.useFakeTimers({now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']});

/** The requests made while `clock` moves `ms` on and `el` loads its feed again. */
const pollAfter = (el: Element, clock: sinon.SinonFakeTimers, ms: number) =>
  countFetches(async () => {
    const again = eventOnce(el, 'news-feed-load');
    await clock.tickAsync(ms);
    await again;
  });

/** A `<news-feed refresh="60">` on the fixture `file` under a query of its own (`?name=…`: nothing cached), once it has loaded. */
async function pollingFeed(file: string, name: string) {
  const src = `/test/fixtures/${file}?${name}=${unique()}`;
  const {
    feeds: [el],
    result,
  } = connectFeeds(1, {src, refresh: 60}, ([feed]) => eventOnce(feed, 'news-feed-load'));
  await result;
  return {el, src};
}

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<news-feed> network and cache', () => {
  afterEach(() => {
    connected.splice(0).forEach((wrapper) => wrapper.remove());
    delete (document as {hidden?: boolean}).hidden;
    clearFeedCache();
  });

  it('shows the copy from an earlier visit at once, then the fresh feed (news-feed-load for the fresh one only)', async () => {
    const src = `/__slow/400/test/fixtures/page-1.json?swr=${unique()}`;
    seed(src, ['Cached headline']);
    const loads = countEvents(document, 'news-feed-load');
    const el = await render<NewsFeedElement>(html`<news-feed src=${src}></news-feed>`);
    const fresh = eventOnce(el, 'news-feed-load');
    await settle(el);
    expect($(el, '[aria-busy="true"]')).to.equal(null);
    expect(headlines(el)).to.deep.equal(['Cached headline']);
    expect(loads.count, 'news-feed-load for the stored copy').to.equal(0);
    await fresh;
    loads.stop();
    expect(loads.count).to.equal(1);
    await settle(el);
    expect(headlines(el)).to.deep.equal(['Page one, first', 'Page one, second', 'Page one, third']);
  });

  it('shows a copy this page loaded more than REUSE_FOR_MS ago at once, then asks again (a list added later in a single-page app)', async () => {
    const src = `/__slow/400/test/fixtures/page-1.json?aged=${unique()}`;
    const titles = ['Page one, first', 'Page one, second', 'Page one, third'];
    await loadedFeed({src});
    const realNow = Date.now.bind(Date);
    const clock = sinon.stub(Date, 'now').callsFake(() => realNow() + REUSE_FOR_MS);
    try {
      const {calls} = await countFetches(async () => {
        const {
          feeds: [el],
          result: loaded,
        } = connectFeeds(1, {src}, ([feed]) => eventOnce<{feed: {items: {title: string}[]}}>(feed, 'news-feed-load'));
        await settle(el);
        expect(headlines(el), 'the copy, at once').to.deep.equal(titles);
        // The request made again answers (the load event fires for a fresh answer only, not the copy).
        const {detail} = await loaded;
        expect(detail.feed.items.map((item) => item.title)).to.deep.equal(titles);
        await settle(el);
        expect(headlines(el)).to.deep.equal(titles);
      });
      expect(calls, 'asked again').to.have.length(1);
    } finally {
      clock.restore();
    }
  });

  it('keeps the last good content when the refresh fails', async () => {
    const src = `/__status/403?keep=${unique()}`;
    seed(src, ['Still here']);
    const {
      feeds: [el],
      result: failed,
    } = connectFeeds(1, {src}, ([feed]) => eventOnce<{error: {kind: string}}>(feed, 'news-feed-error'));
    const {detail} = await failed;
    expect(detail.error.kind).to.equal('http');
    await settle(el);
    expect(headlines(el)).to.deep.equal(['Still here']);
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  for (const status of [404, 410]) {
    it(`drops an earlier visit’s copy of a feed that is gone (${status}): every element showing it shows the error, and no later visit the copy`, async () => {
      const src = `/__status/${status}?gone=${unique()}`;
      seed(src, ['Old news']);
      const {feeds, result: failed} = connectFeeds(2, {src}, (all) => Promise.all(all.map((feed) => eventOnce(feed, 'news-feed-error'))));
      await failed;
      for (const el of feeds) {
        await settle(el);
        expect(headlines(el)).to.deep.equal([]);
        expect(textOf($(el, '[role="alert"]'))).to.contain(`(error ${status})`);
      }
      expect(localStorage.getItem(`${STORED_FEED_PREFIX}${absolute(src)}`), 'the stored copy').to.equal(null);
    });
  }

  it('drops the next page "Load more" is reading when the copy from an earlier visit turns out gone (404): the error alone', async () => {
    const src = absolute(`/feeds/gone-${unique()}.json`);
    const next = absolute(`/feeds/gone-${unique()}-2.json`);
    const items = ['Old one', 'Old two'].map((title, i) => ({id: `c${i}`, title, url: `https://example.com/c${i}`, authors: [], tags: []}));
    localStorage.setItem(`${STORED_FEED_PREFIX}${src}`, `${Date.now() - 3_600_000}\n${JSON.stringify({nextUrl: next, items})}`);
    // Every request waits for the test's answer; an aborted one fails.
    const requests = new Map<string, {answer: (response: Response) => void; signal: AbortSignal}>();
    const fetch = sinon.stub(window, 'fetch').callsFake(
      (input, init) =>
        new Promise<Response>((answer, fail) => {
          const signal = init!.signal!;
          requests.set(String(input), {answer, signal});
          signal.addEventListener('abort', () => fail(signal.reason));
        }),
    );
    try {
      const {
        feeds: [el],
      } = connectFeeds(1, {src, limit: 2}, () => undefined);
      await settle(el);
      expect(headlines(el)).to.deep.equal(['Old one', 'Old two']);
      ($(el, '[part="load-more"]') as HTMLButtonElement).click();
      await waitUntil(() => requests.has(src) && requests.has(next), 'the feed and its next page were not both asked for');
      const failed = eventOnce(el, 'news-feed-error');
      requests.get(src)!.answer(new Response('gone', {status: 404}));
      await failed;
      expect(requests.get(next)!.signal.aborted, 'the next page\'s request aborted').to.equal(true);
      requests.get(next)!.answer(new Response(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: 'n', title: 'Next page'}]})));
      await settle(el);
      expect(headlines(el)).to.deep.equal([]);
      expect(textOf($(el, '[role="alert"]'))).to.contain('(error 404)');
      expect($(el, '[part="load-more"]')).to.equal(null);
    } finally {
      fetch.restore();
    }
  });

  it('shows the skeleton and then the error when nothing was cached', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/__status/404?nothing"></news-feed>`);
    expect($(el, '[aria-busy="true"]')).to.not.equal(null);
    await eventOnce(el, 'news-feed-error');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).to.not.equal(null);
  });

  it('leaves an error on screen as it is through a refresh: not redrawn, announced again or unfocused', async () => {
    const {
      feeds: [el],
      result: failed,
    } = connectFeeds(1, {src: `/__status/404?refresh=${unique()}`, refresh: 1}, ([feed]) => eventOnce(feed, 'news-feed-error'));
    await failed;
    await settle(el);
    const alert = $(el, '[role="alert"]');
    const button = $(el, '[part="retry"]') as HTMLButtonElement;
    button.focus();
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!, {childList: true, characterData: true, subtree: true});
    // The next refresh fails as the first load did.
    const {calls} = await countFetches(() => eventOnce(el, 'news-feed-error'));
    await settle(el);
    observer.disconnect();
    expect(calls).to.have.length(1);
    const described = changes.map(({type, target, addedNodes}) => `${type} in ${target.nodeName}: ${[...addedNodes].map((node) => node.nodeName).join(' ')}`);
    expect(described, 'no skeleton, no new alert').to.deep.equal([]);
    expect($(el, '[role="alert"]') === alert, 'the same alert').to.equal(true);
    expect(el.shadowRoot!.activeElement === button, 'focus on the same Retry').to.equal(true);
  });

  it('puts focus back on Retry when the reader retried and it failed again', async () => {
    const {
      feeds: [el],
      result: first,
    } = connectFeeds(1, {src: `/__status/404?again=${unique()}`}, ([feed]) => eventOnce(feed, 'news-feed-error'));
    await first;
    await settle(el);
    const button = $(el, '[part="retry"]') as HTMLButtonElement;
    button.focus();
    const failed = eventOnce(el, 'news-feed-error');
    button.click();
    await failed;
    await settle(el);
    expect(focusedPart(el)).to.equal('retry');
  });

  it('moves focus to the first card when the reader retried and the articles came', async () => {
    // Three failures (a request and its two retries), then the feed.
    const {
      feeds: [el],
      result: first,
    } = connectFeeds(1, {src: `/__flaky/3/${unique()}/test/fixtures/page-1.json`}, ([feed]) => eventOnce(feed, 'news-feed-error'));
    await first;
    await settle(el);
    ($(el, '[part="retry"]') as HTMLButtonElement).focus();
    const loaded = eventOnce(el, 'news-feed-load');
    ($(el, '[part="retry"]') as HTMLButtonElement).click();
    await loaded;
    await settle(el);
    expect(headlines(el)[0]).to.equal('Page one, first');
    expect(focusedPart(el)).to.equal('card');
    expect(el.shadowRoot!.activeElement === $(el, 'news-article-card'), 'focus on the first card').to.equal(true);
  });

  it('retries a server error before showing anything wrong', async () => {
    const el = document.createElement('news-feed');
    el.src = `/__flaky/1/${unique()}/test/fixtures/page-2.json`;
    const {result, calls} = await countFetches(async () => {
      const loaded = eventOnce(el, 'news-feed-load');
      document.body.append(el);
      return loaded;
    });
    expect(calls).to.have.length(2);
    expect(result.detail).to.have.property('feed');
    await settle(el);
    expect(headlines(el)).to.deep.equal(['Page one, third', 'Page two, first']);
    el.remove();
  });

  const before: [string, Partial<NewsFeedElement>][] = [
    ['a src', {src: `/test/fixtures/page-1.json?before=${unique()}`}],
    ['a feed given as `feed`', {feed: {items: [{id: 'g', title: 'Given', url: 'https://example.com/g', authors: [], tags: []}]}}],
  ];
  for (const [shown, from] of before) {
    it(`given another src after ${shown}, shows the skeleton while it loads, then its error alone: never the articles shown before`, async () => {
      const {
        feeds: [el],
        result: loaded,
      } = connectFeeds(1, from, ([feed]) => (from.feed ? Promise.resolve() : eventOnce(feed, 'news-feed-load')));
      await loaded;
      await settle(el);
      expect(headlines(el)).to.have.length.above(0);
      const failed = eventOnce(el, 'news-feed-error');
      Object.assign(el, {feed: undefined, src: `/__status/404?after=${unique()}`});
      await el.updateComplete;
      expect($(el, '[aria-busy="true"]'), 'the skeleton').to.not.equal(null);
      expect(headlines(el), 'while it loads').to.deep.equal([]);
      await failed;
      await settle(el);
      expect(headlines(el), 'under its error').to.deep.equal([]);
      expect(textOf($(el, '[role="alert"]'))).to.contain('(error 404)');
      expect($(el, '[part="load-more"]')).to.equal(null);
    });
  }

  it('keeps the address a relative src resolved to when it was set, as an img does, though the app moves to another path', async () => {
    const start = location.href;
    const src = `test/fixtures/page-1.json?relative=${unique()}`;
    const witness = absolute(`/test/fixtures/page-2.json?witness=${unique()}`);
    try {
      const el = await loadedFeed({src});
      await settle(el);
      const shown = headlines(el);
      const {calls} = await countFetches(async () => {
        history.pushState(null, '', '/spa/section/story');
        // Any update: a locale switch, a property the app sets, a reconnection.
        el.requestUpdate();
        await el.updateComplete;
        // A request the update started has reached fetch before a feed connected after it has loaded.
        await connectFeeds(1, {src: witness}, ([feed]) => eventOnce(feed, 'news-feed-load')).result;
      });
      expect(calls, 'requests').to.deep.equal([witness]);
      await settle(el);
      expect(headlines(el)).to.deep.equal(shown);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('fills a relative src\'s {lang} in at the address it resolved to when it was set, after the app moved to another path (helper-103)', async () => {
    const start = location.href;
    const src = `test/fixtures/lang-{lang}.json?relative=${unique()}`;
    try {
      const el = await loadedFeed({src});
      history.pushState(null, '', '/spa/section/story');
      const {calls} = await countFetches(async () => {
        // Loaded or not (the old code asked for /spa/section/…, a 404): the test fails on its requests, not on a time-out.
        const french = Promise.race([eventOnce(el, 'news-feed-load'), eventOnce(el, 'news-feed-error')]);
        await useLocale('fr');
        await french;
      });
      expect(calls.map((url) => new URL(url).pathname), 'requests').to.deep.equal(['/test/fixtures/lang-fr.json']);
    } finally {
      await useLocale('en');
      history.replaceState(null, '', start);
    }
  });

  it('aborts the request of a replaced src and of a removed element', async () => {
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    window.fetch = (input, init) => (signals.push(init!.signal!), original(input, init));
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/__slow/2000/test/fixtures/page-1.json?a=${unique()}"></news-feed>`);
      el.src = `/__slow/2000/test/fixtures/page-2.json?b=${unique()}`;
      await el.updateComplete;
      expect(signals).to.have.length(2);
      expect(signals[0].aborted).to.equal(true);
      expect(signals[1].aborted).to.equal(false);
      el.remove();
      // At the end of the task that removed it: one moved (out and back in) keeps its request.
      await Promise.resolve();
      expect(signals[1].aborted).to.equal(true);
    } finally {
      window.fetch = original;
    }
  });

  it('keeps its request going when moved in the page while it loads: one request, not a second one after an abort', async () => {
    const src = `/__slow/300/test/fixtures/page-1.json?moving=${unique()}`;
    const {calls} = await countFetches(async () => {
      const {
        feeds: [el],
        result: loaded,
      } = connectFeeds(1, {src}, ([feed]) => eventOnce(feed, 'news-feed-load'));
      await el.updateComplete;
      const sidebar = document.body.appendChild(document.createElement('div'));
      connected.push(sidebar);
      // A theme script moving the widget into its sidebar, a keyed list reordering: out and back in one task.
      sidebar.append(el);
      el.parentElement!.prepend(el);
      await loaded;
      await settle(el);
      expect(headlines(el)).to.deep.equal(['Page one, first', 'Page one, second', 'Page one, third']);
    });
    expect(calls).to.deep.equal([absolute(src)]);
  });

  it('polls with one request for all elements with the same URL, and stops when they are removed', async () => {
    const clock = fakeTimers();
    try {
      const src = `/test/fixtures/page-1.json?poll=${unique()}`;
      const {
        feeds: [a, b],
        result: loaded,
      } = connectFeeds(2, {src, refresh: 60}, (feeds) => Promise.all(feeds.map((feed) => eventOnce(feed, 'news-feed-load'))));
      await loaded;
      const early = await countFetches(() => clock.tickAsync(59_000));
      expect(early.calls).to.deep.equal([]);
      const {calls} = await countFetches(async () => {
        const both = Promise.all([eventOnce(a, 'news-feed-load'), eventOnce(b, 'news-feed-load')]);
        await clock.tickAsync(1_000);
        await both;
      });
      expect(calls).to.deep.equal([absolute(src)]);
      a.remove();
      const one = await pollAfter(b, clock, 60_000);
      expect(one.calls).to.deep.equal([absolute(src)]);
      b.remove();
      const none = await countFetches(() => clock.tickAsync(180_000));
      expect(none.calls).to.deep.equal([]);
    } finally {
      clock.restore();
    }
  });

  it('polls a URL shown by elements of different refresh at the shortest of them', async () => {
    const clock = fakeTimers();
    try {
      const src = `/test/fixtures/page-1.json?poll=${unique()}`;
      const first = (feeds: NewsFeedElement[]) => eventOnce(feeds[0], 'news-feed-load');
      const {feeds: [seldom], result: seldomLoaded} = connectFeeds(1, {src, refresh: 600}, first);
      const {feeds: [often], result: oftenLoaded} = connectFeeds(1, {src, refresh: 60}, first);
      await Promise.all([seldomLoaded, oftenLoaded]);
      const both = Promise.all([eventOnce(often, 'news-feed-load'), eventOnce(seldom, 'news-feed-load')]);
      const {calls} = await countFetches(() => clock.tickAsync(60_000));
      expect(calls).to.deep.equal([absolute(src)]);
      await both;
    } finally {
      clock.restore();
    }
  });

  it('pauses polling while the page is hidden and catches up when it is shown again', async () => {
    const clock = fakeTimers();
    try {
      const {el, src} = await pollingFeed('page-2.json', 'hidden');
      setHidden(true);
      // Longer than `refresh`: nothing is requested while hidden…
      const hidden = await countFetches(() => clock.tickAsync(150_000));
      expect(hidden.calls).to.deep.equal([]);
      // …and the missed refresh happens as soon as the page is visible.
      const {calls} = await countFetches(async () => {
        const again = eventOnce(el, 'news-feed-load');
        setHidden(false);
        await again;
      });
      expect(calls).to.deep.equal([absolute(src)]);
      // Then every `refresh` again.
      const next = await pollAfter(el, clock, 60_000);
      expect(next.calls).to.have.length(1);
    } finally {
      clock.restore();
    }
  });

  it('keeps its refresh time when moved in the page, polling once an interval however often it moves', async () => {
    const clock = fakeTimers();
    try {
      const {el, src} = await pollingFeed('page-1.json', 'moved');
      const home = el.parentElement!;
      const sidebar = document.body.appendChild(document.createElement('div'));
      connected.push(sidebar);
      // A layout that moves the feed between two containers every 19 s: nothing to refresh yet…
      const moving = await countFetches(async () => {
        for (const target of [sidebar, home, sidebar]) {
          await clock.tickAsync(19_000);
          target.append(el);
        }
      });
      expect(moving.calls).to.deep.equal([]);
      // …and the refresh comes 60 s after the load all the same, once.
      const again = eventOnce(el, 'news-feed-load');
      const due = await countFetches(() => clock.tickAsync(3_000));
      expect(due.calls).to.deep.equal([absolute(src)]);
      await again;
      // Three moves left one poll, not one per move.
      const next = await pollAfter(el, clock, 60_000);
      expect(next.calls).to.deep.equal([absolute(src)]);
    } finally {
      clock.restore();
    }
  });

  it('refreshes at once, once, when put back after longer than `refresh` away', async () => {
    const clock = fakeTimers();
    try {
      const {el, src} = await pollingFeed('page-1.json', 'away');
      const home = el.parentElement!;
      el.remove();
      const away = await countFetches(() => clock.tickAsync(300_000));
      expect(away.calls, 'nothing while away').to.deep.equal([]);
      const again = eventOnce(el, 'news-feed-load');
      const back = await countFetches(async () => {
        home.append(el);
        await clock.tickAsync(0);
      });
      expect(back.calls).to.deep.equal([absolute(src)]);
      await again;
      const next = await countFetches(() => clock.tickAsync(59_000));
      expect(next.calls, 'the next one a full interval later').to.deep.equal([]);
    } finally {
      clock.restore();
    }
  });

  it('keeps the articles "Load more" brought through a refresh', async () => {
    // Time also passes as it does outside (for waitUntil), and jumps on where the test says.
    const clock = sinon.useFakeTimers({now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], shouldAdvanceTime: true});
    try {
      const src = `/test/fixtures/page-1.json?more=${unique()}`;
      const {
        feeds: [el],
        result: loaded,
      } = connectFeeds(1, {src, refresh: 60, limit: 3}, ([feed]) => eventOnce(feed, 'news-feed-load'));
      await loaded;
      await settle(el);
      const more = () => $(el, '[part="load-more"]') as HTMLButtonElement | null;
      more()!.click();
      await waitUntil(() => headlines(el).length === 4, 'the next page never came');
      const read = ['Page one, first', 'Page one, second', 'Page one, third', 'Page two, first'];
      expect(headlines(el)).to.deep.equal(read);
      expect(more(), 'the last page').to.equal(null);
      const refreshed = eventOnce(el, 'news-feed-load');
      await clock.tickAsync(60_000);
      await refreshed;
      await settle(el);
      expect(headlines(el), 'after the refresh').to.deep.equal(read);
      expect(more(), 'after the refresh').to.equal(null);
    } finally {
      clock.restore();
    }
  });

  it('stores the first page only: not the pages "Load more" brings, which nothing reads back', async () => {
    const src = `/test/fixtures/page-1.json?first=${unique()}`;
    const stored = () => Object.keys(localStorage).filter((key) => key.startsWith(FEED_CACHE_PREFIX));
    const {
      feeds: [el],
      result: loaded,
    } = connectFeeds(1, {src, limit: 3}, ([feed]) => eventOnce(feed, 'news-feed-load'));
    await loaded;
    await settle(el);
    expect(stored()).to.deep.equal([`${STORED_FEED_PREFIX}${absolute(src)}`]);
    ($(el, '[part="load-more"]') as HTMLButtonElement).click();
    await waitUntil(() => headlines(el).length === 4, 'the next page never came');
    expect(stored()).to.deep.equal([`${STORED_FEED_PREFIX}${absolute(src)}`]);
  });

  it('requests nothing for an element removed before its first load, and loads when it is back', async () => {
    const src = `/test/fixtures/page-1.json?gone=${unique()}`;
    const el = Object.assign(document.createElement('news-feed'), {src, refresh: 30});
    const witness = `/test/fixtures/page-2.json?witness=${unique()}`;
    const gone = await countFetches(async () => {
      const clock = fakeTimers();
      try {
        document.body.append(el);
        el.remove();
        // Its first update runs while it is out of the document; a load put off to a timer (its
        // refresh, or a deferred start) runs when every timer it left has.
        await el.updateComplete;
        await clock.runAllAsync();
      } finally {
        clock.restore();
      }
      // A load the update started has reached fetch (its path: the network module, then fetch)
      // before a feed connected after it has loaded.
      const {result} = connectFeeds(1, {src: witness}, ([feed]) => eventOnce(feed, 'news-feed-load'));
      await result;
    });
    expect(gone.calls).to.deep.equal([absolute(witness)]);
    const back = await countFetches(async () => {
      const loaded = eventOnce(el, 'news-feed-load');
      document.body.append(el);
      await loaded;
    });
    expect(back.calls).to.deep.equal([absolute(src)]);
    el.remove();
  });

  it('removed before its first load, then the language switched while it is away: back, it loads the new language\'s feed, never the old one\'s (helper-161)', async () => {
    const src = `/test/fixtures/lang-{lang}.json?away=${unique()}`;
    await useLocale('fr');
    try {
      // A list on the page has the French feed: a copy the one away could take up at once.
      const {result} = connectFeeds(1, {src}, ([feed]) => eventOnce(feed, 'news-feed-load'));
      await result;
      const el = Object.assign(document.createElement('news-feed'), {src});
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      await useLocale('ar');
      const languages: (string | undefined)[] = [];
      el.addEventListener('news-feed-load', (event) => languages.push(event.detail.feed.language));
      const {calls} = await countFetches(async () => {
        const loaded = eventOnce(el, 'news-feed-load');
        document.body.append(el);
        connected.push(el);
        await loaded;
        await settle(el);
      });
      expect(languages, 'the feeds it said it loaded').to.deep.equal(['ar']);
      expect(headlines(el)).to.deep.equal(['قصة عربية']);
      expect(calls.map((url) => new URL(url).pathname), 'requests').to.deep.equal(['/test/fixtures/lang-ar.json']);
    } finally {
      await useLocale('en');
    }
  });

  it('one of two lists with one src taken off while the feed loads, and put back once it has: the feed at once, no second request (helper-161)', async () => {
    const src = `/__slow/300/test/fixtures/page-1.json?back=${unique()}`;
    const {calls} = await countFetches(async () => {
      const {
        feeds: [a, b],
      } = connectFeeds(2, {src}, () => undefined);
      await a.updateComplete;
      const parent = a.parentElement!;
      a.remove();
      await eventOnce(b, 'news-feed-load');
      parent.prepend(a);
      await a.updateComplete;
      expect(!!$(a, '[aria-busy="true"]'), 'its loading skeleton').to.equal(false);
      await settle(a);
      expect(headlines(a)).to.deep.equal(['Page one, first', 'Page one, second', 'Page one, third']);
    });
    expect(calls).to.deep.equal([absolute(src)]);
  });

  it('does not poll a feed given as a property', async () => {
    const clock = fakeTimers();
    try {
      const el = await render<NewsFeedElement>(html`<news-feed refresh="60" .feed=${{items: [{id: '1', title: 'Given', authors: [], tags: []}]}}></news-feed>`);
      await settle(el);
      expect(headlines(el)).to.deep.equal(['Given']);
      const {calls} = await countFetches(() => clock.tickAsync(180_000));
      expect(calls).to.deep.equal([]);
    } finally {
      clock.restore();
    }
  });

  it('shows an error state, not a broken page, for a feed property of the wrong shape', async () => {
    for (const feed of [{items: 'nope'}, {items: [null, 5, {title: {}}]}, 'text', 42]) {
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${feed as never}></news-feed>`);
      await settle(el);
      expect(textOf(el.shadowRoot)).to.contain('No articles yet');
      el.remove();
    }
  });
});
