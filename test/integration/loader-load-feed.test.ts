// The CDN loader's loadFeed asks for the feed at the call, side by side with its network code
// (src/core/early-request.ts), as it does for a <news-feed src>: that request is the one made
// (the network code takes it up), and an aborted call leaves nothing running. Once the code is
// in the page, a call goes straight to it.
import {expect} from '@open-wc/testing';
import {loadFeed} from '../../src/loader.js';
import {instrument} from '../harness/leaks.js';
import {fixture} from '../helpers.js';

describe('the CDN loader’s loadFeed', function () {
  this.timeout(20_000);
  let probe: ReturnType<typeof instrument>;
  beforeEach(() => (probe = instrument((url) => url.includes('/early/pending'))));
  afterEach(() => probe.restore());
  // A test that fails leaves no <base href> to the next.
  afterEach(() => document.head.querySelector('base')?.remove());

  it('asks for the feed at the call, before its code has loaded; the code takes that request up, and an abort ends it', async () => {
    expect(customElements.get('news-feed'), 'defined before the test').to.equal(undefined);
    const controller = new AbortController();
    // Relative to the page's <base href>, as fetch reads it: the request made early is the one the code takes up.
    const base = document.head.appendChild(Object.assign(document.createElement('base'), {href: fixture('')}));
    const loaded = loadFeed('jsonfeed-1.0.json');
    const outcome = (call: Promise<unknown>) => call.then(() => 'resolved', (error: unknown) => (error as Error).name);
    const aborted = outcome(loadFeed('/early/pending-load-feed.json', {signal: controller.signal}));
    // An early request carries the default credentials: a call asking for others waits for the code.
    const withoutCookies = outcome(loadFeed('/early/pending-without-cookies.json', {signal: controller.signal, credentials: 'omit'}));
    expect(probe.started, 'requests started at the calls').to.equal(2);
    controller.abort();
    expect((await loaded).items).to.have.length(2);
    base.remove();
    expect(await Promise.all([aborted, withoutCookies])).to.deep.equal(['AbortError', 'AbortError']);
    await probe.settled(5000);
    expect(probe.pending, 'requests in flight').to.equal(0);
    expect(probe.started, 'requests made').to.equal(2);
  });

  it('goes straight to its code once that has loaded, and asks once', async () => {
    const loaded = loadFeed(fixture('jsonfeed-1.0.json'));
    expect(probe.started, 'requests started at the call').to.equal(0);
    expect((await loaded).items).to.have.length(2);
    expect(probe.started, 'requests made').to.equal(1);
  });
});
