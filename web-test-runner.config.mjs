import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import {chromeFlags, findChrome} from './scripts/chrome.mjs';
import {renderSsrPage} from './scripts/ssr-pages.mjs';

/**
 * Test commands that need the browser itself (call with executeServerCommand):
 * `emulate-media-features` ([{name, value}], e.g. forced-colors: active),
 * `accessibility-tree` (Chromium's accessibility tree of the page, as screen readers get it),
 * `screenshot-box` (a PNG, base64, of a page area `{x, y, width, height}` in CSS pixels, so
 * visual tests look at real pixels).
 */
function chromeCommands() {
  const sessions = new WeakMap();
  return {
    name: 'news-chrome-commands',
    async executeCommand({command, payload, session}) {
      const page = session.browser.getPage?.(session.id);
      if (!page) return undefined;
      if (command === 'emulate-media-features') {
        // Through CDP directly (this puppeteer's helper does not know forced-colors), on a
        // session kept open: emulation ends when its session detaches.
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        await sessions.get(page).send('Emulation.setEmulatedMedia', {features: payload});
        return true;
      }
      if (command === 'accessibility-tree') {
        return page.accessibility.snapshot({interestingOnly: true});
      }
      if (command === 'screenshot-box') {
        return page.screenshot({clip: payload, encoding: 'base64', captureBeyondViewport: false});
      }
      return undefined;
    },
  };
}
const flakyCounts = new Map();
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  rootDir: '.',
  // One page at a time: keyboard and focus tests need the page in front, and timings stay sane on 2 cores.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: {config: {timeout: 10_000}},
  // Test-only routes: /__status/<code> answers with that HTTP status; /__slow/<ms>/<path>
  // serves <path> after a delay (for timeouts and races); /__flaky/<n>/<key>/<path>
  // answers 503 the first <n> times for each key, then serves <path> (for retries);
  // /__csp/<path> serves <path> with a strict Content-Security-Policy (test/fixtures/csp/);
  // /__ssr/<name> serves page <name> of test/ssr/pages.ts rendered on the server by
  // @lit-labs/ssr (?fragment: only the body's content).
  middleware: [
    async (ctx, next) => {
      const ssr = ctx.path.match(/^\/__ssr\/([\w-]+)$/);
      if (ssr) {
        ctx.type = 'html';
        ctx.body = await renderSsrPage(ssr[1], ctx.origin, 'fragment' in ctx.query);
        return;
      }
      const flaky = ctx.path.match(/^\/__flaky\/(\d+)\/([\w-]+)(\/.*)$/);
      if (flaky) {
        const key = `${flaky[1]}:${flaky[2]}`;
        const seen = (flakyCounts.get(key) ?? 0) + 1;
        flakyCounts.set(key, seen);
        if (seen <= Number(flaky[1])) {
          ctx.status = 503;
          ctx.body = 'try again';
          return;
        }
        ctx.url = flaky[3];
      }
      const csp = ctx.path.match(/^\/__csp(\/.*)$/);
      if (csp) {
        // ?policies=a+b also limits which Trusted Types policies the page may create.
        const {policies} = ctx.query;
        ctx.url = csp[1];
        await next();
        ctx.set('Content-Security-Policy', policies ? `${STRICT_CSP}; trusted-types ${policies}` : STRICT_CSP);
        ctx.set('Cache-Control', 'no-store');
        return;
      }
      const status = ctx.path.match(/^\/__status\/(\d{3})$/);
      if (status) {
        ctx.status = Number(status[1]);
        ctx.body = 'test error';
        return;
      }
      const slow = ctx.path.match(/^\/__slow\/(\d+)(\/.*)$/);
      if (slow) {
        await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
        ctx.url = slow[2];
      }
      return next();
    },
  ],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), chromeCommands()],
  // A clean localStorage for every test file (the feed cache and the locale live there).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script type="module">localStorage.clear();</script><script type="module" src="${testFramework}"></script></head><body></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), headless: true, args: chromeFlags},
      // Each test file gets its own window, so no page is ever a hidden background tab (where
      // animation frames stop and document.hidden pauses refreshes), and its own browser
      // context, so test files never share localStorage.
      async createPage({browser}) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage({type: 'window'});
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
