#!/usr/bin/env node
// `npm run profile` (after `npm run build`): where the demo pages' start-up time goes, by source
// file. Loads each page in headless Chromium with the CPU slowed 4x (Lighthouse's mobile
// factor), records a trace and a CPU profile, and prints per page, as medians of `--runs N`
// (default 3): LCP and FCP, the main-thread tasks over 50 ms (what makes up each: script,
// microtasks, timers, style and layout), and JavaScript self time by source file and by
// function, mapped through dist/'s source maps to src/ and node_modules/.
// Read with care: DevTools' network instrumentation makes each request cost the page a few
// milliseconds it does not cost a reader (inserting a <link rel="modulepreload">, fetch()),
// and a busy machine stretches every figure: compare runs of one session.
// Home-made: Lighthouse's bootup-time names only the built chunks, and DevTools needs a
// person; this maps samples to source files and repeats runs for medians.
import {existsSync, readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';
import {chromeFlags, findChrome} from './browsers.mjs';
import {median} from './stats.mjs';
import {START_PAGES, startServer} from './serve.mjs';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;
// What a task is made of, as the trace names it.
const PARTS = ['v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'MinorGC', 'MajorGC'];

const server = await startServer(0, '127.0.0.1');
const base = `http://127.0.0.1:${server.port}`;
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});

const maps = new Map();
/** The source map of a served file, if it has one. */
function mapOf(url) {
  if (!url.startsWith(base)) return undefined;
  const file = `.${new URL(url).pathname}.map`;
  if (!maps.has(file)) maps.set(file, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : undefined);
  return maps.get(file);
}

/** A profile node's source file and function, through the source map where there is one. */
function origin({url, functionName, lineNumber, columnNumber}) {
  const position = url && mapOf(url) && originalPositionFor(mapOf(url), {line: lineNumber + 1, column: columnNumber});
  if (position?.source) {
    const source = position.source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    return {source, fn: `${position.name ?? (functionName || '(anonymous)')} ${source}:${position.line}`};
  }
  const source = url ? url.replace(base, '') : `(${functionName || 'native'})`;
  return {source, fn: `${functionName || '(anonymous)'} ${source}`};
}

/** Adds `ms` to `key` in `map`. */
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);

async function run(path) {
  const page = await browser.newPage();
  await page.setViewport({width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true});
  const cdp = await page.createCDPSession();
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 200});
  await page.evaluateOnNewDocument(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__lcp = entry.startTime))).observe({type: 'largest-contentful-paint', buffered: true});
  });
  await page.tracing.start({categories: ['devtools.timeline', 'toplevel', 'loading', 'v8.execute', 'disabled-by-default-devtools.timeline']});
  await cdp.send('Profiler.start');
  await page.goto(base + path, {waitUntil: 'networkidle0', timeout: 60_000});
  await new Promise((done) => setTimeout(done, 1000));
  const {profile} = await cdp.send('Profiler.stop');
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const paints = await page.evaluate(() => ({lcp: window.__lcp, fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0}));
  await page.close();

  // JavaScript self time by source file and function.
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const bySource = new Map();
  const byFunction = new Map();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const {source, fn} = origin(nodes.get(id).callFrame);
    add(bySource, source, ms);
    add(byFunction, fn, ms);
  });

  // The page's main thread: the renderer thread that parsed its HTML.
  const events = trace.traceEvents;
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const parsed = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(base)).length;
  const main = threads.reduce((best, t) => (parsed(t) > parsed(best) ? t : best), threads[0]);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const start = events.find((e) => e.name === 'ResourceSendRequest' && e.args.data.url.startsWith(base))?.ts ?? onMain[0].ts;
  // Tasks from the page's request on (not the new tab's own).
  const longTasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000 && e.ts >= start);
  const long = longTasks.map((task) => {
    const parts = new Map();
    for (const e of onMain) if (PARTS.includes(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur) add(parts, e.name, e.dur / 1000);
    const what = [...parts].filter(([, ms]) => ms >= 5).map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ');
    return `${Math.round((task.ts - start) / 1000)} ms: ${Math.round(task.dur / 1000)} ms (${what})`;
  });
  return {...paints, bySource, byFunction, long, blocking: longTasks.reduce((sum, e) => sum + e.dur / 1000 - 50, 0)};
}

/** The median of each key over `maps`, largest first. */
function medians(maps) {
  const keys = new Set(maps.flatMap((map) => [...map.keys()]));
  return [...keys].map((key) => [key, median(maps.map((map) => map.get(key) ?? 0))]).sort((a, b) => b[1] - a[1]);
}

try {
  for (const [name, path] of START_PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await run(path));
    const ms = (x) => `${Math.round(x)} ms`;
    console.log(`\n${name} ${path} (median of ${RUNS}): LCP ${ms(median(runs.map((r) => r.lcp)))}, FCP ${ms(median(runs.map((r) => r.fcp)))}, time in tasks past 50 ms ${ms(median(runs.map((r) => r.blocking)))}`);
    console.log('  tasks over 50 ms (first run, from the page request):');
    for (const line of runs[0].long) console.log(`    ${line}`);
    console.log('  JavaScript self time by source:');
    for (const [source, self] of medians(runs.map((r) => r.bySource)).slice(0, 15)) console.log(`    ${self.toFixed(1).padStart(7)} ms  ${source}`);
    console.log('  by function:');
    for (const [fn, self] of medians(runs.map((r) => r.byFunction)).slice(0, 20)) console.log(`    ${self.toFixed(1).padStart(7)} ms  ${fn}`);
  }
} finally {
  await browser.close();
  await server.close();
}
