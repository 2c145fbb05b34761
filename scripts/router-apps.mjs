// The README's single-page-app recipes run as written, with the real routers: the code blocks
// after `<!-- recipe: react-router -->`, `<!-- recipe: vue-router -->`, `<!-- recipe: nextjs -->`
// and `<!-- recipe: svelte -->` become a component of an app (test/consumer/routers/) built on
// the installed package as such apps are usually built: React Router's with esbuild, Vue
// Router's with Vite and @vitejs/plugin-vue, Next.js's with `next build`, served by
// `next start`, SvelteKit's with `vite build` and the static adapter (the page rendered on the
// server, then hydrated), its tags type-checked by svelte-check with `news-widgets/svelte`.
// Then, in Chromium, a plain click on an article of the site must show the article's route
// with no page load, and a Ctrl+click must be left to the browser (a new tab, no routing); the
// Svelte recipe's events, bindings and scoped parts are checked in Chromium, Firefox and WebKit.
// Used by scripts/consumer-test.mjs, which installs the routers in its consumer project.
// Home-made glue: the routers, bundlers and browser do the work; this wires them together.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import * as esbuild from 'esbuild';
import {freePort} from './browsers.mjs';
import {openEngine} from './page-checks.mjs';

/** The router packages the consumer project installs, with the versions the README names. */
export const ROUTER_PACKAGES = {'react-router': '7.18.7', 'vue-router': '5.5.1', '@vitejs/plugin-vue': '6.0.11', next: '16.4.6'};

/**
 * Svelte 5 and SvelteKit 2, with the README's versions. SvelteKit 3 needs Node 22.17; 2.70
 * runs on Node 20 with Vite 8. svelte-check needs a TypeScript of the app's own.
 */
export const SVELTE_PACKAGES = {
  svelte: '5.57.3',
  '@sveltejs/kit': '2.70.4',
  '@sveltejs/vite-plugin-svelte': '7.3.1',
  '@sveltejs/adapter-static': '3.0.11',
  'svelte-check': '4.7.8',
};

/** Next.js must not call home (its telemetry): nothing here reaches beyond localhost. */
const nextEnv = {...process.env, NEXT_TELEMETRY_DISABLED: '1'};

/** The README's recipe code blocks by name: {NAME: {language, code}}. */
export function readmeRecipes(readme) {
  const recipes = {};
  for (const [, name, language, code] of readme.matchAll(/<!-- recipe: ([\w-]+) -->\n```(\w+)\n([\s\S]*?)\n```/g)) recipes[name] = {language, code};
  return recipes;
}

/**
 * Builds the router apps in `dir/routers` (the consumer project, with test/consumer copied
 * into it and the routers installed). Resolves with the pages to open, relative to
 * `dir/routers`, which also holds the apps' `/feed.json`.
 */
export async function buildRouterApps(dir, readme) {
  const routers = join(dir, 'routers');
  const recipes = readmeRecipes(readme);
  mkdirSync(join(routers, 'recipes'), {recursive: true});
  for (const [name, file] of [
    ['react-router', 'recipes/react-router.jsx'],
    ['vue-router', 'recipes/vue-router.vue'],
    ['nextjs', 'next/app/latest.jsx'],
    ['svelte', 'sveltekit/src/routes/latest/+page.svelte'],
  ]) {
    if (!recipes[name]) throw new Error(`README.md has no <!-- recipe: ${name} --> code block`);
    writeFileSync(join(routers, file), recipes[name].code);
  }
  await esbuild.build({
    entryPoints: [join(routers, 'react-router-app.jsx')],
    absWorkingDir: dir,
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    define: {'process.env.NODE_ENV': JSON.stringify('production')},
    outfile: join(routers, 'react-router-app.js'),
    logLevel: 'warning',
  });
  execFileSync(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build'], {cwd: routers, stdio: ['ignore', 'pipe', 'pipe']});
  cpSync(join(routers, 'feed.json'), join(routers, 'next/public/feed.json'));
  execFileSync(process.execPath, [join(dir, 'node_modules/next/dist/bin/next'), 'build'], {cwd: join(routers, 'next'), env: nextEnv, stdio: ['ignore', 'pipe', 'pipe']});
  cpSync(join(routers, 'feed.json'), join(routers, 'sveltekit/static/feed.json'));
  const svelteStarted = performance.now();
  execFileSync(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), 'build'], {cwd: join(routers, 'sveltekit'), stdio: ['ignore', 'pipe', 'pipe']});
  console.log(`SvelteKit app (the Svelte recipe): vite build and prerendering in ${((performance.now() - svelteStarted) / 1000).toFixed(1)} s`);
  return [
    {router: 'React Router', page: '/react-router.html'},
    {router: 'Vue Router', page: '/vue-router/vue-router.html'},
  ];
}

