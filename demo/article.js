// Demo article page: article.html?lang=ar&id=casablanca-rain-warning shows that article from
// the edition's feed, in full; <news-related> under it ranks the edition's other articles,
// and "Latest articles" lists the newest ones it does not already suggest. The page loads the feed
// once: <news-related> reuses the request (same URL).

// No top-level await here: in WebKitGTK 2.50, a page module that awaits at its top level while
// the library's chunks load sometimes never finishes evaluating (JavaScriptCore's module
// evaluation spins and the page freezes; see the README's browser table). An async function
// does the same work.
async function main() {
  const params = new URLSearchParams(location.search);
  const slug = params.get('id') ?? 'casablanca-rain-warning';
  const edition = ['ar', 'fr', 'es', 'en', 'zgh'].includes(params.get('lang')) ? params.get('lang') : 'en';
  const feedUrl = `feeds/${edition}.json`;
  // The edition's feed URL is set before the library loads, so the one request made is for it
  // (a `{lang}` URL would first fetch the English feed while the Arabic catalog loads).
  const related = document.querySelector('news-related');
  related.setAttribute('src', feedUrl);
  // The edition links keep the article: each edition's page of the same story.
  document.querySelector('news-language-switcher')?.setAttribute('href-template', `?lang={lang}&id=${encodeURIComponent(slug)}`);
  const {setLocale, getLocale, loadFeed, formatFullDate, rankRelated} = await import('../dist/news-widgets.min.js');
  await setLocale(window.demoEditions[edition]);

  const tag = getLocale();
  const lang = tag.split('-')[0];
  // The page's own strings, lang and dir come from lang.js, shared with the home page.
  const text = window.applyDemoLanguage(tag);

  const article = document.querySelector('.article');
  const id = `${lang}-${slug}`;
  related.current = id;
  // Feed text is untrusted: it only ever goes in through textContent.
  try {
    const feed = await loadFeed(new URL(feedUrl, location.href), {reuse: true});
    // The newest other stories that "You may also like" does not already suggest (the same
    // ranking <news-related> runs, with its default limit).
    // The CDN loader loads the ranking code on first call: its rankRelated resolves later.
    const suggested = new Set((await rankRelated(feed.items, id, {limit: related.limit})).map((entry) => entry.item.id));
    document.querySelector('news-feed.latest').feed = {...feed, items: feed.items.filter((entry) => entry.id !== id && !suggested.has(entry.id))};
    const item = feed.items.find((entry) => entry.id === id);
    if (!item) throw new Error(`no item ${id}`);
    // The loader's formatters load on first call (a promise): the date is ready before the
    // article is written, so headline, image and meta line appear together (no layout shift).
    const published = item.published && (await formatFullDate(item.published, tag, {timeZone: 'Africa/Casablanca'}));
    document.title = `${item.title} — ${text.site}`;
    article.querySelector('h1').textContent = item.title;
    article.querySelector('.standfirst').textContent = item.summary ?? '';
    const meta = [item.authors.map((a) => a.name).join(', ')];
    if (published) meta.push(published);
    article.querySelector('.meta').textContent = meta.filter(Boolean).join(' · ');
    if (item.image) {
      const image = Object.assign(document.createElement('img'), {src: item.image, alt: item.imageAlt ?? '', width: 640, height: 360});
      article.querySelector('h1').before(image);
    }
    // The article in full, one paragraph per blank-line-separated block. The library's model
    // keeps one line of plain text per item (for cards), so the body comes from the feed's own
    // `content_text` (the browser's cache answers); it is still text, never markup.
    const raw = await fetch(feedUrl)
      .then((response) => response.json())
      .catch(() => undefined);
    const body = raw?.items?.find?.((entry) => entry.id === id)?.content_text;
    const paragraphs = (typeof body === 'string' ? body : (item.contentText ?? '')).split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
    for (const paragraph of paragraphs) article.querySelector('.body').append(Object.assign(document.createElement('p'), {textContent: paragraph}));
    for (const name of item.tags) article.querySelector('.tags').append(Object.assign(document.createElement('li'), {textContent: name}));
  } catch (error) {
    console.warn(error);
    article.querySelector('h1').textContent = text.missing;
  }
  article.removeAttribute('aria-busy');
}

main();
