import {expect} from '@open-wc/testing';
import {parseFeedText} from '../../src/core/feed.js';
import {FEED_URL, READER_CASES} from './miniflux-cases.js';
import {GOFEED_CASES} from './gofeed-cases.js';
import {SIMPLEPIE_CASES} from './simplepie-cases.js';
import {XML_REVIEW_CASES} from './xml-review-cases.js';

for (const [source, cases] of [
  ['miniflux reader tests', READER_CASES],
  ['gofeed test corpus and date layouts', GOFEED_CASES],
  ['SimplePie tests', SIMPLEPIE_CASES],
  ['a review of the XML reader', XML_REVIEW_CASES],
] as const) {
  describe(`feeds from ${source}`, () => {
    for (const {name, feed, read, want} of cases) {
      it(name, async () => {
        expect(read(await parseFeedText(feed, FEED_URL))).to.deep.equal(want);
      });
    }
  });
}
