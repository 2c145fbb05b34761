// Feed documents of a given size for the benchmarks (bench.js, hostile.html), the same stories in each format.

const IMAGES = ['casablanca-rain-warning', 'rabat-tram-extension', 'ouarzazate-solar-farm', 'casablanca-port-traffic'];

/** The `i`th of four of the demo's pictures, served with the benchmarks: a card's image loads from here, never from the network. */
export const localImage = (i) => new URL(`../demo/images/${IMAGES[i % IMAGES.length]}.svg`, import.meta.url).href;

/** An RSS 2.0 document of about `bytes` bytes. */
export function makeRss(bytes) {
  const items = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = `<item><title>Story ${i}: the port, the tram &amp; the rain</title><link>https://example.com/articles/${i}</link><guid>https://example.com/${i}</guid><description><![CDATA[<p>Summary <b>${i}</b> with <a href="/x">a link</a>.</p><img src="/images/${i}.jpg" alt="">]]></description><pubDate>Fri, 16 Jan 2026 09:${String(i % 60).padStart(2, '0')}:00 +0100</pubDate><category>Economy</category><category>tag${i % 13}</category><dc:creator>Author ${i % 7}</dc:creator></item>`;
    size += item.length;
    items.push(item);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench</title><link>https://example.com/</link>${items.join('')}</channel></rss>`;
}

/** An Atom 1.0 document of about `bytes` bytes, with the same stories as {@link makeRss}. */
export function makeAtom(bytes) {
  const entries = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const entry = `<entry><title>Story ${i}: the port, the tram &amp; the rain</title><link href="https://example.com/articles/${i}"/><id>https://example.com/${i}</id><updated>2026-01-16T09:${String(i % 60).padStart(2, '0')}:00+01:00</updated><author><name>Author ${i % 7}</name></author><category term="Economy"/><category term="tag${i % 13}"/><summary type="html">&lt;p&gt;Summary &lt;b&gt;${i}&lt;/b&gt; with &lt;a href="/x"&gt;a link&lt;/a&gt;.&lt;/p&gt;&lt;img src="/images/${i}.jpg" alt=""&gt;</summary></entry>`;
    size += entry.length;
    entries.push(entry);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Bench</title><link href="https://example.com/"/><id>https://example.com/</id><updated>2026-01-16T09:00:00Z</updated>${entries.join('')}</feed>`;
}

/** A JSON Feed document of about `bytes` bytes. */
export function makeJsonFeed(bytes) {
  const items = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const item = {
      id: `https://example.com/${i}`,
      url: `https://example.com/articles/${i}`,
      title: `Story ${i}: the port, the tram &amp; the rain in Casablanca`,
      summary: `Summary <b>${i}</b> with some markup &mdash; and entities.`,
      content_html: `<p>Paragraph one of story ${i}.</p><p>Paragraph two, with <a href="/x">a link</a> and <em>emphasis</em>.</p>`,
      image: `/images/${i}.jpg`,
      date_published: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      authors: [{name: `Author ${i % 7}`}],
      tags: ['Economy', 'Casablanca', `tag${i % 13}`],
    };
    size += JSON.stringify(item).length + 1;
    items.push(item);
  }
  return JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Bench', items});
}
