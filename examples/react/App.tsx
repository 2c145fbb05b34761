// React: the typed wrappers from `news-widgets/react`, or the elements directly in JSX.
import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import {NewsFeed, NewsLanguageSwitcher} from 'news-widgets/react';
import {setLocale, type NewsItem} from 'news-widgets';

export function App() {
  const [clicked, setClicked] = useState<NewsItem>();
  return (
    <main>
      <NewsLanguageSwitcher variant="menu" onNewsLocaleChange={(event) => console.log('switching to', event.detail.locale)} />
      <button type="button" onClick={() => void setLocale('ar-MA')}>
        العربية (المغرب)
      </button>
      <NewsFeed
        src="/feeds/{lang}.json"
        limit={6}
        layout="list"
        onNewsArticleClick={(event) => setClicked(event.detail.item)}
        onNewsFeedError={(event) => console.warn(event.detail.error.message)}
      />
      <news-article-card headline="Written in JSX directly" href="https://example.com/" variant="compact" />
      {clicked && <p>Last opened: {clicked.title}</p>}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
