/**
 * Real feeds from other feed readers' test suites (README.md beside this file lists where
 * each comes from), and what a reader sees on the cards of some of their items: image,
 * summary, date, author, link, tags. Run in the browser (test/core/formats-real-feeds.test.ts)
 * and in Node (test/node/real-feeds.node.ts); reading the bytes is left to the caller.
 */
import {decodeFeedBytes} from '../../../src/core/encoding.js';
import {parseFeedText, type NewsItem} from '../../../src/core/feed.js';

/** What a card shows for an item; `null` for a field it must not show. */
export interface Seen {
  title?: string;
  url?: string | null;
  image?: string | null;
  /** The summary's end (what a card shows last of it), or null for none. */
  summaryEnd?: string | null;
  published?: string | null;
  authors?: string[];
  /** The tags, as its chips show them. */
  tags?: string[];
  /** How many words of its text the reading time counts, or null for no text. */
  words?: number | null;
}

export interface RealFeed {
  file: string;
  /** The defect the feed shows, as a reader would notice it. */
  why: string;
  /** What a reader sees, by item index. */
  items: Record<number, Seen>;
  /** How many items it must give, where the defect hid some. */
  count?: number;
}

/** The URL the feeds are read as coming from. */
export const FEED_URL = 'https://feeds.example/feed.xml';

export const REAL_FEEDS: RealFeed[] = [
  {
    file: 'rss-parser__itunes-missing-image.rss',
    why: 'its Dublin Core and content namespaces are written without their final slash: the author (dc:creator) and the show notes (content:encoded) were not read',
    items: {
      0: {title: 'Taverncast 62 - Temporal Anomaly', authors: ['Taverncast', 'Taverncast: www.taverncast.com'], published: '2015-11-07T17:00:00.000Z', words: 28},
      1: {authors: ['Taverncast', 'Taverncast: www.taverncast.com'], summaryEnd: 'League of Legends, Mike goes dark.', words: 17},
    },
  },
  {
    file: 'feed-rs__rss_1.0_iso8859.xml',
    why: 'Golem’s 1×1 tracking pixel came before the story’s picture',
    items: {0: {image: 'https://www.golem.de/2301/171451-364223-364219_rc.jpg', published: '2023-01-25T18:03:02.000Z'}},
  },
  {
    file: 'rsparser__489.rss',
    why: 'Medium’s `/_/stat` pixel (declared 1×1) was the card image of posts without a picture',
    items: {0: {image: null}, 3: {image: 'https://cdn-images-1.medium.com/max/1024/1*T4YcnmS72gYkOBPYIWv5pg.png'}},
  },
  {
    file: 'rss-parser__feedburner.atom',
    why: 'a Google blog’s 40×40 inline icons and FeedBurner’s `/~r/` pixel were the card images',
    items: {0: {title: 'AdWords and DFP Java client library will soon require Java 7+', image: null}, 3: {image: null}},
  },
  {
    file: 'node-feedparser__illegally-nested.xml',
    why: 'FeedBurner’s `/~ff/` share buttons were the card images',
    items: {0: {title: 'My Professional Armchair Analysis of CES', image: null}},
  },
  {
    file: 'node-feedparser__wapowellness.xml',
    why: 'Pheedo’s “Add to Facebook” button and ad image were the card images',
    items: {0: {image: null, authors: ['Lenny Bernstein']}, 1: {title: 'Featured Advertiser', image: null}},
  },
  {
    file: 'rss-parser__uolNoticias.rss',
    why: 'ISO-8859-1 bytes with no declared charset came out as “�”, and its Portuguese dates as none',
    items: {
      0: {
        title: 'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
        summaryEnd: 'Jair Bolsonaro, não tem o mesmo desempenho nas simulações de segundo turno feitas pela empresa no mesmo levantamento.',
        image: 'https://conteudo.imguol.com.br/c/noticias/5f/2018/09/17/presidenciaveis-1537211917356_142x100.jpg',
        // `Seg, 24 Set 2018 19:42:40 -0300`: Portuguese day and month names.
        published: '2018-09-24T22:42:40.000Z',
      },
    },
  },
  {
    file: 'rss-parser__guardian.rss',
    why: 'the smallest of The Guardian’s two renditions (140 px, then 460 px) was the card image; a summary short enough to show whole ended in the link to the story, "Continue reading..."',
    items: {
      0: {
        summaryEnd: 'Related: Fact check: Donald Trump\'s State of the Union address analyzed',
        image: 'https://i.guim.co.uk/img/media/b73c8752cd4667c923dff7f1542f1fb20089e421/0_108_3000_1799/master/3000.jpg?w=460&q=55&auto=format&usm=12&fit=max&s=a606a273a90104e57b1e09bc4c0a1e11',
        url: 'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
        published: '2018-01-31T07:26:05.000Z',
        authors: ['David Smith in Washington'],
      },
    },
  },
  {
    file: 'rsparser__scriptingNews.rss',
    why: 'untitled posts showed their text twice, as headline and summary (the card test checks the card)',
    items: {0: {title: 'Good morning students and teachers! 🍏', url: 'http://scripting.com/2017/06/26.html#a080605', published: '2017-06-26T12:20:05.000Z'}},
  },
  {
    file: 'rsparser__cloudblog.rss',
    why: 'an RSS author holding <name> and <title> read as “Diane ChaleffProduct Manager, Office of the CTO”',
    items: {
      0: {
        authors: ['Diane Chaleff'],
        image: 'https://storage.googleapis.com/gweb-cloudblog-publish/images/shadow_IT.max-600x600.png',
        published: '2019-09-03T18:00:00.000Z',
      },
    },
  },
  {
    file: 'feedjira__ITunesWithSingleQuotedAttributes.xml',
    why: 'an <itunes:category> left open before the items hid every item: no cards, where feedparser and feedjira read 3',
    count: 3,
    items: {
      0: {title: 'Shake Shake Shake Your Spices', published: '2005-06-15T19:00:00.000Z', authors: ['John Doe']},
      1: {title: 'Socket Wrench Shootout'},
      2: {title: 'Red, Whine, & Blue'},
    },
  },
  {
    file: 'rsparser__natasha.xml',
    why: 'WordPress’s emoji (`<img class="wp-smiley" style="height: 1em">`, in every post with one) was the card image of a post without a picture',
    items: {
      0: {image: 'https://www.natashatherobot.com/wp-content/uploads/Screen-Shot-2017-07-07-at-12.27.33-PM.png'},
      // Its only <img> is 😬, `s.w.org/images/core/emoji/2.2.1/72x72/1f62c.png`.
      7: {title: 'Swift 3.0 Refactoring Cues', image: null},
    },
  },
  {
    file: 'feedjira__TechCrunch.xml',
    why: 'FeedBurner’s `feedburner:origLink` was ignored: the card linked through feedproxy.google.com, and `<news-related>` did not know the article being read',
    items: {
      0: {
        url: 'http://techcrunch.com/2011/11/02/angies-list-prices-ipo-at-11-to-13-per-share-valued-at-over-600m/',
        // WordPress.com’s gravatar `media:content` (`1.gravatar.com/avatar/…?s=96`) follows this one: the avatar is no picture.
        image: 'http://tctechcrunch2011.files.wordpress.com/2011/11/angies-list.jpeg?w=150',
      },
    },
  },
  {
    file: 'feedjira__PaulDixExplainsNothing.xml',
    why: 'an Atom entry’s `feedburner:origLink` was ignored (the card linked through feeds.feedburner.com/~r/), and a FeedFlare `/~f/` share button was the card image',
    items: {0: {title: 'Making a Ruby C library even faster', url: 'http://www.pauldix.net/2009/01/making-a-ruby-c-library-even-faster.html', image: null}},
  },
  {
    file: 'feedjira__GoogleDocsList.xml',
    why: 'Atom categories showed their `term` URIs (`http://schemas.google.com/docs/2007#document`) as tags, not their `label`',
    items: {0: {title: '2010 Income Tax Policy', tags: ['document', 'viewed']}},
  },
  {
    file: 'feedjira__RSSWithComments.xml',
    why: 'Hacker News’s item text is a link to its comments page (`<comments>`), "Comments": every card’s summary read "Comments"',
    items: {0: {title: 'AWS Lambda Function URLs: Built-In HTTPS Endpoints for Lambda', summaryEnd: null}, 1: {title: 'Dall-E 2', url: 'https://openai.com/dall-e-2/', summaryEnd: null}},
  },
  {
    file: 'rsparser__EMarley.rss',
    why: 'Medium ends every description with a link to the story, "Continue reading on »": the summary of a picture post was that link alone',
    items: {
      0: {summaryEnd: 'Here’s a partial collection of links from my talk today…'},
      2: {title: 'Side quest: Drawing', image: 'https://d262ilb51hltx0.cloudfront.net/max/700/1*9TewpOfYBlH8kDIbZmlWDA.jpeg', summaryEnd: null},
    },
  },
  {
    file: 'rsparser__donthitsave.xml',
    why: 'every summary ended in the link to its own comic, "[read more]", after the excerpt’s "..."',
    items: {0: {summaryEnd: 'When I was done, I took two steps...'}},
  },
  {
    file: 'rsparser__allthis.json',
    why: 'a JSON Feed item without `image` took no picture from its `content_html`, where the same site’s Atom feed gives one',
    items: {0: {title: 'Last thoughts on modifier keys', image: 'http://leancrew.com/all-this/images2017/20171123-Safari%20File%20menu.png'}},
  },
];

