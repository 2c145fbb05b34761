// A loadFeed call with credentials of its own makes its own request: the request the CDN
// loader started for a <news-feed src> of the same URL (made with the default credentials)
// stays the loader's, which aborts it when no element takes it up. A page of its own: the
// loader starts that request only for an element whose code has not loaded yet.
import {expect} from '@open-wc/testing';
import {loadFeed} from '../../src/loader.js';
import {instrument} from '../harness/leaks.js';

describe('the CDN loader’s early feed request and a call with its own credentials', function () {
  this.timeout(20_000);

  it('is still aborted when its element leaves, though the call asked for the same URL', async () => {
    expect(customElements.get('news-feed'), 'defined before the test').to.equal(undefined);
    const probe = instrument((url) => url.includes('/early/pending'));
    try {
      const src = '/early/pending-credentials.json';
      const feed = document.createElement('news-feed');
      feed.setAttribute('src', src);
      document.body.append(feed);
      await probe.turn(); // the loader sees added elements in a mutation observer's callback
      expect(probe.started, 'the early request').to.equal(1);
      // Its own request, which never answers: it ends at its time-out.
      const call = loadFeed(src, {credentials: 'omit', timeout: 500}).then(
        () => 'resolved',
        (error: {kind?: string}) => error.kind,
      );
      feed.remove();
      expect(await call).to.equal('timeout');
      await customElements.whenDefined('news-feed');
      await probe.settled(5000);
      expect(probe.pending, 'requests in flight').to.equal(0);
    } finally {
      probe.restore();
    }
  });
});
