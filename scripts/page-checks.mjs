// What every rendered page must satisfy, shared by check-stories and check-demo: every
// news-* element defined and rendered (and, unless allowed, done loading), no placeholder
// text on screen, and no axe violation.
// Home-made glue: axe-core does the accessibility checking; the rest are this library's
// own rules for a rendered page.
import {createHash} from 'node:crypto';
import {createRequire} from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Waits until every news-* element under `root` has rendered and (unless `allowBusy`) finished loading. */
export function waitForWidgets(page, {root = 'body', allowBusy = false, timeout = 5000} = {}) {
  return page
    .waitForFunction(
      (root, allowBusy) => {
        const widgets = [...document.querySelectorAll(`${root} *`)].filter((el) => el.localName.startsWith('news-'));
        return widgets.length && widgets.every((el) => el.shadowRoot?.childNodes.length && (allowBusy || !el.shadowRoot.querySelector('[aria-busy="true"]')));
      },
      {timeout},
      root,
      allowBusy,
    )
    .then(
      () => true,
      () => false,
    );
}

/**
 * Problems with what `root` shows: undefined or unrendered elements, placeholder text, axe
 * violations, card pictures that failed to load (or, with `failingPictures`, none that did: a
 * story showing a failed picture). With `root` 'body' (the page), axe checks the
 * whole document, so its page-level rules (document-title, html-has-lang, page-has-heading-one,
 * landmark-one-main, bypass, meta-viewport…) apply: run on <body>, axe finds no <html> or
 * <head> in its context and skips them.
 */
export async function pageProblems(page, {root = 'body', axeRules = {}, failingPictures = false} = {}) {
  const problems = [];
  const report = await page.evaluate((root) => {
    const elements = [...document.querySelectorAll(`${root} *`)].filter((el) => el.localName.startsWith('news-'));
    const text = (node) =>
      [...node.childNodes].map((child) => (child.nodeType === 3 ? child.data : child.shadowRoot ? text(child.shadowRoot) + text(child) : text(child))).join(' ');
    // A shape inside a shape is not drawn, as when a build drops the `/>` of `<circle … />`
    // (a shape may hold a <title> or an <animate>, not another shape or a group).
    const shapes = 'circle,ellipse,line,path,polygon,polyline,rect';
    const nested = elements
      .flatMap((el) => [...(el.shadowRoot?.querySelectorAll(shapes.split(',').map((shape) => `svg ${shape} > :is(${shapes},g)`).join()) ?? [])])
      .map((child) => `<${child.parentElement.localName}> holds <${child.localName}>`);
    return {
      nested,
      undefinedTags: elements.filter((el) => !customElements.get(el.localName)).map((el) => el.localName),
      emptyCount: elements.filter((el) => !el.shadowRoot).length,
      text: text(document.querySelector(root)),
      count: elements.length,
      lang: document.querySelector(`${root} [lang]`)?.getAttribute('lang'),
    };
  }, root);
  if (!report.count) problems.push('no news-* element rendered');
  if (report.undefinedTags.length) problems.push(`not defined: ${report.undefinedTags.join(', ')}`);
  if (report.emptyCount) problems.push(`${report.emptyCount} element(s) without a shadow root`);
  if (report.nested.length) problems.push(`SVG shapes nested, so not drawn: ${[...new Set(report.nested)].join(', ')}`);
  const junk = report.text.match(/\b(undefined|NaN|Invalid Date)\b|\[object \w+\]/);
  if (junk) problems.push(`shows "${junk[0]}"`);
  // Once per document: over WebDriver the 0.5 MB script is sent with each call.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({path: axePath});
  const violations = await page.evaluate(
    async (root, rules) => {
      // Storybook's a11y addon may be running axe in the same page: wait for it.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run(root === 'body' ? document : root, {rules});
          return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    root,
    axeRules,
  );
  for (const violation of violations) problems.push(`axe ${violation}`);
  // Pictures that failed by now (after axe's run): a card hides the box, so only its state tells.
  const failedPictures = await page.evaluate((root) => {
    const cards = (node) => [...node.querySelectorAll('*')].flatMap((el) => [...(el.localName === 'news-article-card' ? [el] : []), ...(el.shadowRoot ? cards(el.shadowRoot) : [])]);
    return cards(document.querySelector(root)).filter((card) => card.imageFailed).map((card) => card.image ?? card.item?.image);
  }, root);
  if (failingPictures) {
    if (!failedPictures.length) problems.push('no card picture failed to load, though the story shows one failing');
  } else if (failedPictures.length) problems.push(`${failedPictures.length} card picture(s) failed to load: ${[...new Set(failedPictures)].join(', ')}`);
  return {problems, lang: report.lang};
}

/** Records page errors before any page script runs (classic WebDriver, as WebKit's, has no console log). */
/** Records the page's Content-Security-Policy violations in `window.__violations`. */
const VIOLATION_HOOK_CODE = "window.__violations=[];document.addEventListener('securitypolicyviolation',(e)=>__violations.push(e.effectiveDirective+' '+e.blockedURI));";
const ERROR_HOOK_CODE =
  "window.__pageErrors=[];addEventListener('error',(e)=>__pageErrors.push(String(e.message||e)));" +
  "addEventListener('unhandledrejection',(e)=>__pageErrors.push('unhandled rejection: '+String((e.reason&&e.reason.message)||e.reason)));" +
  VIOLATION_HOOK_CODE;
const ERROR_HOOK = `<script>${ERROR_HOOK_CODE}</script>`;

/**
 * A strict Content-Security-Policy with Trusted Types required, as the README's "Content-Security-
 * Policy and Trusted Types" recipe gives it (`trusted-types news-widgets`): scripts from the
 * page's origin only (and the error hook, by its hash), no inline script, DOM sinks refused
 * without the library's policy. Inline styles stay allowed (the demo's story page has some).
 */
export const STRICT_CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${createHash('sha256').update(ERROR_HOOK_CODE).digest('base64')}'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types news-widgets',
].join('; ');

