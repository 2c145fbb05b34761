#!/usr/bin/env node
// `npm run bench:related`: times rankRelated on 5,000 synthetic items in headless Chromium,
// in English and in Arabic. Items are built from the demo feeds' words, so tokenizing,
// folding and stop words do real work. It prints wall-clock and CPU time (the main
// thread's, from the DevTools protocol: on a busy shared machine wall-clock time measures the
// neighbours as much as the code), and fails when the median CPU time passes BUDGET_RATIO
// times that of reading each item's words once, measured back to back in the same run (an
// absolute budget of 100 ms kept it out of CI: 25-82 ms for the same code on one machine).
// Home-made: benchmark libraries (tinybench) time wall-clock in one JS realm, not the
// browser's main-thread CPU time that this budget is about.
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import ts from 'typescript';
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './browsers.mjs';
import {median, percentile} from './stats.mjs';

const ITEMS = 5000;
const RUNS = 15;
const WARMUP = 3;
const BUDGET_RATIO = 3;

// related.ts and the core modules it imports (intl.ts…), as one module for a blob URL: rollup
// with TypeScript's own transpiler for each file, and packages (lit's isServer, which
// zone-data.ts reads) resolved as a browser build resolves them.
const bundle = await rollup({
  input: fileURLToPath(new URL('../src/core/related.ts', import.meta.url)),
  plugins: [
    {
      name: 'transpile-ts',
      resolveId: (id, importer) => (importer?.endsWith('.ts') && id.startsWith('.') ? resolve(dirname(importer), id.replace(/\.js$/, '.ts')) : null),
      transform: (source, id) =>
        id.endsWith('.ts') ? ts.transpileModule(source, {compilerOptions: {target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022}}).outputText : null,
    },
    nodeResolve({browser: true}),
  ],
});
const {output} = await bundle.generate({format: 'es'});
const code = output[0].code;
const vocabulary = (lang) => {
  const feed = JSON.parse(readFileSync(new URL(`../demo/feeds/${lang}.json`, import.meta.url), 'utf8'));
  return [...new Set(feed.items.flatMap((item) => `${item.title} ${item.summary} ${item.content_text}`.split(/\s+/)))];
};

const stats = (times) => [median(times), percentile(times, 0.95)];

const chrome = findChrome();
if (!chrome) {
  console.error('No Chromium found: set CHROME_PATH.');
  process.exit(1);
}
const browser = await puppeteer.launch({executablePath: chrome, headless: true, args: chromeFlags});
let failed = false;
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  // threadTicks: task durations in CPU time of the page's main thread.
  await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
  const threadTime = async () => {
    const {metrics} = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  };
  for (const lang of ['en', 'ar']) {
    await page.evaluate(
      async ({code, words, lang, count}) => {
        const url = URL.createObjectURL(new Blob([code], {type: 'text/javascript'}));
        const {rankRelated} = await import(url);
        let seed = 42;
        const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
        const pick = (list) => list[Math.floor(random() ** 1.5 * list.length)]; // a few tags are common
        const phrase = (n) => Array.from({length: n}, () => words[Math.floor(random() * words.length)]).join(' ');
        const tags = Array.from({length: 80}, (_, i) => `${words[(i * 7) % words.length]} ${i}`);
        const now = Date.UTC(2026, 0, 16);
        const items = Array.from({length: count}, (_, i) => ({
          id: `item-${i}`,
          url: `https://news.example/${lang}/${i}`,
          title: phrase(8 + (i % 7)),
          summary: phrase(20 + (i % 15)),
          authors: [],
          tags: [...new Set([pick(tags), pick(tags), pick(tags)])].slice(0, 1 + (i % 3)),
          published: new Date(now - Math.floor(random() * 365 * 86_400_000)),
          language: lang,
        }));
        let run = 0;
        // The floor of any ranking by words: each item's text lower-cased, split into words and
        // gathered in a set, once.
        window.readOnce = () => {
          const start = performance.now();
          let words = 0;
          for (const item of items) words += new Set(`${item.title} ${item.summary} ${item.tags.join(' ')}`.toLocaleLowerCase(lang).split(/\s+/)).size;
          if (!words) throw new Error('no words read');
          return performance.now() - start;
        };
        window.rankOnce = () => {
          const start = performance.now();
          const ranked = rankRelated(items, items[(run++ * 331) % count], {limit: 4, now});
          if (ranked.length !== 4) throw new Error('ranking returned too few items');
          return performance.now() - start;
        };
      },
      {code, words: vocabulary(lang), lang, count: ITEMS},
    );
    const cpuOf = async (run) => {
      const before = await threadTime();
      const time = await page.evaluate(run);
      return [time, (await threadTime()) - before];
    };
    const wall = [];
    const cpu = [];
    const ratios = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      // Back to back, in turn first: a burst of load on a shared machine slows both sides.
      const [floor, [time, spent]] = run % 2 ? [await cpuOf(() => window.readOnce()), await cpuOf(() => window.rankOnce())] : [await cpuOf(() => window.rankOnce()), await cpuOf(() => window.readOnce())].reverse();
      if (run >= WARMUP) {
        wall.push(time);
        cpu.push(spent);
        ratios.push(spent / floor[1]);
      }
    }
    const [wallMedian, wallP95] = stats(wall);
    const [cpuMedian, cpuP95] = stats(cpu);
    const [ratio] = stats(ratios);
    console.log(
      `rankRelated, ${ITEMS} ${lang} items, ${RUNS} runs: CPU median ${cpuMedian.toFixed(1)} ms, p95 ${cpuP95.toFixed(1)} ms; ` +
        `wall-clock median ${wallMedian.toFixed(1)} ms, p95 ${wallP95.toFixed(1)} ms; ${ratio.toFixed(1)}x reading each item's words once (budget ${BUDGET_RATIO}x)`,
    );
    if (ratio > BUDGET_RATIO) {
      console.error(`  over budget: the median ratio must stay under ${BUDGET_RATIO}x`);
      failed = true;
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
