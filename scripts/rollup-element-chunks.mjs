// Rollup's `manualChunks` for the CDN build. By default Rollup makes a chunk for every set of
// entry points sharing modules, and every dynamic import is one (each element, and each
// function of the loader's API): a one-feed page then loads 17 small files, and gzip
// compresses each apart (the same files gzipped as one are 20% smaller). This groups the
// modules that elements import statically as pages use them:
// - the loader's own modules stay in the loader (`dist/news-widgets.min.js`);
// - an element's chunk holds the element and every module only it imports (an element that
//   renders another one, as <news-feed> renders cards, imports that element's chunk);
// - modules several elements import go to one chunk per such group: `news-widgets-shared-*`
//   for what every element uses (Lit, the base class), `news-widgets-shared-feed-related-*`
//   for what only those two use, and so on.
// What is imported dynamically (locale catalogs, the RSS/Atom parser, the weather code, the
// network code) keeps Rollup's own chunking, so a page that never needs it never loads it.
import {resolve, sep} from 'node:path';

/** @param {{entry: string}} options `entry`: the loader's module (tsc's output). */
export function elementChunks({entry}) {
  const entryId = resolve(entry);
  const elementRoot = new RegExp(`\\${sep}components\\${sep}(news-[\\w-]+)\\${sep}\\1\\.js$`);
  let owners;
  let elements;
  return (id, {getModuleInfo}) => {
    if (!owners) {
      const roots = [...new Set(getModuleInfo(entryId).dynamicallyImportedIds.filter((d) => elementRoot.test(d)))];
      owners = ownersOf(entryId, roots, elementRoot, getModuleInfo);
      elements = roots.length;
    }
    const owner = owners.get(id);
    if (!owner) return undefined;
    if (owner === 'loader') return 'news-widgets.min';
    if (owner.size === 1) return [...owner][0];
    return owner.size === elements ? 'shared' : `shared-${[...owner].sort().map((tag) => tag.replace(/^news-/, '')).join('-')}`;
  };
}

/** For each module imported statically: 'loader' if the loader imports it, else the set of elements that do. */
function ownersOf(entryId, roots, elementRoot, getModuleInfo) {
  const owners = new Map();
  /** Visits `id` and the modules it imports statically, as long as `visit` returns true. */
  const walk = (id, visit) => {
    const seen = new Set();
    const next = [id];
    while (next.length) {
      const current = next.pop();
      if (seen.has(current) || !visit(current)) continue;
      seen.add(current);
      next.push(...getModuleInfo(current).importedIds);
    }
  };
  walk(entryId, (id) => (owners.set(id, 'loader'), true));
  for (const root of roots) {
    const tag = root.match(elementRoot)[1];
    walk(root, (id) => {
      // Another element is a chunk of its own, and the loader's modules are loaded already.
      if ((id !== root && elementRoot.test(id)) || owners.get(id) === 'loader') return false;
      owners.set(id, (owners.get(id) ?? new Set()).add(tag));
      return true;
    });
  }
  return owners;
}
