// Issue 11: rendering cost and memory of <news-article-card> against Shoelace's <sl-card> with an
// <sl-relative-time> showing the same data (image, linked headline, summary, author, relative
// date, three tags), and against the same card written with plain DOM calls (the floor), in
// the same page and run. Each shows the same items and keeps its date current the way its
// library does it (Shoelace: `sync`; ours: one minute clock for the page). scripts/bench.mjs
// drives it: it takes the medians of the render times (main-thread CPU time, read over the
// DevTools protocol, and wall time) and reads the JS heap itself (after garbage collection)
// around `mount` and `unmount`.
import * as lib from '../dist/news-widgets.min.js';
import {plainCard} from './plain-card.js';
import {localImage} from './feeds.js';
import '../node_modules/@shoelace-style/shoelace/cdn/components/card/card.js';
import '../node_modules/@shoelace-style/shoelace/cdn/components/relative-time/relative-time.js';

const stage = document.getElementById('stage');
const words = ['port', 'tram', 'rain', 'derby', 'solar', 'market', 'festival', 'train', 'argan', 'surf', 'library', 'budget'];

/** `count` items built by hand in the model's shape, all with an image, an author, a date within the last days and three tags. */
function makeItems(count) {
  const now = Math.floor(Date.now() / 1000) * 1000; // whole seconds, as feeds give dates
  return Array.from({length: count}, (_, i) => ({
    id: `card-${i}`,
    url: `https://example.com/articles/${i}`,
    title: `${words[i % words.length]} story number ${i} about ${words[(i * 7) % words.length]} in Casablanca`,
    summary: `A summary of story ${i}: ${words[(i * 3) % words.length]} and ${words[(i * 5) % words.length]} news for readers.`,
    image: localImage(i),
    published: new Date(now - (i + 1) * 3_600_000),
    authors: [{name: `Author ${i % 6}`}],
    tags: [0, 1, 2].map((k) => words[(i + k) % words.length]),
  }));
}

/**
 * The same items as a JSON Feed read by the library's parser: what `<news-feed>` and
 * `<news-related>` give their cards, and what every kind shows. A card given an item built
 * by a page's own code first checks it against the model and keeps a checked copy (its
 * `item` may come from any script): `news-built` measures that path apart.
 */
async function parsedItems(built) {
  const {items} = await lib.parseFeed({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Benchmark',
    items: built.map(({id, url, title, summary, image, published, authors, tags}) => ({id, url, title, summary, image, date_published: published.toISOString(), authors, tags})),
  });
  const [first] = items;
  if (items.length !== built.length || first.title !== built[0].title || first.published.getTime() !== built[0].published.getTime() || first.tags.length !== 3) {
    throw new Error('the parser did not give the items back as built');
  }
  return items;
}

const newsCard = (item) => {
  const card = document.createElement('news-article-card');
  card.item = item;
  return card;
};

/** One card for `item`, built the way each library's documentation shows. */
const cards = {
  news: newsCard,
  'news-built': newsCard,
  shoelace(item) {
    const card = document.createElement('sl-card');
    const image = Object.assign(document.createElement('img'), {slot: 'image', loading: 'lazy', decoding: 'async', width: 640, height: 360, src: item.image, alt: ''});
    const heading = document.createElement('h3');
    heading.append(Object.assign(document.createElement('a'), {href: item.url, textContent: item.title}));
    const summary = Object.assign(document.createElement('p'), {textContent: item.summary});
    const meta = document.createElement('p');
    const time = document.createElement('sl-relative-time');
    time.date = item.published;
    time.sync = true;
    meta.append(Object.assign(document.createElement('span'), {textContent: item.authors[0].name}), ' · ', time);
    const tags = Object.assign(document.createElement('ul'), {slot: 'footer', ariaLabel: 'Topics'});
    tags.append(...item.tags.map((tag) => Object.assign(document.createElement('li'), {textContent: tag})));
    card.append(image, heading, summary, meta, tags);
    return card;
  },
  plain(item) {
    return plainCard(item, (date) => lib.formatArticleDate(date, lib.getLocale()));
  },
};

const builtItems = makeItems(200);
const items = await parsedItems(builtItems);
const itemsOf = (kind) => (kind === 'news-built' ? builtItems : items);
let mounted;

/** Waits until every Lit element under `root`, in light and shadow trees, has rendered. */
async function settle(root) {
  for (let round = 0; round < 3; round++) {
    const all = [];
    const collect = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.updateComplete) all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(root);
    await Promise.all(all.map((el) => el.updateComplete));
  }
}

/** Puts `count` cards of `kind` on the page and waits until they have rendered and laid out. */
async function mount(kind, count) {
  unmount();
  mounted = document.createElement('div');
  mounted.className = kind === 'plain' ? 'grid plain' : 'grid';
  mounted.append(...itemsOf(kind).slice(0, count).map(cards[kind]));
  stage.append(mounted);
  await settle(mounted);
  void stage.offsetHeight;
  const shown = kind.startsWith('news') ? mounted.querySelector('news-article-card').shadowRoot.querySelector('[part="link"]') : mounted.querySelector('a');
  if (!shown?.textContent.includes(items[0].title)) throw new Error(`${kind}: the first card shows no headline`);
}

function unmount() {
  mounted?.remove();
  mounted = undefined;
}

/** Time (ms) to build, render and lay out `count` cards of `kind`. */
async function render(kind, count) {
  unmount();
  const start = performance.now();
  await mount(kind, count);
  const time = performance.now() - start;
  unmount();
  return time;
}

// Both libraries defined and warmed (templates prepared, styles adopted) before any figure.
stage.append(document.createElement('news-article-card'));
await Promise.all(['news-article-card', 'sl-card', 'sl-relative-time'].map((tag) => customElements.whenDefined(tag)));
stage.replaceChildren();
for (const kind of Object.keys(cards)) await render(kind, 5);

/** Nodes in the shadow root of a full card (image, headline, summary, author, date, three tags). */
async function nodesPerCard() {
  await mount('news', 1);
  const walker = document.createTreeWalker(mounted.querySelector('news-article-card').shadowRoot, NodeFilter.SHOW_ALL);
  let nodes = 0;
  while (walker.nextNode()) nodes++;
  unmount();
  return nodes;
}

window.cards = {kinds: Object.keys(cards), render, mount, unmount, nodesPerCard, count: items.length};
