#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse on the built demo (English and Arabic home pages) with the
// machine's Chromium; prints the category scores and CLS, writes the reports to
// bench/results/lighthouse-*.json, and fails below the targets: performance 95,
// accessibility 100, best practices 100, SEO 100, CLS 0. Run after `npm run build`.
// `--ci`: the performance score depends on how busy the machine is, so CI reports it but
// enforces only accessibility, best practices and SEO, and CLS under 0.1 (Core Web Vitals'
// "good"); the strict CLS 0 target is checked without `--ci`.
// Home-made glue: a short loop over Lighthouse's own Node API with this project's targets;
// Lighthouse CI (@lhci/cli) would add a second Lighthouse and its server pieces for the same.
import {mkdirSync, writeFileSync} from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {chromeFlags, findChrome} from './browsers.mjs';
import {startServer} from './serve.mjs';

const TARGETS = {performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1};
const ci = process.argv.includes('--ci');
const clsLimit = ci ? 0.1 : 0;
const enforced = ci ? Object.keys(TARGETS).filter((id) => id !== 'performance') : Object.keys(TARGETS);
const pages = [
  ['en', '/demo/'],
  ['ar', '/demo/?lang=ar'],
  ['article-ar', '/demo/article.html?lang=ar&id=rabat-tram-extension'],
];

const server = await startServer(0, '127.0.0.1');
const base = `http://127.0.0.1:${server.port}`;
const chrome = await chromeLauncher.launch({chromePath: findChrome(), chromeFlags: ['--headless=new', ...chromeFlags]});
const failures = [];
mkdirSync('bench/results', {recursive: true});
try {
  for (const [name, path] of pages) {
    const result = await lighthouse(`${base}${path}`, {port: chrome.port, output: 'json', logLevel: 'error'}, {
      extends: 'lighthouse:default',
      settings: {onlyCategories: Object.keys(TARGETS), formFactor: 'mobile', screenEmulation: {mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false}},
    });
    const {categories, audits} = result.lhr;
    const cls = audits['cumulative-layout-shift'].numericValue;
    const scores = Object.fromEntries(Object.keys(TARGETS).map((id) => [id, Math.round((categories[id].score ?? 0) * 100)]));
    console.log(`${name} ${path}: ${Object.entries(scores).map(([id, score]) => `${id} ${score}`).join(', ')}, CLS ${cls.toFixed(3)}, LCP ${Math.round(audits['largest-contentful-paint'].numericValue)} ms, TBT ${Math.round(audits['total-blocking-time'].numericValue)} ms`);
    for (const [id, target] of Object.entries(TARGETS)) {
      if (enforced.includes(id) && (categories[id].score ?? 0) < target) {
        const failing = Object.values(audits)
          .filter((audit) => audit.score !== null && audit.score < 1 && categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0))
          .map((audit) => audit.id);
        failures.push(`${name}: ${id} ${scores[id]} < ${target * 100} (${failing.join(', ')})`);
      }
    }
    if (cls > clsLimit) {
      const shifts = [...(audits['layout-shifts']?.details?.items ?? []), ...(audits['layout-shift-elements']?.details?.items ?? [])].map((item) => `${(item.score ?? item.cumulativeLayoutShiftScore)?.toFixed(3)} ${item.node?.snippet ?? item.node?.selector ?? ''}`);
      failures.push(`${name}: cumulative layout shift ${cls.toFixed(4)} > ${clsLimit}${shifts.length ? `:\n    ${shifts.join('\n    ')}` : ''}`);
    }
    writeFileSync(`bench/results/lighthouse-${name}.json`, JSON.stringify({date: new Date().toISOString(), url: path, scores, cls}, null, 2) + '\n');
  }
} finally {
  await chrome.kill();
  server.close();
}
if (failures.length) {
  console.error(`Lighthouse below target:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Lighthouse targets met.');
