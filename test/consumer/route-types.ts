// A router's code that imports articleRoute alone (no element): the click event's detail is typed all the same.
import {articleRoute, type ArticleClickDetail} from 'news-widgets/route.js';

document.addEventListener('news-article-click', (event) => {
  const detail: ArticleClickDetail = event.detail;
  if (articleRoute(event)) event.preventDefault();
  console.log(detail.item.title, detail.position);
});
