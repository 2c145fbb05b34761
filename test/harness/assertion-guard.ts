/**
 * Loaded before every test file (web-test-runner.config.mjs, `testRunnerHtml`): a failed
 * assertion whose actual or expected value holds a DOM node (`expect(el).to.equal(null)`, an
 * array of elements) has those values written out as text. web-test-runner sends a failure's
 * values to the runner by structured clone, which a node cannot go through: the browser then
 * never reports, and the run hangs until its time-out without naming the test
 * (modernweb-dev/web#2967). Passing assertions are untouched. (`expect.fail(node)` and
 * `assert.fail` do not go through here: give them text.)
 */
// The same Chai as @open-wc/testing's, from its entry without side effects: the main one would
// register its fixture clean-up before Mocha is there, and fixtures would pile up.
// (Its types leave `chai` out.)
import * as pure from '@open-wc/testing/pure';

const {chai} = pure as unknown as {chai: Chai.ChaiStatic};

const cloneable = (value: unknown) => {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
};

const {assert} = chai.Assertion.prototype;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error && typeof error === 'object') {
      const failure = error as {actual?: unknown; expected?: unknown};
      for (const key of ['actual', 'expected'] as const) {
        if (key in failure && !cloneable(failure[key])) failure[key] = chai.util.inspect(failure[key]);
      }
    }
    throw error;
  }
};
