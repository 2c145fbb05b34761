// A consumer's page that registers one element through its own entry point.
import 'news-widgets/news-feed.js';

const feed = document.querySelector('news-feed');
feed.addEventListener('news-feed-load', () => (window.consumerLoaded = true));
