/** Broken, wrong-typed, huge and absurd feed documents: each must give a best-effort render or a clear error. */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const jsonFeed = (items: unknown) => JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'T', items});

export const MALFORMED: Record<string, string> = {
  'empty text': '',
  'only blanks': ' \n\t ',
  'an open brace': '{',
  'truncated JSON Feed': jsonFeed([{id: '1', title: 'Cut'}]).slice(0, 60),
  'JSON null': 'null',
  'a JSON number': '42',
  'a JSON string': '"feed"',
  'JSON true': 'true',
  'an array of numbers': '[1, 2, 3]',
  'items as an object': '{"version": "https://jsonfeed.org/version/1.1", "items": {}}',
  'items null': '{"items": null}',
  'items of every wrong type': jsonFeed([null, 1, 'x', [], {}, true]),
  'fields of wrong types': jsonFeed([
    {id: {}, title: 5, url: 7, date_published: 1e300, date_modified: [], tags: 'a', authors: 5, author: [], image: {}, summary: {}, content_html: [], language: 12},
    {id: [], title: ['x'], content_text: {a: 1}, tags: [null, {}, 3, 'ok'], authors: [{name: {}}, {name: 'Real', url: {}}], date_published: 'yesterday'},
  ]),
  'missing fields': jsonFeed([{}, {id: 'only-id'}, {url: 'https://example.com/only-url'}, {content_text: 'Only text'}]),
  'duplicate and object ids': jsonFeed([{id: {}, title: 'A'}, {id: {}, title: 'B'}, {id: 'x', title: 'C'}, {id: 'x', title: 'D'}]),
  'deeply nested JSON': nested(100_000),
  'a 1 MB title': jsonFeed([{id: '1', title: 'A'.repeat(1_000_000), summary: 'word '.repeat(200_000)}]),
  'combining marks, bidi overrides and zero-width characters': jsonFeed([{id: '1', title: `Z${'\u0301'.repeat(5_000)}\u202e\u2066evil\u200b\u200b\ufeff\ud800`}]),
  'a byte-order mark': `\uFEFF${jsonFeed([{id: '1', title: 'BOM'}])}`,
  'binary garbage': String.fromCharCode(...Array.from({length: 2_000}, (_, i) => (i * 7919) % 256)),
  'unclosed XML': '<rss><channel><item><title>x</title>',
  'XML with junk after the root': '<rss><channel><item><title>x</title></item></channel></rss><extra/>',
  'billion laughs': `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({length: 9}, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss><channel><item><title>&lol9;</title></item></channel></rss>`,
  'an external entity': '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>x&xxe;</title></item></channel></rss>',
  'an HTML page': '<!doctype html><html><head><title>Home</title></head><body><p>Hello</body></html>',
  'only an XML declaration': '<?xml version="1.0"?>',
  'RSS without a channel': '<rss version="2.0"><item><title>Lost</title></item></rss>',
  'Atom without its namespace': '<feed><entry><title>No namespace</title></entry></feed>',
  'elements where text belongs': '<rss><channel><item><title><b>Bold</b> <i>title</i></title><link><a>x</a></link><pubDate><x/></pubDate></item></channel></rss>',
  'Atom with broken dates and xml:base': '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://["><entry><title>T</title><updated>2026-99-99</updated><published>soon</published><link href="a b"/></entry></feed>',
  'RSS with undeclared prefixes': '<rss><channel><item><title>x</title><media:content url="https://example.com/a.jpg"/></item></channel></rss>',
  'WordPress with wrong types': '[{"title": {"rendered": {}}, "_embedded": 5}, {"title": {"rendered": "Kept"}, "link": 5, "_embedded": {"author": "x", "wp:featuredmedia": [null], "wp:term": [null, [5, {"name": {}}]]}}]',
  'WordPress error object': '{"code": "rest_no_route", "message": "No route", "data": {"status": 404}}',
};

/** A feed of `count` items of about 1 KB each (5,000 items ≈ 5 MB). */
export function hugeFeed(count: number): string {
  const body = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(16)}</p>`;
  return jsonFeed(
    Array.from({length: count}, (_, i) => ({
      id: `big-${i}`,
      url: `https://example.com/big/${i}`,
      title: `Article ${i + 1}`,
      content_html: body,
      date_published: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      tags: ['Bulk'],
    })),
  );
}
