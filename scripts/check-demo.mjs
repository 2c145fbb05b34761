#!/usr/bin/env node
// Opens the built demo's pages (home and article, in all five editions) in Chromium, Firefox
// and WebKit (NEWS_BROWSERS picks) and fails on a page error, an unrendered element,
// placeholder text, any axe violation (every rule, the whole page), a list that says it has no
// articles, a header bar taller than the room the page reserves for it (a layout shift), a list
// leaving 200 px or more of blank room below what it shows (on a 1440 px tall screen), a story
// headline on its picture, a skip
// link that is not the first Tab stop, stays hidden when focused or does not move focus to
// <main>, or a Subscribe that does not lead to the edition's feed address. Two pages are opened
// again under a strict Content-Security-Policy with Trusted Types required: any violation, or
// an element showing nothing, fails. Run after `npm run build`.
// Home-made glue: axe-core and the engines' drivers do the work (page-checks.mjs); no
// maintained runner drives Debian's Firefox and WebKitGTK (Playwright needs its own builds).
import {selectedEngines} from './browsers.mjs';
import {startServer} from './serve.mjs';
import {STRICT_CSP, openEngine, pageProblems, violations, waitForWidgets} from './page-checks.mjs';

const editions = ['en', 'ar', 'fr', 'es', 'zgh'];
const pages = editions.flatMap((lang) => [`/demo/?lang=${lang}`, `/demo/article.html?lang=${lang}&id=rabat-tram-extension`]);
// The built bundle under the README's strict policy with Trusted Types required (issue 16's
// recipe): the source is tested so in `npm test` (test/hostile/csp.test.ts), the bundle, whose
// lit-html the build patches for it, only here.
const strictPages = ['/demo/?lang=ar&csp', '/demo/article.html?lang=fr&id=rabat-tram-extension&csp'];

/**
 * Problems of a page served with STRICT_CSP: a policy violation, or an element that shows no
 * text (under Trusted Types, a template refused is an element that renders nothing).
 */
async function strictPolicyProblems(page) {
  const empty = await page.evaluate(() => {
    const text = (root) => [root.textContent, ...[...root.querySelectorAll('*')].filter((el) => el.shadowRoot).map((el) => text(el.shadowRoot))].join('');
    return [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('news-') && el.shadowRoot && !text(el.shadowRoot).trim()).map((el) => el.localName);
  });
  return [...(await violations(page)).map((v) => `policy violation: ${v}`), ...empty.map((name) => `<${name}> shows nothing`)];
}
const engines = selectedEngines();

/**
 * The header bar renders after the page has painted: taller than the room demo.css reserves
 * for it, it pushes the page down (a layout shift). Checked at a phone's, a tablet's and a
 * desktop's width (WebKit's window is at least 447 px wide), then the page is put back.
 */
async function headerBarFits(page) {
  const found = [];
  for (const width of [360, 700, 1280]) {
    await page.setViewport({width, height: 900});
    const {height, reserved, viewport} = await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => {
            const bar = document.querySelector('news-header-bar');
            resolve({height: bar.getBoundingClientRect().height, reserved: parseFloat(getComputedStyle(bar).minBlockSize), viewport: innerWidth});
          }),
        ),
    );
    if (!(height <= reserved + 0.5)) found.push(`the header bar is ${height} px tall at ${viewport} px, ${reserved} px reserved: the page shifts when it renders`);
  }
  await page.setViewport({width: 1280, height: 900});
  return found;
}

/**
 * What a tall screen (1440 px) shows: no list taking room it leaves blank (a list that
 * reserves a screen's height for itself, below a story where it is short), and the story's
 * headline clear of its picture.
 */
async function layoutGaps(page) {
  await page.setViewport({width: 1280, height: 1440});
  const {gap, clearance} = await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          // The room each list takes below what it shows.
          const blank = [...document.querySelectorAll('main :is(news-feed, news-related)')].map((list) => {
            const shown = [...list.shadowRoot.children].filter((child) => child.localName !== 'style');
            return list.getBoundingClientRect().bottom - Math.max(...shown.map((child) => child.getBoundingClientRect().bottom));
          });
          const picture = document.querySelector('.article img');
          const headline = document.querySelector('.article h1');
          resolve({
            gap: Math.max(0, ...blank),
            clearance: picture && headline.getBoundingClientRect().top - picture.getBoundingClientRect().bottom,
          });
        }),
      ),
  );
  await page.setViewport({width: 1280, height: 900});
  const found = [];
  if (!(gap < 200)) found.push(`a list leaves ${Math.round(gap)} px of blank page below it at 1440 px tall`);
  if (clearance !== null && !(clearance >= 8)) found.push(`the story's headline is ${clearance} px from its picture`);
  return found;
}

/**
 * Lists that tell the reader they have no articles: the demo's editions all have stories, so
 * a section saying there are none (one the edition's feed is too short to fill) should not show.
 */
