/**
 * Mozilla's feed-parser corpus in Node: the same cases and rules as in the browser
 * (test/core/formats-mozilla.test.ts). Writes every case's result for the browser test to
 * compare with, so both runtimes are shown to give the same feeds.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {TARGET, runCase, tally, type MozillaCorpus} from '../corpus/mozilla/corpus.js';
import {endNodeRun} from './corpus-run.js';

const ROOT = 'test/corpus/mozilla/';

test('Mozilla’s feed-parser corpus in Node', async () => {
  assert.equal(typeof DOMParser, 'undefined', 'runs without a DOM, as a server does');
  const corpus: MozillaCorpus = JSON.parse(readFileSync(`${ROOT}cases.json`, 'utf8'));
  const results = [];
  for (const mozillaCase of corpus.cases) results.push(await runCase(mozillaCase, new Uint8Array(readFileSync(`${ROOT}xml/${mozillaCase.file}`))));
  const {byFolder, table} = tally(results, corpus.notVendored);
  console.log(table);
  if (process.env.CORPUS_FAILURES) for (const result of results) console.log(result.file, result.skipped ?? '', JSON.stringify(result.outcomes));
  endNodeRun('mozilla-node.json', results, byFolder, TARGET);
});
