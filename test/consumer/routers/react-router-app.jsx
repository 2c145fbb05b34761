// The README's React Router recipe (recipes/react-router.jsx, taken from the README by
// scripts/router-apps.mjs) in an app with a real router: the feed on every path but the
// article's, and the article route the recipe navigates to.
import {createRoot} from 'react-dom/client';
import {createBrowserRouter, RouterProvider, useParams} from 'react-router';
import {Latest} from './recipes/react-router.jsx';

function Article() {
  const {slug} = useParams();
  return <h1 id="article">{slug}</h1>;
}

const router = createBrowserRouter([
  {path: '/news/:slug', element: <Article />},
  {path: '*', element: <Latest />},
]);
createRoot(document.getElementById('app')).render(<RouterProvider router={router} />);
