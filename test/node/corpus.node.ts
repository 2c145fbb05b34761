/**
 * The feedparser corpus in Node: the same cases and rules as in the browser
 * (test/core/formats-corpus.test.ts). Writes every case's result for the browser test to
 * compare with, so both runtimes are shown to give the same feeds.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {TARGET, runCase, runDate, tally, type Corpus} from '../corpus/feedparser/corpus.js';
import {endNodeRun} from './corpus-run.js';

const ROOT = 'test/corpus/feedparser/';

test('the feedparser corpus in Node', async () => {
  assert.equal(typeof DOMParser, 'undefined', 'runs without a DOM, as a server does');
  const corpus: Corpus = JSON.parse(readFileSync(`${ROOT}cases.json`, 'utf8'));
  const results = [];
  for (const corpusCase of corpus.cases) results.push(await runCase(corpusCase, new Uint8Array(readFileSync(`${ROOT}files/${corpusCase.file}`))));
  for (const dateCase of corpus.dates) results.push(await runDate(dateCase));
  const {byCategory, table} = tally(results);
  console.log(table);
  if (process.env.CORPUS_FAILURES) for (const [category, t] of byCategory) console.log(category, t.failures.join('\n'));
  endNodeRun('corpus-node.json', results, byCategory, TARGET);
});
