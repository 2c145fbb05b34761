#!/usr/bin/env node
// Server rendering tests: bundles test/ssr/*.ssr.ts (named apart from the browser tests' *.test.ts) for Node with esbuild (lit and
// @lit-labs/ssr stay external, so Node picks their server builds) and runs them with
// node:test. They run in plain Node: no document, window or localStorage exists there, so
// an element that touches one fails its test.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {build} from 'esbuild';

const dir = mkdtempSync(join('node_modules', '.ssr-test-'));
try {
  const entryPoints = readdirSync('test/ssr').filter((file) => file.endsWith('.ssr.ts')).map((file) => join('test/ssr', file));
  await build({entryPoints, outdir: dir, bundle: true, platform: 'node', format: 'esm', packages: 'external', outExtension: {'.js': '.mjs'}, logLevel: 'warning'});
  const files = readdirSync(dir).map((file) => join(dir, file));
  const {status} = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], {stdio: 'inherit'});
  process.exitCode = status ?? 1;
} finally {
  rmSync(dir, {recursive: true, force: true});
}
