#!/usr/bin/env node
// `npm run bench:soak`: a single-page app that goes through 500 article pages (bench/soak.js),
// in headless Chromium against the built bundle (`npm run build` first). Prints the JS heap,
// after two garbage collections, every 100 pages: a page that lives for hours must not keep
// what each page showed. A figure to read, not a check (the heap moves with the engine);
// under 20 s on a 2-core machine (9-10 s). On 2026-12-02: +26 MB over 500 pages (52 kB a page:
// each page's feed, whole) before the page's feed cache was bounded, +0.3 MB after. Home-made
// for the same reason as bench.mjs: no tool reads the heap after a collection.
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './browsers.mjs';
import {startServer} from './serve.mjs';

const PAGES = Number(process.env.SOAK_PAGES ?? 500);
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
  console.log(`  growth: ${((last - base) / PAGES / 1000).toFixed(2)} kB a page; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
} finally {
  await browser.close();
  server.close();
}
process.exit(0);
