// Routing article clicks in a single-page app: a cancelled `news-article-click` cancels the
// link's navigation, an uncancelled one navigates, a modified click keeps the browser's
// behaviour. Navigation is observed on same-page `#fragment` links (the test page never
// leaves). The README's React Router, Vue Router, Next.js and Svelte (SvelteKit) recipes share
// one handler shape; each is run here against a small history-API router standing in for that
// library's API (`navigate(path)`, `router.push(path)`, `router.push(path)`, `goto(path)`), not
// against the library itself.
import {expect, fixture as render, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-feed/news-feed.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {ArticleClickDetail} from '../../src/components/shared/events.js';
import {articleRoute} from '../../src/core/route.js';
import {part} from '../harness/shadow.js';

const page = location.href.split('#')[0];
const here = (path: string) => new URL(path, location.href).href;
const article = (url: string) => ({id: url, url, title: 'Port expansion opens a new terminal', authors: [], tags: []});

async function card(url: string, target?: string) {
  const el = await render<NewsArticleCardElement>(html`<news-article-card .item=${article(url)} target=${target ?? ''}></news-article-card>`);
  return {el, link: part(el, 'link') as HTMLAnchorElement};
}

/** A stand-in for a router: `push` records the path and moves the URL with the History API, as routers do. */
function historyRouter() {
  const visited: string[] = [];
  return {
    visited,
    push(path: string) {
      visited.push(path);
      history.pushState(null, '', path);
    },
  };
}

type ClickEvent = CustomEvent<ArticleClickDetail>;

// The README's recipes, as written there (JSX and SFC syntax aside).
const recipes: Record<string, (router: {push(path: string): void}) => (event: ClickEvent) => void> = {
  // React Router: const navigate = useNavigate(); <NewsFeed onNewsArticleClick={…} />
  'React Router': (router) => {
    const navigate = (path: string) => router.push(path);
    return (event) => {
      const path = articleRoute(event);
      if (path) {
        event.preventDefault();
        navigate(path);
      }
    };
  },
  // Vue Router: const router = useRouter(); <news-feed @news-article-click="…">
  'Vue Router': (router) => (event) => {
    const path = articleRoute(event);
    if (path) {
      event.preventDefault();
      router.push(path);
    }
  },
  // Next.js (App Router): const router = useRouter() from next/navigation
  'Next.js': (router) => (event) => {
    const path = articleRoute(event);
    if (!path) return;
    event.preventDefault();
    router.push(path);
  },
  // SvelteKit: import {goto} from '$app/navigation'; <news-feed onnews-article-click={route}>
  SvelteKit: (router) => {
    const goto = async (path: string) => router.push(path);
    return (event) => {
      const path = articleRoute(event);
      if (path) {
        event.preventDefault();
        void goto(path);
      }
    };
  },
};

describe('routing article clicks in a single-page app', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('navigates when no listener cancels the click', async () => {
    const {link} = await card(`${page}#uncancelled`);
    let cancelable: boolean | undefined;
    document.addEventListener('news-article-click', (event) => (cancelable = event.cancelable), {once: true});
    link.click();
    expect(cancelable).to.equal(true);
    await waitUntil(() => location.hash === '#uncancelled', 'the link navigated'); // async in Firefox
  });

  it('cancels the link’s navigation when a listener cancels the event', async () => {
    const {link} = await card(`${page}#cancelled`);
    let native: MouseEvent | undefined;
    document.addEventListener('news-article-click', (event) => event.preventDefault(), {once: true});
    window.addEventListener('click', (event) => (native = event), {once: true});
    const hashes: string[] = [];
    const record = () => hashes.push(location.hash);
    window.addEventListener('hashchange', record);
    try {
      link.click();
      expect(native?.defaultPrevented).to.equal(true);
      // A navigation queued after the click lands after any the click caused (Firefox's are async).
      const after = oneEvent(window, 'hashchange');
      location.hash = '#after';
      await after;
    } finally {
      window.removeEventListener('hashchange', record);
    }
    expect(hashes).to.deep.equal(['#after']);
  });

  for (const [name, init] of [
    ['Ctrl', {ctrlKey: true}],
    ['Meta', {metaKey: true}],
    ['Shift', {shiftKey: true}],
    // Alt+click downloads the link in Chromium and Firefox.
    ['Alt', {altKey: true}],
  ] as const) {
    it(`keeps the browser’s behaviour for a ${name}+click: the event fires but is not cancelable`, async () => {
      const {link} = await card(`${page}#modified`);
      let fired: ClickEvent | undefined;
      let prevented: boolean | undefined;
      document.addEventListener('news-article-click', (event) => ((fired = event), event.preventDefault()), {once: true});
      // Last in line: read whether the library cancelled the native click, then stop the
      // browser from opening a new tab or window during the test.
      window.addEventListener('click', (event) => ((prevented = event.defaultPrevented), event.preventDefault()), {once: true});
      link.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, composed: true, ...init}));
      expect(fired?.cancelable).to.equal(false);
      expect(fired?.defaultPrevented).to.equal(false);
      expect(prevented).to.equal(false);
    });
  }

  it('routes a click on a link with target="_self" as a plain one: the event is cancelable and cancels the navigation', async () => {
    const {link} = await card(`${page}#self`, '_self');
    let fired: ClickEvent | undefined;
    let prevented: boolean | undefined;
    document.addEventListener('news-article-click', (event) => ((fired = event), event.preventDefault()), {once: true});
    window.addEventListener('click', (event) => ((prevented = event.defaultPrevented), event.preventDefault()), {once: true});
    link.click();
    expect(fired?.cancelable).to.equal(true);
    expect(prevented).to.equal(true);
    const url = new URL(`${page}#self`);
    expect(articleRoute(fired!)).to.equal(url.pathname + url.search + url.hash);
  });

  it('keeps the browser’s behaviour for a link with target="_blank"', async () => {
    const {link} = await card(`${page}#blank`, '_blank');
    let fired: ClickEvent | undefined;
    let prevented: boolean | undefined;
    document.addEventListener('news-article-click', (event) => (fired = event), {once: true});
    window.addEventListener('click', (event) => ((prevented = event.defaultPrevented), event.preventDefault()), {once: true});
    link.click();
    expect(fired?.cancelable).to.equal(false);
    expect(prevented).to.equal(false);
    expect(articleRoute(fired!)).to.equal(undefined);
  });

  for (const [name, recipe] of Object.entries(recipes)) {
    describe(`the ${name} recipe`, () => {
      it('routes a plain click on an article of this site through the router, without a page load', async () => {
        const router = historyRouter();
        const feed = await render<NewsFeedElement>(html`<news-feed .feed=${{items: [article(here('/news/port?from=feed#top'))]}}></news-feed>`);
        feed.addEventListener('news-article-click', recipe(router) as EventListener);
        const link = feed.shadowRoot!.querySelector('news-article-card')!.shadowRoot!.querySelector('a')!;
        let native: MouseEvent | undefined;
        window.addEventListener('click', (event) => (native = event), {once: true});
        link.click();
        expect(router.visited).to.deep.equal(['/news/port?from=feed#top']);
        expect(native?.defaultPrevented).to.equal(true);
        expect(location.pathname + location.search + location.hash).to.equal('/news/port?from=feed#top');
      });

      it('leaves an article on another site and a Ctrl+click to the browser', async () => {
        const router = historyRouter();
        const feed = await render<NewsFeedElement>(
          html`<news-feed .feed=${{items: [article('https://elsewhere.example/port'), article(here('/news/local'))]}}></news-feed>`,
        );
        feed.addEventListener('news-article-click', recipe(router) as EventListener);
        const [away, local] = [...feed.shadowRoot!.querySelectorAll('news-article-card')].map((c) => c.shadowRoot!.querySelector('a')!);
        const prevented: boolean[] = [];
        const stop = (event: Event) => (prevented.push(event.defaultPrevented), event.preventDefault()); // the test page stays
        window.addEventListener('click', stop);
        try {
          away.click();
          local.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, composed: true, ctrlKey: true}));
        } finally {
          window.removeEventListener('click', stop);
        }
        expect(router.visited).to.deep.equal([]);
        expect(prevented).to.deep.equal([false, false]);
      });
    });
  }
});

