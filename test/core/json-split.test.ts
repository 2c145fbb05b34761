import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FeedError, parseFeed, parseFeedText} from '../../src/core/feed.js';
import {runNow} from '../../src/core/steps.js';
import {scanJson} from '../../src/core/formats/json-split.js';

/** The text with the items past the cap left out, as parseFeedText reads it. */
const kept = (text: string, maxItems: number) => {
  const {past} = runNow(scanJson(text, maxItems, Infinity));
  return past ? text.slice(0, past.start) + text.slice(past.end) : text;
};

describe('leaving out the JSON items past the cap before parsing', () => {
  // Strings that look like structure: quotes, backslashes, brackets, commas, colons and the key itself.
  const tricky = fc.string({unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ':', 'items', ' ', 'a', '\u2028')});
  const value = fc.letrec((tie) => ({
    value: fc.oneof({depthSize: 'small'}, tricky, fc.integer(), fc.constant(null), fc.array(tie('value'), {maxLength: 3}), fc.dictionary(tricky, tie('value'), {maxKeys: 3})),
  })).value;
  const indent = fc.constantFrom(undefined, 0, 2, '\t');

  it('reads the same as parsing whole and keeping the first maxItems: JSON Feed objects and WordPress arrays', () => {
    fc.assert(
      fc.property(fc.dictionary(tricky, value, {maxKeys: 3}), fc.array(value, {maxLength: 12}), fc.boolean(), fc.integer({min: 1, max: 10}), indent, (head, items, wordpress, maxItems, space) => {
        const whole = wordpress ? items : {...head, items};
        const text = JSON.stringify(whole, null, space);
        const read = JSON.parse(kept(text, maxItems));
        expect(read).to.deep.equal(wordpress ? items.slice(0, maxItems) : {...whole, items: items.slice(0, maxItems)});
      }),
      {numRuns: 1_000},
    );
  });

  it('leaves alone what it cannot cut cleanly: a second items key, nested item lists, unbalanced text', () => {
    const twice = '{"items": [1, 2, 3], "x": {"items": [4, 5, 6]}, "items": [7, 8, 9]}';
    expect(kept(twice, 1)).to.equal(twice);
    const nested = '{"feed": {"items": [1, 2, 3]}, "items": [[1, 2, 3], [4], [5]]}';
    expect(JSON.parse(kept(nested, 1))).to.deep.equal({feed: {items: [1, 2, 3]}, items: [[1, 2, 3]]});
    for (const broken of ['{"items": [1, 2, 3]', '{"items": [1, 2, 3}]', '[1, 2, "3]']) expect(kept(broken, 1)).to.equal(broken);
    expect(kept('{"items": [1, 2]}', 2)).to.equal('{"items": [1, 2]}');
  });

  it('parseFeedText reads 50,000 tiny items as their first 1,000, without building the rest', async () => {
    const items = Array.from({length: 50_000}, (_, i) => ({id: `${i}`, title: `Item ${i}`}));
    const text = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Tiny', items});
    const original = JSON.parse;
    const parsed: number[] = [];
    JSON.parse = (json: string, reviver?: Parameters<typeof JSON.parse>[1]) => (parsed.push(json.length), original(json, reviver));
    try {
      const feed = await parseFeedText(text, 'https://example.com/feed.json');
      expect(feed.items.map((item) => item.title)).to.deep.equal(items.slice(0, 1_000).map((item) => item.title));
    } finally {
      JSON.parse = original;
    }
    expect(parsed).to.have.length(1);
    expect(parsed[0]).to.be.below(text.length / 40);
  });
});

