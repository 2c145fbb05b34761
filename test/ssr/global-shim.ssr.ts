/**
 * Server rendering under Lit's global DOM shim, as Astro's Lit integration installs it: a
 * `document` exists there, with no `documentElement`, `querySelector` or `baseURI`. A check for
 * "is there a document?" passes, and what it guarded then throws. Every element must render as
 * in plain Node (render.ssr.ts), without a `current` for `<news-related>` too.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-related/news-related.js';
import '../../src/components/news-header-bar/news-header-bar.js';
import '../../src/components/news-language-switcher/news-language-switcher.js';
import {ssrFeed} from './ssr-data.js';

const toHtml = async (template: unknown) => collectResult(render(template));
const feed = ssrFeed('https://example.com');
const headlines = (markup: string) => [...markup.matchAll(/<a[^>]*part="link"[^>]*>\s*(?:<!--[^>]*-->\s*)*([^<]+)/g)].map(([, text]) => text.trim());

describe('server rendering under the global DOM shim (Astro)', () => {
  it('has the shim’s document, without the page’s parts', () => {
    const {document} = globalThis as unknown as {document?: {documentElement?: unknown; querySelector?: unknown}};
    assert.equal(typeof document, 'object');
    assert.equal(document!.documentElement, undefined);
    assert.equal(document!.querySelector, undefined);
  });

  it('renders <news-related> without a current article: the newest, no throw, and one warning that says to give it (helper-162)', async (t) => {
    const warn = t.mock.method(console, 'warn', () => undefined);
    const out = await toHtml(html`<news-related .feed=${feed}></news-related>`);
    assert.deepEqual(headlines(out), ['Port expansion opens a new terminal', 'New rail line to the port', 'Heavy rain expected']);
    await toHtml(html`<news-related .feed=${feed}></news-related>`);
    const told = warn.mock.calls.filter((call) => String(call.arguments[0]).includes('give `current`'));
    assert.equal(told.length, 1);
  });

  it('renders <news-related> for a current article, with exclude-shown', async () => {
    const out = await toHtml(html`<news-related exclude-shown .feed=${feed} current="https://example.com/port"></news-related>`);
    assert.deepEqual(headlines(out), ['New rail line to the port', 'Heavy rain expected']);
  });

  it('renders a feed, a card of an article naming no language, the header bar and the switcher', async () => {
    const out = await toHtml(html`<news-header-bar timezone="Africa/Casablanca" city="Casablanca" .weather=${{temperature: 13.1, weatherCode: null, isDay: true}}></news-header-bar>
      <news-language-switcher locales="ar,fr,es,en"></news-language-switcher>
      <news-feed .feed=${feed}></news-feed>
      <news-article-card href="https://example.com/a" headline="الرجاء يفوز" date="2026-01-10T09:00"></news-article-card>`);
    assert.deepEqual(headlines(out).slice(0, 3), feed.items.map((item) => item.title));
    assert.ok(out.includes('الرجاء يفوز'));
    assert.match(out, /part="temperature"[^>]*>(?:<!--[^>]*-->)*13\.1°C/);
    assert.doesNotMatch(out, /part="icon"/);
    assert.match(out, /<news-language-switcher[^>]*><template shadowroot="open"/);
    // The languages listed, in their order (commas separate them as blanks do).
    assert.deepEqual([...out.matchAll(/<button part="link[^"]*"[^>]*\slang="([\w-]+)"/g)].map(([, lang]) => lang), ['ar', 'fr', 'es', 'en']);
  });

  it('renders a switcher of links to editions, Darija\'s too (a link needs no catalog)', async () => {
    const out = await toHtml(html`<news-language-switcher locales="ar ary fr" href-template="/{lang}/"></news-language-switcher>`);
    assert.deepEqual([...out.matchAll(/<a part="link[^"]*"[^>]*\shreflang="([\w-]+)"/g)].map(([, lang]) => lang), ['ar', 'ary', 'fr']);
  });
});
