// Storybook only: requests the stories make to addresses that do not exist, answered here so
// that states a real feed shows only now and then can be seen and tuned (no network):
// - a URL containing `__pending` never answers (until aborted): the loading state;
// - `/__live/{lang}.json` is a feed that publishes as it is polled, so the `refresh` attribute
//   can be seen at work. It answers with `/feeds/{lang}.json` less its HELD_BACK newest
//   articles, and each request publishes the next of them, dated the moment it was published;
//   after the last it starts over.
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

const original = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.includes('__pending')) return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  const live = LIVE.exec(url);
  return live ? liveFeed(live[1], init?.signal) : original(input, init);
};

/** The live feed of edition `lang`'s answer to one more request. */
async function liveFeed(lang: string, signal: AbortSignal | null | undefined): Promise<Response> {
  const source = new URL(`/feeds/${lang}.json`, location.href).href;
  const answer = await original(source, {signal});
  if (!answer.ok) return answer;
  const feed = (await answer.json()) as {items: JsonFeedItem[]};
  const edition = editions.get(lang) ?? {requests: 0, publishedAt: []};
  editions.set(lang, edition);
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
}
