import {expect} from '@open-wc/testing';
import {REAL_FEEDS, differences, readRealFeed} from '../corpus/real-feeds/cases.js';

const ROOT = new URL('../corpus/real-feeds/', import.meta.url);

/** A vendored feed's bytes: the test server re-encodes text files as UTF-8, so those in other encodings come from bytes.json (checked against the files in Node). */
async function bytesOf(file: string): Promise<Uint8Array> {
  const encoded: Record<string, string> = await (await fetch(new URL('bytes.json', ROOT))).json();
  if (encoded[file]) return Uint8Array.from(atob(encoded[file]), (c) => c.charCodeAt(0));
  return new Uint8Array(await (await fetch(new URL(file, ROOT))).arrayBuffer());
}

describe('real feeds (test/corpus/real-feeds)', () => {
  for (const feed of REAL_FEEDS) {
    it(`${feed.file}: ${feed.why}`, async () => expect(differences(feed, await readRealFeed(await bytesOf(feed.file)))).to.deep.equal([]));
  }
});
