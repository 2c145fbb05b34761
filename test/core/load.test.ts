import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {FeedError, parseFeed, parseFeedText} from '../../src/core/feed.js';
import {REUSE_FOR_MS, cachedFeed, clearFeedCache} from '../../src/core/cache.js';
import {loadFeed} from '../../src/core/load.js';
import {browserEngine, countFetches, fixture, otherOrigin} from '../helpers.js';

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected a rejection');
};

describe('loadFeed', () => {
  it('loads and parses a feed, resolving URLs against it', async () => {
    const feed = await loadFeed(fixture('page-1.json'));
    expect(feed.items.map((item) => item.id)).to.deep.equal(['p1', 'p2', 'p3']);
    expect(feed.nextUrl).to.equal(fixture('page-2.json'));
  });

  it('accepts a URL relative to the page', async () => {
    const feed = await loadFeed('/test/fixtures/page-2.json');
    expect(feed.items).to.have.length(2);
  });

  it('reads a relative URL against the page\'s <base href>, as fetch and links read it, and parseFeed the feed\'s relative links', async () => {
    const base = document.head.appendChild(Object.assign(document.createElement('base'), {href: fixture('')}));
    try {
      clearFeedCache();
      expect((await loadFeed('page-2.json')).items).to.have.length(2);
      const feed = parseFeed({version: 'https://jsonfeed.org/version/1.1', title: 'Relative', items: [{id: '1', url: 'story.html', title: 'Story'}]});
      expect(feed.items[0].url).to.equal(fixture('story.html'));
      expect((await parseFeedText('<rss version="2.0"><channel><title>R</title><item><title>Story</title><link>story.html</link></item></channel></rss>')).items[0].url).to.equal(fixture('story.html'));
    } finally {
      base.remove();
    }
  });

  it('reads a connection dropped while the body arrives as a network error, and asks again', async () => {
    const key = `dropped-${Math.random().toString(36).slice(2)}`;
    const error = await failure(loadFeed(`/__stall/${key}/test/fixtures/page-1.json?hangup=300`, {retryDelay: 1}));
    const asked = await (await fetch(`/__hits/${key}`)).json();
    // WebKit ends a chunked body whose connection dropped as if it were complete: the half
    // feed is then broken JSON, which is not asked for again.
    if ((await browserEngine()) === 'webkit') expect([error.kind, asked]).to.deep.equal(['syntax', 1]);
    else {
      expect([error.kind, asked], error.message).to.deep.equal(['network', 3]);
      expect(error.message).to.contain('broke off while it was arriving');
    }
  });

  it('reports an HTTP error status', async () => {
    const error = await failure(loadFeed('/__status/404'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('HTTP 404');
  });

  it('reports a response that is an HTML page, not a feed', async () => {
    const error = await failure(loadFeed(fixture('not-json.html')));
    expect(error.kind).to.equal('format');
    // What a wrong address on a server that answers HTML looks like: said as such, not as "XML".
    expect(error.message).to.contain('not-json.html is an HTML page, not a feed: check the address');
  });

  it('reports JSON that is not a feed', async () => {
    const error = await failure(loadFeed(fixture('not-a-feed.json')));
    expect(error.kind).to.equal('format');
  });

  it('reports a server that cannot be reached', async () => {
    const error = await failure(loadFeed('http://127.0.0.1:9/feed.json'));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('Could not reach');
  });

  it('rejects a URL the parser refuses with a network error, never throwing at the call', async () => {
    let outcome: Promise<unknown> | undefined;
    expect(() => (outcome = loadFeed('http://[::1'))).not.to.throw();
    const error = await failure(outcome!);
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('"http://[::1" is not a URL').and.not.contain('absolute');
  });

  it('refuses an address fetch does not read at once, without retries', async () => {
    const {calls} = await countFetches(async () => {
      for (const url of ['ftp://example.com/feed.xml', 'file:///srv/feed.xml', 'javascript:alert(1)']) {
        const error = await failure(loadFeed(url));
        expect(error.kind, url).to.equal('network');
        expect(error.message).to.equal(`"${url}" is no address fetch reads: give an http: or https: one.`);
      }
    });
    expect(calls).to.deep.equal([]);
    // An app's own scheme (Capacitor, an extension, Electron) is its page's: fetch reads it, so it is asked.
    const app = await failure(loadFeed('capacitor://localhost/feeds/latest.json', {retries: 0, timeout: 2_000}));
    expect(app.message).to.not.contain('no address fetch reads');
    const data = `data:application/feed+json,${encodeURIComponent(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{id: '1', title: 'From data:', url: 'https://example.com/1'}]}))}`;
    expect((await loadFeed(data)).items[0].title).to.equal('From data:');
  });

  it('gives up after the timeout', async () => {
    const error = await failure(loadFeed('/__slow/2000/test/fixtures/page-1.json', {timeout: 100}));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not answer within 100 ms');
  });

  it('shares one request between callers of the same URL', async () => {
    const url = fixture('page-1.json');
    const {result, calls} = await countFetches(() => Promise.all([loadFeed(url), loadFeed(url), loadFeed(url)]));
    expect(calls).to.have.length(1);
    expect(result[0]).to.equal(result[2]);
  });

  it('fetches again once the shared request has finished', async () => {
    const url = fixture('page-2.json');
    const {calls} = await countFetches(async () => {
      await loadFeed(url);
      await loadFeed(url);
    });
    expect(calls).to.have.length(2);
  });

  it('reuses the last result for the URL when asked, and only then', async () => {
    const url = fixture('jsonfeed-1.0.json');
    const {result, calls} = await countFetches(async () => {
      const first = await loadFeed(url);
      return [first, await loadFeed(url, {reuse: true}), await loadFeed(url)];
    });
    expect(calls).to.have.length(2);
    expect(result[1]).to.equal(result[0]);
    expect(result[2]).to.not.equal(result[0]);
  });

  it('asks again when the copy it would reuse is older than REUSE_FOR_MS (an element added minutes later, in a single-page app)', async () => {
    const url = fixture(`jsonfeed-1.0.json?aged=${Math.random()}`);
    const clock = sinon.stub(Date, 'now').returns(1_000_000);
    try {
      const {result, calls} = await countFetches(async () => {
        const first = await loadFeed(url);
        clock.returns(1_000_000 + REUSE_FOR_MS - 1);
        const reused = await loadFeed(url, {reuse: true});
        clock.returns(1_000_000 + REUSE_FOR_MS);
        return [first, reused, await loadFeed(url, {reuse: true})];
      });
      expect(calls).to.have.length(2);
      expect(result[1]).to.equal(result[0]);
      expect(result[2]).to.not.equal(result[0]);
      expect(result[2].items).to.deep.equal(result[0].items);
    } finally {
      clock.restore();
      clearFeedCache();
    }
  });

  it('keeps the feed in the feed cache unless asked not to (`store: false`, for the next pages of "Load more")', async () => {
    const url = fixture(`page-2.json?store=${Math.random()}`);
    await loadFeed(url, {store: false});
    expect(cachedFeed(url), 'with store: false').to.equal(undefined);
    await loadFeed(url);
    expect(cachedFeed(url)?.fresh).to.equal(true);
    clearFeedCache();
  });

  it('rejects an aborted caller without failing the others', async () => {
    const url = '/__slow/200/test/fixtures/page-1.json';
    const aborted = new AbortController();
    const first = loadFeed(url, {signal: aborted.signal});
    const second = loadFeed(url);
    aborted.abort();
    const error = await failure(first);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
    expect((await second).items).to.have.length(3);
  });

  it('starts a new request for a caller who comes after everyone else aborted', async () => {
    const url = '/__slow/200/test/fixtures/page-2.json';
    const aborted = new AbortController();
    const first = loadFeed(url, {signal: aborted.signal});
    aborted.abort();
    const late = loadFeed(url);
    await failure(first);
    expect((await late).items).to.have.length(2);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const error = await failure(loadFeed(fixture('page-1.json'), {signal: AbortSignal.abort()}));
    expect((error as unknown as DOMException).name).to.equal('AbortError');
  });
});

describe('loadFeed: retries', () => {
  const key = () => Math.random().toString(36).slice(2);
  const flaky = (failures: number) => `/__flaky/${failures}/${key()}/test/fixtures/page-1.json`;

  it('retries a 5xx with backoff, then succeeds', async () => {
    const url = flaky(2);
    const {result, calls} = await countFetches(() => loadFeed(url, {retryDelay: 1}));
    expect(calls).to.have.length(3);
    expect(result.items).to.have.length(3);
  });

  it('gives up after `retries` further attempts with the last error', async () => {
    const url = flaky(5);
    const {result: error, calls} = await countFetches(() => failure(loadFeed(url, {retryDelay: 1, retries: 2})));
    expect(calls).to.have.length(3);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
  });

  for (const status of [400, 403, 404, 410]) {
    it(`never retries a ${status}`, async () => {
      const {calls} = await countFetches(() => failure(loadFeed(`/__status/${status}`, {retryDelay: 1})));
      expect(calls).to.have.length(1);
    });
  }

  it('never retries a feed that cannot be read', async () => {
    const {calls} = await countFetches(() => failure(loadFeed(fixture('not-a-feed.json'), {retryDelay: 1})));
    expect(calls).to.have.length(1);
  });

  it('retries network errors, waiting twice as long each time', async () => {
    const original = window.fetch;
    const originalSetTimeout = window.setTimeout;
    const delays: number[] = [];
    let failures = 2;
    // While the network is down, the library's one question to the server (a no-cors probe) fails too.
    window.fetch = (input, init) =>
      init?.mode === 'no-cors' ? Promise.reject(new TypeError('Failed to fetch')) : failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init);
    window.setTimeout = ((handler: () => void, ms?: number) => {
      if (ms !== undefined && ms >= 50 && ms < 1_000) delays.push(ms);
      return originalSetTimeout(handler, ms);
    }) as typeof setTimeout;
    try {
      const feed = await loadFeed(fixture('page-2.json'), {retryDelay: 100});
      expect(feed.items).to.have.length(2);
    } finally {
      window.fetch = original;
      window.setTimeout = originalSetTimeout;
    }
    expect(delays).to.have.length(2);
    // 100 ms then 200 ms, each with up to ±25 % jitter.
    expect(delays[0]).to.be.within(75, 125);
    expect(delays[1]).to.be.within(150, 250);
  });

  it('stops waiting to retry as soon as the caller aborts', async () => {
    const aborted = new AbortController();
    // Aborted once the wait before the retry has begun (its timer of about a minute is set), not after a guessed time.
    const originalSetTimeout = window.setTimeout;
    let waiting!: () => void;
    const retryWait = new Promise<void>((resolve) => (waiting = resolve));
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      if (ms !== undefined && ms >= 45_000) waiting();
      return originalSetTimeout(handler, ms, ...rest);
    }) as typeof window.setTimeout;
    try {
      const pending = loadFeed(flaky(9), {signal: aborted.signal, retryDelay: 60_000});
      await retryWait;
      aborted.abort();
      const error = await failure(pending);
      expect((error as unknown as DOMException).name).to.equal('AbortError');
    } finally {
      window.setTimeout = originalSetTimeout;
    }
  });

  it('follows an HTTP Link rel="next" header when the feed gives no next page', async () => {
    const original = window.fetch;
    window.fetch = async () =>
      new Response('[{"id": 1, "title": {"rendered": "Post"}, "link": "https://example.ma/p"}]', {
        headers: {Link: '<https://example.ma/wp-json/wp/v2/posts?page=2>; rel="next", <https://example.ma/wp-json/wp/v2/posts>; rel="first"'},
      });
    try {
      const feed = await loadFeed('/wp-json/wp/v2/posts?_embed&test=link');
      expect(feed.nextUrl).to.equal('https://example.ma/wp-json/wp/v2/posts?page=2');
    } finally {
      window.fetch = original;
    }
  });
});

