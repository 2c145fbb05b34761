import {esbuildPlugin} from '@web/dev-server-esbuild';
import * as esbuild from 'esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {summaryReporter} from './scripts/summary-reporter.mjs';
import puppeteer from 'puppeteer-core';
import {WebdriverLauncher} from '@web/test-runner-webdriver';
import {OFFSITE_PROXY, chromeFlags, findChrome, findFirefox, firefoxPrefs, firefoxProxyPrefs, selectedEngines, startWebKitDriver} from './scripts/browsers.mjs';
import {hostileRoutes} from './test/hostile/server-routes.mjs';
import {trustedTypesDevServer} from './scripts/trusted-types.mjs';
import {expected404s, unexpectedLog} from './scripts/expected-noise.mjs';
import {renderSsrPage} from './scripts/ssr-pages.mjs';
import {sourcesStamp} from './scripts/sources-stamp.mjs';

/**
 * Test commands that need the browser itself (call with executeServerCommand):
 * `browser-engine` (which engine runs the test: chromium, firefox or webkit),
 * `emulate-media-features` ([{name, value}], e.g. forced-colors: active; Chromium only),
 * `emulate-media-type` (`print`, or `''` for the screen again; Chromium only),
 * `emulate-time-zone` (the reader's time zone, an IANA name; Chromium only),
 * `reader-preferences` (how the browser gives the page the preference named by the payload,
 * `forced-colors`, `prefers-reduced-motion` or `time-zone`: `switch` in Chromium, `launch` in the
 * reader-preferences group's Firefox and WebKit when launched with it, else `none`; see
 * test/components/reader-preferences.test.ts), `accessibility-tree` (the browser's accessibility tree of the page, as screen
 * readers get it; Chromium only), `accessibility-matches` (whether elements get a role and
 * name from the browser's accessibility code; every engine, see accessibilityMatches), `screenshot-box` (a PNG, base64, of a page area `{x, y, width,
 * height}` in CSS pixels relative to the viewport, so visual tests look at real pixels: in
 * WebKit, through WebDriver, a PNG of the whole viewport, which the test crops).
 */
function browserCommands() {
  const sessions = new WeakMap();
  return {
    name: 'news-browser-commands',
    async executeCommand({command, payload, session}) {
      const engine = ENGINE_OF[session.browser.name];
      if (command === 'browser-engine') return engine;
      if (command === 'reader-preferences') {
        if (engine === 'chromium') return 'switch';
        return preferencesLaunched.has(session.browser) && READER_PREFERENCES[engine].features.includes(payload) ? 'launch' : 'none';
      }
      if (command === 'accessibility-matches') return accessibilityMatches(session, payload);
      // Not available outside Chromium (tests check the engine and skip, with the reason).
      if (engine !== 'chromium' && ['emulate-media-features', 'emulate-media-type', 'emulate-time-zone', 'accessibility-tree'].includes(command)) return false;
      if (session.browser.type === 'webdriver') {
        if (command === 'screenshot-box') return session.browser.driver.takeScreenshot();
        return undefined;
      }
      const page = session.browser.getPage?.(session.id);
      if (!page) return undefined;
      if (command === 'emulate-media-features' || command === 'emulate-time-zone') {
        // Through CDP directly (this puppeteer's helper does not know forced-colors), on a
        // session kept open: emulation ends when its session detaches.
        if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
        if (command === 'emulate-time-zone') await sessions.get(page).send('Emulation.setTimezoneOverride', {timezoneId: payload});
        else await sessions.get(page).send('Emulation.setEmulatedMedia', {features: payload});
        return true;
      }
      if (command === 'emulate-media-type') {
        await page.emulateMediaType(payload || null);
        return true;
      }
      if (command === 'accessibility-tree') {
        return page.accessibility.snapshot({interestingOnly: true});
      }
      if (command === 'screenshot-box') {
        const {x, y, width, height} = payload;
        const scroll = await page.evaluate(() => [scrollX, scrollY]);
        return page.screenshot({clip: {x: x + scroll[0], y: y + scroll[1], width, height}, encoding: 'base64', captureBeyondViewport: false});
      }
      return undefined;
    },
  };
}

