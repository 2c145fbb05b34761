// Keeps the test output for what went wrong. Tests provoke failures on purpose through the
// test server's test-only routes (/__status/, /__slow/, /__flaky/, /__csp/; see
// web-test-runner.config.mjs) and fixtures named `missing.*`; the runner would print their
// 404s and the library's warnings about them as if something had failed. A request or a
// log naming anything else is still printed.
const EXPECTED = /\/__(?:status|slow|flaky|csp)\/|\/missing\.\w+/;
const expected = (text) => EXPECTED.test(text);

/** For `filterBrowserLogs`: keeps a browser log unless it is about an expected failure. */
export function unexpectedLog({args}) {
  return !args.some((arg) => typeof arg === 'string' && expected(arg));
}

/** A reporter, listed before the default one, that drops the expected 404s from its list. */
export function expected404s() {
  return {
    reportTestFileResults({sessionsForTestFile}) {
      for (const session of sessionsForTestFile) session.request404s = session.request404s.filter((url) => !expected(`/${url.replace(/^\//, '')}`));
    },
  };
}
