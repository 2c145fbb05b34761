// Issue 16's reading limits, raised by a page: `max-bytes` and `max-depth` on the lists,
// `weather-max-bytes` on the header bar. An answer past the default limit fails with a clear
// error; the same answer under a raised limit shows; and elements reading one URL under
// different limits each get their own answer (never one read under the other's limit),
// while elements under the same limits still share one request. Requests are counted by
// the test server (/__hits/<key>), so what did not happen is proved too.
import {expect, fixture as render, html} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsRelatedElement} from '../../src/components/news-related/news-related.component.js';
import type {NewsHeaderBarElement} from '../../src/components/news-header-bar/news-header-bar.component.js';
import type {FeedError, NewsFeed} from '../../src/core/feed.js';
import type {WeatherError} from '../../src/core/weather.js';
import {clearFeedCache} from '../../src/core/cache.js';
import {eventOnce} from '../helpers.js';
import {headlines, loaded} from '../harness/list.js';
import {$, part} from '../harness/shadow.js';

type List = NewsFeedElement | NewsRelatedElement;

/** A key of its own for each test, so the server's hit counts and the feed cache start empty. */
const key = () => `limits-${Math.random().toString(36).slice(2)}`;
const hits = async (name: string) => Number(await (await fetch(`/__hits/${name}`)).text());
/** page-1.json (3 articles) padded with blanks to 3 MB: valid JSON, past the default 2 MiB. */
const padded = (name: string) => `/__padded/3000000/${name}/test/fixtures/page-1.json`;
const THREE_MB = 3_000_000;

/** The titles of the items a list read, as its load event hands them to the page. */
const titlesRead = (el: List) => eventOnce<{feed: NewsFeed}>(el, 'news-feed-load').then((event) => event.detail.feed.items.map((item) => item.title));

/** How a list ended: the error it reported, or the headlines it shows. */
async function outcome(el: List): Promise<{error?: FeedError; headlines: string[]}> {
  const result = await Promise.race([eventOnce<{error: FeedError}>(el, 'news-feed-error').then((event) => event.detail.error), eventOnce(el, 'news-feed-load').then(() => undefined)]);
  await loaded(el);
  return {error: result, headlines: headlines(el)};
}

