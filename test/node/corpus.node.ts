/**
 * The feedparser corpus in Node: the same cases and rules as in the browser
 * (test/core/formats-corpus.test.ts). Writes every case's result for the browser test to
 * compare with, so both runtimes are shown to give the same feeds.
 */
import assert from 'node:assert/strict';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {test} from 'node:test';
import {TARGET, passRate, runCase, runDate, tally, type Corpus} from '../corpus/feedparser/corpus.js';

const ROOT = 'test/corpus/feedparser/';
const OUT = 'node_modules/.cache/news-widgets/corpus-node.json';

test('the feedparser corpus in Node', async () => {
  assert.equal(typeof DOMParser, 'undefined', 'runs without a DOM, as a server does');
  const corpus: Corpus = JSON.parse(readFileSync(`${ROOT}cases.json`, 'utf8'));
  const results = [];
  for (const corpusCase of corpus.cases) results.push(await runCase(corpusCase, new Uint8Array(readFileSync(`${ROOT}files/${corpusCase.file}`))));
  for (const dateCase of corpus.dates) results.push(await runDate(dateCase));
  mkdirSync('node_modules/.cache/news-widgets', {recursive: true});
  writeFileSync(OUT, JSON.stringify(Object.fromEntries(results.map((r) => [r.file, r.output]))));
  const {byCategory, table} = tally(results);
  console.log(table);
  if (process.env.CORPUS_FAILURES) for (const [category, t] of byCategory) console.log(category, t.failures.join('\n'));
  assert.deepEqual(results.filter((r) => r.failures.some((f) => f.startsWith('threw'))).map((r) => r.file), []);
  for (const [category, t] of byCategory) {
    assert.ok(passRate(t) >= TARGET, `${category}: ${t.passed} passed, ${t.failed} failed:\n${t.failures.join('\n')}`);
  }
});
