import {expect, fixture as render} from '@open-wc/testing';
import '../../src/index.js';
import {parseFeedText, type NewsFeed} from '../../src/core/feed.js';
import {clearFeedCache} from '../../src/core/cache.js';
import {FORMATS, LEAKS, RENDERERS, TEXT_PAYLOADS, URL_PAYLOADS, audit} from './corpus.js';

declare global {
  interface Window {
    __pwned(id: number): void;
  }
}

const pwned: number[] = [];
const served = new Map<string, string>();
const realFetch = window.fetch;

describe('hostile feeds', function () {
  this.timeout(120_000);

  before(() => {
    window.__pwned = (id) => pwned.push(id);
    window.alert = () => pwned.push(-1);
    // Feeds are served from memory, so every format goes through loadFeed as from a server.
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const body = served.get(url);
      return body === undefined ? realFetch(input, init) : new Response(body, {headers: {'Content-Type': 'text/plain'}});
    };
  });
  after(() => {
    window.fetch = realFetch;
    clearFeedCache();
  });

  let cases = 0;
  for (const [format, build] of Object.entries(FORMATS)) {
    it(`${format}: no payload runs, no unsafe markup or URL, in every element`, async () => {
      const problems: string[] = [];
      for (const [index, text] of TEXT_PAYLOADS.entries()) {
        const url = URL_PAYLOADS[index % URL_PAYLOADS.length];
        const body = build(text, url);
        const src = new URL(`/hostile/${encodeURIComponent(format)}/${index}`, location.href).href;
        served.set(src, body);
        // A document may be unreadable (control characters are not XML): an error state is fine, a throw other than FeedError is not.
        const feed: NewsFeed = await parseFeedText(body, src).catch((error) => {
          expect(error.name, `${format} #${index}: ${error}`).to.equal('FeedError');
          return {items: []};
        });
        for (const [name, template] of Object.entries(RENDERERS)) {
          if (name.includes('item') && !feed.items.length) continue;
          const settled = new Promise((resolve) => ['news-feed-load', 'news-feed-error'].forEach((name) => document.addEventListener(name, resolve, {once: true})));
          const el = await render(template({src, feed, text, url}));
          if (name.includes('(src)')) await settled;
          await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
          for (const card of el.shadowRoot?.querySelectorAll('news-article-card') ?? []) await (card as typeof el & {updateComplete: Promise<unknown>}).updateComplete;
          problems.push(...audit(el.shadowRoot ?? el).map((problem) => `${format} #${index} ${name}: ${problem}`));
          const shown = deepText(el);
          for (const leak of LEAKS) if (shown.includes(leak)) problems.push(`${format} #${index} ${name}: shows "${leak}"`);
          el.remove();
          cases++;
        }
      }
      // Let any image error handler or deferred script that slipped through have its chance.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(problems).to.deep.equal([]);
      expect(pwned).to.deep.equal([]);
    });
  }

  it('tried every payload in every format and element', () => {
    expect(cases).to.be.at.least(TEXT_PAYLOADS.length * Object.keys(FORMATS).length * 3);
    console.log(`hostile corpus: ${TEXT_PAYLOADS.length} text and ${URL_PAYLOADS.length} URL payloads × ${Object.keys(FORMATS).length} formats → ${cases} renders audited`);
  });
});

/** Text of an element and every shadow root under it. */
function deepText(node: Element | ShadowRoot): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child instanceof Element) text += deepText(child.shadowRoot ?? child) + (child.shadowRoot ? deepText(child) : '');
  }
  return text;
}
