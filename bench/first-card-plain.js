// The baseline of the first-card benchmark: what a site would write by hand without the
// library, one script that fetches the feed and builds the same cards with DOM calls (no
// cache, no retries, no localization, no states): the floor for the same first card.
const section = document.querySelector('section[data-src]');
const dates = new Intl.RelativeTimeFormat(document.documentElement.lang, {numeric: 'auto'});
const response = await fetch(section.dataset.src);
const feed = await response.json();
const list = document.createElement('ul');
for (const item of feed.items.slice(0, Number(section.dataset.limit))) {
  const article = document.createElement('article');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = new URL(item.url, response.url).href;
  link.textContent = item.title;
  heading.append(link);
  const summary = document.createElement('p');
  summary.textContent = item.summary;
  const time = document.createElement('time');
  time.dateTime = item.date_published;
  time.textContent = dates.format(Math.round((Date.parse(item.date_published) - Date.now()) / 3_600_000), 'hour');
  article.append(heading, summary, time);
  if (item.image) {
    const image = document.createElement('img');
    image.src = new URL(item.image, response.url).href;
    image.alt = '';
    image.width = 640;
    image.height = 360;
    article.prepend(image);
  }
  const li = document.createElement('li');
  li.append(article);
  list.append(li);
}
section.append(list);
