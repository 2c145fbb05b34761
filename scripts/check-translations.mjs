#!/usr/bin/env node
// Fails when a UI string lacks a real translation in any target locale. lit-localize only
// warns about missing targets, so this re-extracts the messages from the sources into a
// scratch copy of locales/ and checks that every message has a non-empty target that
// differs from the English source (allowed exceptions are listed in locales/same-as-source.json)
// and keeps the source's placeholders, except the count of a plural form whose CLDR category
// holds a single number (Arabic `one`, `two`, `zero`; see scripts/plural-forms.mjs), which may
// say its number in words. French is also checked for its typography: a no-break space
// (U+00A0 or the narrow U+202F) before : ; ! ? » and after «, so the marks never wrap alone.
// Home-made: lit-localize has no strict mode, and no maintained XLIFF linter checks plural
// variants and placeholders against the sources.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {COUNT, mayOmitCount, scratchConfig} from './plural-forms.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'news-widgets-xlf-'));
const xliffDir = join(scratch, 'locales');
cpSync(config.interchange.xliffDir, xliffDir, {recursive: true});
const localizeConfig = scratchConfig(config, scratch, xliffDir, {outputDir: join(scratch, 'out'), localeCodesModule: join(scratch, 'out', 'codes.ts')});
const extract = spawnSync(join('node_modules', '.bin', 'lit-localize'), ['extract', '--config', localizeConfig], {encoding: 'utf8'});
if (extract.status !== 0) {
  console.error(extract.stdout, extract.stderr);
  process.exit(1);
}

const allowed = existsSync('locales/same-as-source.json') ? JSON.parse(readFileSync('locales/same-as-source.json', 'utf8')) : {};
const decode = (s) => s.replace(/\s+/g, ' ').trim();
const problems = [];
let messages = 0;
for (const locale of config.targetLocales) {
  const file = join(xliffDir, `${locale}.xlf`);
  const xml = readFileSync(file, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  messages = units.length;
  for (const [, id, body] of units) {
    const source = decode(body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '');
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    if (target === undefined || !decode(target)) problems.push(`${locale}: "${id}" has no translation`);
    else if (decode(target) === source && !(allowed[locale] ?? []).includes(id)) problems.push(`${locale}: "${id}" is still the English text`);
    else {
      // lit-localize only logs a placeholder missing from a target, then ships a broken string.
      const placeholders = (text) => [...text.matchAll(/<x id="([^"]+)"/g)].map((m) => m[1]).sort().join();
      const wordsSayCount = mayOmitCount(locale, id) && !COUNT.test(target) ? source.replace(COUNT, '') : source;
      if (placeholders(target) !== placeholders(wordsSayCount)) problems.push(`${locale}: "${id}" does not keep the source's placeholders`);
      if (locale === 'fr' && /[ \t\n][:;!?»]|«[ \t\n]/.test(target.replace(/<[^>]*>/g, 'x'))) {
        problems.push(`${locale}: "${id}" needs a no-break space (U+00A0 or U+202F) before : ; ! ? » and after «`);
      }
    }
  }
  if (readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8') !== xml) {
    problems.push(`${locale}: locales/${locale}.xlf is out of date with the sources; run \`npm run extract\` and translate`);
  }
}
rmSync(scratch, {recursive: true, force: true});
const files = readdirSync(config.interchange.xliffDir).filter((f) => f.endsWith('.xlf'));
if (files.length !== config.targetLocales.length) problems.push(`locales/ has ${files.length} XLIFF files for ${config.targetLocales.length} target locales`);

if (problems.length) {
  console.error(`Translations incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations complete: ${messages} messages in ${config.targetLocales.join(', ')}.`);