describe('red team: reading limits a page can raise', function () {
  this.timeout(20_000);
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = sinon.stub(console, 'warn')));
  afterEach(() => (sinon.restore(), clearFeedCache()));

  for (const tag of ['news-feed', 'news-related'] as const) {
    describe(tag, () => {
      /** A list of `tag` reading `src`, with `attributes`, started in the page (not yet loaded). */
      const list = (src: string, attributes: Record<string, string> = {}) => {
        const el = document.createElement(tag) as List;
        for (const [name, value] of Object.entries({src, current: 'none', ...attributes})) el.setAttribute(name, value);
        return el;
      };

      it('a feed past the default 2 MiB fails with a limit error that names the attribute, and shows it', async () => {
        const el = list(padded(key()));
        const done = outcome(el);
        await render(el);
        const {error} = await done;
        expect(error?.name).to.equal('FeedError');
        expect(error?.kind).to.equal('limit');
        expect(error?.message).to.contain('larger than 2,097,152 bytes').and.contain('max-bytes attribute');
        expect($(el, '[part~="status"] [role="alert"]')!.textContent).to.equal('This news feed is too large to show here.');
        expect(warn.calledWithMatch(`${tag}: The feed at`)).to.equal(true);
      });

      it('the same feed renders with max-bytes raised past it', async () => {
        const el = list(padded(key()), {'max-bytes': String(THREE_MB + 1000)});
        const done = outcome(el);
        await render(el);
        const {error, headlines: shown} = await done;
        expect(error, error?.message).to.equal(undefined);
        expect(shown.length, 'articles shown').to.be.greaterThan(0);
        expect(part(el, 'status')).to.equal(null);
      });

      it('two on one page with different limits each get their own answer, from two requests', async () => {
        const name = key();
        const strict = list(padded(name));
        const raised = list(padded(name), {'max-bytes': '4000000'});
        const done = Promise.all([outcome(strict), outcome(raised)]);
        await render(html`<div>${strict}${raised}</div>`);
        const [a, b] = await done;
        expect(a.error?.kind, 'default limit').to.equal('limit');
        expect(b.error, 'raised limit').to.equal(undefined);
        expect(b.headlines.length).to.be.greaterThan(0);
        expect(await hits(name)).to.equal(2);
      });

      it('one read under a raised limit is not handed to a later one under the default (nor the other way)', async () => {
        const name = key();
        const raised = list(padded(name), {'max-bytes': '4000000'});
        let done = outcome(raised);
        await render(raised);
        expect((await done).error).to.equal(undefined);
        // Loaded and cached under the raised limit: a list under the default one still refuses it.
        const strict = list(padded(name));
        done = outcome(strict);
        raised.after(strict);
        expect((await done).error?.kind).to.equal('limit');
        // And its refusal is not the answer of another list that raises the limit.
        const again = list(padded(name), {'max-bytes': '4000000'});
        done = outcome(again);
        strict.after(again);
        expect((await done).error).to.equal(undefined);
        // The last one reused the copy read under its own limits.
        expect(await hits(name)).to.equal(2);
      });

      it('two under the same raised limit share one request', async () => {
        const name = key();
        const one = list(padded(name), {'max-bytes': '4000000'});
        const two = list(padded(name), {'max-bytes': '4000000.5'});
        const done = Promise.all([outcome(one), outcome(two)]);
        await render(html`<div>${one}${two}</div>`);
        const results = await done;
        expect(results.map((result) => result.error)).to.deep.equal([undefined, undefined]);
        expect(await hits(name)).to.equal(1);
      });

      it('raising max-bytes on a list that failed loads the feed again under the new limit', async () => {
        const el = list(padded(key()));
        const failed = outcome(el);
        await render(el);
        expect((await failed).error?.kind).to.equal('limit');
        const done = outcome(el);
        el.maxBytes = 4_000_000;
        const {error, headlines: shown} = await done;
        expect(error).to.equal(undefined);
        expect(shown.length).to.be.greaterThan(0);
      });

      it('a JSON feed nested past the default 64 levels fails; max-depth raises the limit', async () => {
        const src = `/__nested/100/${key()}/test/fixtures/page-1.json`;
        const strict = list(src);
        const raised = list(src, {'max-depth': '128'});
        const done = Promise.all([outcome(strict), outcome(raised)]);
        await render(html`<div>${strict}${raised}</div>`);
        const [a, b] = await done;
        expect(a.error?.kind).to.equal('limit');
        expect(a.error?.message).to.contain('nested deeper than 64 levels').and.contain('max-depth attribute');
        expect(b.error, b.error?.message).to.equal(undefined);
        expect(b.headlines.length).to.be.greaterThan(0);
      });

      it('a limit that is no positive number is the default', async () => {
        const name = key();
        const els = ['abc', '0', '-5', ''].map((value) => list(padded(name), {'max-bytes': value}));
        const done = Promise.all(els.map(outcome));
        await render(html`<div>${els}</div>`);
        expect((await done).map((result) => result.error?.kind)).to.deep.equal(['limit', 'limit', 'limit', 'limit']);
        // Read under the default limit, they shared one request.
        expect(await hits(name)).to.equal(1);
      });

      it('a feed of more items than the default 1,000 is cut there; max-items raises or lowers the cap, each from its own request', async () => {
        const name = key();
        // `limit` shows every item read (news-feed), so what a reader sees is the cap.
        const shown = {limit: '5000', layout: 'compact'};
        const caps: Record<string, string>[] = [{}, {'max-items': '1100'}, {'max-items': '3'}, {'max-items': '1100.5'}];
        const [strict, raised, lowered, same] = caps.map((cap) => list(`/__items/1200/${name}`, {...shown, ...cap}));
        const done = Promise.all([strict, raised, lowered, same].map(titlesRead));
        await render(html`<div>${strict}${raised}${lowered}${same}</div>`);
        const [a, b, c, d] = await done;
        expect([a.length, b.length, c.length, d.length], 'items read').to.deep.equal([1000, 1100, 3, 1100]);
        expect([a.at(-1), b.at(-1), c.at(-1)]).to.deep.equal(['Item 999', 'Item 1099', 'Item 2']);
        if (tag === 'news-feed') {
          await Promise.all([strict, raised, lowered].map(loaded));
          expect(headlines(lowered)).to.deep.equal(['Item 0', 'Item 1', 'Item 2']);
          expect([headlines(strict).length, headlines(raised).length]).to.deep.equal([1000, 1100]);
          expect(headlines(raised).at(-1)).to.equal('Item 1099');
        }
        // Three caps, three requests: 1100 and 1100.5 are one cap and shared theirs.
        expect(await hits(name)).to.equal(3);
      });

      it('a feed handed over by the page keeps max-items items (1,000 by default), and raising the cap shows more of it', async () => {
        const feed = {items: Array.from({length: 1_200}, (_, i) => ({id: `${i}`, title: `Item ${i}`}))};
        const [byDefault, raised] = ([{}, {'max-items': '1100'}] as Record<string, string>[]).map((cap) => Object.assign(list('', {limit: '5000', layout: 'compact', ...cap}), {feed}));
        await render(html`<div>${byDefault}${raised}</div>`);
        await Promise.all([byDefault, raised].map(loaded));
        expect([headlines(byDefault).length, headlines(raised).length]).to.deep.equal([1_000, 1_100]);
        byDefault.maxItems = 1_200;
        await loaded(byDefault);
        expect(headlines(byDefault).length).to.equal(1_200);
      });

      it('a list under a raised item cap is not handed the copy cut at the default, and an invalid cap is the default', async () => {
        const name = key();
        const src = `/__items/1200/${name}`;
        const countRead = (el: List) => titlesRead(el).then((titles) => titles.length);
        const strict = list(src);
        let done = countRead(strict);
        await render(strict);
        expect(await done).to.equal(1000);
        const invalid = ['abc', '0', '-5', 'Infinity'].map((value) => list(src, {'max-items': value}));
        const raised = list(src, {'max-items': '1200'});
        const all = Promise.all([...invalid, raised].map(countRead));
        strict.after(...invalid, raised);
        expect(await all).to.deep.equal([1000, 1000, 1000, 1000, 1200]);
        // The invalid caps reused the copy read under the default one; only the raised cap asked again.
        expect(await hits(name)).to.equal(2);
        done = countRead(strict);
        strict.maxItems = 1150;
        expect(await done, 'raising the cap on a loaded list reads the feed again').to.equal(1150);
      });
    });
  }

  describe('news-header-bar', () => {
    /** Open-Meteo's answer padded to 100 KB: past the default 64 KiB. */
    const weatherSrc = (name: string) => `/__padded/100000/${name}/test/fixtures/weather-celsius.json`;
    const bar = (src: string, attributes: Record<string, string> = {}) => {
      const el = document.createElement('news-header-bar') as NewsHeaderBarElement;
      for (const [name, value] of Object.entries({'weather-src': src, timezone: 'Africa/Casablanca', ...attributes})) el.setAttribute(name, value);
      return el;
    };
    const weatherOf = async (el: NewsHeaderBarElement) => {
      const error = await Promise.race([eventOnce<{error: WeatherError}>(el, 'news-weather-error').then((event) => event.detail.error), eventOnce(el, 'news-weather-load').then(() => undefined)]);
      await el.updateComplete;
      return {error, temperature: part(el, 'temperature')?.textContent?.trim()};
    };

    it('weather past the default 64 KiB is hidden with one warning; weather-max-bytes raises the limit; different limits, different requests', async () => {
      const name = key();
      const strict = bar(weatherSrc(name));
      const raised = bar(weatherSrc(name), {'weather-max-bytes': '200000'});
      const done = Promise.all([weatherOf(strict), weatherOf(raised)]);
      await render(html`<div>${strict}${raised}</div>`);
      const [a, b] = await done;
      expect(a.error?.kind).to.equal('limit');
      expect(a.error?.message).to.contain('larger than 65,536 bytes').and.contain('weather-max-bytes');
      expect(a.temperature, 'default limit').to.equal(undefined);
      expect(part(strict, 'date'), 'the date stays').to.not.equal(null);
      expect(b.error, b.error?.message).to.equal(undefined);
      expect(b.temperature, 'raised limit').to.equal('13.1°C');
      expect(warn.getCalls().filter((call) => String(call.args[0]).startsWith('news-header-bar:'))).to.have.length(1);
      expect(await hits(name)).to.equal(2);
    });
  });
});
