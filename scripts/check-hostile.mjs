#!/usr/bin/env node
// `npm run check:hostile`: loads every red-team answer (test/hostile/red-team.ts) that the
// page itself can serve with the built bundle in headless Chromium, and prints the longest
// main-thread task (PerformanceObserver "longtask") while each was read and rendered.
// Exits 1 when any task reaches 50 ms. A script rather than a unit test: task lengths
// depend on the machine, so they are figures to read, not assertions to flake.
// Needs `npm run build` first.
// Home-made glue: the browser's PerformanceObserver measures; no tool knows which hostile
// answers to serve.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import ts from 'typescript';
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './browsers.mjs';
import {startServer} from './serve.mjs';

const BUDGET_MS = 50;
if (!existsSync('dist/news-widgets.min.js')) {
  console.error('No dist/news-widgets.min.js: run `npm run build` first.');
  process.exit(1);
}
// The corpus is TypeScript with type-only imports: transpiled, it is a module the page can load.
mkdirSync('bench/results', {recursive: true});
const corpus = ts.transpileModule(readFileSync('test/hostile/red-team.ts', 'utf8'), {
  compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false},
});
writeFileSync('bench/results/red-team.js', corpus.outputText);

const server = await startServer(0, '127.0.0.1');
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
const over = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.port}/bench/hostile.html`);
  await page.waitForFunction(() => window.ready, {timeout: 30_000});
  const names = await page.evaluate(() => window.caseNames);
  console.log(`Longest main-thread task while reading and rendering each hostile answer (budget ${BUDGET_MS} ms):`);
  for (const name of names) {
    const {outcome, totalMs, longTasks} = await page.evaluate((n) => window.runCase(n), name);
    const longest = Math.max(0, ...longTasks);
    if (longest >= BUDGET_MS) over.push(name);
    const tasks = longTasks.length ? `${longTasks.length} long task(s), longest ${longest.toFixed(0)} ms` : 'no long task';
    console.log(`  ${longest >= BUDGET_MS ? '✗' : '✓'} ${name}: ${outcome} in ${totalMs.toFixed(0)} ms; ${tasks}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (over.length) {
  console.log(`${over.length} answer(s) held the main thread for ${BUDGET_MS} ms or more.`);
  process.exit(1);
}
console.log('No answer held the main thread for 50 ms or more.');
