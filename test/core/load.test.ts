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

  it('rejects at once when the signal is already aborted', async () => {
    const error = await failure(loadFeed(fixture('page-1.json'), {signal: AbortSignal.abort()}));
    expect((error as unknown as DOMException).name).to.equal('AbortError');
  });
});
