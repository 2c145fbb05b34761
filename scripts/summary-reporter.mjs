// Prints the one line CI reads, `N passed, N failed[, N skipped]`, after everything else.
// A test file that failed to load counts as one failure. With NEWS_SUMMARY_FILE set (by
// scripts/test.mjs) the counts go to that file instead, and the caller prints the line.
// Home-made: a web-test-runner reporter is the tool's own extension point, and none of its
// reporters prints this line.
import {writeFileSync} from 'node:fs';

function count(tests, suites, totals) {
  for (const test of tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of suites ?? []) count(suite.tests, suite.suites, totals);
}

export function summaryReporter() {
  return {
    stop({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults?.tests, session.testResults?.suites, totals);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      const line = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
      if (process.env.NEWS_SUMMARY_FILE) writeFileSync(process.env.NEWS_SUMMARY_FILE, JSON.stringify(totals));
      else process.once('exit', () => console.log(line));
    },
  };
}
