#!/usr/bin/env node
// The Node half of `npm test`: bundles test/node/*.node.ts with esbuild (the library's
// TypeScript as Node would import it, @xmldom/xmldom left to Node) and runs them with
// node:test, so parseFeed, parseFeedText and loadFeed are tested in Node with no DOM.
// Home-made glue: esbuild bundles and node:test runs and reports; this only wires the two.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {mkdirSync, readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';

const outdir = join('node_modules', '.cache', 'news-widgets', 'node-tests');
rmSync(outdir, {recursive: true, force: true});
mkdirSync(outdir, {recursive: true});
const entryPoints = readdirSync('test/node').filter((f) => f.endsWith('.node.ts')).map((f) => join('test/node', f));
await build({entryPoints, outdir, bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['@xmldom/xmldom'], outExtension: {'.js': '.mjs'}, logLevel: 'warning'});
const files = readdirSync(outdir).map((f) => join(outdir, f));
const {status} = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], {stdio: 'inherit'});
process.exit(status ?? 1);
