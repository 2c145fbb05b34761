#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in headless Chromium, in
// English and in Arabic, and fails when a story throws, leaves an element unrendered, shows
// "undefined"/"NaN"/"[object …]", or has an axe violation. Run after `npm run build-storybook`.
// Home-made glue: Storybook's test runner needs Playwright's own browsers, which cannot be
// downloaded here; this drives the machine's Chromium with puppeteer-core instead.
import {readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './chrome.mjs';
import {startServer} from './serve.mjs';
import {pageProblems, waitForWidgets} from './page-checks.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const locales = ['en', 'ar'];

const server = await startServer(0, '127.0.0.1', 'storybook-static');
const {port} = server.address();
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
const problems = [];
let checked = 0;
let followed = 0; // renders whose wrapper took the toolbar's locale (stories may pin their own)
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1100, height: 900});
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const story of stories) {
    for (const locale of locales) {
      errors = [];
      const where = `${story.id} [${locale}]`;
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`, {waitUntil: 'load'});
      // Settled: every element rendered and done loading (the Loading story stays busy on purpose).
      if (!(await waitForWidgets(page, {root: '#storybook-root', allowBusy: story.id.endsWith('--loading')}))) {
        problems.push(`${where}: still loading after 5 s`);
      }
      const {problems: found, lang} = await pageProblems(page, {
        root: '#storybook-root',
        // Page-level rules do not apply to one component on its own.
        axeRules: {region: {enabled: false}, 'landmark-one-main': {enabled: false}, 'page-has-heading-one': {enabled: false}},
      });
      if (lang?.startsWith(locale)) followed++;
      for (const problem of found) problems.push(`${where}: ${problem}`);
      for (const error of errors) problems.push(`${where}: page error: ${error}`);
      checked++;
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Checked ${stories.length} stories × ${locales.length} locales = ${checked} renders; ${followed} followed the toolbar locale.`);
if (followed < checked * 0.75) problems.push(`only ${followed} of ${checked} renders took the toolbar locale: is the locale decorator working?`);
if (problems.length) {
  console.error(`Story problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Every story renders, shows no placeholder text and passes axe, in en and ar.');
