// Storybook only: requests the stories make to addresses that do not exist, answered here so
// that states a real feed shows only now and then can be seen and tuned (no network):
// - a URL containing `__pending` never answers (until aborted): the loading state;
// - `/__live/{lang}.json` is a feed that publishes as it is polled, so the `refresh` attribute
//   can be seen at work. It answers with `/feeds/{lang}.json` less its HELD_BACK newest
//   articles, and each request publishes the next of them, dated the moment it was published;
//   after the last it starts over.
// - `/__pages/{lang}.json` is `/feeds/{lang}.json` in pages of PAGE_SIZE articles, each with
//   the `next_url` of the next (`?page=2`…), so "Load more" can be seen fetching a page.
const HELD_BACK = 5;
const LIVE = /\/__live\/([\w-]+)\.json(?:$|\?)/;
const PAGE_SIZE = 4;
const PAGED = /\/__pages\/([\w-]+)\.json(?:\?page=(\d+))?$/;

interface JsonFeedItem {
  id: string;
  url?: string;
  image?: string;
  date_published?: string;
}

/** Per language: requests answered so far and when each held-back article was published. */
const editions = new Map<string, {requests: number; publishedAt: string[]}>();

const original = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.includes('__pending')) return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  const live = LIVE.exec(url);
  if (live) return liveFeed(live[1], init?.signal);
  const paged = PAGED.exec(url);
  return paged ? pagedFeed(paged[1], Number(paged[2] ?? 1), init?.signal) : original(input, init);
};

const asFeed = (feed: object) => new Response(JSON.stringify(feed), {headers: {'Content-Type': 'application/feed+json'}});

/**
 * The sample feed of edition `lang`, its links made absolute (the answers come from another
 * address than the sample); or the failed answer.
 */
async function sampleFeed(lang: string, signal: AbortSignal | null | undefined): Promise<{items: JsonFeedItem[]} | Response> {
  const source = new URL(`/feeds/${lang}.json`, location.href).href;
  const answer = await original(source, {signal});
  if (!answer.ok) return answer;
  const feed = (await answer.json()) as {items: JsonFeedItem[]};
  const items = feed.items.map((item) => ({...item, url: item.url && new URL(item.url, source).href, image: item.image && new URL(item.image, source).href}));
  return {...feed, items};
}

/** Page `page` of edition `lang`'s feed, with the address of the next while there is one. */
async function pagedFeed(lang: string, page: number, signal: AbortSignal | null | undefined): Promise<Response> {
  const feed = await sampleFeed(lang, signal);
  if (feed instanceof Response) return feed;
  const items = feed.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const next = page * PAGE_SIZE < feed.items.length ? `/__pages/${lang}.json?page=${page + 1}` : undefined;
  return asFeed({...feed, items, next_url: next});
}

/** The live feed of edition `lang`'s answer to one more request. */
async function liveFeed(lang: string, signal: AbortSignal | null | undefined): Promise<Response> {
  const feed = await sampleFeed(lang, signal);
  if (feed instanceof Response) return feed;
  const edition = editions.get(lang) ?? {requests: 0, publishedAt: []};
  editions.set(lang, edition);
  const published = edition.requests++ % (HELD_BACK + 1);
  if (published) edition.publishedAt.unshift(new Date().toISOString());
  else edition.publishedAt = [];
  const items = feed.items.slice(HELD_BACK - published).map((item, index) => ({
    ...item,
    date_published: index < published ? edition.publishedAt[index] : item.date_published,
  }));
  return asFeed({...feed, items});
}
