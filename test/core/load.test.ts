import {expect} from '@open-wc/testing';
import {FeedError} from '../../src/core/feed.js';
import {loadFeed} from '../../src/core/load.js';
import {countFetches, fixture} from '../helpers.js';

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

  it('reports an HTTP error status', async () => {
    const error = await failure(loadFeed('/__status/404'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.message).to.contain('HTTP 404');
  });

  it('reports a response that is an HTML page, not a feed', async () => {
    const error = await failure(loadFeed(fixture('not-json.html')));
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('neither RSS nor Atom').and.contain('<html>');
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

  it('gives up after the timeout', async () => {
    const error = await failure(loadFeed('/__slow/2000/test/fixtures/page-1.json', {timeout: 100}));
    expect(error.kind).to.equal('timeout');
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
    window.fetch = (input, init) => (failures-- > 0 ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init));
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
    const pending = loadFeed(flaky(9), {signal: aborted.signal, retryDelay: 60_000});
    await new Promise((resolve) => setTimeout(resolve, 200));
    aborted.abort();
    const error = await failure(pending);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
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
