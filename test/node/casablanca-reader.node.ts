/**
 * A reader in Casablanca whose engine's time-zone data predates Morocco's rules of 2026-09-20
 * (tz 2026c; Node 20's is 2025c, as WebKit's on the CI machine is), and a page that gives no
 * `timezone`: the reader's own clock, read by its latest rules, and named no more than any
 * other reader's (helper-184, helper-185). On current data the same text comes out.
 */
import assert from 'node:assert/strict';
import {before, test} from 'node:test';
import {formatArticleDate, formatFullDate} from '../../src/core/format.js';

before(() => {
  process.env.TZ = 'Africa/Casablanca';
});

test('writes a Casablanca reader\'s full date and time by the rules of 2026-09-20, without a zone\'s name, as for any reader', () => {
  assert.equal(new Intl.DateTimeFormat().resolvedOptions().timeZone, 'Africa/Casablanca');
  // 22:30 UTC on 6 December is 22:30 there (not 23:30), and no "UTC" or "GMT" follows it.
  assert.equal(formatFullDate(new Date(Date.UTC(2026, 11, 6, 22, 30)), 'en'), 'Sunday, December 6, 2026 at 10:30 PM');
  assert.equal(formatFullDate(new Date(Date.UTC(2026, 11, 6, 22, 30)), 'fr'), 'dimanche 6 décembre 2026 à 22:30');
  // In August, an hour ahead of UTC by every tz release.
  assert.equal(formatFullDate(new Date(Date.UTC(2026, 7, 6, 22, 30)), 'en'), 'Thursday, August 6, 2026 at 11:30 PM');
  // A story of 23:30 UTC on the 5th, read at 00:30 UTC on the 7th: the 5th and the 7th there, 2 days ago (the old rules read the 6th and the 7th: yesterday).
  assert.equal(formatArticleDate(new Date(Date.UTC(2026, 11, 5, 23, 30)), 'en', Date.UTC(2026, 11, 7, 0, 30)), '2 days ago');
});
