// The module API of the CDN loader: every export of the npm entry is there under the same
// name (so a page can move between the CDN and npm), with the same values, and the functions that
// load on demand resolve with what the real ones return.
import {expect} from '@open-wc/testing';
import * as loader from '../../src/loader.js';
import * as npm from '../../src/index.js';
import {fixture} from '../helpers.js';

describe('the CDN loader’s module API', () => {
  it('exports every name the npm entry exports, and discover()', () => {
    expect(Object.keys(loader).sort()).to.deep.equal([...Object.keys(npm), 'discover'].sort());
  });

  it('keeps the constants and the synchronous functions identical', () => {
    for (const name of ['DEFAULT_TIMEOUT', 'DEFAULT_THRESHOLD', 'LOCALE_STORAGE_KEY', 'LOCALE_PAGE_STORAGE_KEY', 'LOCALE_READY_EVENT', 'bundledLocales', 'FeedError'] as const) {
      expect(loader[name], name).to.equal(npm[name]);
    }
    for (const name of ['setLocale', 'registerLocale', 'getLocale', 'localeReady', 'nativeLanguageName', 'onLocaleChange'] as const) {
      expect(loader[name], name).to.equal(npm[name]);
    }
  });

  it('resolves the on-demand functions with what the npm functions return', async () => {
    const json = {version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{id: '1', title: 'One', url: 'https://example.com/1', tags: ['port']}, {id: '2', title: 'Two', url: 'https://example.com/2', tags: ['port']}]};
    const feed = await loader.parseFeed(json, 'https://example.com/feed.json');
    expect(feed).to.deep.equal(npm.parseFeed(json, 'https://example.com/feed.json'));
    expect(await loader.parseFeedText(JSON.stringify(json))).to.deep.equal(await npm.parseFeedText(JSON.stringify(json)));
    expect(await loader.parseDate('2026-01-02T03:04:05Z')).to.deep.equal(npm.parseDate('2026-01-02T03:04:05Z'));
    // A form only RSS dates write: the loader's parseDate is the feed reader's too.
    expect((await loader.parseDate('Tue, 05 Mar 2024 10:00:00 WAT'))?.toISOString()).to.equal('2024-03-05T09:00:00.000Z');
    expect((await loader.rankRelated(feed.items, feed.items[0])).map((r) => r.item.id)).to.deep.equal(['2']);
    const zoneless = npm.parseDate('2026-01-16T09:30:00')!;
    expect((await loader.inZone(zoneless, 'Asia/Tokyo'))?.toISOString()).to.equal('2026-01-16T00:30:00.000Z');
    expect(npm.inZone(zoneless, 'Asia/Tokyo').toISOString()).to.equal('2026-01-16T00:30:00.000Z');
    expect((await loader.findItem(feed.items, 'https://example.com/2'))?.id).to.equal('2');
    expect((await loader.loadFeed(fixture('jsonfeed-1.0.json'))).items).to.have.length(2);
    expect(await loader.parseLocales('ar fr')).to.deep.equal(npm.parseLocales('ar fr'));
    const error = new npm.FeedError('timeout', 'slow');
    expect(await loader.feedErrorText(error)).to.equal(npm.feedErrorText(error));
    expect(await loader.clearFeedCache()).to.equal(undefined);
    expect(await loader.newArticlesText(2, 'ar')).to.equal(npm.newArticlesText(2, 'ar'));
    expect(await loader.readingTimeText(3, 'fr')).to.equal(npm.readingTimeText(3, 'fr'));
    const day = new Date('2026-03-01T12:00:00Z');
    expect(await loader.formatHijriDate(day, 'ar-MA', {offset: -1})).to.equal(npm.formatHijriDate(day, 'ar-MA', {offset: -1}));
    expect(await loader.hijriOffset('7')).to.equal(npm.hijriOffset('7'));
    // The formatters load on first call too: a page that never formats a count or a date never loads them.
    const forms = {one: (n: string) => `${n} article`, other: (n: string) => `${n} articles`};
    expect(await loader.plural(3, 'en', forms)).to.equal(npm.plural(3, 'en', forms));
    expect(await loader.pluralCategory(11, 'ar')).to.equal(npm.pluralCategory(11, 'ar'));
    expect(await loader.formatCount(1234, 'fr')).to.equal(npm.formatCount(1234, 'fr'));
    const now = Date.parse('2026-03-05T12:00:00Z');
    expect(await loader.formatArticleDate(day, 'ar-MA', now)).to.equal(npm.formatArticleDate(day, 'ar-MA', now));
    expect(await loader.formatFullDate(day, 'zgh', {timeZone: 'Africa/Casablanca'})).to.equal(npm.formatFullDate(day, 'zgh', {timeZone: 'Africa/Casablanca'}));
  });

  it('rejects with the same FeedError class it exports', async () => {
    const error = await loader.parseFeed('not json').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(loader.FeedError);
    expect((error as InstanceType<typeof loader.FeedError>).kind).to.equal('syntax');
  });
});