/**
 * svelte-check on the SvelteKit app (after its build, which writes .svelte-kit/tsconfig.json):
 * the recipe, and src/lib's pages of typed tags. Returns the problems: an error on a line that
 * does not follow an `<!-- expect error: … -->` comment, or such a line without its error.
 */
export function checkSvelteTypes(dir) {
  const app = join(dir, 'routers/sveltekit');
  let output;
  try {
    output = execFileSync(process.execPath, [join(dir, 'node_modules/svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'], {cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
  const found = new Set();
  const problems = [];
  for (const [, kind, file, line, message] of output.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)) {
    const key = `${file}:${line}`;
    found.add(key);
    const before = readFileSync(join(app, file), 'utf8').split('\n')[Number(line) - 2] ?? '';
    if (kind !== 'ERROR' || !before.includes('<!-- expect error:')) problems.push(`svelte-check: ${kind} ${key}: ${message}`);
  }
  if (!/^\d+ COMPLETED /m.test(output)) problems.push(`svelte-check did not run:\n${output}`);
  for (const file of ['src/lib/Typed.svelte', 'src/lib/Legacy.svelte']) {
    readFileSync(join(app, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (text.includes('<!-- expect error:') && !found.has(`${file}:${index + 2}`)) problems.push(`svelte-check: no error at ${file}:${index + 2} (${text.trim()})`);
      });
  }
  return problems;
}

/**
 * The Svelte recipe's own promises, in `engine` (chromium, firefox or webkit), on the app
 * served on `port` at `path`: after hydration, `onnews-feed-load` and `onnews-locale-change`
 * reach the component (its text shows the count and the language), the `{limit}` binding set
 * the property, and the component's scoped `::part()` rule styles the feed's heading. Returns
 * the problems found.
 */
export async function checkSvelteApp(engine, port, path) {
  const problems = [];
  const opened = await openEngine(engine, port);
  try {
    const page = await opened.open(`${opened.base}${path}`);
    const text = (pattern) =>
      page.waitForFunction((source) => new RegExp(source).test(document.body.innerText), {timeout: 30_000}, pattern).then(() => true, () => false);
    if (!(await text('2 articles, language en'))) problems.push(`news-feed-load did not reach the component (${await page.evaluate(() => document.body.innerText)})`);
    await page.waitForFunction(() => document.querySelector('news-feed')?.shadowRoot?.querySelector('[part~="heading"]'), {timeout: 30_000}).catch(() => {});
    const feed = await page.evaluate(() => {
      const element = document.querySelector('news-feed');
      const heading = element.shadowRoot.querySelector('[part~="heading"]');
      return {limit: element.limit, headingColor: heading && getComputedStyle(heading).color};
    });
    if (feed.limit !== 5) problems.push(`the feed's limit property is ${JSON.stringify(feed.limit)}, not 5`);
    if (feed.headingColor !== 'rgb(176, 0, 32)') problems.push(`the scoped ::part(heading) rule gives the heading ${feed.headingColor}, not rgb(176, 0, 32)`);
    await page.evaluate(() => [...document.querySelector('news-language-switcher').shadowRoot.querySelectorAll('[part~="link"]')].find((entry) => entry.lang === 'fr')?.click());
    if (!(await text('language fr'))) problems.push('news-locale-change did not reach the component');
    problems.push(...(await page.errors()).map((error) => `page error: ${error}`));
  } finally {
    await opened.close();
  }
  return problems.map((problem) => `Svelte, ${engine}: ${problem}`);
}

/**
 * Opens `url` in a new page of `browser` and runs `check(page, problems)`; resolves with the
 * problems it found and the page's uncaught errors, each after `label`.
 */
async function onPage(browser, url, label, check) {
  const problems = [];
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(url);
    await check(page, problems);
  } finally {
    for (const error of errors) problems.push(`${label}: page error: ${error}`);
    await page.close();
  }
  return problems;
}

// No fragment: a link to the URL the router has just pushed, plus a fragment, would only scroll.
/** Starts the built Next.js app of the consumer project `dir` (`next start`) on a free port; resolves with `{url, close()}`. */
export const startNextApp = (dir) => startNext(join(dir, 'routers/next'), join(dir, 'node_modules/next/dist/bin/next'));

/** Starts `next start` for the built app in `appDir` with the `next` CLI at `nextBin`, on a free port; resolves with `{url, close()}`. */
export async function startNext(appDir, nextBin) {
  const port = await freePort();
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: nextEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const close = () => server.exitCode === null && server.kill();
  process.once('exit', close);
  let output = '';
  await new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`next start did not get ready in 60 s:\n${output}`)), 60_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      if (!/\bReady\b/.test(output)) return;
      clearTimeout(timer);
      ready();
    });
    server.stderr.on('data', (chunk) => (output += chunk));
    server.once('exit', (code) => fail(new Error(`next start exited (${code}):\n${output}`)));
  });
  return {url: `http://127.0.0.1:${port}/`, close};
}

