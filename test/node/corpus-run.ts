/**
 * The checks every vendored corpus's Node run ends with (the Node side of
 * test/corpus/agreement.ts): its results written for the browser run to compare with, nothing
 * thrown but a `FeedError`, and every group's pass rate at least its corpus's target.
 */
import assert from 'node:assert/strict';
import {mkdirSync, writeFileSync} from 'node:fs';
import {passRate, type CaseOutcome, type Tally} from '../corpus/tally.js';
import {sourcesStamp} from '../../scripts/sources-stamp.mjs';

const CACHE = 'node_modules/.cache/news-widgets';

/**
 * Writes `results` as `name` in the cache the browser run reads, stamped with the sources they
 * come from (scripts/sources-stamp.mjs), and asserts the run's checks over `groups`.
 */
export function endNodeRun(name: string, results: readonly CaseOutcome[], groups: Map<string, Tally>, target: number): void {
  mkdirSync(CACHE, {recursive: true});
  writeFileSync(`${CACHE}/${name}`, JSON.stringify({stamp: sourcesStamp(), outputs: Object.fromEntries(results.map((r) => [r.file, r.output]))}));
  assert.deepEqual(results.filter((r) => r.failures.some((f) => f.startsWith('threw'))).map((r) => r.file), []);
  for (const [group, t] of groups) {
    assert.ok(passRate(t) >= target, `${group}: ${t.passed} passed, ${t.failed} failed:\n${t.failures.join('\n')}`);
  }
}
