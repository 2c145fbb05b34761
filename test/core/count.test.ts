import {expect} from '@open-wc/testing';
// The names carried for Tamazight load with its catalog or the module API; these tests format with them directly.
import '../../src/core/carry-zgh.js';
import {formatCount, plural, pluralCategory, readingMinutes, type PluralForms} from '../../src/core/count.js';

const forms: PluralForms = {
  zero: (n) => `zero:${n}`,
  one: (n) => `one:${n}`,
  two: (n) => `two:${n}`,
  few: (n) => `few:${n}`,
  many: (n) => `many:${n}`,
  other: (n) => `other:${n}`,
};

describe('count', () => {
  it('gives Arabic all six plural categories', () => {
    const table: [number, string][] = [
      [0, 'zero'],
      [1, 'one'],
      [2, 'two'],
      [3, 'few'],
      [10, 'few'],
      [11, 'many'],
      [99, 'many'],
      [100, 'other'],
      [102, 'other'],
    ];
    for (const [count, category] of table) expect(pluralCategory(count, 'ar'), String(count)).to.equal(category);
  });

  it('uses the locale’s own categories elsewhere', () => {
    expect([0, 1, 2, 5].map((n) => pluralCategory(n, 'en'))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect([0, 1, 2, 1_000_000].map((n) => pluralCategory(n, 'fr'))).to.deep.equal(['one', 'one', 'other', 'many']);
  });

  it('picks the form of the category and writes the count for the regional tag', () => {
    expect(plural(3, 'ar-MA', forms)).to.equal('few:3');
    expect(plural(3, 'ar-EG', forms)).to.equal('few:3');
    expect(plural(3, 'ar-EG-u-nu-arab', forms)).to.equal('few:٣');
    expect(plural(11, 'ar-u-nu-arab', forms)).to.equal('many:١١');
    expect(plural(1234, 'fr', forms)).to.equal('other:1\u202f234');
    expect(plural(2, 'en', forms)).to.equal('other:2');
  });

  it('falls back to `other` when a form is missing', () => {
    expect(plural(2, 'ar', {other: (n) => `other:${n}`})).to.equal('other:2');
  });

  it('writes digits for the regional tag', () => {
    expect(formatCount(1234, 'ar-MA')).to.equal('1.234');
    expect(formatCount(1234, 'ar')).to.equal('1,234');
    expect(formatCount(1234, 'ar-EG')).to.equal('1,234');
    expect(formatCount(1234, 'ar-EG-u-nu-arab')).to.equal('١٬٢٣٤');
    expect(formatCount(1234, 'en')).to.equal('1,234');
  });

  it('counts reading minutes from words in any script, at least one, at each language’s speed (IReST)', () => {
    expect(readingMinutes('word '.repeat(600))).to.equal(3); // 600 / 228
    expect(readingMinutes('word '.repeat(600), 'en-GB')).to.equal(3);
    expect(readingMinutes('mot '.repeat(1000), 'fr')).to.equal(5); // 1000 / 195
    expect(readingMinutes('palabra '.repeat(1000), 'es')).to.equal(5); // 1000 / 218
    expect(readingMinutes('word '.repeat(1000), 'en')).to.equal(4); // 1000 / 228
    expect(readingMinutes('كلمة '.repeat(1000), 'ar')).to.equal(7); // 1000 / 138
    expect(readingMinutes('كلمة '.repeat(1000))).to.equal(7); // Arabic script without a language
    expect(readingMinutes('ⴰⵡⴰⵍ '.repeat(1000), 'zgh')).to.equal(5); // 1000 / 184, IReST's mean
    // Undetermined (`und`) is no language, in every engine (V8 reads its subtag as none, Firefox as `und`).
    expect(readingMinutes('كلمة '.repeat(1000), 'und')).to.equal(7);
    expect(readingMinutes('word '.repeat(1000), 'und-Latn')).to.equal(4);
    expect(readingMinutes('one, two; three.')).to.equal(1);
    expect(readingMinutes('   ')).to.equal(1);
    // With the whole body's word count from the parser (NewsItem.words), too: a short post is never "0 min read".
    expect(readingMinutes('Short post.', 'en', 2)).to.equal(1);
    expect(readingMinutes('word', 'en', 1000)).to.equal(4);
  });
});