const ARTICLE = '/news/port?from=feed';

/**
 * Opens `url` in `browser` and clicks its articles as a reader would; returns the problems
 * found (none when the recipe routes a plain click itself and leaves a Ctrl+click alone).
 */
export function checkRouting(browser, url, router) {
  return onPage(browser, url, router, async (page, problems) => {
    // Polled: a server-rendered <news-feed> (Next.js) changes only inside its shadow root, where
    // waitForSelector's mutation observer does not look. Generous: the app hydrates, then the
    // element loads the feed, on a machine that may be busy.
    const selector = `news-feed >>> news-article-card >>> a[href$="${ARTICLE}"]`;
    const linked = (path) =>
      [...(document.querySelector('news-feed')?.shadowRoot?.querySelectorAll('news-article-card') ?? [])].some((card) =>
        card.shadowRoot?.querySelector(`a[href$="${path}"]`),
      );
    await page.waitForFunction(linked, {polling: 100, timeout: 30_000}, ARTICLE).catch(() => undefined);
    const local = await page.$(selector);
    if (!local) {
      problems.push(`${router}: no card links to ${ARTICLE}`);
      return;
    }
    // A page load would lose this mark and add a navigation entry.
    await page.evaluate(() => (window.sameDocument = true));

    // Ctrl+click: the browser opens the article in a new tab; the app does not route.
    const opened = browser.waitForTarget((target) => target.url().endsWith(ARTICLE), {timeout: 30_000}).catch(() => undefined);
    await page.keyboard.down('Control');
    await local.click();
    await page.keyboard.up('Control');
    const tab = await opened;
    if (!tab) problems.push(`${router}: a Ctrl+click on an article did not open it in a new tab`);
    else await (await tab.page())?.close();
    if ((await page.evaluate(() => location.pathname)) === '/news/port') problems.push(`${router}: the app routed a Ctrl+click`);

    // A plain click: the router shows the article, in the same document.
    await local.click();
    const shown = await page
      .waitForSelector('#article', {timeout: 30_000})
      .then((heading) => heading.evaluate((h) => h.textContent))
      .catch(() => undefined);
    const after = await page.evaluate(() => ({
      location: location.pathname + location.search + location.hash,
      sameDocument: window.sameDocument === true,
      loads: performance.getEntriesByType('navigation').length,
    }));
    if (shown !== 'port') problems.push(`${router}: a click on the article shows ${JSON.stringify(shown)}, not its route`);
    if (after.location !== ARTICLE) problems.push(`${router}: after the click the page is at ${after.location}, not ${ARTICLE}`);
    if (!after.sameDocument || after.loads !== 1) problems.push(`${router}: the click loaded a new page instead of routing in the app`);
  });
}
