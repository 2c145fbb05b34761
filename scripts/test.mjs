#!/usr/bin/env node
// `npm test`: find (or install) Chromium, then type-check, lint, check translations and run
// the browser tests. Every step runs even when an earlier one fails, so one run shows every
// problem; the last line is `N passed, N failed[, N skipped]`, where a failed check counts
// as one failure.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {findChrome} from './chrome.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const run = (command, args, env = {}) =>
  spawnSync(command, args, {stdio: 'inherit', env: {...process.env, ...env}}).status === 0;

function debianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function ensureChrome() {
  let chrome = findChrome();
  if (chrome) return chrome;
  if (process.platform === 'linux' && debianLike() && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    const apt = {DEBIAN_FRONTEND: 'noninteractive'};
    if (run('apt-get', ['update', '-qq'], apt) && run('apt-get', ['install', '-y', '-qq', 'chromium'], apt)) chrome = findChrome();
  }
  if (!chrome) {
    console.error(
      'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: Google Chrome) ' +
        'or set CHROME_PATH to its executable, then run `npm test` again.',
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  return chrome;
}

const chrome = ensureChrome();
console.log(`Using ${chrome}`);

const checks = [
  ['generate locale modules', () => run('node', ['scripts/localize.mjs'])],
  ['custom elements manifest', () => run('npm', ['run', '--silent', 'analyze'])],
  ['type-check', () => run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])],
  ['type-check examples', () => run(bin('tsc'), ['--noEmit', '-p', 'examples/tsconfig.json'])],
  ['lint', () => run(bin('eslint'), ['.'])],
  ['no import cycle in src/', () => run(process.execPath, ['scripts/check-cycles.mjs'])],
  ['server rendering (node:test)', () => run(process.execPath, ['scripts/test-ssr.mjs'])],
  ['translations', () => run(process.execPath, ['scripts/check-translations.mjs'])],
  ['README reference up to date', () => run(process.execPath, ['scripts/docs.mjs', '--check'])],
  ['Node: feeds without a DOM (writes the results the browser corpus test compares)', () => run(process.execPath, ['scripts/test-node.mjs'])],
];
const failedChecks = [];
for (const [name, check] of checks) {
  console.log(`\n▶ ${name}`);
  if (!check()) failedChecks.push(name);
}

console.log('\n▶ browser tests');
const dir = mkdtempSync(join(tmpdir(), 'news-widgets-test-'));
const summaryFile = join(dir, 'summary.json');
run(bin('web-test-runner'), ['--static-logging', ...process.argv.slice(2)], {CHROME_PATH: chrome, NEWS_SUMMARY_FILE: summaryFile});
const totals = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : {passed: 0, failed: 1, skipped: 0};
rmSync(dir, {recursive: true, force: true});

if (failedChecks.length) console.log(`\nFailed checks: ${failedChecks.join(', ')}`);
const failed = totals.failed + failedChecks.length;
console.log(`${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
