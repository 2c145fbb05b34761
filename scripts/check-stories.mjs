#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in Chromium, Firefox and WebKit
// (NEWS_BROWSERS picks), in English and in Arabic, and fails when a story throws, leaves an
// element unrendered, shows "undefined"/"NaN"/"[object …]", or has an axe violation. Run after
// `npm run build-storybook`. Prints each engine's time.
// Home-made glue: Storybook's test runner needs Playwright's own browsers, which cannot be
// downloaded here; this drives the machine's browsers through page-checks.mjs instead. Each
// engine opens Storybook's preview once per locale and switches stories the way Storybook's
// own UI does (its `setCurrentStory` event), so a story costs a render, not a page load.
import {readFileSync} from 'node:fs';
import {selectedEngines} from './browsers.mjs';
import {startServer} from './serve.mjs';
import {openEngine, pageProblems, waitForWidgets} from './page-checks.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const locales = ['en', 'ar'];
const engines = selectedEngines();
// Page-level rules do not apply to one component on its own.
const axeRules = {region: {enabled: false}, 'landmark-one-main': {enabled: false}, 'page-has-heading-one': {enabled: false}};

/**
 * Shows story `id` in the open preview and resolves once Storybook has finished with it (its
 * a11y addon's run included: switching earlier makes Storybook reload the page) with
 * 'rendered', or what Storybook reported instead (an error, a missing story, no end in 15 s).
 */
function showStory(id) {
  return new Promise((resolve) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    let error;
    const listeners = {
      storyFinished: ({storyId}) => storyId === id && finish(error ?? 'rendered'),
      storyErrored: (e) => (error = `story errored: ${e?.title ?? ''} ${e?.description ?? ''}`),
      storyThrewException: (e) => (error = `story threw: ${e?.message ?? e}`),
      storyMissing: () => finish('story missing'),
    };
    const timer = setTimeout(() => finish(error ?? 'not finished after 15 s'), 15_000);
    function finish(result) {
      clearTimeout(timer);
      for (const [name, listener] of Object.entries(listeners)) channel.off(name, listener);
      resolve(result);
    }
    for (const [name, listener] of Object.entries(listeners)) channel.on(name, listener);
    channel.emit('setCurrentStory', {storyId: id, viewMode: 'story'});
  });
}

const server = await startServer(0, '127.0.0.1', 'storybook-static');
const problems = [];
const timings = [];
let checked = 0;
let followed = 0; // renders whose wrapper took the toolbar's locale (stories may pin their own)
try {
  for (const engine of engines) {
    const started = Date.now();
    const browser = await openEngine(engine, server.port, {width: 1100, height: 900});
    try {
      for (const locale of locales) {
        // The preview opens on the last story, so the first switch is a real one. The a11y
        // addon's own axe run is switched off (a11y.manual): pageProblems runs axe itself.
        const page = await browser.open(`${browser.base}/iframe.html?id=${stories.at(-1).id}&viewMode=story&globals=locale:${locale};a11y.manual:!true`);
        // Started: the preview has finished with its first story.
        const previewUp = () => Boolean(window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished');
        await page.waitForFunction(previewUp, {timeout: 30_000}).catch(() => {
          throw new Error(`${engine}: Storybook's preview did not start within 30 s`);
        });
        for (const story of stories) {
          const where = `${engine} ${story.id} [${locale}]`;
          const errorsBefore = (await page.errors()).length;
          const shown = await page.evaluate(showStory, story.id);
          if (shown !== 'rendered') problems.push(`${where}: ${shown}`);
          // Settled: every element rendered and done loading (the Loading story stays busy on purpose).
          if (!(await waitForWidgets(page, {root: '#storybook-root', allowBusy: story.id.endsWith('--loading')}))) {
            problems.push(`${where}: still loading after 5 s`);
          }
          const {problems: found, lang} = await pageProblems(page, {root: '#storybook-root', axeRules});
          if (lang?.startsWith(locale)) followed++;
          for (const problem of found) problems.push(`${where}: ${problem}`);
          for (const error of (await page.errors()).slice(errorsBefore)) problems.push(`${where}: page error: ${error}`);
          checked++;
        }
      }
    } finally {
      await browser.close();
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    timings.push(`${engine} ${seconds} s`);
    console.log(`${engine}: ${stories.length} stories × ${locales.length} locales in ${seconds} s`);
  }
} finally {
  server.close();
}
console.log(`Checked ${stories.length} stories × ${locales.length} locales × ${engines.length} engines = ${checked} renders; ${followed} followed the toolbar locale.`);
if (followed < checked * 0.75) problems.push(`only ${followed} of ${checked} renders took the toolbar locale: is the locale decorator working?`);
if (problems.length) {
  console.error(`Story problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Every story renders, shows no placeholder text and passes axe, in en and ar, in ${engines.join(', ')} (${timings.join(', ')}).`);
