#!/usr/bin/env node
// Opens the built demo's pages (home and article, in English and Arabic) in headless
// Chromium and fails on a page error, an unrendered element, placeholder text or any axe
// violation (every rule, the whole page). Run after `npm run build`.
// Home-made glue around page-checks.mjs, @web/dev-server and puppeteer-core.
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './chrome.mjs';
import {startServer} from './serve.mjs';
import {pageProblems, waitForWidgets} from './page-checks.mjs';

const pages = ['/demo/?lang=en', '/demo/?lang=ar', '/demo/article.html?lang=en&id=rabat-tram-extension', '/demo/article.html?lang=ar&id=rabat-tram-extension'];

const server = await startServer(0, '127.0.0.1');
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
const problems = [];
try {
  for (const path of pages) {
    // A new context each time: no remembered language or cached feed from the page before.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({width: 1280, height: 900});
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}${path}`, {waitUntil: 'load'});
    if (!(await waitForWidgets(page, {timeout: 10_000}))) problems.push(`${path}: still loading after 10 s`);
    const {problems: found} = await pageProblems(page);
    for (const problem of [...found, ...errors.map((e) => `page error: ${e}`)]) problems.push(`${path}: ${problem}`);
    const dir = await page.evaluate(() => document.documentElement.dir);
    if (path.includes('lang=ar') !== (dir === 'rtl')) problems.push(`${path}: page direction is ${dir}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(`Demo problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Demo: ${pages.length} pages render every widget, show no placeholder text and pass axe (all rules).`);
