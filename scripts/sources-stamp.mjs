// A stamp of the sources the corpora's Node results come from (the library, the corpora and
// the Node tests): the Node run writes it with its results (test/node/corpus-run.ts), and the
// browser run (test/corpus/agreement.ts) compares its own feeds with them only when the stamp
// is today's (web-test-runner's /__sources-stamp), so results written before a change, or by
// another checkout sharing node_modules, never stand in for this one's.
// Home-made: a hash of a few folders, twenty lines with node:crypto; a hashing package
// (hasha, folder-hash) would add a dependency for the walk alone.
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

const ROOTS = ['src', 'test/corpus', 'test/node'];

/** A short hash of every file under ROOTS, by path and content, in a fixed order. */
export function sourcesStamp() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}\0`).update(readFileSync(path));
    }
  };
  ROOTS.forEach(walk);
  return hash.digest('hex').slice(0, 16);
}
