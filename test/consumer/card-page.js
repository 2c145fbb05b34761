// A consumer's page that uses one element, the card, through its own entry point: every
// bundler must emit only what the card needs (no feed, network, XML or other element code).
import 'news-widgets/news-article-card.js';
