#!/usr/bin/env node
// Builds the README's Eleventy, Astro and Next.js sites as written and checks the pages they
// output. Each code block after a `<!-- site: FRAMEWORK/PATH -->` line in README.md becomes
// PATH in that framework's site, and the plain Node recipe (`<!-- recipe: plain-node -->`)
// its lib/latest.js, as the README says. The package comes from `npm pack` (run after
// `npm run build`), unpacked into node_modules/news-widgets above the sites; the frameworks,
// lit and @lit-labs/ssr are this repository's exact-pinned devDependencies, so the sites are
// made inside the repository (.frameworks-*) to find them. Each framework runs its own
// production build; a build that fails or prints a throw fails the check.
//
// Every site page that reads feeds/latest.json is also built once per malformed feed (a copy
// of the page reading that feed instead): the pages must show the message or empty state
// a browser shows for the same feed, and the build must not throw. Then each site's built
// feed page is opened in Chromium, Firefox and WebKit (NEWS_BROWSERS picks) with every script
// removed: the cards (declarative shadow DOM) must show their headlines, links, dates and
// images with no script run; and, as the README's page hydrates (Eleventy with the CDN build,
// Astro and Next.js bundled; Next.js's served by `next start`), opened again as it comes: its
// script must take over the server's cards without recreating them. Requests off localhost
// (the feed's images on example.com) go to a local proxy that answers them.
// Home-made glue: each framework builds with its own CLI, @lit-labs/ssr renders and the
// browsers show the pages; no maintained tool builds sites from a README's code blocks.
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {createServer} from 'node:http';
import {createServer as createHttpsServer} from 'node:https';
import {selectedEngines} from './browsers.mjs';
import {openEngine, rewritingProxy} from './page-checks.mjs';
import {startNext} from './router-apps.mjs';
import {startServer} from './serve.mjs';

const root = resolve('.');
const bin = (name) => join(root, 'node_modules/.bin', name);

/**
 * How each framework builds its site and where a page's HTML lands. `route(page, name)` gives
 * the copy of `page` that reads feed `name` (its path in the site and its source).
 */
const frameworks = {
  eleventy: {
    page: 'index.njk',
    build: [bin('eleventy'), '--quiet'],
    route: (source, name) => [`${name}.njk`, source],
    output: (name) => (name === 'latest' ? '_site/index.html' : `_site/${name}/index.html`),
    served: '_site',
    // Its page loads the CDN build, copied from the site's node_modules, which hydrates the elements.
    hydrates: true,
    ownModules: true,
  },
  astro: {
    page: 'src/pages/index.astro',
    build: [bin('astro'), 'build', '--silent'],
    route: (source, name) => [`src/pages/${name}.astro`, source],
    output: (name) => (name === 'latest' ? 'dist/index.html' : `dist/${name}/index.html`),
    served: 'dist',
    // Its page bundles the client script that hydrates the elements.
    hydrates: true,
  },
  next: {
    page: 'app/page.jsx',
    build: [bin('next'), 'build'],
    // One folder deeper: its relative import of lib/ goes one level further up.
    route: (source, name) => [`app/${name}/page.jsx`, source.replaceAll("'../lib/", "'../../lib/")],
    output: (name) => (name === 'latest' ? '.next/server/app/index.html' : `.next/server/app/${name}.html`),
    // The prerendered page only: without JavaScript, Next.js's scripts play no part.
    served: '.next/server/app',
    // With JavaScript, `next start` serves the page and its client component hydrates the elements.
    hydrates: true,
    start: (site) => startNext(site, join(root, 'node_modules/next/dist/bin/next')),
  },
};

/** The feeds each site renders (test/frameworks), and what a reader must see for a malformed one: the browser's words. */
const FORMAT_ERROR = 'This news feed can’t be read: it isn’t in a format we understand.';
const EMPTY = 'No articles yet. Please check back soon.';
const malformed = {'not-a-list': FORMAT_ERROR, 'not-json': FORMAT_ERROR, 'no-articles': EMPTY};

/** What the fixture feed's cards must show: headline, link, date (machine and reader form) and image. */
const articles = [
  {
    headline: 'Port expansion opens a new container terminal',
    href: 'https://example.com/2026/01/port-expansion',
    datetime: '2026-01-16T09:30:00.000Z',
    date: 'Jan 16, 2026',
    image: 'https://example.com/images/port.jpg',
  },
  {
    headline: 'Fourth tram line carries its first riders',
    href: 'https://example.com/2026/01/tram-line',
    datetime: '2026-01-15T07:00:00.000Z',
    date: 'Jan 15, 2026',
    image: 'https://example.com/images/tram.jpg',
  },
];

