/**
 * parseFeed, parseFeedText and loadFeed in Node (no DOM): the same readings as in browsers,
 * hostile documents in bounded time, and loadFeed decoding bytes by their declared charset.
 */
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {test} from 'node:test';
import {FeedError, parseFeed, parseFeedText, type NewsFeed} from '../../src/core/feed.js';
import {MAX_ITEMS} from '../../src/core/formats/fields.js';
import {loadFeed} from '../../src/core/load.js';
import {installEntityTable} from '../../src/core/entity-table.js';
import {ITEM_TEXT_RUNS, TEXT_RUN_LIMIT} from '../../src/core/formats/xml-split.js';
import {MAX_MARKUP_TAGS} from '../../src/core/markup-limits.js';
import {HOSTILE_XML} from '../corpus/hostile.js';
import {FEED_URL, READER_CASES} from '../core/miniflux-cases.js';
import {GOFEED_CASES} from '../core/gofeed-cases.js';
import {SIMPLEPIE_CASES} from '../core/simplepie-cases.js';
import {XML_REVIEW_CASES} from '../core/xml-review-cases.js';
import {C1_LINK, C1_TITLE, c1Link, c1Titles} from '../core/c1-case.js';

test('parseFeedText loads the full table of entity names for a text that uses one outside the common few', async () => {
  const feed = await parseFeedText(String.raw`{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "Caf\u0026eacute; &hellip; &Ntilde;"}]}`);
  assert.equal(feed.items[0].title, 'Café … Ñ');
});

test('parseFeed reads JSON Feed HTML fields and entities without a DOM', () => {
  // As the package's module API does when it is imported: parseFeed reads synchronously.
  installEntityTable();
  const feed = parseFeed(
    {version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: 'Caf&eacute; &constructor; &#146;', content_html: '<p>One</p><script>x</script><p>Two &amp; three</p>'}]},
    'https://example.com/feed.json',
  );
  assert.equal(feed.items[0].title, 'Café &constructor; ’');
  assert.equal(feed.items[0].contentText, 'One Two & three');
});

test('parseFeedText reads RSS, RDF and Atom 0.3 without a DOM', async () => {
  const rss = await parseFeedText('<rss><channel><link>https://example.com/</link><item><title>A &amp; B</title><link>/a</link></item></channel></rss>', 'https://feeds.example/rss');
  assert.deepEqual([rss.items[0].title, rss.items[0].url], ['A & B', 'https://example.com/a']);
  const atom = await parseFeedText('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title>Old</title><issued>2004-01-02T03:04:05Z</issued></entry></feed>', undefined);
  assert.equal(atom.items[0].published?.toISOString(), '2004-01-02T03:04:05.000Z');
});

test('parseFeedText reads dates as browsers do: milliseconds, and Russian, Finnish, Serbian, Catalan, Lithuanian, Latvian and Croatian months as dates write them, from Node\'s Intl', async () => {
  const published = async (date: string) =>
    (await parseFeedText(`<rss><channel><item><title>t</title><pubDate>${date}</pubDate></item></channel></rss>`)).items[0].published?.toISOString();
  assert.equal(await published('2024-03-05T10:00:00.123456Z'), '2024-03-05T10:00:00.123Z');
  assert.equal(await published('Вт, 05 мар 2024 10:00:00 +0300'), '2024-03-05T07:00:00.000Z');
  assert.equal(await published('5 марта 2024'), '2024-03-05T00:00:00.000Z');
  assert.equal(await published('5. maaliskuuta 2024'), '2024-03-05T00:00:00.000Z');
  assert.equal(await published('5. новембар 2024. 10:00 +0100'), '2024-11-05T09:00:00.000Z');
  assert.equal(await published('divendres, 5 d’abril del 2024 10:00:00 +0200'), '2024-04-05T08:00:00.000Z');
  assert.equal(await published('2024 m. balandžio 15 d. 10:00:00 +0300'), '2024-04-15T07:00:00.000Z');
  assert.equal(await published('piektdiena, 2024. gada 5. janv. 10:00 +0200'), '2024-01-05T08:00:00.000Z');
  // Croatian's listopad is October, in a feed declared Croatian.
  const croatian = await parseFeedText('<rss><channel><language>hr</language><item><title>t</title><pubDate>pet, 5. listopada 2024. 10:00 +0200</pubDate></item></channel></rss>');
  assert.equal(croatian.items[0].published?.toISOString(), '2024-10-05T08:00:00.000Z');
});

