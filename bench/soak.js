// A single-page app that goes through article pages for hours (`npm run bench:soak`): each
// "page" mounts a <news-feed refresh> of the latest articles and a <news-related> with a feed
// URL of its own, waits until both show their articles, then unmounts them. Feeds come from a
// stub of `fetch` (no network, the same feed for every URL), so the figures are the library's.
import '../dist/news-widgets.min.js';
import {makeJsonFeed} from './feeds.js';

// Without images: an image that does not load leaves the browser's own records of it (console
// messages, resource timings, layout shifts) in the heap, which would hide the library's figure.
const feed = JSON.parse(makeJsonFeed(40_000));
for (const item of feed.items) delete item.image;
const FEED = JSON.stringify(feed);
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!new URL(url, location.href).pathname.startsWith('/soak/')) return realFetch(input, init);
  return Promise.resolve(new Response(FEED, {headers: {'Content-Type': 'application/feed+json'}}));
};

const stage = document.getElementById('stage');
const loaded = (el) => new Promise((resolve) => el.addEventListener('news-feed-load', resolve, {once: true}));
let visited = 0;

/** Visits `count` more article pages. */
async function visit(count) {
  for (let i = 0; i < count; i++, visited++) {
    const page = document.createElement('main');
    const latest = document.createElement('news-feed');
    latest.setAttribute('src', '/soak/latest.json');
    latest.setAttribute('refresh', '60');
    latest.setAttribute('limit', '10');
    const related = document.createElement('news-related');
    related.setAttribute('src', `/soak/related.json?article=${visited}`);
    page.append(latest, related);
    const shown = Promise.all([loaded(latest), loaded(related)]);
    stage.replaceChildren(page);
    await shown;
    await Promise.all([latest.updateComplete, related.updateComplete]);
  }
  stage.replaceChildren();
  // Whatever the last page left to do at its removal (aborts at the end of the task) is done.
  await new Promise((resolve) => setTimeout(resolve));
}

window.soak = {visit};
