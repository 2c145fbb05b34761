/**
 * Mozilla's feed-parser corpus in Node: the same cases and rules as in the browser
 * (test/core/formats-mozilla.test.ts). Writes every case's result for the browser test to
 * compare with, so both runtimes are shown to give the same feeds.
 */
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {test} from 'node:test';
import {TARGET, passRate, runCase, tally, type MozillaCorpus} from '../corpus/mozilla/corpus.js';

const ROOT = 'test/corpus/mozilla/';
const OUT = 'node_modules/.cache/news-widgets/mozilla-node.json';

test('Mozilla’s feed-parser corpus in Node', async () => {
  assert.equal(typeof DOMParser, 'undefined', 'runs without a DOM, as a server does');
  const corpus: MozillaCorpus = JSON.parse(readFileSync(`${ROOT}cases.json`, 'utf8'));
  const results = [];
  for (const mozillaCase of corpus.cases) results.push(await runCase(mozillaCase, new Uint8Array(readFileSync(`${ROOT}xml/${mozillaCase.file}`))));
  mkdirSync('node_modules/.cache/news-widgets', {recursive: true});
  writeFileSync(OUT, JSON.stringify(Object.fromEntries(results.map((r) => [r.file, r.output]))));
  const {byFolder, table} = tally(results, corpus.notVendored);
  console.log(table);
  if (process.env.CORPUS_FAILURES) for (const result of results) console.log(result.file, result.skipped ?? '', JSON.stringify(result.outcomes));
  assert.deepEqual(results.filter((r) => r.failures.some((f) => f.startsWith('threw'))).map((r) => r.file), []);
  for (const [folder, t] of byFolder) {
    assert.ok(passRate(t) >= TARGET, `${folder}: ${t.passed} passed, ${t.failed} failed:\n${t.failures.join('\n')}`);
  }
});