/** README.md's site files as {framework: {path: code}}, and the plain Node recipe's code. */
function readmeSites() {
  const readme = readFileSync('README.md', 'utf8');
  const sites = {};
  for (const [, framework, path, code] of readme.matchAll(/<!-- site: (\w+)\/([\w./-]+) -->\n```\w*\n([\s\S]*?)\n```/g)) {
    (sites[framework] ??= {})[path] = `${code}\n`;
  }
  const latest = readme.match(/<!-- recipe: plain-node -->\n```js\n([\s\S]*?)\n```/)?.[1];
  if (!latest) throw new Error('README.md has no plain-node recipe');
  return {sites, latest: `${latest}\n`};
}

const count = (text, what) => text.split(what).length - 1;

/** Problems with a built page of the fixture feed: every card in declarative shadow DOM with what a reader sees. */
function checkLatest(html) {
  const problems = [];
  if (!/<news-feed[^>]*><template shadowroot="open" shadowrootmode="open">/.test(html)) problems.push('no <news-feed> with a declarative shadow root');
  if (!/<html lang="en">/.test(html)) problems.push('the page lost its own markup');
  const cards = count(html, '<news-article-card');
  if (cards !== articles.length) problems.push(`${cards} cards, expected ${articles.length}`);
  if (count(html, '<template shadowroot="open" shadowrootmode="open">') !== articles.length + 1) problems.push('not one shadow root for the feed and each card');
  for (const article of articles) {
    if (!html.includes(article.headline)) problems.push(`no headline “${article.headline}”`);
    if (!new RegExp(`<a[^>]*part="link"[^>]*href="${article.href}"`).test(html)) problems.push(`no link to ${article.href}`);
    if (!new RegExp(`<time[^>]*datetime="${article.datetime}"[^>]*>(<!--[^>]*-->)*${article.date}`).test(html)) problems.push(`no date ${article.date}`);
    if (!new RegExp(`<img[^>]*part="image"[^>]*src="${article.image}"`).test(html)) problems.push(`no image ${article.image}`);
  }
  if (/undefined|\[object /.test(html)) problems.push('shows “undefined” or “[object …]”');
  return problems;
}

/** Problems with a built page of a malformed feed: the browser's message or empty state, no card. */
function checkMalformed(html, expected) {
  const problems = [];
  if (!html.includes(expected)) problems.push(`does not show “${expected}”`);
  if (expected === FORMAT_ERROR && !/<p role="alert">/.test(html)) problems.push('the error is not an alert');
  if (html.includes('<news-article-card')) problems.push('shows cards');
  if (/undefined|\[object /.test(html)) problems.push('shows “undefined” or “[object …]”');
  return problems;
}

/** The page's own markup: the frameworks' inline scripts (Next.js repeats the page's HTML in its data) left out. */
const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');

/** The answer to a request off localhost (the feed's images): a small picture. */
const IMAGE = {contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>'};

/**
 * The browsers' proxy for every request off localhost (the feed's images are on example.com):
 * each is answered here with a small picture, so nothing leaves the machine. HTTPS arrives as
 * CONNECT; its TLS ends here, with the dev server's self-signed certificate (the browsers are
 * told not to check certificates). The browsers' own background requests end here too.
 * Resolves with `{url, close()}`.
 */
async function offsiteProxy() {
  const certificate = join(root, 'node_modules/@web/dev-server-core/.self-signed-dev-server-ssl');
  const answer = (request, response) => {
    response.writeHead(200, {'content-type': IMAGE.contentType}).end(IMAGE.body);
  };
  const tls = createHttpsServer({key: readFileSync(`${certificate}.key`), cert: readFileSync(`${certificate}.cert`)}, answer);
  const proxy = createServer(answer);
  proxy.on('connect', (request, socket) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tls.emit('connection', socket);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {url: `http://127.0.0.1:${proxy.address().port}`, close: () => proxy.close()};
}

/**
 * Notes the server's cards and links as the parser reaches the end of <news-feed>: before any
 * script of the page can run (module and deferred scripts wait for the end of parsing), so
 * the check can tell whether hydration kept them. `early` says an element was defined already.
 */
const NOTE_SERVER_NODES =
  "<script>{const feed=document.querySelector('news-feed');const cards=[...(feed?.shadowRoot?.querySelectorAll('news-article-card')??[])];" +
  "window.serverNodes={early:!!customElements.get('news-feed'),cards,links:cards.map((card)=>card.shadowRoot?.querySelector('[part=\"link\"]'))};}</script>";

/**
 * A server in front of a built site (its folder served as files, or `next start`) that serves
 * its pages as the checks need them: with `?without-scripts`, every script removed (a reader
 * without JavaScript, the same in every engine); otherwise with NOTE_SERVER_NODES after the
 * first </news-feed>. `upstream` (a URL) is set for each site.
 */
async function checkingServer() {
  const server = await rewritingProxy(
    () => server.upstream,
    (html, url) => (url.searchParams.has('without-scripts') ? withoutScripts(html) : html.replace('</news-feed>', `</news-feed>${NOTE_SERVER_NODES}`)),
  );
  return server;
}

/** Problems with a site's feed page (`path` on the checking server) as `engine` shows it with every script removed. */
async function checkWithoutJavaScript(engine, path) {
  const page = await engine.open(`${engine.base}${path}${path.includes('?') ? '&' : '?'}without-scripts`);
  const shown = await page.evaluate(() => ({
    upgraded: !!customElements.get('news-feed') || !!customElements.get('news-article-card'),
    cards: [...(document.querySelector('news-feed')?.shadowRoot?.querySelectorAll('news-article-card') ?? [])].map((card) => {
      const part = (name) => card.shadowRoot?.querySelector(`[part="${name}"]`);
      const box = part('link')?.getBoundingClientRect();
      return {
        headline: part('link')?.textContent.trim(),
        href: part('link')?.href,
        datetime: part('date')?.getAttribute('datetime'),
        date: part('date')?.textContent.trim(),
        image: part('image')?.src,
        visible: !!box && box.width > 0 && box.height > 0,
      };
    }),
  }));
  const problems = [];
  if (shown.upgraded) problems.push('without JavaScript: an element was defined');
  // In the order of `articles` (WebDriver may hand an object's keys back in another).
  const inOrder = (cards) => JSON.stringify(cards.map((card) => Object.fromEntries(Object.keys(articles[0]).concat('visible').map((key) => [key, card[key]]))));
  if (inOrder(shown.cards) !== inOrder(articles.map((article) => ({...article, visible: true})))) problems.push(`without JavaScript the page shows ${JSON.stringify(shown.cards)}`);
  return problems;
}

/**
 * Problems with a site's feed page (`path` on the checking server) whose script hydrates the
 * elements, in `engine`: the elements must upgrade and update keeping every card and link node
 * the server sent (noted by NOTE_SERVER_NODES), with no error.
 */
async function checkHydration(engine, path) {
  const page = await engine.open(`${engine.base}${path}`);
  const after = await page
    .evaluate(async () => {
      const {serverNodes} = window;
      if (!serverNodes) return {noted: false};
      // A mismatch between the server's DOM and the browser's first render rejects updateComplete.
      const feed = await customElements.whenDefined('news-feed').then(() => document.querySelector('news-feed'));
      await feed.updateComplete;
      const cards = [...feed.shadowRoot.querySelectorAll('news-article-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      return {
        noted: true,
        early: serverNodes.early,
        scripts: document.scripts.length,
        hydrated: feed.hasUpdated && cards.every((card) => card.hasUpdated && !card.hasAttribute('defer-hydration')),
        sameCards: cards.length === serverNodes.cards.length && cards.every((card, i) => card === serverNodes.cards[i]),
        sameLinks: cards.every((card, i) => card.shadowRoot.querySelector('[part="link"]') === serverNodes.links[i]),
        headlines: cards.map((card) => card.shadowRoot.querySelector('[part="link"]').textContent.trim()),
      };
    })
    .catch((error) => error);
  const errors = (await page.errors()).map((error) => `page error: ${error}`);
  if (after instanceof Error) return [`hydration failed: ${after.message.split('\n')[0]}`, ...errors];
  if (!after.noted) return ['the page has no <news-feed> to note', ...errors];
  const problems = [];
  if (after.early) problems.push('an element was defined before the server’s cards were noted');
  // One is the note itself.
  if (after.scripts < 2) problems.push('the page loads no script');
  if (!after.hydrated) problems.push('the elements did not update in the browser');
  if (!after.sameCards || !after.sameLinks) problems.push('hydration recreated the cards');
  if (after.headlines.join('|') !== articles.map((article) => article.headline).join('|')) problems.push(`after hydration the page shows ${JSON.stringify(after.headlines)}`);
  return [...problems, ...errors];
}

/** Serves a built site's feed page: `next start` for Next.js, else its output folder as static files. Resolves with `{url, close()}`. */
async function serveSite(framework, site) {
  if (framework.start) return framework.start(site);
  const server = await startServer(0, '127.0.0.1', join(site, framework.served));
  return {url: `http://127.0.0.1:${server.port}/index.html`, close: () => server.close()};
}

if (!existsSync('dist/index.js')) throw new Error('dist/ is missing: run `npm run build` first');
const {sites, latest} = readmeSites();
const only = process.argv.slice(2);
const work = mkdtempSync(join(root, '.frameworks-'));
const failures = [];
const built = [];
const engineNames = selectedEngines().join(', ');
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1'};
try {
  // The package as a consumer installs it.
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim().split('\n').pop();
  mkdirSync(join(work, 'node_modules'));
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', join(work, 'node_modules')]);
  renameSync(join(work, 'node_modules/package'), join(work, 'node_modules/news-widgets'));

  for (const [name, framework] of Object.entries(frameworks)) {
    if (only.length && !only.includes(name)) continue;
    const files = sites[name];
    if (!files?.[framework.page]) {
      failures.push(`${name}: README.md has no site page ${framework.page}`);
      continue;
    }
    const site = join(work, name);
    const write = (path, text) => {
      mkdirSync(dirname(join(site, path)), {recursive: true});
      writeFileSync(join(site, path), text);
    };
    write('package.json', JSON.stringify({name: `${name}-site`, private: true, type: 'module'}));
    write('lib/latest.js', latest);
    // A site that copies files out of its node_modules gets the installed packages there.
    if (framework.ownModules) symlinkSync(join(work, 'node_modules'), join(site, 'node_modules'), 'dir');
    for (const [path, code] of Object.entries(files)) write(path, code);
    cpSync('test/frameworks', join(site, 'feeds'), {recursive: true});
    for (const feed of Object.keys(malformed)) write(...framework.route(files[framework.page].replaceAll('feeds/latest.json', `feeds/${feed}.json`), feed));

    const started = performance.now();
    const [command, ...args] = framework.build;
    const run = spawnSync(command, args, {cwd: site, env, encoding: 'utf8'});
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const version = JSON.parse(readFileSync(join(root, 'node_modules', name === 'eleventy' ? '@11ty/eleventy' : name, 'package.json'), 'utf8')).version;
    const log = `${run.stdout}${run.stderr}`;
    const problems = [];
    if (run.status !== 0) problems.push(`build failed (exit ${run.status}):\n${log}`);
    else if (/\b(Error|TypeError|ReferenceError):/.test(log)) problems.push(`build printed an error:\n${log}`);
    const pages = {latest: checkLatest, ...Object.fromEntries(Object.entries(malformed).map(([feed, expected]) => [feed, (html) => checkMalformed(html, expected)]))};
    for (const [page, check] of Object.entries(pages)) {
      if (run.status !== 0) break;
      const file = join(site, framework.output(page));
      if (!existsSync(file)) {
        problems.push(`${page}: no ${framework.output(page)}`);
        continue;
      }
      for (const problem of check(withoutScripts(readFileSync(file, 'utf8')))) problems.push(`${page}: ${problem}`);
    }
    console.log(`⏱ ${name} ${version}: built and checked ${Object.keys(pages).length} pages in ${seconds} s${problems.length ? ' — FAILED' : ''}`);
    failures.push(...problems.map((problem) => `${name}: ${problem}`));
    if (run.status === 0) built.push([name, site, framework]);
  }

  // Each engine opens each site's feed page twice: with every script removed, and as it comes.
  const proxy = await offsiteProxy();
  const checking = await checkingServer();
  const engines = [];
  try {
    for (const name of selectedEngines()) engines.push([name, await openEngine(name, checking.address().port, {offsite: proxy.url})]);
    for (const [name, site, framework] of built) {
      const served = await serveSite(framework, site);
      checking.upstream = served.url;
      const path = new URL(served.url).pathname;
      try {
        for (const [engineName, engine] of engines) {
          const problems = await checkWithoutJavaScript(engine, path);
          if (framework.hydrates) problems.push(...(await checkHydration(engine, path)));
          const done = framework.hydrates ? 'without JavaScript, and hydrated with it keeping every card and link node' : 'without JavaScript';
          console.log(`${name} in ${engineName}: ${problems.length ? 'FAILED' : `${articles.length} cards with headline, link, date and image ${done}`}`);
          failures.push(...problems.map((problem) => `${name} in ${engineName}: ${problem}`));
        }
      } finally {
        served.close();
      }
    }
  } finally {
    for (const [, engine] of engines) await engine.close();
    checking.close();
    proxy.close();
  }
} finally {
  if (!process.env.KEEP_FRAMEWORK_SITES) rmSync(work, {recursive: true, force: true});
  else console.log(`sites kept in ${work}`);
}

if (failures.length) {
  console.error(`Framework recipes failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Framework recipes passed (${built.map(([name]) => name).join(', ')}): the README’s sites build, show the feed’s cards (also without JavaScript, and hydrated where the page hydrates, in ${engineNames}), and the browser’s message or empty state for malformed feeds.`,
);
