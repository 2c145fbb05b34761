// On a page whose <html lang> is Arabic, a feed with {lang} in its URL asks for the Arabic
// feed only: no wasted request for the English one while the Arabic catalog loads.
import {expect} from '@open-wc/testing';

document.documentElement.lang = 'ar-MA';
localStorage.removeItem('news-widgets:locale');

describe('first request', () => {
  it('asks for the page language’s feed only, never the English one first', async () => {
    await import('../../src/components/news-feed/news-feed.js');
    const requested: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
    try {
      const el = document.createElement('news-feed');
      el.src = '/test/fixtures/lang-{lang}.json';
      const loaded = new Promise((resolve) => el.addEventListener('news-feed-load', resolve, {once: true}));
      document.body.append(el);
      await loaded;
      expect(requested.map((url) => new URL(url).pathname)).to.deep.equal(['/test/fixtures/lang-ar.json']);
      el.remove();
    } finally {
      window.fetch = original;
    }
  });
});
