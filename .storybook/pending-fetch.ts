// Storybook only: a request to a URL containing `__pending` never answers (until aborted),
// so the loading state can be shown and tuned.
const original = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.includes('__pending')) return original(input, init);
  return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
};
