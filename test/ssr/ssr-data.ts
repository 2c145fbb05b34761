/** Data the server-rendered test pages (pages.ts) and the browser tests share. */
import type {NewsFeed} from '../../src/core/model.js';

/** A feed whose first item is a full card: image, headline, summary, author, date and three tags. */
export const ssrFeed = (origin: string): NewsFeed => ({
  items: [
    {
      id: 'port',
      url: 'https://example.com/port',
      title: 'Port expansion opens a new terminal',
      summary: 'Capacity doubles at the Atlantic port.',
      image: `${origin}/test/fixtures/image.svg`,
      imageAlt: 'Cranes at the port',
      published: new Date('2026-01-10T09:00:00Z'),
      authors: [{name: 'Amina Benali'}],
      tags: ['Economy', 'Port', 'Atlantic'],
    },
    {id: 'rail', url: 'https://example.com/rail', title: 'New rail line to the port', authors: [], tags: ['Port'], published: new Date('2026-01-09T09:00:00Z')},
    {id: 'rain', url: 'https://example.com/rain', title: 'Heavy rain expected', authors: [], tags: ['Weather'], published: new Date('2026-01-08T09:00:00Z')},
  ],
});

/** Feeds of the wrong shape, as any script or server code might pass them to `.feed`. */
export const malformedFeeds: unknown[] = [{items: 'nope'}, {items: [{}, null, 'x', {title: ''}]}, 'not a feed', 42];

/**
 * 1,000 items of about 900 characters, the most the reading caps keep: ranking them takes longer
 * than a frame in every engine. Every hundredth item shares item 0's tag. Their links are under
 * `base`: a relative one is a feed a site's code builds from its own paths.
 */
export function longFeed(base = 'https://news.example/'): NewsFeed {
  const syllables = [...'bcdfghjklmnpqrvwxz'].flatMap((a) => [...'aeiou'].map((b) => a + b + a));
  const text = (i: number, length: number) => Array.from({length: 300}, (_, k) => syllables[(k * 13 + i * 7) % syllables.length]).join(' ').slice(0, length);
  return {
    items: Array.from({length: 1_000}, (_, i) => ({
      id: `${i}`,
      url: `${base}${i}`,
      title: `Story ${i} ${text(i, 280)}`,
      summary: text(i + 1, 600),
      authors: [],
      tags: i % 100 ? [] : ['Rail'],
    })),
  };
}