/** Times the test server saw requests under `key` (the /__count, /__retry-after and /__redirect-loop routes). */
const hits = async (key: string) => (await (await fetch(`/__hits/${key}`)).json()) as number;
const key = () => Math.random().toString(36).slice(2);

describe('loadFeed: reading limits', () => {
  it('stops reading an endless body at maxBytes and says which limit it broke', async () => {
    const error = await failure(loadFeed(`/__endless/${key()}`, {maxBytes: 256 * 1024}));
    expect(error.kind).to.equal('limit');
    expect(error.message).to.contain('larger than 262,144 bytes').and.contain('maxBytes');
  });

  it('refuses an answer whose declared length is past maxBytes without reading it', async () => {
    const error = await failure(loadFeed('/__declared/50000000'));
    expect(error.kind).to.equal('limit');
    expect(error.message).to.contain('2,097,152 bytes');
  });

  it('reads an answer of exactly maxBytes, and fails one byte under it', async () => {
    const size = (await (await fetch(fixture('page-1.json'))).arrayBuffer()).byteLength;
    expect((await loadFeed(fixture('page-1.json'), {maxBytes: size})).items).to.have.length(3);
    expect((await failure(loadFeed(fixture('page-1.json'), {maxBytes: size - 1}))).kind).to.equal('limit');
  });

  it('counts the bytes of an answer that declares no length as they arrive: exactly maxBytes is read, one more is too large', async () => {
    const body = new Uint8Array(await (await fetch(fixture('page-1.json'))).arrayBuffer());
    const original = window.fetch;
    // A streamed answer (chunked, no Content-Length), in two pieces.
    window.fetch = async () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(body.slice(0, 100));
            controller.enqueue(body.slice(100));
            controller.close();
          },
        }),
      );
    try {
      expect((await loadFeed(`/streamed/${key()}`, {maxBytes: body.byteLength})).items).to.have.length(3);
      const error = await failure(loadFeed(`/streamed/${key()}`, {maxBytes: body.byteLength - 1}));
      expect(error.kind).to.equal('limit');
      expect(error.message).to.contain(`larger than ${(body.byteLength - 1).toLocaleString('en')} bytes`);
    } finally {
      window.fetch = original;
    }
  });

  it('shares a request, and the copy it reuses, only with callers reading as many items', async () => {
    const url = `${fixture('page-1.json')}?max-items=${key()}`;
    const [few, all] = await Promise.all([loadFeed(url, {maxItems: 1}), loadFeed(url)]);
    expect([few.items.length, all.items.length]).to.deep.equal([1, 3]);
    expect((await loadFeed(url, {reuse: true})).items).to.have.length(3);
    expect((await loadFeed(url, {maxItems: 1, reuse: true})).items).to.have.length(1);
  });

  it('reads under the default limits when maxBytes or maxDepth is no positive number: a NaN never lifts a limit', async () => {
    for (const maxBytes of [NaN, 0, -1, Infinity]) {
      const error = await failure(loadFeed('/__declared/50000000', {maxBytes}));
      expect(error.kind, String(maxBytes)).to.equal('limit');
      expect(error.message).to.contain('larger than 2,097,152 bytes');
    }
    const deep = await failure(loadFeed(`/__nested/100/nan-depth/test/fixtures/page-1.json`, {maxDepth: NaN}));
    expect(deep.message).to.contain('nested deeper than 64 levels');
  });

  it('refuses JSON nested past maxDepth before parsing it, and reads it when the limit is raised', async () => {
    const original = window.fetch;
    const nested = (depth: number) => `{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Deep", "x": ${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
    window.fetch = async () => new Response(nested(100));
    try {
      const error = await failure(loadFeed(`/deep-${key()}.json`));
      expect(error.kind).to.equal('limit');
      expect(error.message).to.contain('nested deeper than 64 levels').and.contain('maxDepth');
      const feed = await loadFeed(`/deep-${key()}.json`, {maxDepth: 200});
      expect(feed.items[0].title).to.equal('Deep');
    } finally {
      window.fetch = original;
    }
  });

  it('does not count brackets inside strings as nesting', async () => {
    const original = window.fetch;
    window.fetch = async () => new Response(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: `[{"\\\\${'['.repeat(500)}`}]}));
    try {
      expect((await loadFeed(`/brackets-${key()}.json`)).items[0].title).to.match(/^\[\{"\\\\\[+/);
    } finally {
      window.fetch = original;
    }
  });

  it('says a body that stops arriving is a time-out, not broken JSON', async () => {
    const error = await failure(loadFeed(`/__stall/${key()}/test/fixtures/page-1.json`, {timeout: 1500}));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not finish within 1.5 s');
    expect(error.message).to.contain('stopped sending').and.not.contain('JSON');
  });

  it('reads a UTF-16 feed by its byte-order mark instead of calling it invalid JSON', async () => {
    const original = window.fetch;
    const json = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Seize', items: [{id: '1', title: 'Café à Paris'}]});
    const utf16 = new Uint8Array(2 + json.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) utf16.set([json.charCodeAt(i) & 0xff, json.charCodeAt(i) >> 8], 2 + i * 2);
    window.fetch = async () => new Response(utf16, {headers: {'Content-Type': 'application/feed+json; charset=utf-16'}});
    try {
      const outcome = await loadFeed(`/utf16-${key()}.json`).then(
        (feed) => feed.items[0]?.title,
        (error: FeedError) => error.message,
      );
      expect(outcome).to.equal('Café à Paris');
    } finally {
      window.fetch = original;
    }
  });
});

describe('loadFeed: credentials', () => {
  it('shares a request, and the feed cache, only with callers asking with the same credentials', async () => {
    const id = key();
    const url = `/__cookies/${id}`;
    const feeds = await Promise.all([loadFeed(url), loadFeed(url, {credentials: 'omit'}), loadFeed(url, {credentials: 'omit'})]);
    expect(feeds.map((feed) => feed.items[0].title)).to.deep.equal(['Next page', 'Next page', 'Next page']);
    expect(await hits(id)).to.equal(2);
    // The copy read without cookies serves a later caller without them, not one with them.
    await loadFeed(url, {credentials: 'omit', reuse: true});
    expect(await hits(id)).to.equal(2);
    document.cookie = 'news-test-session=1; path=/';
    try {
      await loadFeed(url, {credentials: 'same-origin'});
      expect(await hits(id)).to.equal(3);
      expect(await (await fetch(`/__cookies-seen/${id}`)).json()).to.contain('news-test-session=1');
      await loadFeed(url, {credentials: 'omit'});
      expect(await (await fetch(`/__cookies-seen/${id}`)).json()).to.equal(null);
    } finally {
      document.cookie = 'news-test-session=; path=/; max-age=0';
    }
  });
});

describe('loadFeed: the Content-Language header', () => {
  const serve = async (body: string, language: string) => {
    const original = window.fetch;
    window.fetch = async () => new Response(body, {headers: {'Content-Language': language}});
    try {
      return await loadFeed(`/language-${key()}.json`);
    } finally {
      window.fetch = original;
    }
  };
  const json = (language?: string) =>
    JSON.stringify({version: 'https://jsonfeed.org/version/1.1', language, items: [{id: '1', title: 'One'}, {id: '2', title: 'Deux', language: 'fr'}]});

  it('is the language of a feed that names none, and of its items that name none', async () => {
    const feed = await serve(json(), 'ar-MA');
    expect([feed.language, feed.items[0].language, feed.items[1].language]).to.deep.equal(['ar-MA', 'ar-MA', 'fr']);
  });
  it('never overrides the language a feed names, and a list of several languages names none', async () => {
    expect((await serve(json('es'), 'ar')).language).to.equal('es');
    expect((await serve(json(), 'ar, fr')).language).to.equal(undefined);
  });
});

describe('loadFeed: retries with manners', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });
  /** Delays of the fake timers now pending, in ms (fake-timers keeps them in a Map). */
  const pendingDelays = () => [...((clock as unknown as {timers?: Map<number, {callAt: number}>}).timers?.values() ?? [])].map((timer) => timer.callAt - clock!.now);
  /** Resolves when `condition` holds, checked once per animation frame (never faked here). */
  const frameUntil = async (condition: () => boolean | Promise<boolean>) => {
    while (!(await condition())) await new Promise(requestAnimationFrame);
  };

  for (const [label, value] of [
    ['seconds', '2'],
    ['an HTTP date', 'date-2'],
  ]) {
    it(`waits for Retry-After given as ${label}, not the shorter backoff, before asking again`, async () => {
      clock = sinon.useFakeTimers({now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date']});
      const id = key();
      const loading = loadFeed(`/__retry-after/${value}/${id}/test/fixtures/page-1.json`, {retryDelay: 10});
      // The 503 has been read once the only pending timer is the wait before the retry.
      await frameUntil(() => pendingDelays().length === 1 && pendingDelays()[0] < 15_000);
      // An HTTP date has whole seconds and the server writes it a few real milliseconds after
      // the faked clock froze: the wait is 1–2 s, plus those milliseconds.
      expect(pendingDelays()[0]).to.be.within(value === '2' ? 2_000 : 1_000, value === '2' ? 2_000 : 2_500);
      await clock.tickAsync(pendingDelays()[0] - 5);
      expect(await hits(id)).to.equal(1);
      await clock.tickAsync(5);
      clock.restore();
      expect((await loading).items).to.have.length(3);
      expect(await hits(id)).to.equal(2);
    });
  }

  it('gives up at once when Retry-After is longer than the timeout, and says so', async () => {
    const id = key();
    const error = await failure(loadFeed(`/__retry-after/3600/${id}/test/fixtures/page-1.json`, {retryDelay: 1}));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.message).to.contain('asked to wait 3600 s');
    expect(await hits(id)).to.equal(1);
  });

  it('does not retry a redirect loop: one browser-followed chain and one probe, not three chains', async () => {
    const id = key();
    const error = await failure(loadFeed(`/__redirect-loop/${id}`, {retryDelay: 1}));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('redirects in a loop');
    // The browser follows 20 redirects (21 requests) before it gives up; the probe is one more.
    expect(await hits(id)).to.equal(22);
  });

  it('does not retry a CORS refusal, and says it was CORS', async () => {
    const id = key();
    // The same test server under another host name is another origin, which sends no CORS headers.
    const elsewhere = await otherOrigin(`/__count/${id}/test/fixtures/page-1.json`);
    const error = await failure(loadFeed(elsewhere.href, {retryDelay: 1}));
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('does not allow this page to read it (CORS');
    // The request and the probe; without the probe's answer it would have been 3 requests.
    expect(await hits(id)).to.equal(2);
  });

  it('never retries a 429 that does not say when to come back', async () => {
    const {calls} = await countFetches(() => failure(loadFeed('/__status/429', {retryDelay: 1})));
    expect(calls).to.have.length(1);
  });
});
