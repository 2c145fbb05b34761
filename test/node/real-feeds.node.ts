/** The vendored real feeds in Node: what a reader sees on their cards (test/corpus/real-feeds/cases.ts). */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {test} from 'node:test';
import {REAL_FEEDS, differences, readRealFeed} from '../corpus/real-feeds/cases.js';

const ROOT = 'test/corpus/real-feeds/';

for (const feed of REAL_FEEDS) {
  test(`${feed.file}: ${feed.why}`, async () => {
    const items = await readRealFeed(new Uint8Array(readFileSync(`${ROOT}${feed.file}`)));
    assert.deepEqual(differences(feed, items), []);
  });
}

test('bytes.json holds, byte for byte, every vendored feed that is not UTF-8 (the browser test reads those from it)', () => {
  const feeds = readdirSync(ROOT).filter((file) => /\.(?:xml|rss|atom)$/.test(file));
  const notUtf8 = feeds.filter((file) => {
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(readFileSync(`${ROOT}${file}`));
      return false;
    } catch {
      return true;
    }
  });
  const bytes: Record<string, string> = JSON.parse(readFileSync(`${ROOT}bytes.json`, 'utf8'));
  assert.deepEqual(Object.keys(bytes).sort(), notUtf8.sort());
  for (const file of notUtf8) assert.equal(bytes[file], readFileSync(`${ROOT}${file}`).toString('base64'), file);
});
