import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import {chromeFlags, findChrome} from './scripts/chrome.mjs';

/**
 * Test-only command `screenshot-box`: a PNG (base64) of a page area `{x, y, width, height}`
 * in CSS pixels, taken through the page's own browser session, so visual tests look at real
 * pixels.
 */
function screenshotPlugin() {
  return {
    name: 'screenshot-box',
    async executeCommand({command, payload, session}) {
      if (command !== 'screenshot-box') return undefined;
      const page = session.browser.getPage(session.id);
      return page.screenshot({clip: payload, encoding: 'base64', captureBeyondViewport: false});
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  rootDir: '.',
  concurrency: 2,
  testsFinishTimeout: 180_000,
  testFramework: {config: {timeout: 10_000}},
  // Test-only routes: /__status/<code> answers with that HTTP status; /__slow/<ms>/<path>
  // serves <path> after a delay (for timeouts and races).
  middleware: [
    async (ctx, next) => {
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
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}), screenshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), headless: true, args: chromeFlags},
      // Each test file gets its own window, so no page is ever a hidden background tab (where
      // animation frames stop and document.hidden pauses refreshes), and its own browser
      // context, so files running side by side never share localStorage.
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
