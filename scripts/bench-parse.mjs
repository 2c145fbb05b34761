#!/usr/bin/env node
// `npm run bench:parse`: how fast the feed parser reads 1 MB feeds in headless Chromium,
// against the platform's own baselines in the same run: parseFeed on a JSON Feed with
// realistic HTML vs JSON.parse of the same text, parseFeedText on RSS vs DOMParser alone,
// and the longest main-thread task (PerformanceObserver "longtask") while parseFeedText
// reads each. `--check` fails past the targets (JSON ≤ 10×, RSS ≤ 3×, no task over 50 ms).
// A script of its own (not bench/bench.js) because it bundles src/ directly with esbuild.
// Home-made: benchmark libraries (tinybench, mitata) time wall-clock in one JS realm; this
// compares the parser with the platform's own parsers in a real browser, in the same run.
import {build} from 'esbuild';
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './browsers.mjs';
import {median} from './stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TARGET = {json: 10, jsonGoal: 5, rss: 3, longTaskMs: 50};
const check = process.argv.includes('--check');

const {outputFiles} = await build({
  stdin: {contents: "export {parseFeed, parseFeedText} from './src/core/feed.ts';", resolveDir: process.cwd(), loader: 'ts'},
  bundle: true,
  format: 'iife',
  globalName: 'NewsParse',
  write: false,
  logLevel: 'warning',
});

// A page of realistic article HTML: paragraphs, links, an image, entities, a figure.
const words = 'Casablanca port terminal opens trade Morocco économie société élèves Rabat Marrakech tramway ligne station côte'.split(' ');
const sentence = (i) => Array.from({length: 14}, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ');
const html = (i) =>
  `<p>${sentence(i)} &amp; <a href="https://example.com/${i}">${sentence(i + 1)}</a>.</p>` +
  `<figure><img src="https://example.com/img/${i}.jpg" alt="Photo ${i}"><figcaption>${sentence(i + 2)}</figcaption></figure>` +
  `<p>${sentence(i + 3)} &mdash; &laquo;${sentence(i + 4)}&raquo; <strong>${sentence(i + 5)}</strong></p><ul><li>${sentence(i + 6)}</li><li>${sentence(i + 7)}</li></ul>`;
function makeFeeds(bytes) {
  const items = [];
  for (let i = 0; JSON.stringify(items).length < bytes; i++) {
    items.push({id: `https://example.com/${i}`, url: `https://example.com/${i}`, title: `Story ${i}: ${sentence(i)} &amp; more`, summary: `<p>${sentence(i + 8)}</p>`, content_html: html(i), date_published: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(), tags: [words[i % words.length]]});
  }
  const json = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Bench', items});
  const rss =
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench</title><link>https://example.com/</link>` +
    items
      .map((it) => `<item><title>${it.title.replace(/&/g, '&amp;')}</title><link>${it.url}</link><guid>${it.id}</guid><pubDate>${new Date(it.date_published).toUTCString()}</pubDate><dc:creator>Desk</dc:creator><category>${it.tags[0]}</category><description><![CDATA[${it.summary}]]></description><content:encoded><![CDATA[${it.content_html}]]></content:encoded></item>`)
      .join('') +
    '</channel></rss>';
  return {json, rss, items: items.length};
}
const feeds = makeFeeds(1_000_000);

const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
const failures = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto('about:blank');
  await page.addScriptTag({content: outputFiles[0].text});
  const result = await page.evaluate(
    async ({json, rss}, runs) => {
      const {parseFeed, parseFeedText} = window.NewsParse;
      const time = (fn) => {
        const start = performance.now();
        fn();
        return performance.now() - start;
      };
      const timeAsync = async (fn) => {
        const start = performance.now();
        await fn();
        return performance.now() - start;
      };
      const longest = async (fn) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({type: 'longtask'});
        await fn();
        await new Promise((r) => setTimeout(r, 100));
        observer.disconnect();
        return Math.max(0, ...tasks);
      };
      const out = {jsonParse: [], parseFeed: [], domParser: [], parseFeedText: [], jsonText: []};
      // Warm up (the XML reader module, JIT).
      parseFeed(json);
      await parseFeedText(rss);
      for (let i = 0; i < runs; i++) {
        out.jsonParse.push(time(() => JSON.parse(json)));
        out.parseFeed.push(time(() => parseFeed(json)));
        out.jsonText.push(await timeAsync(() => parseFeedText(json)));
        out.domParser.push(time(() => new DOMParser().parseFromString(rss, 'application/xml')));
        out.parseFeedText.push(await timeAsync(() => parseFeedText(rss)));
      }
      const items = (await parseFeedText(rss)).items.length;
      out.longestRss = await longest(() => parseFeedText(rss));
      out.longestJson = await longest(() => parseFeedText(json));
      out.longestSyncJson = await longest(async () => parseFeed(json));
      out.items = items;
      return out;
    },
    feeds,
    RUNS,
  );
  const m = Object.fromEntries(['jsonParse', 'parseFeed', 'jsonText', 'domParser', 'parseFeedText'].map((k) => [k, median(result[k])]));
  const jsonRatio = m.parseFeed / m.jsonParse;
  const rssRatio = m.parseFeedText / m.domParser;
  const mb = (s) => (s.length / 1e6).toFixed(2);
  console.log(`Chromium ${await browser.version()}, median of ${RUNS} runs, ${feeds.items} items (${result.items} kept from RSS)`);
  console.log(`JSON Feed ${mb(feeds.json)} MB: parseFeed ${m.parseFeed.toFixed(1)} ms, JSON.parse ${m.jsonParse.toFixed(1)} ms → ${jsonRatio.toFixed(1)}× (target ≤ ${TARGET.json}×, goal ${TARGET.jsonGoal}×); parseFeedText ${m.jsonText.toFixed(1)} ms`);
  console.log(`RSS ${mb(feeds.rss)} MB: parseFeedText ${m.parseFeedText.toFixed(1)} ms, DOMParser ${m.domParser.toFixed(1)} ms → ${rssRatio.toFixed(1)}× (target ≤ ${TARGET.rss}×)`);
  console.log(`Longest main-thread task: parseFeedText RSS ${result.longestRss.toFixed(0)} ms, parseFeedText JSON ${result.longestJson.toFixed(0)} ms (target: none over ${TARGET.longTaskMs} ms; 0 = no long task); synchronous parseFeed JSON ${result.longestSyncJson.toFixed(0)} ms (for comparison)`);
  if (jsonRatio > TARGET.json) failures.push(`JSON Feed ${jsonRatio.toFixed(1)}×`);
  if (rssRatio > TARGET.rss) failures.push(`RSS ${rssRatio.toFixed(1)}×`);
  if (Math.max(result.longestRss, result.longestJson) > TARGET.longTaskMs) failures.push('a long task');
} finally {
  await browser.close();
}
if (check && failures.length) {
  console.error(`Over target: ${failures.join(', ')}`);
  process.exit(1);
}