/** The element marked `data-ax-probe="<key>"`, in the document or any shadow root (runs in the page). */
function findProbe(key) {
  const search = (root) => {
    const hit = root.querySelector(`[data-ax-probe="${key}"]`);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot && search(el.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  return search(document);
}

/**
 * `accessibility-matches`: for each probe {key, role, name}, whether the browser's own
 * accessibility code gives the element marked `data-ax-probe="<key>"` that role and name
 * (what a screen reader gets). Chromium (DevTools protocol) and Firefox (WebDriver BiDi's
 * accessibility locator) are asked for the elements with that role and name around the
 * element, through puppeteer's `::-p-aria()`; WebKit computes the element's role and label
 * (WebDriver's computedrole and computedlabel).
 */
async function accessibilityMatches(session, probes) {
  const results = [];
  if (session.browser.type === 'webdriver') {
    const driver = session.browser.driver;
    for (const {key, role, name} of probes) {
      const element = await driver.execute(findProbe, key);
      const id = element?.['element-6066-11e4-a52e-4f735466cecf'];
      if (!id) throw new Error(`accessibility-matches: no element marked ${key}`);
      results.push((await driver.getElementComputedRole(id)) === role && (await driver.getElementComputedLabel(id)) === name);
    }
    return results;
  }
  const page = session.browser.getPage(session.id);
  for (const {key, role, name} of probes) {
    const element = await page.evaluateHandle(findProbe, key);
    if (!(await element.evaluate((el) => Boolean(el)))) throw new Error(`accessibility-matches: no element marked ${key}`);
    // Firefox's locator looks below its start and not into nested shadow roots: start at the parent.
    const scope = await element.evaluateHandle((el) => el.parentElement ?? el);
    let found = false;
    for (const match of await scope.$$(`::-p-aria(${name}[role="${role}"])`)) {
      if (await match.evaluate((candidate, el) => candidate === el, element)) found = true;
    }
    results.push(found);
  }
  return results;
}

/**
 * How the reader-preferences group's own Firefox and WebKit are launched, and which of the
 * reader's preferences each then gives the page: their automation cannot switch them in a
 * running page. Firefox reads its preferences at launch only: forced colours
 * (browser.display.document_color_use=2: always the system's colours) and reduced motion.
 * WebKitGTK has no forced colours mode; it takes reduced motion from GTK's settings. Both take
 * the reader's time zone from `TZ`, as every program on the machine does (the other browsers
 * have the machine's, often UTC, where the reader's zone and UTC cannot be told apart).
 */
const READER_TIME_ZONE = 'Asia/Tokyo'; // as test/components/reader-preferences.test.ts expects
const READER_PREFERENCES = {
  firefox: {features: ['forced-colors', 'prefers-reduced-motion', 'time-zone'], options: {'browser.display.document_color_use': 2, 'ui.prefersReducedMotion': 1}},
  webkit: {features: ['prefers-reduced-motion', 'time-zone'], options: {'gtk-enable-animations': false}},
};

// Every request off localhost goes to a proxy that is not there (OFFSITE_PROXY, in chromeFlags
// for Chromium): feed fixtures name images on example.com, and a card rendering one gets a
// failed load at once.

/**
 * The launcher for each engine (WebKit's starts its WebDriver server with its first session).
 * `prefs`: Firefox preferences, or GTK settings for WebKit; `timeZone`: the reader's zone, for
 * Firefox and WebKit (`TZ`); `name`: how results name the browser.
 */
function launcher(engine, prefs, name, timeZone) {
  if (engine === 'chromium') {
    return chromeLauncher({
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
    });
  }
  if (engine === 'firefox') {
    // Firefox over WebDriver BiDi: the same launcher, driving puppeteer-core's Firefox support.
    return chromeLauncher({
      puppeteer: puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        extraPrefsFirefox: {...firefoxPrefs, ...firefoxProxyPrefs(), ...prefs},
        ...(timeZone && {env: {...process.env, TZ: timeZone}}),
      },
      async createPage({browser}) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    });
  }
  return new WebKitLauncher(prefs, name, timeZone);
}

/**
 * WebKitGTK's MiniBrowser over WebDriver, reported as "WebKit" (or `label`). Its WebDriver
 * server (and display) starts with the first test session, so a run that never uses this
 * browser (`--group default` for the reader-preferences WebKit) starts none.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor(gtkSettings, label = 'WebKit', timeZone = undefined) {
    super({hostname: '127.0.0.1', capabilities: {browserName: 'MiniBrowser'}, logLevel: 'error'});
    this.gtkSettings = gtkSettings;
    this.label = label;
    this.timeZone = timeZone;
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = this.label;
  }

  async startSession(id, url) {
    await this.serverStarted();
    return super.startSession(id, url);
  }

  async startDebugSession(id, url) {
    await this.serverStarted();
    return super.startDebugSession(id, url);
  }

  /** Starts the WebDriver server once; a start that failed (a busy machine) is tried again by the next session. */
  serverStarted() {
    this.server ??= startWebKitDriver({gtkSettings: this.gtkSettings, proxy: OFFSITE_PROXY, timeZone: this.timeZone}).then(
      ({port, capabilities}) => void Object.assign(this.options, {port, capabilities}),
      (error) => {
        this.server = undefined;
        throw error;
      },
    );
    return this.server;
  }
}

const PREFERENCES_FIREFOX = 'Firefox (forced colours, reduced motion)';
const PREFERENCES_WEBKIT = 'WebKit (reduced motion)';
const ENGINE_OF = {Chrome: 'chromium', Chromium: 'chromium', Firefox: 'firefox', [PREFERENCES_FIREFOX]: 'firefox', WebKit: 'webkit', [PREFERENCES_WEBKIT]: 'webkit'};
const engines = selectedEngines();
const browsers = [];
for (const engine of engines) browsers.push(launcher(engine));