/** The policy violations a page reported (securitypolicyviolation), as "directive blocked-URI". */
export const violations = (page) => page.evaluate(() => window.__violations ?? ['the violation hook is missing']);

/**
 * A local HTTP server in front of a site that passes every HTML answer through
 * `rewrite(html, url)` (`url` as the browser asked for it). `upstream()` gives the site's base
 * URL for each request, so a caller can point the server at another site between pages.
 * Redirects reach the browser as they are; answers are never cached.
 */
export async function rewritingProxy(upstream, rewrite) {
  const {createServer} = await import('node:http');
  const proxy = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, upstream());
      const answer = await fetch(url, {redirect: 'manual'});
      const type = answer.headers.get('content-type') ?? 'application/octet-stream';
      let body = Buffer.from(await answer.arrayBuffer());
      if (type.includes('text/html')) body = Buffer.from(rewrite(body.toString('utf8'), url));
      const location = answer.headers.get('location');
      const policy = answer.headers.get('content-security-policy');
      response.writeHead(answer.status, {'content-type': type, 'cache-control': 'no-store', ...(location && {location}), ...(policy && {'content-security-policy': policy})}).end(body);
    } catch (error) {
      // An answer, never a request left open (the page's load event would wait for it).
      response.writeHead(502, {'content-type': 'text/plain'}).end(`proxy: ${error.message}`);
    }
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

/** A server in front of `port` that adds the error hook to the top of every HTML page. */
const hookingProxy = (port) => rewritingProxy(() => `http://127.0.0.1:${port}`, (html) => html.replace(/<head[^>]*>|^/i, (head) => head + ERROR_HOOK));

