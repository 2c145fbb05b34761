// The CDN loader starts the request of the first <news-related> it sees; when a <news-feed>
// already defined is loading the same feed, the related element joins that request instead
// of taking the loader's up. The loader's request must then end with it, not stay in the
// page's map of early requests (on globalThis) for the page's lifetime, answered, to be handed
// to the next request of that URL (a refresh, Retry) as if it were a new answer.
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/loader.js';
import {countFetches, eventOnce} from '../helpers.js';

type Feed = HTMLElement & {reload(): Promise<void>};
const early = () => (globalThis as {[key: symbol]: Map<string, unknown>})[Symbol.for('news-widgets.early-requests')];

describe('the CDN loader’s early request, when the element joins a request under way', function () {
  this.timeout(20_000);

  it('is dropped, so the next request of the feed asks the server', async () => {
    expect(customElements.get('news-related'), 'defined before the test').to.equal(undefined);
    const src = `/__slow/3000/test/fixtures/page-1.json?joined=${Math.random().toString(36).slice(2)}`;
    const href = new URL(src, location.href).href;
    const feed = document.createElement('news-feed') as Feed;
    feed.setAttribute('src', src);
    const related = document.createElement('news-related');
    related.setAttribute('src', src);
    related.setAttribute('current', 'x');
    try {
      const {calls} = await countFetches(async () => {
        let feedLoaded = false;
        const loaded = eventOnce(feed, 'news-feed-load').then(() => (feedLoaded = true));
        document.body.append(feed);
        // The feed's code has taken up the loader's request: its answer is on its way.
        await waitUntil(() => customElements.get('news-feed') && !early()?.has(href), 'the feed never took up its request', {timeout: 5000});
        const relatedLoaded = eventOnce(related, 'news-feed-load');
        document.body.append(related);
        await customElements.whenDefined('news-related');
        await (related as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        expect(feedLoaded, 'the feed loaded before the related list asked for it').to.equal(false);
        await Promise.all([loaded, relatedLoaded]);
      });
      // The feed's, and the loader's for the related list (its code was not there yet).
      expect(calls).to.deep.equal([href, href]);
      const reload = await countFetches(() => feed.reload());
      expect(reload.calls, 'a reload asks the server').to.deep.equal([href]);
      expect(early()?.has(href), 'an early request left in the page’s map').to.equal(false);
    } finally {
      feed.remove();
      related.remove();
    }
  });
});
