#!/usr/bin/env node
// `npm test`: find (or install) the browsers, then type-check, lint, check translations and run
// the browser tests in Chromium, Firefox and WebKit, one engine after the other. Every step
// runs even when an earlier one fails, so one run shows every problem. It prints one line per
// engine (`WebKit: N passed, N failed … in N s`), and last, alone on its line, the total
// `N passed, N failed[, N skipped]`, where a failed check or a missing browser counts as one
// failure. `NEWS_BROWSERS=chromium` (or `--browsers=firefox,webkit`) runs only those engines.
// Home-made: npm-run-all or concurrently would run the steps, but not count a failed check
// or a missing browser as a failure in the closing line CI reads, nor total the engines.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ensureBrowsers, selectedEngines} from './browsers.mjs';
import {summaryLine} from './summary-reporter.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const run = (command, args, env = {}) =>
  spawnSync(command, args, {stdio: 'inherit', env: {...process.env, ...env}}).status === 0;
/**
 * A check whose output is read only when it fails: on success it prints its last line (its
 * own summary, e.g. "No import cycle among 84 modules"); on failure, everything it printed.
 */
const quiet = (command, args) => () => {
  const {status, stdout, stderr, error} = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  const output = `${stdout ?? ''}${stderr ?? ''}`.trim();
  if (status === 0) {
    // node:test ends with counts and a duration: its counts are the summary.
    const counts = [...output.matchAll(/^ℹ (tests|pass|fail|skipped) (\d+)$/gm)].map(([, name, n]) => `${name} ${n}`);
    const last = counts.length ? `node:test: ${counts.join(', ')}` : output.split('\n').filter((line) => line.trim()).pop();
    if (last) console.log(`  ${last.trim()}`);
    return true;
  }
  console.log(output || String(error));
  return false;
};

const browsersFlag = process.argv.find((arg) => arg.startsWith('--browsers='));
const runnerArgs = process.argv.slice(2).filter((arg) => arg !== browsersFlag);
let engines;
try {
  engines = selectedEngines(browsersFlag ? browsersFlag.slice('--browsers='.length) : process.env.NEWS_BROWSERS);
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const missing = ensureBrowsers(engines);
for (const {engine, install} of missing) console.error(`No ${engine} found. Install it: ${install}; then run \`npm test\` again.`);
const missingEngines = new Set(missing.map(({engine}) => engine));

// Quiet unless they fail (issue 15): each prints one line when it passes.
const checks = [
  ['generate locale modules', quiet('node', ['scripts/localize.mjs'])],
  ['custom elements manifest', quiet('npm', ['run', '--silent', 'analyze'])],
  ['type-check', quiet(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])],
  ['type-check examples', quiet(bin('tsc'), ['--noEmit', '-p', 'examples/tsconfig.json'])],
  ['lint', quiet(bin('eslint'), ['.'])],
  ['no import cycle in src/', quiet(process.execPath, ['scripts/check-cycles.mjs'])],
  ['server rendering (node:test)', quiet(process.execPath, ['scripts/test-ssr.mjs'])],
  ['translations', quiet(process.execPath, ['scripts/check-translations.mjs'])],
  ['README reference up to date', quiet(process.execPath, ['scripts/docs.mjs', '--check'])],
  ['Node: feeds without a DOM (writes the results the browser corpus test compares)', quiet(process.execPath, ['scripts/test-node.mjs'])],
];
const failedChecks = [];
for (const [name, check] of checks) {
  console.log(`\n▶ ${name}`);
  if (!check()) failedChecks.push(name);
}

const dir = mkdtempSync(join(tmpdir(), 'news-widgets-test-'));
const results = [];
for (const engine of engines.filter((name) => !missingEngines.has(name))) {
  console.log(`\n▶ browser tests: ${engine}`);
  const summaryFile = join(dir, `${engine}.json`);
  const started = Date.now();
  run(bin('web-test-runner'), ['--static-logging', ...runnerArgs], {NEWS_BROWSERS: engine, NEWS_SUMMARY_FILE: summaryFile});
  const seconds = Math.round((Date.now() - started) / 1000);
  // No summary: the runner itself failed (e.g. the browser did not start).
  // One entry per launcher: Firefox and WebKit have two (the second with the reader's preferences, for
  // the reader-preferences group of web-test-runner.config.mjs), counted as one engine.
  const counts = {passed: 0, failed: 0, skipped: 0};
  if (existsSync(summaryFile)) {
    for (const launcher of Object.values(JSON.parse(readFileSync(summaryFile, 'utf8')))) for (const key of Object.keys(counts)) counts[key] += launcher[key];
  } else counts.failed = 1;
  results.push({engine, seconds, ...counts});
}
rmSync(dir, {recursive: true, force: true});

console.log('');
if (failedChecks.length) console.log(`Failed checks: ${failedChecks.join(', ')}`);
for (const {engine} of missing) console.log(`${engine}: not installed (1 failed)`);
for (const result of results) console.log(`${result.engine}: ${summaryLine(result)} in ${result.seconds} s`);
const total = {passed: 0, failed: failedChecks.length + missing.length, skipped: 0};
for (const result of results) for (const key of Object.keys(total)) total[key] += result[key];
console.log(summaryLine(total));
process.exit(total.failed ? 1 : 0);
