/**
 * A server whose time-zone data is older than a zone's rules: Morocco has been on UTC all
 * year since 20 September 2026 (tz 2026c), which Node 20 (tz 2025c) does not know, and a
 * Moroccan site rendering on it showed tomorrow from 23:00 UTC, and every time an hour ahead.
 * The elements that write days and times write them by the new rules, as a reader's browser
 * does, and say once per zone that the server's other code does not. Node's own
 * `process.versions.tz` tells which data it has, whatever Node runs this: on current data the
 * same days come out, without a warning.
 */
import {afterEach, beforeEach, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-header-bar/news-header-bar.js';
import {hasLatestRules, zoneAt} from '../../src/core/zone-data.js';
import {formatArticleDate, formatFullDate} from '../../src/core/format.js';
import {formatHijriDate} from '../../src/core/hijri.js';
import {inZone} from '../../src/core/timezone.js';
import {parseDate} from '../../src/core/feed-dates.js';
import {nextDayStart} from '../../src/core/day.js';

/** Whether this Node's tz data is 2026c or later (release names sort as text: 2025c, 2026a, 2026c). */
const knowsMorocco = process.versions.tz! >= '2026c';
const warnings: string[] = [];
const {warn} = console;

describe('time-zone data older than a zone’s rules, on a server', () => {
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('knows whether this Node has Morocco’s rules of 2026-09-20, as its tz release says', () => {
    assert.equal(hasLatestRules('Africa/Casablanca'), knowsMorocco, `tz ${process.versions.tz}`);
    assert.equal(hasLatestRules('africa/casablanca'), knowsMorocco, 'a zone name in any case');
    assert.equal(hasLatestRules('Africa/El_Aaiun'), knowsMorocco, 'Western Sahara, with Morocco');
    assert.equal(hasLatestRules('Asia/Tokyo'), true, 'a zone unchanged lately');
    assert.equal(hasLatestRules('Mars/Olympus'), true, 'a zone Intl does not know (the elements warn of it otherwise)');
  });

  it('warns once per zone, however written, from the header bar and cards that write its days and times, and not for other zones', async () => {
    await collectResult(
      render(html`<news-header-bar timezone="Africa/Casablanca"></news-header-bar>
        <news-article-card headline="Port expansion" href="https://example.com/port" date="2026-12-04T09:10:00Z" timezone="africa/casablanca"></news-article-card>
        <news-article-card headline="Tram line" href="https://example.com/tram" date="2026-12-04T08:00:00Z" timezone="Asia/Tokyo"></news-article-card>
        <news-article-card headline="Fishing port" href="https://example.com/dakhla" date="2026-12-04T07:00:00Z" timezone="Africa/El_Aaiun"></news-article-card>`),
    );
    if (!knowsMorocco) {
      assert.equal(warnings.length, 2, warnings.join('\n'));
      assert.match(warnings[0], new RegExp(`^news-header-bar: this engine's time-zone data \\(tz ${process.versions.tz}\\) predates the rules Africa/Casablanca has followed since 2026-09-20`));
      assert.match(warnings[0], /Update Node \(tz 2026c or later\)/);
      assert.match(warnings[1], /^news-article-card: .* predates the rules Africa\/El_Aaiun has followed since 2026-09-20/);
    } else {
      assert.deepEqual(warnings, []);
    }
  });

  it('writes Morocco’s days by its rules of 2026-09-20 on any Node: no tomorrow at 23:30 UTC, and the rules before kept for older dates', async () => {
    const {now} = Date;
    Date.now = () => Date.UTC(2026, 11, 5, 23, 30);
    try {
      const page = await collectResult(
        render(html`<news-header-bar timezone="Africa/Casablanca" locale="en"></news-header-bar>
          <news-article-card headline="Port expansion" href="https://example.com/port" date="2026-10-10T23:30:00Z" timezone="Africa/Casablanca" locale="en"></news-article-card>
          <news-article-card headline="Summer tram" href="https://example.com/tram" date="2026-08-10T23:30:00Z" timezone="Africa/Casablanca" locale="en"></news-article-card>
          <news-article-card headline="Zoneless" href="https://example.com/zoneless" date="2026-10-10T23:30:00" timezone="Africa/Casablanca" locale="en"></news-article-card>`),
      );
      const dates = [...page.matchAll(/<time part="date" datetime="([^"]+)"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)].map(([, datetime, text]) => `${datetime} ${text.trim()}`);
      assert.deepEqual(dates, [
        // 23:30 UTC is 23:30 in Casablanca now (23:30 an hour ahead would be tomorrow, 6 December).
        '2026-12-05 Saturday, December 5, 2026',
        '2026-10-10T23:30:00.000Z Oct 10, 2026',
        // In August 2026 Morocco was an hour ahead of UTC, as every tz release says: 00:30 on the 11th.
        '2026-08-10T23:30:00.000Z Aug 11, 2026',
        // Written without a zone, 23:30 of Casablanca's clocks: 23:30 UTC under the new rules.
        '2026-10-10T23:30:00.000Z Oct 10, 2026',
      ]);
    } finally {
      Date.now = now;
    }
  });

  it('gives a server\'s own code Morocco\'s days and times by its rules of 2026-09-20 from the module API\'s date functions (inZone, parseDate, formatArticleDate, formatFullDate, formatHijriDate)', () => {
    const zone = {timeZone: 'Africa/Casablanca'};
    const late = Date.UTC(2026, 11, 5, 23, 30);
    // A feed's time written without a zone: 23:00 of Casablanca's clocks is 23:00 UTC now, 22:00 UTC in August.
    assert.equal(inZone(parseDate('2026-12-05T23:00:00'), 'Africa/Casablanca')?.toISOString(), '2026-12-05T23:00:00.000Z');
    assert.equal(inZone(parseDate('2026-08-05T23:00:00'), 'Africa/Casablanca')?.toISOString(), '2026-08-05T22:00:00.000Z');
    // A feed's date that names the zone (as some CMSs write it) is read the same way.
    assert.equal(parseDate('2026-12-04 10:00:00 Africa/Casablanca')?.toISOString(), '2026-12-04T10:00:00.000Z');
    // 21:30 UTC on the 4th, 26 hours before 23:30 UTC on the 5th: yesterday (the old rules read 22:30 on the 4th and 00:30 on the 6th: 2 days ago).
    assert.equal(formatArticleDate(new Date(late - 26 * 3_600_000), 'en', late, zone), 'yesterday');
    assert.equal(formatArticleDate(new Date(Date.UTC(2026, 10, 25, 23, 30)), 'en', late, zone), 'Nov 25, 2026');
    // A story from before the change counted from a day after it: each day by the rules of its
    // own time (23:30 on the 19th at +1; 23:30 on the 20th at +0), not both by the story's.
    assert.equal(formatArticleDate(new Date(Date.UTC(2026, 8, 19, 22, 30)), 'en', Date.UTC(2026, 8, 20, 23, 30), zone), 'yesterday');
    assert.equal(formatArticleDate(new Date(Date.UTC(2026, 8, 15, 12)), 'en', Date.UTC(2026, 8, 21, 23, 30), zone), '6 days ago');
    assert.equal(formatFullDate(new Date(Date.UTC(2026, 10, 1, 10)), 'en', zone), 'Sunday, November 1, 2026 at 10:00 AM GMT');
    // Named as browsers name Casablanca at +0, in every language (not "UTC", Etc/UTC's name).
    assert.equal(formatFullDate(new Date(Date.UTC(2026, 10, 1, 10)), 'ar-MA', zone), 'الأحد، 1 نونبر 2026 في 10:00 غرينتش');
    assert.equal(formatFullDate(new Date(Date.UTC(2026, 7, 1, 10)), 'en', zone), 'Saturday, August 1, 2026 at 11:00 AM GMT\u2066+1\u2069');
    // The day at 23:30 UTC is the 5th: its Hijri date is the one the header bar shows, not the 6th's.
    assert.equal(formatHijriDate(late, 'en', zone), formatHijriDate(Date.UTC(2026, 11, 5, 12), 'en', {timeZone: 'UTC'}));
  });

  it('starts Casablanca\'s next day at its midnight by its rules of 2026-09-20 (the header bar\'s day clock, in a browser as old as this Node too)', () => {
    // At 22:30 UTC on 6 December it is 22:30 there: the next day starts at midnight UTC, not at 23:00 (helper-183).
    assert.equal(new Date(nextDayStart(Date.UTC(2026, 11, 6, 22, 30), 'Africa/Casablanca')).toISOString(), '2026-12-07T00:00:00.000Z');
    // In August, an hour ahead of UTC: its midnight is 23:00 UTC, as every tz release says.
    assert.equal(new Date(nextDayStart(Date.UTC(2026, 7, 6, 22, 30), 'Africa/Casablanca')).toISOString(), '2026-08-06T23:00:00.000Z');
    // The night of the change (01:00 UTC on 20 September): the 20th starts at 23:00 UTC on the 19th, the 21st at midnight UTC.
    assert.equal(new Date(nextDayStart(Date.UTC(2026, 8, 19, 12), 'Africa/Casablanca')).toISOString(), '2026-09-19T23:00:00.000Z');
    assert.equal(new Date(nextDayStart(Date.UTC(2026, 8, 20, 12), 'Africa/Casablanca')).toISOString(), '2026-09-21T00:00:00.000Z');
  });

  it('reads a zone at an instant by the rules this engine lacks, and by its own before them', () => {
    assert.equal(zoneAt('Africa/Casablanca', Date.UTC(2026, 8, 19)), 'Africa/Casablanca', 'before the change: the zone itself');
    assert.equal(zoneAt('Africa/Casablanca', Date.UTC(2026, 8, 21)), knowsMorocco ? 'Africa/Casablanca' : 'Africa/Abidjan');
    assert.equal(zoneAt('Asia/Tokyo', Date.UTC(2026, 8, 21)), 'Asia/Tokyo');
    // The engine's own zone: this process's (TZ=Africa/Casablanca makes it Morocco's).
    assert.equal(zoneAt(undefined, Date.UTC(2026, 8, 21)), hasLatestRules() ? undefined : 'Africa/Abidjan');
  });
});