async function emptyLists(page) {
  const names = await page.evaluate(() =>
    [...document.querySelectorAll('main :is(news-feed, news-related)')]
      // The empty message is the status part that is a status (an error's is an alert).
      .filter((list) => list.checkVisibility() && list.shadowRoot.querySelector('[part="status"][role="status"]'))
      .map((list) => `${list.localName}.${list.className}`),
  );
  return names.map((name) => `<${name}> says it has no articles`);
}

/**
 * The keyboard's way past the header: the first Tab focuses the skip link, which shows (not
 * clipped, on screen), and Enter on it moves focus to <main>. Run last on the page: it scrolls.
 */
async function skipLinkWorks(page) {
  await page.press('Tab');
  const shown = await page.evaluate(() => {
    const link = document.activeElement;
    if (!link?.matches('a.skip-link')) return `the first Tab focuses <${link?.localName}>, not the skip link`;
    const {width, height, top, left, right} = link.getBoundingClientRect();
    const visible = width > 20 && height > 10 && top >= 0 && left >= 0 && right <= innerWidth && getComputedStyle(link).clipPath === 'none';
    return visible ? '' : `the focused skip link does not show (${Math.round(width)}×${Math.round(height)} px at ${Math.round(left)}, ${Math.round(top)})`;
  });
  if (shown) return [shown];
  await page.press('Enter');
  const landed = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(document.activeElement?.localName))));
  return landed === 'main' ? [] : [`the skip link moves focus to <${landed}>, not <main>`];
}

/** Subscribe leads to the footer's #subscribe, whose address to copy is the edition's feed (it answers with a JSON Feed). */
async function subscribeLeadsToFeed(page) {
  const problem = await page.evaluate(async () => {
    const link = document.querySelector('a.subscribe');
    const target = link && document.getElementById(new URL(link.href).hash.slice(1));
    const address = target?.querySelector('.feed-url')?.value;
    if (!address) return `Subscribe leads to ${link?.getAttribute('href')}, where there is no feed address`;
    const lang = document.documentElement.lang.split('-')[0];
    if (!address.endsWith(`/feeds/${lang}.json`)) return `the ${lang} edition's feed address is ${address}`;
    const feed = await fetch(address).then((answer) => answer.json()).catch(() => undefined);
    return feed?.version?.startsWith('https://jsonfeed.org/') ? '' : `${address} is not a JSON Feed`;
  });
  return problem ? [problem] : [];
}

const server = await startServer(0, '127.0.0.1', '.', {csp: STRICT_CSP});
const problems = [];
try {
  for (const engine of engines) {
    const started = Date.now();
    const browser = await openEngine(engine, server.port);
    try {
      for (const path of pages) {
        const where = `${engine} ${path}`;
        // A fresh page each time: no remembered language or cached feed from the page before.
        const page = await browser.open(`${browser.base}${path}`);
        if (!(await waitForWidgets(page, {timeout: 10_000}))) problems.push(`${where}: still loading after 10 s`);
        const {problems: found} = await pageProblems(page);
        const errors = await page.errors();
        for (const problem of [...found, ...errors.map((e) => `page error: ${e}`)]) problems.push(`${where}: ${problem}`);
        const dir = await page.evaluate(() => document.documentElement.dir);
        if (path.includes('lang=ar') !== (dir === 'rtl')) problems.push(`${where}: page direction is ${dir}`);
        for (const problem of [...(await headerBarFits(page)), ...(await layoutGaps(page)), ...(await emptyLists(page)), ...(await subscribeLeadsToFeed(page)), ...(await skipLinkWorks(page))]) {
          problems.push(`${where}: ${problem}`);
        }
      }
      for (const path of strictPages) {
        const page = await browser.open(`${browser.base}${path}`);
        if (!(await waitForWidgets(page, {timeout: 10_000}))) problems.push(`${engine} ${path}: still loading after 10 s`);
        const errors = (await page.errors()).map((e) => `page error: ${e}`);
        for (const problem of [...errors, ...(await strictPolicyProblems(page))]) problems.push(`${engine} ${path}: ${problem}`);
      }
    } finally {
      await browser.close();
    }
    console.log(`${engine}: ${pages.length} pages and ${strictPages.length} under a strict policy in ${Math.round((Date.now() - started) / 1000)} s`);
  }
} finally {
  server.close();
}
if (problems.length) {
  console.error(`Demo problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Demo: ${pages.length} pages × ${engines.join(', ')} render every widget, show no placeholder text, pass axe (all rules), keep the header bar within its reserve at 3 widths, leave no blank room below a list, keep the story's headline clear of its picture, lead the first Tab to a visible skip link that focuses <main>, and lead Subscribe to the edition's feed address; ${strictPages.length} render every widget from the built bundle under a strict Content-Security-Policy with Trusted Types required, with no violation.`);
