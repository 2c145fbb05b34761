// Finds the three browser engines the tests run in, installs Debian's packages for the missing
// ones (as root on Debian/Ubuntu), and starts WebKit's WebDriver server.
//
// - chromium: chrome-launcher's finder (the one Lighthouse uses): CHROME_PATH, then the
//             Chrome and Chromium installations it knows on each platform (on Linux its
//             desktop entries and google-chrome(-stable), chromium(-browser) on the PATH).
// - firefox:  FIREFOX_PATH, then firefox-esr, firefox on the PATH (driven over WebDriver BiDi).
// - webkit:   WEBKIT_WEBDRIVER_PATH or WebKitWebDriver on the PATH, and WEBKIT_BROWSER_PATH or
//             WebKitGTK's MiniBrowser; without a DISPLAY it runs under Xvfb.
// NEWS_BROWSERS (comma-separated, e.g. `chromium` or `firefox,webkit`) picks the engines.
// Home-made for Firefox and WebKit only: chrome-launcher finds Chrome and Chromium alone, and
// @puppeteer/browsers finds only the builds it downloads (nothing may download a browser
// here); no maintained tool finds Debian's Firefox ESR and WebKitGTK, installs their packages,
// and starts WebKitWebDriver under Xvfb.
import {spawn, spawnSync} from 'node:child_process';
import {accessSync, constants, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {getChromePath} from 'chrome-launcher';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * Where every request off localhost goes: a proxy that is not there (the discard port, closed),
 * so no page a script opens reaches the outside network, even on a machine that has it (a
 * fixture's image on example.com gets a failed load at once). Every engine leaves loopback
 * addresses out of a proxy (WebKit through `no_proxy`: 127.0.0.0/8, localhost and [::1], which
 * it reads only in brackets).
 */
export const OFFSITE_PROXY = 'http://127.0.0.1:9';

/** Firefox preferences that send every request off localhost, HTTPS included, to the proxy at `url`. */
export function firefoxProxyPrefs(url = OFFSITE_PROXY) {
  const {hostname, port} = new URL(url);
  return {'network.proxy.type': 1, 'network.proxy.http': hostname, 'network.proxy.http_port': Number(port), 'network.proxy.ssl': hostname, 'network.proxy.ssl_port': Number(port)};
}

export const chromeFlags = [
  `--proxy-server=${OFFSITE_PROXY}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  // Test pages run side by side: keep background ones from being throttled.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

/** Firefox preferences for tests: no update checks, telemetry or other calls to the outside. */
export const firefoxPrefs = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.update.enabled': false,
};

/** What to install for each engine, on Debian/Ubuntu and elsewhere. */
const PACKAGES = {
  chromium: {debian: ['chromium'], elsewhere: 'Chromium or Google Chrome (or set CHROME_PATH)'},
  firefox: {debian: ['firefox-esr'], elsewhere: 'Firefox (or set FIREFOX_PATH)'},
  webkit: {
    debian: ['webkit2gtk-driver', 'xvfb'],
    elsewhere: 'WebKitGTK’s WebKitWebDriver and MiniBrowser (Debian/Ubuntu: webkit2gtk-driver; set WEBKIT_WEBDRIVER_PATH and WEBKIT_BROWSER_PATH) and Xvfb',
  },
};

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(names) {
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && executable(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

/** `path` when it names an executable (a variable's value), else undefined. */
const runnable = (path) => (path && executable(path) ? path : undefined);

/** The path of a Chromium or Chrome to use (chrome-launcher's choice), or undefined. */
export function findChrome() {
  try {
    return getChromePath();
  } catch {
    return undefined; // none installed, or CHROME_PATH names nothing runnable
  }
}

/** The path of a Firefox to use, or undefined. */
export const findFirefox = () => runnable(process.env.FIREFOX_PATH) ?? onPath(['firefox-esr', 'firefox']);

/** WebKitGTK's MiniBrowser (WebKitWebDriver drives it), or undefined. */
function findMiniBrowser() {
  const env = runnable(process.env.WEBKIT_BROWSER_PATH);
  if (env) return env;
  for (const lib of ['/usr/lib', '/usr/libexec', '/usr/lib64']) {
    let dirs;
    try {
      dirs = readdirSync(lib, {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch {
      continue;
    }
    // /usr/lib/<triplet>/webkit2gtk-4.1/MiniBrowser on Debian, /usr/libexec/webkit2gtk-4.x/ elsewhere.
    const candidates = dirs.flatMap((d) => (d.startsWith('webkit') ? [join(lib, d)] : [join(lib, d, 'webkit2gtk-4.1'), join(lib, d, 'webkit2gtk-4.0'), join(lib, d, 'webkitgtk-6.0')]));
    for (const dir of candidates) if (executable(join(dir, 'MiniBrowser'))) return join(dir, 'MiniBrowser');
  }
  return undefined;
}

/** {driver, browser} for WebKit, or undefined when either is missing (or Xvfb is, without a DISPLAY). */
export function findWebKit() {
  const driver = runnable(process.env.WEBKIT_WEBDRIVER_PATH) ?? onPath(['WebKitWebDriver']);
  const browser = findMiniBrowser();
  const xvfb = process.env.DISPLAY ? 'none needed' : onPath(['Xvfb']);
  return driver && browser && xvfb ? {driver, browser} : undefined;
}

const FINDERS = {chromium: findChrome, firefox: findFirefox, webkit: findWebKit};

/** The engines NEWS_BROWSERS asks for (all three when unset); throws on an unknown name. */
export function selectedEngines(value = process.env.NEWS_BROWSERS) {
  if (!value) return [...ENGINES];
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`NEWS_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return names;
}

function debianLike() {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Makes sure every engine in `engines` is installed: as root on Debian/Ubuntu, installs the
 * missing packages with apt-get. Returns the engines still missing, each with what to install.
 */
export function ensureBrowsers(engines) {
  let missing = engines.filter((engine) => !FINDERS[engine]());
  if (missing.length && process.platform === 'linux' && debianLike() && process.getuid?.() === 0) {
    const packages = missing.flatMap((engine) => PACKAGES[engine].debian);
    console.log(`Installing Debian packages for ${missing.join(', ')}: ${packages.join(' ')}…`);
    const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
    const apt = (args) => spawnSync('apt-get', args, {stdio: 'inherit', env}).status === 0;
    if (apt(['update', '-qq'])) apt(['install', '-y', '-qq', ...packages]);
    missing = missing.filter((engine) => !FINDERS[engine]());
  }
  const debian = debianLike();
  return missing.map((engine) => ({
    engine,
    install: debian ? `sudo apt-get install ${PACKAGES[engine].debian.join(' ')}` : PACKAGES[engine].elsewhere,
  }));
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeout = 15_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${timeout / 1000} s`);
}

/**
 * Starts WebKitWebDriver (under a fresh Xvfb display when there is no DISPLAY) and returns
 * {port, capabilities, stop}. The processes also end when this Node process exits. `proxy`
 * (an http:// URL) sends every request off localhost through that proxy: WebKitGTK takes it
 * from the environment (http_proxy, https_proxy, no_proxy), as GLib does, and applied the
 * WebDriver `proxy` capability to plain HTTP only when tried. `gtkSettings` (e.g.
 * `{'gtk-enable-animations': false}`) are GTK settings for the browser, which WebKitGTK follows
 * where a reader's desktop sets them (no animations: `prefers-reduced-motion: reduce`): GTK
 * reads them from `settings.ini` under XDG_CONFIG_HOME, here a temporary folder, on a display
 * of the browser's own (Xvfb), where no desktop overrides them. `timeZone` (an IANA name) is
 * the browser's time zone, given as `TZ`.
 */
export async function startWebKitDriver({proxy, gtkSettings, timeZone} = {}) {
  const webkit = findWebKit();
  if (!webkit) throw new Error(`WebKit not found: install ${PACKAGES.webkit.elsewhere}`);
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill();
  };
  process.once('exit', stop);
  const env = {...process.env};
  if (proxy) Object.assign(env, {http_proxy: proxy, https_proxy: proxy, no_proxy: '127.0.0.0/8,localhost,[::1]'});
  if (timeZone) env.TZ = timeZone;
  if (gtkSettings) {
    const config = mkdtempSync(join(tmpdir(), 'news-webkit-gtk-'));
    const lines = Object.entries(gtkSettings).map(([name, value]) => `${name}=${value}`);
    // GTK 3 (webkit2gtk-4.1's MiniBrowser) and GTK 4 (webkitgtk-6.0's) each read their own.
    for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
      mkdirSync(join(config, gtk));
      writeFileSync(join(config, gtk, 'settings.ini'), ['[Settings]', ...lines, ''].join('\n'));
    }
    env.XDG_CONFIG_HOME = config;
    process.once('exit', () => rmSync(config, {recursive: true, force: true}));
    // A desktop's own settings (XSETTINGS on X, the settings portal on Wayland) win over
    // settings.ini: this browser gets a display of its own.
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
  }
  if (!env.DISPLAY) {
    // -displayfd lets Xvfb pick a free display number and tell us which.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {stdio: ['ignore', 'ignore', 'ignore', 'pipe']});
    children.push(xvfb);
    env.DISPLAY = await new Promise((resolve, reject) => {
      let out = '';
      xvfb.stdio[3].on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(`:${out.trim()}`);
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    });
  }
  const port = await freePort();
  const driver = spawn(webkit.driver, [`--port=${port}`], {env, stdio: 'ignore'});
  children.push(driver);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
  return {
    port,
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {binary: webkit.browser, args: ['--automation']},
      // WebKitWebDriver speaks classic WebDriver only: webdriverio must not ask for BiDi
      // (webSocketUrl), which WebKitWebDriver refuses to match.
      'wdio:enforceWebDriverClassic': true,
    },
    stop,
  };
}
