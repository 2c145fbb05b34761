#!/usr/bin/env node
// `npm run bench:soak`: a single-page app that goes through 500 article pages (bench/soak.js),
// in headless Chromium against the built bundle (`npm run build` first). Prints the JS heap,
// after two garbage collections, every 100 pages: a page that lives for hours must not keep
// what each page showed. With `--check` (in CI) it fails past BUDGET kB a page: ten times
// today's figure and a tenth of the leak it guards against, so the engine's own movements do
// not trip it; under 20 s on a 2-core machine (9-10 s). On 2026-12-02: +26 MB over 500 pages (52 kB a page:
// each page's feed, whole) before the page's feed cache was bounded, +0.3 MB after. Home-made
// for the same reason as bench.mjs: no tool reads the heap after a collection.
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './browsers.mjs';
import {startServer} from './serve.mjs';

const PAGES = Number(process.env.SOAK_PAGES ?? 500);
/** Most JS heap growth a page, in kB, under `--check`. */
const BUDGET = 5;
const check = process.argv.includes('--check');
const STEP = 100;
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

const server = await startServer(0, '127.0.0.1');
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
const started = performance.now();
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.port}/bench/soak.html`);
  await page.waitForFunction(() => window.soak);
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // The first pages load the elements' code, catalogs and Intl data: measure from after them.
  await page.evaluate(() => window.soak.visit(20));
  const base = await heap();
  console.log(`An SPA going through ${PAGES} article pages, each a <news-feed refresh> and a <news-related> with a feed URL of its own:`);
  console.log(`  JS heap after the first 20 pages: ${mb(base)}`);
  let last = base;
  for (let done = 0; done < PAGES; done += STEP) {
    await page.evaluate((n) => window.soak.visit(n), STEP);
    last = await heap();
    console.log(`  after ${String(done + STEP).padStart(4)} more: ${mb(last)} (${last >= base ? '+' : ''}${mb(last - base)})`);
  }
  const growth = (last - base) / PAGES / 1000;
  console.log(`  growth: ${growth.toFixed(2)} kB a page (budget ${BUDGET} kB); ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  if (check && growth > BUDGET) {
    console.error(`Over budget: the JS heap grew ${growth.toFixed(2)} kB a page, more than ${BUDGET} kB: something keeps what each page showed.`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(process.exitCode ?? 0);
