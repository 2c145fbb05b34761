/**
 * What the page's own `window.onerror` and `unhandledrejection` handlers would see, from
 * `start()` to `stop()`: the suites that feed the library hostile or broken input assert that
 * nothing escapes it.
 */
export function pageErrors() {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  return {
    errors,
    start() {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
    },
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}
