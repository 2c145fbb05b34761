/**
 * The checks every vendored corpus's browser run ends with (feedparser's, Mozilla's): the
 * readers throw nothing but a `FeedError`, and give the same feed as in Node for every case.
 */
import {expect} from '@open-wc/testing';
import type {CaseOutcome} from './tally.js';

/**
 * Declares the two tests over `results()` (read when they run, after the run's `before`),
 * against the Node run's outputs at `nodeResults`, which `npm test` writes first.
 */
export function itAgreesWithNode(results: () => readonly CaseOutcome[], nodeResults: URL): void {
  it('never throws anything but a FeedError', () => {
    expect(results().filter((r) => r.failures.some((f) => f.startsWith('threw'))).map((r) => r.file)).to.deep.equal([]);
  });

  it('gives the same feeds as Node', async () => {
    const response = await fetch(nodeResults);
    expect(response.ok, 'run `npm run test:node` (part of `npm test`) first: it writes the Node results').to.equal(true);
    const {stamp, outputs: node}: {stamp: string; outputs: Record<string, string>} = await response.json();
    // Results of these sources, not of an earlier state of them or another checkout's.
    const today = await (await fetch('/__sources-stamp')).text();
    expect(stamp, 'the Node results are of other sources: run `npm run test:node` again').to.equal(today);
    const differences = results()
      .filter((r) => node[r.file] !== r.output)
      .map((r) => `${r.file}\n  browser: ${r.output}\n  node:    ${node[r.file]}`);
    expect(Object.keys(node).length).to.equal(results().length);
    expect(differences, differences.slice(0, 5).join('\n')).to.deep.equal([]);
  });
}
