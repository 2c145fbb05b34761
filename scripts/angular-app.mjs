#!/usr/bin/env node
// The README's Angular recipe (the code block after `<!-- recipe: angular -->`) in a new
// Angular app, as a developer builds one: a temporary project with the packed package and
// Angular (the exact versions below) installed from the registry, the recipe as its start page
// beside an article route, `ng build` (the application builder, strict templates), the built
// files served as an app host serves them (index.html for every route), and in Chromium the
// router check of `npm run test:consumer` (scripts/router-apps.mjs), then the feed's load
// event and the language switcher reaching the component. Angular 22 needs Node 22.22 or
// newer while CI runs Node 20, so this is a manual check (`npm run test:angular`, after
// `npm run build`), not part of `.ci/run`.
// Home-made glue: npm, the Angular CLI, the dev server and the browser do the work; this
// writes the app around the recipe and wires them together.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startDevServer} from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './browsers.mjs';
import {checkRouting, readmeRecipes} from './router-apps.mjs';

/** The Angular of the README's Angular section (22.2, the registry's latest on 2026-12-01). */
const ANGULAR = {
  '@angular/common': '22.2.6',
  '@angular/compiler': '22.2.6',
  '@angular/core': '22.2.6',
  '@angular/platform-browser': '22.2.6',
  '@angular/router': '22.2.6',
  rxjs: '7.8.2',
  tslib: '2.9.1',
};
const ANGULAR_TOOLS = {'@angular/build': '22.2.7', '@angular/cli': '22.2.7', '@angular/compiler-cli': '22.2.6', typescript: '6.0.3'};

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
  console.error(`Angular 22 needs Node 22.22 or newer; this is Node ${process.versions.node}. Run this check with a newer Node.`);
  process.exit(1);
}

const recipe = readmeRecipes(readFileSync('README.md', 'utf8')).angular;
if (!recipe) throw new Error('README.md has no <!-- recipe: angular --> code block');

/** The app around the recipe: Angular's own defaults of a new project, strict templates named. */
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
            options: {browser: 'src/main.ts', tsConfig: 'tsconfig.json', outputPath: 'dist', assets: [{glob: '**/*', input: 'public'}]},
          },
        },
      },
    },
  },
  'tsconfig.json': {
    compilerOptions: {strict: true, noImplicitOverride: true, isolatedModules: true, experimentalDecorators: true, importHelpers: true, target: 'ES2022', module: 'preserve', types: []},
    angularCompilerOptions: {strictTemplates: true, strictInjectionParameters: true},
    files: ['src/main.ts'],
  },
  'src/index.html': '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Latest</title><base href="/"></head><body><app-root></app-root></body></html>\n',
  'src/main.ts': `import {Component, inject, provideBrowserGlobalErrorListeners} from '@angular/core';
import {toSignal} from '@angular/core/rxjs-interop';
import {bootstrapApplication} from '@angular/platform-browser';
import {ActivatedRoute, RouterOutlet, provideRouter} from '@angular/router';
import {Latest} from './app/latest';

/** The article's route, as the router check expects it: its id in #article. */
@Component({selector: 'app-article', template: '<h1 id="article">{{ params()?.get("id") }}</h1>'})
class Article {
  protected readonly params = toSignal(inject(ActivatedRoute).paramMap);
}

@Component({selector: 'app-root', imports: [RouterOutlet], template: '<router-outlet />'})
class App {}

bootstrapApplication(App, {
  providers: [provideBrowserGlobalErrorListeners(), provideRouter([{path: '', component: Latest}, {path: 'news/:id', component: Article}])],
}).catch((error) => console.error(error));
`,
  'src/app/latest.ts': `${recipe.code}\n`,
};

const problems = [];
const dir = mkdtempSync(join(tmpdir(), 'news-widgets-angular-'));
try {
  const tarball = join(dir, execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}).trim().split('\n').pop());
  const app = join(dir, 'app');
  mkdirSync(join(app, 'src/app'), {recursive: true});
  mkdirSync(join(app, 'public'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'angular-app', private: true, dependencies: {'news-widgets': `file:${tarball}`, ...ANGULAR}, devDependencies: ANGULAR_TOOLS}));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(app, file), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  cpSync('test/consumer/routers/feed.json', join(app, 'public/feed.json'));

  let started = Date.now();
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {cwd: app, stdio: ['ignore', 'pipe', 'pipe']});
  console.log(`npm install (Angular ${ANGULAR['@angular/core']} and the packed package): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  try {
    execFileSync(process.execPath, [join(app, 'node_modules/@angular/cli/bin/ng.js'), 'build'], {cwd: app, env: {...process.env, NG_CLI_ANALYTICS: 'false'}, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (error) {
    throw new Error(`ng build failed:\n${error.stdout}${error.stderr}`, {cause: error});
  }
  console.log(`ng build: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const root = join(app, 'dist/browser');
  const server = await startDevServer({
    config: {rootDir: root, appIndex: join(root, 'index.html'), port: 0, hostname: '127.0.0.1', watch: false, nodeResolve: false},
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  const url = `http://127.0.0.1:${server.server.address().port}/`;
  const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
  try {
    problems.push(...(await checkRouting(browser, url, 'Angular Router')));
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(url);
    const said = (text) => page.waitForFunction((t) => document.querySelector('app-latest p')?.textContent.includes(t), {timeout: 30_000}, text).then(() => true, () => false);
    if (!(await said('2 articles'))) problems.push('news-feed-load did not reach the component');
    await page.evaluate(() => [...document.querySelector('news-language-switcher').shadowRoot.querySelectorAll('[part~="link"]')].find((entry) => entry.lang === 'fr')?.click());
    if (!(await said('language fr'))) problems.push('news-locale-change did not reach the component');
    // The event comes first (it is cancelable), the switch after it.
    const heading = () => document.querySelector('news-feed').shadowRoot.querySelector('[part="heading"]')?.textContent.trim();
    const french = await page.waitForFunction(`(${heading})() === 'Derniers articles'`, {timeout: 30_000}).then(() => true, () => false);
    if (!french) problems.push(`after switching to French the feed's heading is ${JSON.stringify(await page.evaluate(heading))}`);
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  rmSync(dir, {recursive: true, force: true});
}

if (problems.length) {
  console.error(`Angular check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log("Angular check passed: the README's recipe builds with ng build (strict templates), routes a click on an article with the Angular Router (no page load) and leaves a Ctrl+click to the browser, and its feed and switcher events reach the component, in Chromium.");
