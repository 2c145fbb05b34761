/**
 * What the page's own `window.onerror` and `unhandledrejection` handlers would see while the
 * suite (or file) that calls this runs: the suites that feed the library hostile or broken
 * input, or load it in unusual ways, assert that nothing escapes it. Call it in a `describe`
 * body or at the top of a test file; it adds its own `before` and `after` hooks.
 */
export function pageErrors(): unknown[] {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  return errors;
}
