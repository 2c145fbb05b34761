/**
 * One title holding every C1 control (U+0080–U+009F), as a JSON feed, an RSS one and an Atom
 * one: each reads as the windows-1252 text it stands for. Run in browsers
 * (formats-encoding.test.ts) and in Node (test/node/feeds.node.ts), whose XML parser, xmldom,
 * reads C1 controls otherwise (U+0085 as a line break).
 */
import {parseFeed, parseFeedText} from '../../src/core/feed.js';

const C1 = Array.from({length: 32}, (_, k) => String.fromCharCode(0x80 + k)).join('');
/** The title every format must give. */
export const C1_TITLE = 'A€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸB';

/** An RSS item's link with U+0085 in it: its `…`, as loadFeed would decode the bytes, escaped. */
export const C1_LINK = 'https://e.example/a%E2%80%A6b';

/** The RSS item's link, given as text: each engine's parser and Node's read its C1 control alike. */
export async function c1Link(): Promise<string | undefined> {
  return (await parseFeedText('<rss version="2.0"><channel><item><title>T</title><link>https://e.example/a\u0085b</link></item></channel></rss>')).items[0].url;
}

/** The title as the JSON, RSS and Atom readers read it. */
export async function c1Titles(): Promise<string[]> {
  const json = parseFeed({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', url: 'https://e.example/1', title: `A${C1}B`}]});
  const rss = await parseFeedText(`<rss version="2.0"><channel><item><title>A${C1}B</title><link>https://e.example/1</link></item></channel></rss>`);
  const atom = await parseFeedText(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A${C1}B</title><id>1</id><link href="https://e.example/1"/></entry></feed>`);
  return [json, rss, atom].map((feed) => feed.items[0].title);
}