// The tests of the reader's forced colours and reduced motion run in their own group: in
// Chromium as usual, in Firefox and WebKit in a second browser launched with the preferences
// on (the summary counts its tests as that engine's). The group also runs when files are named on
// the command line; `--group default` leaves it out, `--group reader-preferences` runs it alone.
const PREFERENCES_TESTS = ['test/components/reader-preferences.test.ts'];
const preferencesLaunched = new Set();
const preferencesBrowsers = [];
for (const [index, engine] of engines.entries()) {
  if (!READER_PREFERENCES[engine]) {
    preferencesBrowsers.push(browsers[index]);
    continue;
  }
  const name = engine === 'firefox' ? PREFERENCES_FIREFOX : PREFERENCES_WEBKIT;
  const launched = launcher(engine, READER_PREFERENCES[engine].options, name, READER_TIME_ZONE);
  launched.name = name;
  preferencesLaunched.add(launched);
  preferencesBrowsers.push(launched);
}

const flakyCounts = new Map();

const copies = new Map();
/** src/<entry>.ts in one self-contained ES module (built once per run). */
function bundledCopy(entry) {
  if (!copies.has(entry)) {
    const built = esbuild.build({entryPoints: [`src/${entry}.ts`], bundle: true, format: 'esm', target: 'es2022', write: false, logLevel: 'warning'});
    copies.set(entry, built.then(({outputFiles}) => outputFiles[0].text));
  }
  return copies.get(entry);
}
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export default {
  files: ['test/**/*.test.ts', ...PREFERENCES_TESTS.map((file) => `!${file}`)],
  groups: [{name: 'reader-preferences', files: PREFERENCES_TESTS, browsers: preferencesBrowsers}],
  nodeResolve: {exportConditions: ['production']},
  rootDir: '.',
  // One page at a time: keyboard and focus tests need the page in front, and timings stay sane on 2 cores.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  // A busy 2-core machine can take a while to start Firefox or WebKit.
  browserStartTimeout: 120_000,
  testFramework: {config: {timeout: 10_000}},
  // Test-only routes: /__status/<code> answers with that HTTP status; /__slow/<ms>/<path>
  // serves <path> after a delay (for timeouts and races); /__flaky/<n>/<key>/<path>
  // answers 503 the first <n> times for each key, then serves <path> (for retries);
  // /__csp/<path> serves <path> with a strict Content-Security-Policy (test/fixtures/csp/; ?policies, ?required=no);
  // /__headers answers, as JSON, the headers the browser sent with the request (names in lower
  // case; any origin may read it), so a test checks what a server receives (Referer, Accept);
  // /__ssr/<name> serves page <name> of test/ssr/pages.ts rendered on the server by
  // @lit-labs/ssr (?fragment: only the body's content); /__copy/<entry>.js serves src/<entry>.ts
  // bundled by esbuild with everything it imports (Lit, @lit/localize), as a second copy of the
  // library in another bundle on the page would be; /__sources-stamp is the stamp of today's
  // sources the corpora's Node results must carry (scripts/sources-stamp.mjs).
  middleware: [
    async (ctx, next) => {
      if (ctx.path === '/__sources-stamp') {
        ctx.body = sourcesStamp();
        return;
      }
      const copy = ctx.path.match(/^\/__copy\/([\w-]+)\.js$/);
      if (copy) {
        ctx.type = 'js';
        ctx.body = await bundledCopy(copy[1]);
        return;
      }
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
        // ?policies=a+b also limits which Trusted Types policies the page may create; ?required=no
        // leaves out require-trusted-types-for (the policies limited, their use not required).
        const {policies, required} = ctx.query;
        ctx.url = csp[1];
        await next();
        const policy = required === 'no' ? STRICT_CSP.replace(/; require-trusted-types-for [^;]*/, '') : STRICT_CSP;
        ctx.set('Content-Security-Policy', policies ? `${policy}; trusted-types ${policies}` : policy);
        ctx.set('Cache-Control', 'no-store');
        return;
      }
      if (ctx.path === '/__headers') {
        ctx.set('Access-Control-Allow-Origin', '*');
        ctx.set('Cache-Control', 'no-store');
        ctx.body = ctx.headers;
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
    // Hostile network behaviour (Retry-After, redirect loops, stalled and endless bodies): see the file.
    hostileRoutes(),
  ],
  plugins: [
    // Tests run the same Trusted Types patch of lit-html as the bundle (issue 16); first, on Lit's own code.
    trustedTypesDevServer(),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'}),
    browserCommands(),
  ],
  // A clean localStorage for every test file (the feed cache and the locale live there), and
  // failures that name their test when an assertion's value is a DOM node (see the guard).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script type="module">localStorage.clear();</script><script type="module" src="/test/harness/assertion-guard.ts"></script><script type="module" src="${testFramework}"></script></head><body></body></html>`,
  browsers,
  filterBrowserLogs: unexpectedLog,
  reporters: [expected404s(), defaultReporter(), summaryReporter()],
};
