// Records when the first card has rendered (window.firstCardMs, from navigation start).
await import('../dist/news-widgets.min.js');
const feed = document.querySelector('news-feed');
const check = () => {
  const card = feed.shadowRoot?.querySelector('news-article-card');
  if (card?.shadowRoot?.querySelector('[part="link"]')) window.firstCardMs = performance.now();
  else requestAnimationFrame(check);
};
check();
