// The one rule both scripts/localize.mjs and scripts/check-translations.mjs apply: a plural form
// may leave out the count where the word itself says the number. That is so only for a CLDR
// category that holds a single whole number in the language (Arabic `zero` = 0, `one` = 1,
// `two` = 2: "دقيقة واحدة", "دقيقتان"); French `one` holds 0 and 1, so it must keep `{n}`.
// Counted messages are the ones whose id ends in a category (`card.reading-time.two`).
// Home-made: a rule of this project's translations (CLDR's plural categories come from
// Intl.PluralRules); no tool knows which forms may say their number in words.
import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

/** The placeholder of the count in the XLIFF, as `msg(str\`${n} …\`)` extracts it. */
export const COUNT = /<x id="(\d+)" equiv-text="\$\{n\}"\/>/;

// Languages engines have no plural rules for take the library's choice (see src/core/zgh.ts).
const PLURAL_LOCALE = {zgh: 'en'};

/** True when the form `id` of `locale` may be written without its count. */
export function mayOmitCount(locale, id) {
  const category = /\.(zero|one|two)$/.exec(id)?.[1];
  if (!category) return false;
  const rules = new Intl.PluralRules(PLURAL_LOCALE[locale] ?? locale);
  let numbers = 0;
  for (let n = 0; n <= 1000 && numbers < 2; n++) if (rules.select(n) === category) numbers++;
  return numbers === 1;
}

/**
 * Writes a lit-localize config into `scratch` that reads the XLIFF from `xliffDir` (a scratch
 * copy) and the sources from the project, with `output` overriding where modules go; returns its
 * path. Both localize.mjs and check-translations.mjs run lit-localize against such a copy.
 */
export function scratchConfig(config, scratch, xliffDir, output) {
  const file = join(scratch, 'lit-localize.json');
  writeFileSync(
    file,
    JSON.stringify({
      ...config,
      inputFiles: config.inputFiles.map((glob) => resolve(glob)),
      output: {...config.output, ...output},
      interchange: {...config.interchange, xliffDir},
    }),
  );
  return file;
}