describe('articleRoute', () => {
  const event = (url: string | undefined, cancelable = true) => ({cancelable, detail: {item: {url}}});
  it('gives the path, query and fragment of an article on the page’s origin', () => {
    expect(articleRoute(event('https://news.example/a/b?c=1#d'), 'https://news.example/')).to.equal('/a/b?c=1#d');
    expect(articleRoute(event('/relative'), 'https://news.example/x/')).to.equal('/relative');
    // A server's URL of the request, as parseFeed and loadFeed take one (helper-182).
    expect(articleRoute(event('/relative'), new URL('https://news.example/x/'))).to.equal('/relative');
  });
  it('gives nothing for another origin, a click that can’t be cancelled, or no link', () => {
    expect(articleRoute(event('https://other.example/a'), 'https://news.example/')).to.equal(undefined);
    expect(articleRoute(event('http://news.example/a'), 'https://news.example/')).to.equal(undefined);
    expect(articleRoute(event('https://news.example/a', false), 'https://news.example/')).to.equal(undefined);
    expect(articleRoute(event(undefined), 'https://news.example/')).to.equal(undefined);
  });
  it('gives nothing, rather than throwing, for an address or a base that is no URL (an item built by hand)', () => {
    expect(articleRoute(event('http://[::1'), 'https://news.example/')).to.equal(undefined);
    expect(articleRoute(event('/a'), '/world/')).to.equal(undefined);
  });
  it('under a root the router adds itself (`/news/`): the path inside it, nothing outside', () => {
    const page = 'https://news.example/news/fr/politique/';
    for (const root of ['/news', '/news/', 'news/']) {
      expect(articleRoute(event('https://news.example/news/ar/x?y=1#top'), page, root), root).to.equal('/ar/x?y=1#top');
      expect(articleRoute(event('https://news.example/news'), page, root), root).to.equal('/');
      // Outside the app: another of the site's paths, or one that only begins like the root.
      expect(articleRoute(event('https://news.example/shop/cart'), page, root), root).to.equal(undefined);
      expect(articleRoute(event('https://news.example/newsroom/x'), page, root), root).to.equal(undefined);
    }
    // Inside the root, a path a router would take for another site is still none.
    expect(articleRoute(event('https://news.example/news//evil.example/x'), page, '/news/')).to.equal(undefined);
    // An address written with Arabic letters is compared as the browser writes it, percent-encoded.
    expect(articleRoute(event('https://news.example/أخبار/مقال'), page, '/أخبار/')).to.equal('/%D9%85%D9%82%D8%A7%D9%84');
  });
  it('gives nothing for a path a router would take for another site (`//host`, `/\\host`)', async () => {
    // A feed's link on the page's own origin whose path starts with `//`: `navigate('//evil.example/x')`
    // (Next.js's router.push, location.assign, a history router's fallback) goes to evil.example.
    for (const url of ['https://news.example//evil.example/x', 'https://news.example/\\evil.example/x', 'https://news.example//%65vil.example/']) {
      expect(articleRoute(event(url), 'https://news.example/'), url).to.equal(undefined);
    }
    expect(articleRoute(event('https://news.example/a//b'), 'https://news.example/')).to.equal('/a//b');
    // As a feed gives it, through a card: the event's route, if any, stays on the page's origin.
    const {link} = await card(`${location.origin}//evil.example/phish`);
    let route: string | undefined = 'not fired';
    document.addEventListener('news-article-click', (event) => (route = articleRoute(event)), {once: true});
    // Last in line: the test page stays where it is.
    window.addEventListener('click', (event) => event.preventDefault(), {once: true});
    link.click();
    expect(route).to.equal(undefined);
  });
});
