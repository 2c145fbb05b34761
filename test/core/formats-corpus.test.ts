import {expect} from '@open-wc/testing';
import {itAgreesWithNode} from '../corpus/agreement.js';
import {TARGET, passRate, runCase, runDate, tally, type CaseResult, type Corpus} from '../corpus/feedparser/corpus.js';

const ROOT = new URL('../corpus/feedparser/', import.meta.url);
// Written by test/node/corpus.node.ts, which `npm test` runs before the browser tests.
const NODE_RESULTS = new URL('../../node_modules/.cache/news-widgets/corpus-node.json', import.meta.url);

describe('the feedparser corpus (browser)', function () {
  this.timeout(120_000);
  let results: (CaseResult & {skipped?: string})[] = [];
  let corpus: Corpus;

  before(async () => {
    corpus = await (await fetch(new URL('cases.json', ROOT))).json();
    for (const corpusCase of corpus.cases) {
      // The test server re-encodes text files as UTF-8: files in other encodings come as base64 in cases.json.
      const bytes = corpusCase.base64
        ? Uint8Array.from(atob(corpusCase.base64), (c) => c.charCodeAt(0))
        : new Uint8Array(await (await fetch(new URL(`files/${corpusCase.file}`, ROOT))).arrayBuffer());
      results.push(await runCase(corpusCase, bytes));
    }
    for (const dateCase of corpus.dates) results.push(await runDate(dateCase));
    console.log(tally(results).table);
  });
  after(() => (results = []));

  it(`passes ${TARGET * 100} % of the mapped cases in every category`, () => {
    const {byCategory} = tally(results);
    expect([...byCategory.keys()]).to.include.members(['RSS 2.0 / 0.9x', 'RSS 1.0 (RDF)', 'Atom 0.3', 'Atom 1.0', 'encoding', 'entities', 'dates']);
    for (const [category, t] of byCategory) {
      const rate = passRate(t);
      expect(rate, `${category}: ${t.passed} passed, ${t.failed} failed:\n${t.failures.join('\n')}`).to.be.at.least(TARGET);
    }
  });

  itAgreesWithNode(() => results, NODE_RESULTS);
});
