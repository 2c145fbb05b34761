// Prints the lines CI reads after everything else: one `<engine>: N passed, N failed[, N
// skipped]` line per browser, then the total alone on the last line, `N passed, N failed[, N
// skipped]`. A test file that failed to load counts as one failure. With NEWS_SUMMARY_FILE set
// (by scripts/test.mjs) the counts per engine go to that file instead, and the caller prints.
import {writeFileSync} from 'node:fs';

function count(tests, suites, totals) {
  for (const test of tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of suites ?? []) count(suite.tests, suite.suites, totals);
}

/** `N passed, N failed[, N skipped]`. */
export const summaryLine = ({passed, failed, skipped}) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

export function summaryReporter() {
  return {
    stop({sessions}) {
      const engines = {};
      for (const session of sessions) {
        const totals = (engines[session.browser.name] ??= {passed: 0, failed: 0, skipped: 0});
        const before = totals.failed;
        count(session.testResults?.tests, session.testResults?.suites, totals);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      if (process.env.NEWS_SUMMARY_FILE) {
        writeFileSync(process.env.NEWS_SUMMARY_FILE, JSON.stringify(engines));
        return;
      }
      const total = {passed: 0, failed: 0, skipped: 0};
      for (const totals of Object.values(engines)) for (const key of Object.keys(total)) total[key] += totals[key];
      process.once('exit', () => {
        for (const [name, totals] of Object.entries(engines)) console.log(`${name}: ${summaryLine(totals)}`);
        console.log(summaryLine(total));
      });
    },
  };
}
