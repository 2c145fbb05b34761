/**
 * Hostile feed documents, built in memory (too large to store), shared by the browser and
 * Node tests: each must give a parsed feed or a FeedError of kind `format`, in bounded time;
 * one with an expected title must give a feed, with that title first.
 */
const entityBomb =
  '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">' +
  Array.from({length: 9}, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('') +
  ']><rss><channel><item><title>Bomb &j;</title></item></channel></rss>';

// Declared entities are read, within limits: `site` is expanded, the bomb `j` is not, nor a reference inside CDATA.
const declaredEntities =
  `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY site "Example &amp; Co"><!ENTITY a "aaaaaaaaaa">${entityBomb.slice(entityBomb.indexOf('<!ENTITY b'), entityBomb.indexOf(']>'))}]>` +
  '<rss><channel><item><title>&site; &j; <![CDATA[&site;]]></title></item></channel></rss>';
// A kilobyte entity referenced 5,000 times: expansion stops after a megabyte.
const manyReferences = `<!DOCTYPE rss [<!ENTITY k "${'k'.repeat(1_000)}">]><rss><channel><item><title>Many</title><description>${'&k;'.repeat(5_000)}</description></item></channel></rss>`;

// A kilobyte entity referenced 600,000 times in another's text (1.8 MB): that one is left out, not built.
const wideEntity = `<!DOCTYPE rss [<!ENTITY k "${'k'.repeat(1_024)}"><!ENTITY w "${'&k;'.repeat(600_000)}">]><rss><channel><item><title>Wide &w;</title></item></channel></rss>`;

const externalEntity = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>X &x;</title></item></channel></rss>';

const item = (i: number) =>
  `<item><title>Item ${i} &amp; more</title><link>https://example.com/${i}</link><description>&lt;p&gt;${'Some text here. '.repeat(20)}&lt;/p&gt;</description></item>`;

/** [name, document, expected title of the first item (undefined: no item or a FeedError is fine; a title: a feed is required)] */
export const HOSTILE_XML: [string, () => string, string | undefined][] = [
  ['an entity-expansion bomb (its entities are not expanded)', () => entityBomb, 'Bomb &j;'],
  ['declared entities beside a bomb', () => declaredEntities, 'Example & Co &j; &site;'],
  ['one entity referenced 5,000 times', () => manyReferences, 'Many'],
  ['an entity of 600,000 references to another', () => wideEntity, 'Wide &w;'],
  ['an external entity', () => externalEntity, 'X &x;'],
  ['100,000 nested elements', () => `<rss><channel><item><title>Deep</title><description>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</description></item></channel></rss>`, 'Deep'],
  ['100,000 unclosed elements', () => `<rss><channel><item><title>Unclosed</title>${'<a>'.repeat(100_000)}`, 'Unclosed'],
  ['a 50 MB feed', () => `<rss><channel><title>Big</title>${Array.from({length: 120_000}, (_, i) => item(i)).join('')}</channel></rss>`, 'Item 0 & more'],
  ['50 MB of "<"', () => `<rss>${'<'.repeat(50_000_000)}`, undefined],
  ['50 MB of "&"', () => `<rss><channel><title>${'&'.repeat(50_000_000)}`, undefined],
  ['a 50 MB attribute', () => `<rss><channel><item><title a="${'x'.repeat(50_000_000)}`, undefined],
  // Cut inside a tag whose only `>` is in a quoted value: read as broken markup, not thrown on.
  ['a feed cut inside a tag after a value holding `>`', () => '<rss><channel><item><title>Cut</title><a x="b>c"', 'Cut'],
  // An HTML page (a wrong address) searched for the feed it names: 100 KB of `<link` without a `>` held the page 0.9 s.
  ['an HTML page of 20,000 unclosed `<link`', () => `<html><head>${'<link'.repeat(20_000)}`, undefined],
  // No tag to the repair (a name then `=`), each with a quoted value, before the feed's end tags: each was read up to them.
  ['300,000 of `<a="x" `', () => `<rss><channel><item><title>Quoted</title><description>${'<a="x" '.repeat(300_000)}</description></item></channel></rss>`, 'Quoted'],
];
