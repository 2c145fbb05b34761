#!/usr/bin/env node
// Builds the locale modules (src/generated/) with `lit-localize build`. Home-made because
// lit-localize refuses a translation that leaves out a placeholder of its source, and Arabic
// writes some counts as words ("دقيقتان", two minutes, not "2 دقيقتان"): for the forms
// scripts/plural-forms.mjs allows, a scratch copy of the XLIFF gets the count back, marked,
// and the generated module loses it again. Every other message goes through unchanged.
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {COUNT, mayOmitCount, scratchConfig} from './plural-forms.mjs';

// U+2063 (invisible separator) around the count marks what the build must take out again.
const MARK = '\u2063';
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'news-widgets-localize-'));
const xliffDir = join(scratch, 'locales');
cpSync(config.interchange.xliffDir, xliffDir, {recursive: true});
let restored = 0;
for (const locale of config.targetLocales) {
  const file = join(xliffDir, `${locale}.xlf`);
  const xml = readFileSync(file, 'utf8').replace(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g, (unit, id, body) => {
    const count = body.match(/<source>[\s\S]*?<\/source>/)?.[0].match(COUNT)?.[0];
    if (!count || !mayOmitCount(locale, id)) return unit;
    return unit.replace(/<target>([\s\S]*?)<\/target>/, (target, text) => {
      if (COUNT.test(text)) return target;
      restored++;
      return `<target>${text}${MARK}${count}${MARK}</target>`;
    });
  });
  writeFileSync(file, xml);
}
const localizeConfig = scratchConfig(config, scratch, xliffDir, {outputDir: resolve(config.output.outputDir), localeCodesModule: resolve(config.output.localeCodesModule)});
const build = spawnSync(join('node_modules', '.bin', 'lit-localize'), ['build', '--config', localizeConfig], {encoding: 'utf8'});
rmSync(scratch, {recursive: true, force: true});
if (build.error) {
  console.error(`lit-localize could not start (${build.error.message}): run npm ci first.`);
  process.exit(1);
}
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(build.status ?? 1);
}
const outputDir = resolve(config.output.outputDir);
for (const name of readdirSync(outputDir)) {
  const file = join(outputDir, name);
  const code = readFileSync(file, 'utf8');
  const cleaned = code.replace(new RegExp(`${MARK}\\$\\{\\d+\\}${MARK}`, 'g'), '');
  if (cleaned !== code) writeFileSync(file, cleaned);
}
console.log(`Locale modules built for ${config.targetLocales.join(', ')}; ${restored} plural forms say their number in words.`);
