#!/usr/bin/env node
// `npm run check-hostile`: loads every red-team answer (test/hostile/red-team.ts) that the
// page itself can serve, and a 1 MB RSS, Atom and JSON Feed, with the built bundle in
// headless Chromium, and prints the longest main-thread task (PerformanceObserver
// "longtask") while each was read and rendered (median of BENCH_RUNS runs, default 3); then,
// in Firefox and WebKit (of NEWS_BROWSERS, all three by default), the longest stall by the
// page's probe (long-tasks.mjs, longestStalls: about 35 s an engine on a 2-core machine).
// Exits 1 when an answer not on the known list goes over budget (scripts/long-tasks.mjs);
// `npm run bench -- --check` checks the same (CI runs it). A script rather than a unit
// test: task lengths depend on the machine, so they are figures to read, not assertions
// to flake. Needs `npm run build` first.
// Home-made glue: the browser's PerformanceObserver measures; no tool knows which hostile
// answers to serve.
import {existsSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromeFlags, ensureBrowsers, findChrome, selectedEngines} from './browsers.mjs';
import {budgetLine, longTaskFailures, longTaskLine, longestStalls, longestTasks} from './long-tasks.mjs';
import {startServer} from './serve.mjs';

if (!existsSync('dist/news-widgets.min.js')) {
  console.error('No dist/news-widgets.min.js: run `npm run build` first.');
  process.exit(1);
}
const runs = Number(process.env.BENCH_RUNS ?? 3);
const engines = selectedEngines();
const missing = ensureBrowsers(engines);
if (missing.length) {
  console.error(missing.map(({engine, install}) => `${engine} not found: install ${install}`).join('\n'));
  process.exit(1);
}
const server = await startServer(0, '127.0.0.1');
const measured = [];
try {
  if (engines.includes('chromium')) {
    const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
    try {
      console.log(`Longest main-thread task while reading and rendering each answer (median of ${runs}):`);
      measured.push(await longestTasks(browser, `http://127.0.0.1:${server.port}`, runs, (result) => console.log(longTaskLine(result))));
      console.log(`  ${budgetLine(measured.at(-1))}`);
    } finally {
      await browser.close();
    }
  }
  for (const engine of engines.filter((name) => name !== 'chromium')) {
    const started = Date.now();
    console.log(`${engine}: longest main-thread stall while reading and rendering each answer (probe, median of ${runs}):`);
    measured.push(await longestStalls(engine, server.port, runs, (result) => console.log(longTaskLine(result))));
    console.log(`  ${budgetLine(measured.at(-1))} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
} finally {
  server.close();
}
const failures = measured.flatMap(longTaskFailures);
if (failures.length) {
  console.log(failures.join('\n'));
  process.exit(1);
}
console.log('No answer outside the known list held the main thread past the budget.');
// WebKit's driver and Xvfb end with this process.
process.exit(0);
