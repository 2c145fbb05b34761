// A CDN loader beside an app bundle that defines the elements itself (two copies of the
// library, each with its own Lit): the loader starts the feed's request on first sight of
// <news-feed src>, while its own copy of the element is on its way; the app's copy defines
// the element first and, asking for the same feed, takes that request up instead of fetching
// the feed a second time (src/core/early-request.ts keeps its requests on globalThis).
import {expect, waitUntil} from '@open-wc/testing';
// The app's copy: its classes, not yet defined.
import {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {loaded} from '../harness/list.js';

describe('a CDN loader and an app bundle on one page', () => {
  it('fetch the feed once: the app’s <news-feed> takes up the request the loader started', async () => {
    const feedRequests: string[] = [];
    const fetch = window.fetch;
    window.fetch = (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.includes('jsonfeed-1.1.json')) feedRequests.push(url);
      return fetch(input, init);
    };
    // The app's bundle gets there first: by the time the CDN copy's element code has arrived
    // and defines a tag, the app's class holds it, and the CDN copy's is not used.
    const app: Record<string, CustomElementConstructor> = {'news-feed': NewsFeedElement, 'news-article-card': NewsArticleCardElement};
    const define = customElements.define.bind(customElements);
    customElements.define = (name, constructor, options) => define(name, app[name] ?? constructor, options);
    try {
      expect(customElements.get('news-feed'), 'defined before the test').to.equal(undefined);
      // Served bundled with everything it imports (web-test-runner.config.mjs): another copy.
      const copy = '/__copy/loader.js';
      await import(/* @vite-ignore */ copy);
      const el = document.createElement('news-feed') as NewsFeedElement;
      el.setAttribute('src', '/test/fixtures/jsonfeed-1.1.json');
      document.body.append(el);
      await customElements.whenDefined('news-feed');
      expect(el, 'upgraded to the app’s class').to.be.instanceOf(NewsFeedElement);
      await waitUntil(() => el.shownItems.length > 0, 'no cards from the feed', {timeout: 5000});
      await loaded(el);
      expect(feedRequests, 'requests for the feed').to.have.length(1);
      el.remove();
    } finally {
      window.fetch = fetch;
      customElements.define = define;
    }
  });
});
