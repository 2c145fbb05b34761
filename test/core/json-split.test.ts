import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FeedError, parseFeed, parseFeedText} from '../../src/core/feed.js';
import {readJsonText} from '../../src/core/read-feed.js';
import {runNow} from '../../src/core/steps.js';
import {MAX_VALUES, scanJson} from '../../src/core/formats/json-split.js';

const URL = 'https://example.com/feed.json';
/** The value of `text` as parseFeed and parseFeedText read it: the items past the cap left out, the rest parsed item by item. */
const read = (text: string, maxItems = 1_000) => runNow(readJsonText(text, URL, maxItems, Infinity));
/** The error `read` throws, or undefined. */
const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return error as FeedError;
  }
  return undefined;
};

describe('parsing JSON feeds item by item, without the items past the cap', () => {
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
        expect(read(JSON.stringify(whole, null, space), maxItems)).to.deep.equal(wordpress ? items.slice(0, maxItems) : {...whole, items: items.slice(0, maxItems)});
      }),
      {numRuns: 1_000},
    );
  });

  it('parses whole what it cannot cut cleanly (a second items key, nested item lists), and refuses what JSON.parse refuses', () => {
    const twice = '{"items": [1, 2, 3], "x": {"items": [4, 5, 6]}, "items": [7, 8, 9]}';
    expect(read(twice, 1)).to.deep.equal(JSON.parse(twice));
    const nested = '{"feed": {"items": [1, 2, 3]}, "items": [[1, 2, 3], [4], [5]]}';
    expect(read(nested, 1)).to.deep.equal({feed: {items: [1, 2, 3]}, items: [[1, 2, 3]]});
    expect(read('{"items": [1, 2]}', 2)).to.deep.equal({items: [1, 2]});
    expect(read('{"items": [ ]}')).to.deep.equal({items: []});
    expect(read(' [ ] ')).to.deep.equal([]);
    // Broken text, also where each item alone would parse: a blank item, a missing or trailing comma, a broken envelope.
    for (const broken of ['{"items": [1, 2, 3]', '{"items": [1, 2, 3}]', '[1, 2, "3]', '[1,]', '[,1]', '[1,,2]', '{"items": [{}, ]}', '{"items": [1 2]}', '{"items": [1], }', '{items: [1]}', ',', '1, 2', '"a", [1]', '{"items": [\u00a0]}', '[\u2028]']) {
      expect(refusal(() => read(broken))?.kind, broken).to.equal('syntax');
    }
  });

  it('parseFeedText reads 50,000 tiny items as their first 1,000, parsing only those, one at a time', async () => {
    const items = Array.from({length: 50_000}, (_, i) => ({id: `${i}`, title: `Item ${i}`}));
    const text = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Tiny', items});
    const original = JSON.parse;
    const parsed: number[] = [];
    JSON.parse = (json: string, reviver?: Parameters<typeof JSON.parse>[1]) => (parsed.push(json.length), original(json, reviver));
    try {
      const feed = await parseFeedText(text, URL);
      expect(feed.items.map((item) => item.title)).to.deep.equal(items.slice(0, 1_000).map((item) => item.title));
    } finally {
      JSON.parse = original;
    }
    expect(parsed, 'the feed without its items, then each item').to.have.length(1_001);
    expect(Math.max(...parsed)).to.be.below(100);
    expect(parsed.reduce((sum, length) => sum + length, 0)).to.be.below(text.length / 40);
  });

  it(`leaves out an item of more than ${MAX_VALUES.toLocaleString('en')} values unparsed, and reads the others`, async () => {
    const hostile = (count: number) =>
      JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: 'Before'}, {id: 'x', title: 'Hostile', tags: 'HERE'}, {id: '2', title: 'After'}]}).replace(
        '"HERE"',
        `[${'[],'.repeat(count - 1)}[]]`,
      );
    // The item's own values: its `{`, three colons, two commas, the tags' `[`; then each empty array and the commas between them.
    const values = (count: number) => 7 + count + (count - 1);
    const justUnder = (MAX_VALUES - 7 + 1) / 2;
    expect(values(justUnder)).to.equal(MAX_VALUES);
    expect((await parseFeedText(hostile(justUnder), URL)).items.map((item) => item.title)).to.deep.equal(['Before', 'Hostile', 'After']);
    const original = JSON.parse;
    const parsed: number[] = [];
    JSON.parse = (json: string, reviver?: Parameters<typeof JSON.parse>[1]) => (parsed.push(json.length), original(json, reviver));
    try {
      expect((await parseFeedText(hostile(justUnder + 1), URL)).items.map((item) => item.title)).to.deep.equal(['Before', 'After']);
      expect(parseFeed(hostile(200_000), URL).items.map((item) => item.title)).to.deep.equal(['Before', 'After']);
    } finally {
      JSON.parse = original;
    }
    expect(Math.max(...parsed), 'the hostile item is never parsed').to.be.below(200);
  });

  it(`refuses a text of more than ${MAX_VALUES.toLocaleString('en')} values outside its items with a limit error, before parsing it`, async () => {
    const beside = (count: number) => JSON.stringify({version: 'https://jsonfeed.org/version/1.1', _ext: 'HERE', items: [{id: '1', title: 'Kept'}]}).replace('"HERE"', `[${'{},'.repeat(count - 1)}{}]`);
    // Outside the item: the feed's `{`, three colons, two commas, the extension's `[`; then each object and the commas between them.
    const values = (count: number) => 7 + count + (count - 1);
    const justUnder = (MAX_VALUES - 7 + 1) / 2;
    expect(values(justUnder)).to.equal(MAX_VALUES);
    expect(parseFeed(beside(justUnder), URL).items.map((item) => item.title)).to.deep.equal(['Kept']);
    const original = JSON.parse;
    let calls = 0;
    JSON.parse = (json: string, reviver?: Parameters<typeof JSON.parse>[1]) => (calls++, original(json, reviver));
    try {
      const errors = [
        refusal(() => parseFeed(beside(justUnder + 1), URL)),
        await parseFeedText(beside(300_000), URL).then(() => undefined, (error: unknown) => error as FeedError),
        // Texts parsed whole: JSON that is no feed, and JSON that never closes (JSON.parse builds all of it before it fails).
        refusal(() => parseFeed(`{"x": [${'[],'.repeat(30_000)}[]]}`, URL)),
        refusal(() => parseFeed(`{"items": [${'[],'.repeat(30_000)}`, URL)),
      ];
      expect(errors.map((error) => error?.kind)).to.deep.equal(['limit', 'limit', 'limit', 'limit']);
      expect(errors.map((error) => error?.message)).to.deep.equal([
        'The feed at https://example.com/feed.json holds more than 20,000 values outside its items, past the reading limit.',
        'The feed at https://example.com/feed.json holds more than 20,000 values outside its items, past the reading limit.',
        'The feed at https://example.com/feed.json holds more than 20,000 values, past the reading limit.',
        'The feed at https://example.com/feed.json holds more than 20,000 values, past the reading limit.',
      ]);
    } finally {
      JSON.parse = original;
    }
    expect(calls, 'none is parsed').to.equal(0);
  });

  it('pauses between items, so parseFeedText gives the page a turn within a long feed', () => {
    const text = JSON.stringify({items: Array.from({length: 300}, (_, i) => ({id: `${i}`}))});
    const steps = readJsonText(text, URL, 1_000, undefined);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).to.be.at.least(300);
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

  it('says where a JSON feed is broken as JSON.parse does of the whole text: a trailing comma is no "unexpected end" (helper-162)', async () => {
    const texts = [
      '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "t"},]}',
      '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "t"}, {"id": "2" "title": "u"}]}',
    ];
    for (const text of texts) {
      const native = (() => {
        try {
          JSON.parse(text);
        } catch (error) {
          return (error as Error).message;
        }
        throw new Error('valid JSON');
      })();
      const error = await parseFeedText(text, 'https://example.com/feed.json').then(
        () => undefined,
        (thrown: unknown) => thrown as FeedError,
      );
      expect(error?.kind, text).to.equal('syntax');
      expect(error?.message, text).to.equal(`The feed at https://example.com/feed.json is not valid JSON (${native.slice(0, 200)}).`);
    }
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

  it('finds the items within the cap, the values each holds, and the depth in one scan', () => {
    const items = Array.from({length: 5}, (_, i) => ({id: `${i}`, nested: [[[i]]]}));
    const text = JSON.stringify({items});
    const span = (i: number) => {
      const start = text.indexOf(`{"id":"${i}"`);
      return {start, end: text.indexOf('}', start) + 1, values: 7};
    };
    // Outside the items: the top-level `{` and the colon after "items".
    expect(runNow(scanJson(text, 2, 6))).to.deep.equal({tooDeep: false, list: {start: text.indexOf('['), end: text.lastIndexOf(']'), items: [span(0), span(1)]}, values: 2});
    expect(runNow(scanJson(text, 2, 5)).tooDeep, 'the feed nests 6 deep').to.equal(true);
  });
});
