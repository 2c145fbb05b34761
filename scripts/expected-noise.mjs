// Keeps the test output for what went wrong. Tests provoke failures on purpose: the test
// server's test-only routes (/__status/, /__slow/, /__flaky/, /__csp/; see
// web-test-runner.config.mjs), the routes the hostile suites fake in the page (/hostile/,
// /malformed/), and fixtures that are wrong by name (`missing.*`, `not-*`). The runner would
// print their 404s and the library's warnings about them as if something had failed; the
// tests assert on the error states instead. Any other log or 404 is still printed.
// Home-made: this is the function that web-test-runner's own `filterBrowserLogs` and
// middleware hooks take; what counts as expected noise is this project's test routes.
const EXPECTED = /\/(?:__(?:status|slow|flaky|csp)|hostile|malformed)\/|\/(?:missing\.|not-)[\w.-]+/;
/** The hostile suites' feeds name garbage URLs (`&`, `javascript&colon;…`) that the browser requests. */
const HOSTILE_SUITES = /^test\/hostile\//;
const expected = (text) => EXPECTED.test(text);

/** For `filterBrowserLogs`: keeps a browser log unless it is about an expected failure. */
export function unexpectedLog({args}) {
  return !args.some((arg) => typeof arg === 'string' && expected(arg));
}

/** A reporter, listed before the default one, that drops the expected 404s from its list. */
export function expected404s() {
  return {
    reportTestFileResults({sessionsForTestFile, testFile}) {
      const file = testFile.replace(`${process.cwd()}/`, '');
      for (const session of sessionsForTestFile) {
        session.request404s = HOSTILE_SUITES.test(file) ? [] : session.request404s.filter((url) => !expected(`/${url.replace(/^\//, '')}`));
      }
    },
  };
}