/** The items of a vendored feed, read from its bytes as `loadFeed` reads an answer that names no charset. */
export async function readRealFeed(bytes: Uint8Array): Promise<NewsItem[]> {
  return (await parseFeedText(decodeFeedBytes(bytes, 'application/xml'), FEED_URL)).items;
}

/** How the items differ from what a reader should see: one line per field, empty when they match. */
export function differences(feed: RealFeed, items: NewsItem[]): string[] {
  const out: string[] = [];
  if (feed.count !== undefined && items.length !== feed.count) out.push(`${feed.file}: ${items.length} items, expected ${feed.count}`);
  for (const [index, seen] of Object.entries(feed.items)) {
    const item = items[+index];
    if (!item) {
      out.push(`${feed.file} #${index}: no item`);
      continue;
    }
    const shown: Required<Seen> = {
      title: item.title,
      url: item.url ?? null,
      image: item.image ?? null,
      summaryEnd: item.summary ?? null,
      published: item.published?.toISOString() ?? null,
      authors: item.authors.map((a) => a.name),
      tags: item.tags,
      words: item.words ?? null,
    };
    for (const [field, expected] of Object.entries(seen) as [keyof Seen, unknown][]) {
      const actual = shown[field];
      const same =
        field === 'summaryEnd' && typeof expected === 'string' && typeof actual === 'string'
          ? actual.endsWith(expected)
          : JSON.stringify(actual) === JSON.stringify(expected);
      if (!same) out.push(`${feed.file} #${index} ${field}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
  }
  return out;
}
