import {expect} from '@open-wc/testing';
import {itAgreesWithNode} from '../corpus/agreement.js';
import {TARGET, passRate, runCase, tally, type CaseResult, type MozillaCorpus} from '../corpus/mozilla/corpus.js';

const ROOT = new URL('../corpus/mozilla/', import.meta.url);
// Written by test/node/mozilla.node.ts, which `npm test` runs before the browser tests.
const NODE_RESULTS = new URL('../../node_modules/.cache/news-widgets/mozilla-node.json', import.meta.url);

describe('Mozilla’s feed-parser corpus (browser)', function () {
  this.timeout(60_000);
  let results: CaseResult[] = [];
  let corpus: MozillaCorpus;

  before(async () => {
    corpus = await (await fetch(new URL('cases.json', ROOT))).json();
    for (const mozillaCase of corpus.cases) {
      const bytes = new Uint8Array(await (await fetch(new URL(`xml/${mozillaCase.file}`, ROOT))).arrayBuffer());
      results.push(await runCase(mozillaCase, bytes));
    }
    console.log(tally(results, corpus.notVendored).table);
  });
  after(() => (results = []));

  it(`passes at least ${TARGET * 100} % of the counted cases in every folder`, () => {
    const {byFolder} = tally(results, corpus.notVendored);
    expect([...byFolder.keys()]).to.deep.equal(['rfc4287', 'rss09x', 'rss1', 'rss2']);
    expect(results.length).to.equal(corpus.cases.length);
    for (const [folder, t] of byFolder) {
      expect(passRate(t), `${folder}: ${t.passed} passed, ${t.failed} failed:\n${t.failures.join('\n')}`).to.be.at.least(TARGET);
    }
  });

  itAgreesWithNode(() => results, NODE_RESULTS);
});
