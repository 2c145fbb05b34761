#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in headless Chromium, in
// English and in Arabic, and fails when a story throws, leaves an element unrendered, shows
// "undefined"/"NaN"/"[object …]", or has an axe violation. Run after `npm run build-storybook`.
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {chromeFlags, findChrome} from './chrome.mjs';
import {startServer} from './serve.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const locales = ['en', 'ar'];

const server = await startServer(0, '127.0.0.1', 'storybook-static');
const {port} = server.address();
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags});
const problems = [];
let checked = 0;
let followed = 0; // renders whose wrapper took the toolbar's locale (stories may pin their own)
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1100, height: 900});
  let errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const story of stories) {
    for (const locale of locales) {
      errors = [];
      const where = `${story.id} [${locale}]`;
      await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`, {waitUntil: 'load'});
      // Settled: no element still loading (the Loading story stays busy on purpose).
      await page
        .waitForFunction(
          (id) =>
            [...document.querySelectorAll('#storybook-root *')].some((el) => el.localName.startsWith('news-')) &&
            [...document.querySelectorAll('#storybook-root *')]
              .filter((el) => el.localName.startsWith('news-'))
              .every((el) => el.shadowRoot?.childNodes.length && (id.endsWith('--loading') || !el.shadowRoot.querySelector('[aria-busy="true"]'))),
          {timeout: 5000},
          story.id,
        )
        .catch(() => problems.push(`${where}: still loading after 5 s`));
      const report = await page.evaluate(() => {
        const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('news-'));
        const text = (node) =>
          [...node.childNodes].map((child) => (child.nodeType === 3 ? child.data : child.shadowRoot ? text(child.shadowRoot) + text(child) : text(child))).join(' ');
        return {
          undefinedTags: elements.filter((el) => !customElements.get(el.localName)).map((el) => el.localName),
          emptyCount: elements.filter((el) => !el.shadowRoot).length,
          text: text(document.querySelector('#storybook-root')),
          count: elements.length,
          lang: document.querySelector('#storybook-root [lang]')?.getAttribute('lang'),
        };
      });
      if (report.lang?.startsWith(locale)) followed++;
      if (!report.count) problems.push(`${where}: no news-* element rendered`);
      if (report.undefinedTags.length) problems.push(`${where}: not defined: ${report.undefinedTags.join(', ')}`);
      if (report.emptyCount) problems.push(`${where}: ${report.emptyCount} element(s) without a shadow root`);
      const junk = report.text.match(/\b(undefined|NaN|Invalid Date)\b|\[object \w+\]/);
      if (junk) problems.push(`${where}: shows "${junk[0]}"`);
      await page.addScriptTag({path: axePath});
      const violations = await page.evaluate(async () => {
        // Storybook's a11y addon may be running axe in this page too: wait for it.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run('#storybook-root', {
              // Page-level rules do not apply to one component on its own.
              rules: {region: {enabled: false}, 'landmark-one-main': {enabled: false}, 'page-has-heading-one': {enabled: false}},
            });
            return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
          } catch (error) {
            if (attempt > 50 || !String(error).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      for (const violation of violations) problems.push(`${where}: axe ${violation}`);
      for (const error of errors) problems.push(`${where}: page error: ${error}`);
      checked++;
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Checked ${stories.length} stories × ${locales.length} locales = ${checked} renders; ${followed} followed the toolbar locale.`);
if (followed < checked * 0.75) problems.push(`only ${followed} of ${checked} renders took the toolbar locale: is the locale decorator working?`);
if (problems.length) {
  console.error(`Story problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Every story renders, shows no placeholder text and passes axe, in en and ar.');
