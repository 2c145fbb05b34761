#!/usr/bin/env node
// Writes dist/locales/en.json, the English source catalog a site translates to give the
// widgets its own language without rebuilding them (README, "Adding a locale"): every
// message id with its English text, `${0}`, `${1}`… where the message's values go, in the
// shape `registerLocale` takes ({templates}), and a note per message for the translator.
// Read from the XLIFF files that `npm run localize` builds the bundled catalogs from, so the
// ids are the same. Home-made: lit-localize writes XLIFF or XLB only, no JSON.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const unescape = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name) => ({lt: '<', gt: '>', quot: '"', apos: "'", amp: '&'})[name]);

/** `{templates: {id: English}, notes: {id: note}}` from the XLIFF of the first target locale (every one holds every source). */
export function sourceCatalog() {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const xml = readFileSync(`${config.interchange.xliffDir}/${config.targetLocales[0]}.xlf`, 'utf8');
  const templates = {};
  const notes = {};
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    const values = [];
    const source = body.match(/<source>([\s\S]*?)<\/source>/)[1].replace(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g, (_, index, code) => {
      values.push(`\${${index}} is ${unescape(code)}`);
      return `\${${index}}`;
    });
    templates[id] = unescape(source);
    const note = body.match(/<note[^>]*>([\s\S]*?)<\/note>/)?.[1];
    const text = [note && unescape(note), ...values].filter(Boolean).join('; ');
    if (text) notes[id] = text;
  }
  return {templates, notes};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync('dist/locales', {recursive: true});
  writeFileSync('dist/locales/en.json', `${JSON.stringify(sourceCatalog(), null, 2)}\n`);
}
