/**
 * The README's plain Node server recipe, run as written: scripts/test-ssr.mjs copies the code
 * block after `<!-- recipe: plain-node -->` to recipes/plain-node.mjs, with `news-widgets`
 * resolved to the sources through package.json's `exports`.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {parseFeed} from '../../src/core/feed.js';

type Recipe = {renderLatest(feedText: string, feedUrl: string): Promise<string>};

describe('README: server rendering in plain Node', () => {
  it('turns a JSON Feed into the HTML of a news block with every card in it', async () => {
    const {renderLatest} = (await import(new URL('./recipes/plain-node.mjs', import.meta.url).href)) as Recipe;
    const feedText = await readFile('test/fixtures/jsonfeed-1.1.json', 'utf8');
    const shown = parseFeed(feedText, 'https://example.com/feed.json').items.slice(0, 6);
    // Titles without characters the HTML escapes, so they appear in the markup as they are.
    const titles = shown.map((item) => item.title).filter((title) => /^[\p{L}\d\s,.:’'-]+$/u.test(title) && !title.includes("'"));
    const markup = await renderLatest(feedText, 'https://example.com/feed.json');
    assert.match(markup, /^<!--lit-part[^>]*-->(<!--lit-node 0-->)?<news-feed[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.equal((markup.match(/<news-article-card/g) ?? []).length, shown.length, 'a card per article, up to the limit of 6');
    assert.ok(titles.length >= 2, `checks at least two titles (${titles.length})`);
    for (const title of titles) assert.ok(markup.includes(title), `shows “${title}”`);
  });

  it('gives the empty state for a feed with no articles, never a throw', async () => {
    const {renderLatest} = (await import(new URL('./recipes/plain-node.mjs', import.meta.url).href)) as Recipe;
    const markup = await renderLatest('{"version": "https://jsonfeed.org/version/1.1", "title": "Empty", "items": []}', 'https://example.com/feed.json');
    assert.ok(markup.includes('No articles yet. Please check back soon.'));
  });

  it('gives the message a browser shows for a feed it cannot read, never a throw', async () => {
    const {renderLatest} = (await import(new URL('./recipes/plain-node.mjs', import.meta.url).href)) as Recipe;
    for (const feedText of ['<!doctype html><p>Not found', '{"version": "https://jsonfeed.org/version/1.1", "items": "nope"}', '42']) {
      const markup = await renderLatest(feedText, 'https://example.com/feed.json');
      assert.match(markup, /<p role="alert">(<!--[^>]*-->)*This news feed can’t be read: it isn’t in a format we understand\./, feedText);
      assert.doesNotMatch(markup, /<news-article-card|undefined/);
    }
  });
});
