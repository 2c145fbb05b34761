// A consumer's React page using the typed wrappers.
import {createElement} from 'react';
import {createRoot} from 'react-dom/client';
import {NewsFeed} from 'news-widgets/react';

createRoot(document.getElementById('root')).render(
  createElement(NewsFeed, {
    src: '/feed.json',
    limit: 2,
    layout: 'list',
    onNewsFeedLoad: (event) => (window.reactLoaded = event.detail.feed.items.length),
  }),
);
