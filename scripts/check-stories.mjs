#!/usr/bin/env node
// Opens every story of the built Storybook (storybook-static/) in Chromium, Firefox and WebKit
// (NEWS_BROWSERS picks), in English and in Arabic, and fails when a story throws, leaves an
// element unrendered, shows "undefined"/"NaN"/"[object …]", or has an axe violation, and fails
// when an element's docs page misses or misdescribes an attribute of custom-elements.json or
// edits a plain one as JSON. Run after `npm run build-storybook`. Prints each engine's time.
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
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs' && entry.id.startsWith('elements-'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const locales = ['en', 'ar'];
const engines = selectedEngines();
// Page-level rules do not apply to one component on its own.
const axeRules = {region: {enabled: false}, 'landmark-one-main': {enabled: false}, 'page-has-heading-one': {enabled: false}};

/**
 * The rows of the docs page's table of arguments, by category: {category: {name: {description,
 * control}}}, where control is what the reader edits (`text`, `number`, `boolean`, `choice`,
 * `json` for Storybook's JSON editor, or `none`).
 */
function readArgsTable() {
  const table = {};
  let category = '';
  for (const row of document.querySelectorAll('.docblock-argstable tbody tr')) {
    const cells = row.querySelectorAll(':scope > td');
    if (cells.length < 3) {
      category = row.textContent.toLowerCase().replace(/hide .*? items/g, '').trim(); // "attributes", "css shadow parts"…
      continue;
    }
    const name = cells[0].textContent.trim();
    const description = cells[1].querySelector('div, p')?.textContent.trim() ?? '';
    const editor = cells[cells.length - 1];
    const field = editor.querySelector('textarea, input, select');
    const control = /as JSON/.test(editor.textContent) || /Set object/.test(editor.textContent)
      ? 'json'
      : !field
        ? /^Set (string|number|boolean)/.test(editor.textContent.trim()) ? editor.textContent.trim().slice(4) : 'none'
        : field.type === 'number' || field.type === 'range' ? 'number' : field.type === 'checkbox' ? 'boolean' : field.type === 'radio' || field.tagName === 'SELECT' ? 'choice' : 'text';
    (table[category] ??= {})[name] = {description, control};
  }
  return table;
}

/**
 * What a designer misses on an element's docs page: an attribute of the manifest (the
 * README's tables) absent from the table's attributes or described otherwise (Storybook keys
 * rows by name, so a part named like an attribute replaced it), or a plain string, number or
 * boolean attribute edited as JSON.
 */
function docsProblems(tag, table) {
  const element = elements.find((declaration) => declaration.tagName === tag);
  const problems = [];
  const plain = (text) => (text ?? '').replace(/[`*]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  for (const attribute of element?.attributes ?? []) {
    const row = table.attributes?.[attribute.name];
    if (!row) {
      const elsewhere = Object.entries(table).find(([, rows]) => rows[attribute.name])?.[0];
      problems.push(`attribute ${attribute.name} is not among the attributes${elsewhere ? ` (shown under ${elsewhere}: "${table[elsewhere][attribute.name].description}")` : ''}`);
      continue;
    }
    const expected = plain(attribute.description).slice(0, 40);
    if (!plain(row.description).startsWith(expected)) problems.push(`attribute ${attribute.name} reads "${row.description}", not "${expected}…"`);
    const scalar = (attribute.type?.text ?? '').replace(/\s*\|\s*undefined/, '');
    if (['string', 'number', 'boolean'].includes(scalar) && row.control === 'json') problems.push(`attribute ${attribute.name} (${attribute.type.text}) is edited as JSON`);
  }
  return problems;
}

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
          // A story tagged failing-image shows a card whose picture fails, on purpose.
          const failingPictures = story.tags?.includes('failing-image');
          const {problems: found, lang} = await pageProblems(page, {root: '#storybook-root', axeRules, failingPictures});
          if (lang?.startsWith(locale)) followed++;
          for (const problem of found) problems.push(`${where}: ${problem}`);
          for (const error of (await page.errors()).slice(errorsBefore)) problems.push(`${where}: page error: ${error}`);
          checked++;
        }
      }
      // The docs pages' tables come from the manifest, not the engine: one engine reads them.
      if (engine === engines[0]) {
        for (const docs of docsPages) {
          const tag = docs.id.replace(/^elements-/, '').replace(/--docs$/, '');
          const page = await browser.open(`${browser.base}/iframe.html?id=${docs.id}&viewMode=docs`);
          await page.waitForFunction(() => document.querySelectorAll('.docblock-argstable tbody tr').length > 5, {timeout: 30_000}).catch(() => {});
          for (const problem of docsProblems(tag, await page.evaluate(readArgsTable))) problems.push(`docs of <${tag}>: ${problem}`);
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
