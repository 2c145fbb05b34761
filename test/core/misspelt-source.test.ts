import {expect} from '@open-wc/testing';
import {misspeltSource} from '../../src/core/misspelt-source.js';

const READ = ['src', 'limit', 'layout', 'max-items'];

describe('misspeltSource', () => {
  for (const [attributes, found] of [
    [[['source', '/feeds/latest.json']], 'source="/feeds/latest.json"'],
    [[['url', 'https://news.example/rss']], 'url="https://news.example/rss"'],
    [[['srcurl', 'feed.xml']], 'srcurl="feed.xml"'],
    [[['feed-url', '/feeds/{lang}.json']], 'feed-url="/feeds/{lang}.json"'],
    [[['href', './latest.atom']], 'href="./latest.atom"'],
    [[['limit', '4'], ['source', ' //cdn.example/f ']], 'source=" //cdn.example/f "'],
    // Read by the element, the page's own, or no address: nothing to say.
    [[['src', '/feeds/latest.json']], undefined],
    [[['data-src', '/feeds/latest.json'], ['aria-describedby', 'x.json'], ['style', 'background: url(/a.png)'], ['class', 'a/b']], undefined],
    [[['itemscope', ''], ['itemtype', 'https://schema.org/ItemList'], ['itemid', '/lists/latest'], ['vocab', 'https://schema.org/'], ['resource', '/latest']], undefined],
    [[['title', 'Latest news'], ['tone', 'calm'], ['layout', 'list'], ['source', 'Agence Maghreb']], undefined],
  ] as const) {
    it(`${JSON.stringify(attributes)} → ${String(found)}`, () => {
      expect(misspeltSource(attributes.map(([name, value]) => ({name, value})), READ)).to.equal(found);
    });
  }
});