test('parseFeedText keeps, past an item\'s first 2,000 fields, the first title and link of each name the reader reads, as browsers do', async () => {
  const fields = Array.from({length: MAX_MARKUP_TAGS}, (_, i) => `<f${i}>${i}</f${i}>`).join('');
  const read = async (markup: string) => (await parseFeedText(markup, 'https://example.com/feed.xml')).items.map((i) => [i.title, i.url]);
  const late = [['Late', 'https://example.com/late']];
  const namespaces = 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"';
  assert.deepEqual(await read(`<rss ${namespaces}><channel><item>${fields}<dc:title>Late</dc:title><atom:link href="https://example.com/late"/></item></channel></rss>`), late);
  assert.deepEqual(await read(`<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry>${fields}<a:title>Late</a:title><a:link href="https://example.com/late"/></a:entry></a:feed>`), late);
  // Past the text the item keeps in all its fields, too.
  const text = Array.from({length: ITEM_TEXT_RUNS}, (_, n) => `<g${n}>${'x'.repeat(TEXT_RUN_LIMIT - 100)}</g${n}>`).join('');
  assert.deepEqual(await read(`<rss><channel><item>${text}${fields}<title>Late</title><link>https://example.com/late</link></item></channel></rss>`), late);
});

for (const [name, build, title] of HOSTILE_XML) {
  test(`hostile: ${name}`, async () => {
    const outcome = await parseFeedText(build(), 'https://example.com/feed.xml').catch((error: unknown) => error);
    // A document with an expected title must be read: giving up on it with a format error is no answer.
    if (outcome instanceof FeedError && title === undefined) assert.equal(outcome.kind, 'format');
    else {
      assert.ok(!(outcome instanceof Error), String(outcome));
      const feed = outcome as NewsFeed;
      assert.ok(feed.items.length <= MAX_ITEMS);
      if (title !== undefined) assert.equal(feed.items[0]?.title, title);
    }
  });
}

