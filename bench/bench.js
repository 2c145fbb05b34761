// Benchmarks that run in the page (driven by scripts/bench.mjs). Each returns timings in
// milliseconds; the driver takes medians. Everything compares against a baseline measured
// in the same run, so the figures are ratios as much as times.
import * as lib from '../dist/news-widgets.min.js';

const stage = document.getElementById('stage');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export function makeItems(count, seed = 1) {
  const words = ['port', 'tram', 'rain', 'derby', 'solar', 'market', 'festival', 'train', 'argan', 'surf', 'library', 'budget'];
  const now = Date.now();
  return Array.from({length: count}, (_, i) => ({
    id: `item-${seed}-${i}`,
    url: `https://example.com/articles/${i}`,
    title: `${words[i % words.length]} story number ${i} about ${words[(i * 7) % words.length]} in Casablanca`,
    summary: `A summary of story ${i}: ${words[(i * 3) % words.length]} and ${words[(i * 5) % words.length]} news for readers.`,
    image: i % 3 ? `https://example.com/images/${i}.jpg` : undefined,
    published: new Date(now - i * 3_600_000),
    authors: [{name: `Author ${i % 6}`}],
    tags: [words[i % words.length], words[(i + 1) % words.length]],
  }));
}

/** First render of <news-feed> with `count` items, until every card has rendered and layout is done. */
async function renderFeed(items) {
  const start = performance.now();
  const el = document.createElement('news-feed');
  el.limit = items.length;
  el.feed = {title: 'Bench', items};
  stage.append(el);
  await el.updateComplete;
  const cards = el.shadowRoot.querySelectorAll('news-article-card');
  await Promise.all([...cards].map((card) => card.updateComplete));
  void stage.offsetHeight;
  const time = performance.now() - start;
  if (cards.length !== items.length) throw new Error(`rendered ${cards.length} of ${items.length} cards`);
  el.remove();
  return time;
}

/** The same markup built with plain DOM calls: the floor a hand-written widget would pay. */
function renderPlain(items) {
  const start = performance.now();
  const locale = lib.getLocale();
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = 'Latest articles';
  const list = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    const article = document.createElement('article');
    const h3 = document.createElement('h3');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.title;
    h3.append(a);
    const p = document.createElement('p');
    p.textContent = item.summary;
    const meta = document.createElement('p');
    const time = document.createElement('time');
    time.dateTime = item.published.toISOString();
    time.textContent = lib.formatArticleDate(item.published, locale);
    const author = document.createElement('span');
    author.textContent = item.authors[0].name;
    meta.append(time, author);
    const tags = document.createElement('ul');
    for (const tag of item.tags) {
      const t = document.createElement('li');
      t.textContent = tag;
      tags.append(t);
    }
    article.append(h3, p, meta, tags);
    if (item.image) {
      const img = document.createElement('img');
      img.src = item.image;
      img.alt = '';
      img.loading = 'lazy';
      img.width = 640;
      img.height = 360;
      article.append(img);
    }
    li.append(article);
    list.append(li);
  }
  section.append(heading, list);
  stage.append(section);
  void stage.offsetHeight;
  const time = performance.now() - start;
  section.remove();
  return time;
}

export const benchmarks = {
  async feedRender(count, runs) {
    const items = makeItems(count);
    const feed = [];
    const plain = [];
    // Warm up both paths (JIT, style sheets, first custom element definition).
    await renderFeed(items.slice(0, 5));
    renderPlain(items.slice(0, 5));
    for (let i = 0; i < runs; i++) {
      // Alternate the order so neither side always pays for the other's garbage.
      if (i % 2) {
        plain.push(renderPlain(items));
        await nextFrame();
        feed.push(await renderFeed(items));
      } else {
        feed.push(await renderFeed(items));
        await nextFrame();
        plain.push(renderPlain(items));
      }
      await nextFrame();
    }
    return {feed, plain};
  },
};

window.bench = {benchmarks, lib, makeItems};
window.dispatchEvent(new Event('bench-ready'));
