// Demo article page: article.html?lang=ar&id=casablanca-rain-warning shows that article from
// the edition's feed, and <news-related> under it ranks the edition's other articles. The
// page loads the feed once: <news-related> reuses the request (same URL).

const params = new URLSearchParams(location.search);
const slug = params.get('id') ?? 'casablanca-rain-warning';
const edition = ['ar', 'fr', 'es', 'en'].includes(params.get('lang')) ? params.get('lang') : 'en';
const feedUrl = `feeds/${edition}.json`;
// The edition's feed URL is set before the library loads, so the one request made is for it
// (a `{lang}` URL would first fetch the English feed while the Arabic catalog loads).
const related = document.querySelector('news-related');
related.setAttribute('src', feedUrl);
const {setLocale, getLocale, loadFeed} = await import('../dist/news-widgets.min.js');
await setLocale(edition);

const tag = getLocale();
const lang = tag.split('-')[0];
// The page's own strings, lang and dir come from lang.js, shared with the home page.
const text = window.applyDemoLanguage(tag);
for (const link of document.querySelectorAll('.editions a')) {
  link.href = `?lang=${link.hreflang}&id=${encodeURIComponent(slug)}`;
  if (link.hreflang === lang) link.setAttribute('aria-current', 'page');
}

const article = document.querySelector('.article');
const id = `${lang}-${slug}`;
related.current = id;
// Feed text is untrusted: it only ever goes in through textContent.
try {
  const feed = await loadFeed(new URL(feedUrl, location.href), {reuse: true});
  const item = feed.items.find((entry) => entry.id === id);
  if (!item) throw new Error(`no item ${id}`);
  document.title = `${item.title} — ${text.site}`;
  article.querySelector('h1').textContent = item.title;
  article.querySelector('.standfirst').textContent = item.summary ?? '';
  const meta = [item.authors.map((a) => a.name).join(', ')];
  if (item.published) meta.push(new Intl.DateTimeFormat(tag, {dateStyle: 'long', timeStyle: 'short'}).format(item.published));
  article.querySelector('.meta').textContent = meta.filter(Boolean).join(' · ');
  if (item.image) {
    const image = Object.assign(document.createElement('img'), {src: item.image, alt: item.imageAlt ?? '', width: 640, height: 360});
    article.querySelector('h1').before(image);
  }
  article.querySelector('.body').append(Object.assign(document.createElement('p'), {textContent: item.contentText ?? ''}));
  for (const name of item.tags) article.querySelector('.tags').append(Object.assign(document.createElement('li'), {textContent: name}));
} catch (error) {
  console.warn(error);
  article.querySelector('h1').textContent = text.missing;
}
article.removeAttribute('aria-busy');