test('loadFeed decodes a windows-1256 feed by its HTTP charset and resolves links against Content-Location', async () => {
  // "مصر" in windows-1256.
  const title = Buffer.from([0xe3, 0xd5, 0xd1]);
  const body = Buffer.concat([Buffer.from('<?xml version="1.0"?><rss><channel><item><title>'), title, Buffer.from('</title><link>story</link></item></channel></rss>')]);
  const server = createServer((_, response) => {
    response.writeHead(200, {'Content-Type': 'application/rss+xml; charset=windows-1256', 'Content-Location': 'https://news.example/ar/'});
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const {port} = server.address() as {port: number};
    const feed = await loadFeed(`http://127.0.0.1:${port}/feed.xml`, {retries: 0});
    assert.equal(feed.items[0].title, 'مصر');
    assert.equal(feed.items[0].url, 'https://news.example/ar/story');
  } finally {
    server.close();
  }
});

test('parseFeedText in Node reads C1 controls in RSS and Atom as browsers do, as the windows-1252 text they stand for, like a JSON feed', async () => {
  // xmldom reads them as XML 1.1 does: U+0085 a line break.
  assert.deepEqual(await c1Titles(), [C1_TITLE, C1_TITLE, C1_TITLE]);
  assert.equal(await c1Link(), C1_LINK);
});

test('loadFeed in Node says a redirect loop is one, once, and never blames CORS, which a server\'s fetch does not have', async () => {
  let hits = 0;
  const server = createServer((_, response) => {
    hits++;
    response.writeHead(302, {Location: '/loop'});
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const {port} = server.address() as {port: number};
    const url = `http://127.0.0.1:${port}/loop`;
    const error = await loadFeed(url, {retryDelay: 1}).catch((e: unknown) => e);
    assert.ok(error instanceof FeedError);
    assert.equal(error.kind, 'network');
    assert.equal(error.message, `The feed at ${url} redirects in a loop, too many times.`);
    // The request with its 20 redirects: final, not retried (a server's fetch needs no probe).
    assert.equal(hits, 21);
    // A port nothing listens on: the one a server had, closed.
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const free = (gone.address() as {port: number}).port;
    await new Promise((resolve) => gone.close(resolve));
    const closed = await loadFeed(`http://127.0.0.1:${free}/feed.xml`, {retries: 0}).catch((e: unknown) => e);
    assert.ok(closed instanceof FeedError);
    assert.match(closed.message, /^Could not reach the feed at .*\. Check the address, the connection\.$/);
    // One redirect to that server, down: no loop, a failure that may pass (asked again).
    let moves = 0;
    const away = createServer((_, response) => {
      moves++;
      response.writeHead(301, {Location: `http://127.0.0.1:${free}/feed.xml`});
      response.end();
    });
    await new Promise<void>((resolve) => away.listen(0, '127.0.0.1', resolve));
    try {
      const moved = `http://127.0.0.1:${(away.address() as {port: number}).port}/feed.xml`;
      const error = await loadFeed(moved, {retries: 1, retryDelay: 1}).catch((e: unknown) => e);
      assert.ok(error instanceof FeedError);
      assert.equal(error.message, `Could not reach the feed at ${moved}. Check the address, the connection.`);
      assert.equal(moves, 2, 'asked again once (retries: 1)');
    } finally {
      away.close();
    }
  } finally {
    server.close();
  }
});

test('parseFeedText decodes a Buffer, as a server reads a feed file without an encoding, by its XML declaration or the charset given', async () => {
  // "مصر" in windows-1256: readFile(file, 'utf8') would give "���".
  const title = Buffer.from([0xe3, 0xd5, 0xd1]);
  const file = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss><channel><item><title>'), title, Buffer.from('</title></item></channel></rss>')]);
  assert.equal((await parseFeedText(file, 'https://news.example/feed.xml')).items[0].title, 'مصر');
  const undeclared = Buffer.concat([Buffer.from('<rss><channel><item><title>'), title, Buffer.from('</title></item></channel></rss>')]);
  const feed = await parseFeedText(undeclared, 'https://news.example/feed.xml', {contentType: 'application/rss+xml; charset=windows-1256'});
  assert.equal(feed.items[0].title, 'مصر');
  const error = await parseFeedText(null as unknown as string).catch((e: unknown) => e);
  assert.ok(error instanceof FeedError);
  assert.equal(error.message, "parseFeedText() takes a feed's text or bytes (Uint8Array, ArrayBuffer), not null.");
});

test('parseFeed and parseFeedText keep a feed\'s absolute links under a base that is no address (a server has no page): only relative ones go', async () => {
  const json = {version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', url: 'https://example.ma/ar/1', image: 'https://example.ma/1.jpg', title: 'Absolute'}, {id: '2', url: '/ar/2', title: 'Relative'}]};
  for (const base of ['/feeds/latest.json', '', 'feeds/latest.json', undefined]) {
    for (const feed of [parseFeed(json, base), await parseFeedText(JSON.stringify(json), base)]) {
      assert.deepEqual(
        feed.items.map((item) => [item.title, item.url, item.image]),
        [
          ['Absolute', 'https://example.ma/ar/1', 'https://example.ma/1.jpg'],
          ['Relative', undefined, undefined],
        ],
        `base ${JSON.stringify(base)}`,
      );
    }
  }
  const rss = await parseFeedText('<rss><channel><item><title>A</title><link>https://example.ma/a</link></item></channel></rss>', '/feed.xml');
  assert.equal(rss.items[0].url, 'https://example.ma/a');
  // A URL object, as loadFeed takes one, and a long signed address are bases like any other.
  for (const base of [new URL('https://example.ma/feeds/latest.json'), `https://example.ma/feeds/latest.json?signature=${'a'.repeat(9_000)}`]) {
    assert.equal(parseFeed(json, base).items[1].url, 'https://example.ma/ar/2', String(base).slice(0, 40));
  }
});

test('loadFeed rejects a relative URL in Node, where no page gives it a base, with a FeedError that says so', async () => {
  const outcome = loadFeed('/feeds/latest.xml');
  assert.ok(outcome instanceof Promise, 'it rejects, never throws at the call');
  const error = await outcome.catch((e: unknown) => e);
  assert.ok(error instanceof FeedError);
  assert.equal(error.kind, 'network');
  assert.match(error.message, /"\/feeds\/latest\.xml" is not a URL \(in Node, give an absolute one\)/);
});

test('loadFeed refuses a file: address in Node at once, where fetch cannot read one', async () => {
  const error = await loadFeed('file:///srv/www/feeds/latest.xml').catch((e: unknown) => e);
  assert.ok(error instanceof FeedError);
  assert.equal(error.kind, 'network');
  assert.equal(error.message, '"file:///srv/www/feeds/latest.xml" is no address fetch reads: give an http: or https: one.');
});

test('parseFeedText reads the feeds found by miniflux\'s reader tests, gofeed\'s corpus and SimplePie\'s tests as browsers do', async () => {
  for (const {name, feed, read, want} of [...READER_CASES, ...GOFEED_CASES, ...SIMPLEPIE_CASES]) assert.deepEqual(read(await parseFeedText(feed, FEED_URL)), want, name);
});

for (const {name, feed, read, want} of XML_REVIEW_CASES) test(`parseFeedText reads as browsers do: ${name}`, async () => assert.deepEqual(read(await parseFeedText(feed, FEED_URL)), want));