/** What check-demo and check-stories need of a page, over WebDriver (webdriverio) for WebKit: evaluate, waitForFunction, goto, press, setViewport, addScriptTag, errors. */
class WebDriverPage {
  constructor(driver) {
    this.driver = driver;
  }
  evaluate(fn, ...args) {
    return this.driver.execute(fn, ...args);
  }
  /** Polls `fn` until it returns something true; a poll cut off by the page unloading counts as false. */
  async waitForFunction(fn, {timeout}, ...args) {
    const end = Date.now() + timeout;
    const poll = () => this.evaluate(fn, ...args).catch((error) => (/unload/i.test(error.message) ? false : Promise.reject(error)));
    while (!(await poll())) {
      if (Date.now() > end) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  /**
   * Loads `url` and waits until the document shown is the new one, loaded. WebKitWebDriver
   * can answer a navigation to the URL already shown while the old document is still there:
   * a script run next is then cut off by the unload ("Callback was not called before the
   * unload event", seen once in CI on a loaded machine with the Next.js page).
   */
  async goto(url) {
    await this.evaluate(() => {
      window.__replacedByNavigation = true;
    });
    await this.driver.url(url);
    await this.waitForFunction(() => !window.__replacedByNavigation && document.readyState === 'complete', {timeout: 60_000});
  }
  /** Presses `key` ('Tab', 'Enter') in the focused element, as puppeteer's page.keyboard.press does. */
  async press(key) {
    await this.driver.keys([{Tab: '\uE004', Enter: '\uE007'}[key] ?? key]);
  }
  /** Resizes the window (the viewport, less any browser chrome), as puppeteer's page does the viewport. */
  async setViewport({width, height}) {
    await this.driver.setWindowSize(width, height);
  }
  async addScriptTag({path}) {
    const {readFileSync} = await import('node:fs');
    await this.evaluate((source) => {
      const script = document.createElement('script');
      script.textContent = source;
      document.head.append(script);
    }, readFileSync(path, 'utf8'));
  }
  errors() {
    return this.evaluate(() => window.__pageErrors ?? ['the error hook is missing']);
  }
}

/**
 * Opens `engine` (chromium, firefox or webkit) for pages served on `port`: returns
 * {base, open(path) → page with errors(), close()}. Each open() starts afresh (no storage
 * kept from the page before). WebKit pages go through a proxy that hooks page errors.
 * `offsite` (an http:// proxy URL) takes every request off localhost, HTTPS included (then
 * certificates are not checked: the proxy answers with a self-signed one); without it, they go
 * to a proxy that is not there (OFFSITE_PROXY): no page reaches the outside network.
 */
export async function openEngine(engine, port, {width = 1280, height = 900, offsite} = {}) {
  const {OFFSITE_PROXY, chromeFlags, findChrome, findFirefox, firefoxPrefs, firefoxProxyPrefs, startWebKitDriver} = await import('./browsers.mjs');
  const offsiteProxy = offsite ?? OFFSITE_PROXY;
  if (engine === 'webkit') {
    const {remote} = await import('webdriverio');
    const driver = await startWebKitDriver({proxy: offsiteProxy});
    const proxy = await hookingProxy(port);
    const capabilities = offsite ? {...driver.capabilities, acceptInsecureCerts: true} : driver.capabilities;
    // A page that never finishes loading fails in 60 s, once (webdriverio would wait 120 s, four times).
    const session = await remote({hostname: '127.0.0.1', port: driver.port, capabilities, logLevel: 'error', connectionRetryTimeout: 60_000, connectionRetryCount: 0});
    await session.setWindowSize(width, height);
    const page = new WebDriverPage(session);
    return {
      base: `http://127.0.0.1:${proxy.address().port}`,
      async open(url) {
        await session.url('about:blank');
        await page.goto(url);
        await page.evaluate(() => localStorage.clear());
        await page.goto(url);
        return page;
      },
      async close() {
        await session.deleteSession().catch(() => {});
        proxy.close();
        driver.stop();
      },
    };
  }
  const puppeteer = (await import('puppeteer-core')).default;
  // Both leave localhost out of a proxy by default.
  const browser =
    engine === 'firefox'
      ? await puppeteer.launch({browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: {...firefoxPrefs, ...firefoxProxyPrefs(offsiteProxy)}, acceptInsecureCerts: !!offsite})
      : await puppeteer.launch({executablePath: findChrome(), headless: true, args: [...chromeFlags.filter((flag) => !flag.startsWith('--proxy-server=')), `--proxy-server=${offsiteProxy}`], acceptInsecureCerts: !!offsite});
  let context;
  return {
    base: `http://127.0.0.1:${port}`,
    async open(url) {
      await context?.close();
      context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({width, height});
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.errors = async () => errors;
      // Run before the page's own scripts, and not subject to its Content-Security-Policy.
      await page.evaluateOnNewDocument(VIOLATION_HOOK_CODE);
      page.press = (key) => page.keyboard.press(key);
      await page.goto(url, {waitUntil: 'load'});
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}
