// Home-made: rollup-plugin-license does this and more (templates, dependency checks) with a
// dozen packages of its own; what the CDN build needs is one file of licence texts.
/**
 * Writes `THIRD-PARTY-NOTICES.txt` beside the CDN build: the licence of every package whose code
 * the bundle's chunks carry (Lit's packages, BSD-3-Clause, which asks that a redistribution in
 * binary form reproduce its notice in the materials that go with it: the minified files drop the
 * comments), each found from the modules Rollup put in a chunk, then the `extra` notices (data
 * the sources carry, as CLDR's). Site owners who copy `dist/news-widgets*.min.js` copy it with them.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const PACKAGE_DIR = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;
const RULE = `\n\n${'-'.repeat(72)}\n\n`;

/** @param {{fileName?: string, intro: string, extra?: {title: string, file: string}[]}} options */
export function thirdPartyNotices({fileName = 'THIRD-PARTY-NOTICES.txt', intro, extra = []}) {
  return {
    name: 'third-party-notices',
    generateBundle(_options, bundle) {
      const dirs = new Set();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const dir = PACKAGE_DIR.exec(id)?.[1];
          if (dir) dirs.add(dir);
        }
      }
      const packages = [...dirs].map((dir) => {
        const {name, version, license, homepage} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
        const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.(md|txt))?$/i.test(entry));
        if (!file) this.error(`${name} has no licence file to reproduce`);
        return {title: `${name} ${version} (${license})${homepage ? `, ${homepage}` : ''}`, text: readFileSync(join(dir, file), 'utf8').trim()};
      });
      packages.sort((a, b) => (a.title < b.title ? -1 : 1));
      const sections = [...packages, ...extra.map(({title, file}) => ({title, text: readFileSync(file, 'utf8').trim()}))];
      this.emitFile({type: 'asset', fileName, source: `${intro}${RULE}${sections.map(({title, text}) => `${title}\n\n${text}`).join(RULE)}\n`});
    },
  };
}
