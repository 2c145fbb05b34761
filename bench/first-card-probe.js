// Records when the first card's headline link is in the page (window.firstCardMs, from
// navigation start), polled once a frame. Both first-card pages load this same probe, so
// both pay the same polling delay.
const page = document.currentScript.dataset.page;
const firstLink = {
  library: () => document.querySelector('news-feed')?.shadowRoot?.querySelector('news-article-card')?.shadowRoot?.querySelector('[part="link"]'),
  plain: () => document.querySelector('.plain article a'),
}[page];
const check = () => {
  if (firstLink()?.textContent.trim()) window.firstCardMs = performance.now();
  else requestAnimationFrame(check);
};
check();
