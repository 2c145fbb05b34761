/**
 * What every vendored corpus's run counts (feedparser's, Mozilla's), in the browser and in
 * Node alike: no DOM and no Node module here.
 */

/** What a corpus run gave for one file: the checks it failed, and its feed (or error) as text. */
export interface CaseOutcome {
  file: string;
  failures: string[];
  output: string;
}

/** Cases counted in one group of a corpus (a category, a folder). */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
}

/** Counts `result` into `tally`: skipped, failed (with what it failed), or passed. */
export function count(tally: Tally, result: CaseOutcome & {skipped?: string}): void {
  if (result.skipped) tally.skipped++;
  else if (result.failures.length) {
    tally.failed++;
    tally.failures.push(`${result.file}: ${result.failures.join('; ')}`);
  } else tally.passed++;
}

/** Pass rate of the cases counted (skipped ones are not); 1 when all were skipped. */
export const passRate = (t: Tally) => (t.passed + t.failed ? t.passed / (t.passed + t.failed) : 1);

/** The pass rate as a table prints it: `97.5%`, or `—%` when no case was counted. */
export const rateText = (t: Tally) => `${t.passed + t.failed ? (100 * passRate(t)).toFixed(1) : '—'}%`;
