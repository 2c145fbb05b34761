// Storybook only: `/__live/{lang}.json` is a feed that publishes as it is polled, so the
// `refresh` attribute can be seen at work with the local sample feeds (no network). It answers
// with `/feeds/{lang}.json` less its HELD_BACK newest articles, and each request publishes the
// next of them, dated the moment it was published; after the last it starts over.
const HELD_BACK = 5;
const LIVE = /\/__live\/([\w-]+)\.json(?:$|\?)/;

interface JsonFeedItem {
  id: string;
  url?: string;
  image?: string;
  date_published?: string;
}

/** Per language: requests answered so far and when each held-back article was published. */
const editions = new Map<string, {requests: number; publishedAt: string[]}>();

const earlierFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  const live = LIVE.exec(url);
  if (!live) return earlierFetch(input, init);
  const source = new URL(`/feeds/${live[1]}.json`, location.href).href;
  const answer = await earlierFetch(source, {signal: init?.signal});
  if (!answer.ok) return answer;
  const feed = (await answer.json()) as {items: JsonFeedItem[]};
  const edition = editions.get(live[1]) ?? {requests: 0, publishedAt: []};
  editions.set(live[1], edition);
  const published = edition.requests++ % (HELD_BACK + 1);
  if (published) edition.publishedAt.unshift(new Date().toISOString());
  else edition.publishedAt = [];
  const items = feed.items.slice(HELD_BACK - published).map((item, index) => ({
    ...item,
    // The answer comes from another address than the sample: its links are made absolute.
    url: item.url && new URL(item.url, source).href,
    image: item.image && new URL(item.image, source).href,
    date_published: index < published ? edition.publishedAt[index] : item.date_published,
  }));
  return new Response(JSON.stringify({...feed, items}), {headers: {'Content-Type': 'application/feed+json'}});
};
