import {expect} from '@open-wc/testing';
import {parseFeedText} from '../../src/core/feed.js';
import {FEED_URL, READER_CASES} from './miniflux-cases.js';

describe('feeds from miniflux reader tests', () => {
  for (const {name, feed, read, want} of READER_CASES) {
    it(name, async () => {
      expect(read(await parseFeedText(feed, FEED_URL))).to.deep.equal(want);
    });
  }
});
