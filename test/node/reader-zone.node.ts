/**
 * A reader's zone east of UTC, whatever the machine's (Node reads `TZ` when it is set, as a
 * browser launched with it does): dates written without a zone, as the module API reads them
 * and `<news-related>`'s ranking orders them.
 */
import assert from 'node:assert/strict';
import {before, test} from 'node:test';
import {parseFeed} from '../../src/core/feed.js';
import {rankRelated} from '../../src/core/related.js';
import {inZone} from '../../src/core/timezone.js';

before(() => {
  process.env.TZ = 'Asia/Tokyo';
});

test('related articles come newest first on the reader\'s clock, a date written without a zone read on it', () => {
  assert.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone, 'Asia/Tokyo');
  const {items} = parseFeed(
    {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {id: 'current', url: 'https://example.com/current', title: 'Port expansion', date_published: '2026-12-04T06:00:00Z'},
        // 10:00 in Tokyo is 01:00 UTC: older than the next, whose UTC reading is earlier.
        {id: 'zoneless', url: 'https://example.com/rain', title: 'Heavy rain', date_published: '2026-12-04T10:00:00'},
        {id: 'zoned', url: 'https://example.com/tram', title: 'Tram line', date_published: '2026-12-04T05:00:00Z'},
      ],
    },
    'https://example.com/feed.json',
  );
  assert.equal(inZone(items[1].published)?.toISOString(), '2026-12-04T01:00:00.000Z');
  // Nothing is related to the current article: the newest others fill the list.
  const ranked = rankRelated(items, 'current', {limit: 2});
  assert.deepEqual(ranked.map((entry) => [entry.item.id, entry.related]), [['zoned', false], ['zoneless', false]]);
});