describe('measuring JSON nesting before parsing', () => {
  const tooDeep = (text: string, maxDepth: number) => runNow(scanJson(text, 1_000, maxDepth)).tooDeep;

  it('measures nesting as JSON.parse would meet it, whatever strings hold (quotes, backslashes, brackets)', () => {
    const depthOf = (value: unknown): number =>
      value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;
    const tricky = fc.string({unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a', '\u0000', '\u2028')});
    const json = fc.letrec((tie) => ({
      value: fc.oneof({depthSize: 'small'}, tricky, fc.integer(), fc.array(tie('value'), {maxLength: 4}), fc.dictionary(tricky, tie('value'), {maxKeys: 3})),
    })).value;
    fc.assert(
      fc.property(json, fc.integer({min: 0, max: 8}), (value, maxDepth) => {
        expect(tooDeep(JSON.stringify(value), maxDepth)).to.equal(depthOf(value) > maxDepth);
      }),
      {numRuns: 500},
    );
    // A quote after an odd number of backslashes is inside the string; after an even number, it ends it.
    expect(tooDeep(`"${'\\'.repeat(3)}"[[["`, 0)).to.equal(false);
    expect(tooDeep(`"${'\\'.repeat(2)}"[]`, 0)).to.equal(true);
    expect(tooDeep('["unterminated [[[[', 1)).to.equal(false, 'an unterminated string is left to JSON.parse');
  });

  it('parseFeedText refuses JSON nested past maxDepth (default 64) with a limit error, and reads it once raised', async () => {
    const deep = `{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Deep", "x": ${'['.repeat(70)}${']'.repeat(70)}}]}`;
    const error = await parseFeedText(deep, 'https://example.com/feed.json').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('limit');
    expect((error as FeedError).message).to.contain('nested deeper than 64 levels');
    const feed = await parseFeedText(deep, 'https://example.com/feed.json', {maxDepth: 80});
    expect(feed.items.map((item) => item.title)).to.deep.equal(['Deep']);
  });

  it('parseFeed refuses the same texts as parseFeedText: JSON nested past maxDepth is a limit error, and items past maxItems are not parsed', async () => {
    const deep = `{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Deep", "x": ${'['.repeat(70)}${']'.repeat(70)}}]}`;
    const thrown = (read: () => unknown) => {
      try {
        read();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const error = thrown(() => parseFeed(deep, 'https://example.com/feed.json')) as FeedError;
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('limit');
    expect(error.message).to.contain('nested deeper than 64 levels');
    expect(parseFeed(deep, 'https://example.com/feed.json', {maxDepth: 80}).items.map((item) => item.title)).to.deep.equal(['Deep']);
    // A bare `[[[…]]]` is a limit too, as loadFeed and parseFeedText say, not "not a feed".
    const brackets = '['.repeat(100) + ']'.repeat(100);
    expect((thrown(() => parseFeed(brackets)) as FeedError).kind).to.equal('limit');
    // An item past the cap is never parsed: its broken text is no syntax error.
    const broken = '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Kept"}, {"id": 2, "title": nope}]}';
    expect(parseFeed(broken, undefined, {maxItems: 1}).items.map((item) => item.title)).to.deep.equal(['Kept']);
    expect((thrown(() => parseFeed(broken)) as FeedError).kind).to.equal('syntax');
    // XML is still pointed to parseFeedText.
    expect((thrown(() => parseFeed('<rss version="2.0"></rss>')) as FeedError).kind).to.equal('format');
  });

  it('parseFeed and parseFeedText give the same feed or the same error for any JSON text', async () => {
    const item = fc.record({id: fc.string(), title: fc.string(), extra: fc.jsonValue({maxDepth: 6})});
    const feed = fc.record({version: fc.constant('https://jsonfeed.org/version/1.1'), items: fc.array(item, {maxLength: 4})});
    const text = fc.oneof(feed.map((value) => JSON.stringify(value)), fc.json({maxDepth: 6}), fc.string());
    const outcome = async (read: () => unknown) => {
      try {
        return {feed: await read()};
      } catch (error) {
        return {error: (error as FeedError).kind};
      }
    };
    await fc.assert(
      fc.asyncProperty(text, fc.integer({min: 1, max: 5}), fc.integer({min: 1, max: 5}), async (json, maxItems, maxDepth) => {
        const options = {maxItems, maxDepth};
        const sync = await outcome(() => parseFeed(json, 'https://example.com/feed.json', options));
        const sliced = await outcome(() => parseFeedText(json, 'https://example.com/feed.json', options));
        expect(sync).to.deep.equal(sliced);
      }),
      {numRuns: 200},
    );
  });

  it('finds the items past the cap and the depth in one scan', () => {
    const items = Array.from({length: 5}, (_, i) => ({id: `${i}`, nested: [[[i]]]}));
    const text = JSON.stringify({items});
    expect(runNow(scanJson(text, 2, 6))).to.deep.equal({tooDeep: false, past: {start: text.indexOf(',{"id":"2"'), end: text.lastIndexOf(']')}});
    expect(runNow(scanJson(text, 2, 5)).tooDeep, 'the feed nests 6 deep').to.equal(true);
  });
});
