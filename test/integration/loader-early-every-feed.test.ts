// A news home page has a <news-feed> per section: the CDN loader starts each one's request
// while the element's code is on its way, not the first one's only (helper-117 saw the second
// and third feeds asked for 250 ms later, after the code). Each element then takes up its own.
import {expect} from '@open-wc/testing';
import '../../src/loader.js';
import {instrument} from '../harness/leaks.js';

describe('the CDN loader’s early feed requests on a page of several feeds', function () {
  this.timeout(20_000);

  it('starts every feed’s request before the code arrives, and each is taken up: one request per feed', async () => {
    expect(customElements.get('news-feed'), 'defined before the test').to.equal(undefined);
    const probe = instrument(() => false, (url) => (url.includes('/section-') ? JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'S', items: [{id: url, url: 'https://example.com/a', title: `Story of ${new URL(url).pathname}`}]}) : undefined));
    const column = document.body.appendChild(document.createElement('div'));
    try {
      const feeds = ['sport', 'economy', 'culture'].map((section) => {
        const feed = document.createElement('news-feed');
        feed.setAttribute('src', `/section-${section}.json`);
        return feed;
      });
      const loaded = feeds.map((feed) => new Promise((resolve) => feed.addEventListener('news-feed-load', resolve, {once: true})));
      column.append(...feeds);
      await probe.turn(); // the loader sees added elements in a mutation observer's callback
      expect(customElements.get('news-feed'), 'the code has not arrived yet').to.equal(undefined);
      expect(probe.started, 'requests started by the loader before the code').to.equal(3);
      await Promise.all(loaded);
      expect(probe.started, 'requests, each taken up by its element').to.equal(3);
    } finally {
      column.remove();
      probe.restore();
    }
  });
});
