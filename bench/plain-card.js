// The plain-DOM baseline's card: the markup a hand-written widget would build for one article
// (linked headline, summary, date and author, tags, image), styled by bench/plain.css with the
// same layout as <news-article-card>. `date(published)` gives the date's text.
export function plainCard(item, date) {
  const article = document.createElement('article');
  const body = document.createElement('div');
  body.className = 'body';
  const h3 = document.createElement('h3');
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.title;
  h3.append(a);
  const p = document.createElement('p');
  p.textContent = item.summary;
  p.className = 'summary';
  const meta = document.createElement('p');
  meta.className = 'meta';
  const time = document.createElement('time');
  time.dateTime = item.published.toISOString();
  time.textContent = date(item.published);
  const author = document.createElement('span');
  author.textContent = item.authors[0].name;
  meta.append(time, author);
  const tags = document.createElement('ul');
  tags.className = 'tags';
  for (const tag of item.tags) {
    const t = document.createElement('li');
    t.textContent = tag;
    tags.append(t);
  }
  body.append(h3, p, meta, tags);
  article.append(body);
  if (item.image) {
    const media = document.createElement('div');
    media.className = 'media';
    const img = document.createElement('img');
    img.loading = 'lazy';
    img.decoding = 'async';
    img.width = 640;
    img.height = 360;
    img.src = item.image;
    img.alt = '';
    media.append(img);
    article.append(media);
  }
  return article;
}
