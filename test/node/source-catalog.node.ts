/**
 * The English source catalog a site translates for registerLocale (dist/locales/en.json,
 * written by scripts/source-catalog.mjs from the XLIFF files): it names every message the
 * bundled catalogs hold, each with the values its translations use, and `registerLocale`'s
 * check reads it as the bundled catalogs read.
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {sourceCatalog} from '../../scripts/source-catalog.mjs';
import {templates as french} from '../../src/generated/locales/fr.js';
import {checkedCatalog} from '../../src/core/registered-catalog.js';

const {templates, notes} = sourceCatalog();
/** The value numbers a template uses: `${n}` in text, or a str template's values. */
const valuesOf = (template: unknown) =>
  typeof template === 'string' ? [...template.matchAll(/\$\{(\d+)\}/g)].map((match) => Number(match[1])) : [...(template as {values: number[]}).values];

test('en.json names every message of the bundled catalogs, with the values their translations use', () => {
  assert.deepEqual(Object.keys(templates).sort(), Object.keys(french).sort());
  for (const [id, translation] of Object.entries(french)) {
    // A form whose plural category holds one number may leave out the count; all others keep every value.
    const english = new Set(valuesOf(templates[id]));
    for (const value of valuesOf(translation)) assert.ok(english.has(value), `${id}: the French uses \${${value}}, the English text has no such value`);
  }
  assert.ok(notes['feed.error.http'].includes('${0}'), 'a note says what each value is');
});

test('en.json says what each message is for: every msg() has a desc, as the README promises translators', () => {
  assert.deepEqual(Object.keys(templates).filter((id) => !notes[id] || /^\$\{\d+\} is /.test(notes[id])), []);
});

test('registerLocale reads en.json as a catalog: text stays text, ${n} becomes the value it names', () => {
  const {templates: checked} = checkedCatalog('xx', {templates});
  assert.equal(checked['feed.heading'], 'Latest articles');
  assert.deepEqual(checked['feed.error.http'], {strTag: true, strings: ['The news feed is unavailable right now (error ', ').'], values: [0]});
});
