// Rollup's `manualChunks` for the CDN build. By default Rollup makes a chunk for every set of
// entry points sharing modules, and every dynamic import is one (each element, and each
// function of the loader's API): a one-feed page then loads a dozen small files, and gzip
// compresses each apart (the same files gzipped as one are 20% smaller). This groups the
// modules that elements import statically as pages use them:
// - the loader's own modules stay in the loader (`dist/news-widgets.min.js`);
// - an element's chunk holds the element and every module only it imports (an element that
//   renders another one, as <news-feed> renders cards, imports that element's chunk);
// - a module several elements import goes with one of them when each of the others loads that
//   one anyway (what <news-feed> and <news-related> share with the card they both render
//   rides in the card's chunk);
// - what is left is shared: a small group, or one that all elements but one use (the dates
//   and counts every element but the switcher formats), joins the chunk every element loads
//   (`news-widgets-shared-*`, with Lit and the base class), where one more request would cost
//   more than its bytes; a large group gets a chunk of its own, named after the elements
//   that use it (`news-widgets-shared-feed-related-*`: the feed controller, cache and parser).
// `carry` names modules an element imports dynamically but always needs at once: they go
// where they would if the element imported them statically (the network code comes with
// <news-feed src>, whose request the loader starts while the element loads).
// `hydration` names the module the loader imports before it defines a server-rendered
// element: what it shares with elements (Lit's directive helpers) joins the shared chunk, so
// loading it evaluates no element's chunk (an element defined before hydration hooks into
// Lit would render over the server's nodes).
// The rest of what is imported dynamically (locale catalogs, the RSS/Atom parser, Hijri
// dates) keeps Rollup's own chunking, so a page that never needs it never loads it.
// Home-made: `manualChunks` is Rollup's own hook for this; the grouping is this library's.
import {resolve, sep} from 'node:path';

/** A group of shared modules smaller than this (characters of tsc's output, about 2 kB minified) joins the chunk every element loads. */
const SMALL_GROUP = 8000;

/**
 * @param {{entry: string, carry?: Record<string, string[]>, hydration?: string}} options
 *   `entry`: the loader's module (tsc's output); `carry`: module (tsc's output) → the tags
 *   that always load it; `hydration`: the hydration module (tsc's output).
 */
export function elementChunks({entry, carry = {}, hydration}) {
  const entryId = resolve(entry);
  const hydrationId = hydration && resolve(hydration);
  const carried = Object.entries(carry).map(([path, tags]) => [resolve(path), tags]);
  const elementRoot = new RegExp(`\\${sep}components\\${sep}(news-[\\w-]+)\\${sep}\\1\\.js$`);
  let chunkOf;
  return (id, {getModuleInfo}) => {
    if (!chunkOf) {
      const roots = [...new Set(getModuleInfo(entryId).dynamicallyImportedIds.filter((d) => elementRoot.test(d)))];
      chunkOf = placeModules(entryId, roots, carried, elementRoot, getModuleInfo);
      if (hydrationId) sharedWithHydration(hydrationId, chunkOf, getModuleInfo);
    }
    return chunkOf.get(id);
  };
}

/** Module id → chunk name, for every module the loader or an element imports statically. */
function placeModules(entryId, roots, carried, elementRoot, getModuleInfo) {
  const tagOf = (root) => root.match(elementRoot)[1];
  const owners = new Map();
  /** For each tag, the tags of the elements it loads (itself included). */
  const loads = new Map(roots.map((root) => [tagOf(root), new Set([tagOf(root)])]));
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
    const tag = tagOf(root);
    const starts = [root, ...carried.filter(([, tags]) => tags.includes(tag)).map(([id]) => id)];
    for (const start of starts) {
      walk(start, (id) => {
        // Another element is a chunk of its own, and the loader's modules are loaded already.
        if (id !== root && elementRoot.test(id)) return void loads.get(tag).add(tagOf(id));
        if (owners.get(id) === 'loader') return false;
        owners.set(id, (owners.get(id) ?? new Set()).add(tag));
        return true;
      });
    }
  }
  // Loading is transitive: a page with <news-feed> loads what the card loads.
  for (const tags of loads.values()) for (const tag of tags) for (const more of loads.get(tag)) tags.add(more);

  const groups = new Map();
  for (const [id, owner] of owners) {
    if (owner === 'loader') continue;
    const users = [...owner];
    // The element every user loads anyway, if there is one.
    const host = users.find((candidate) => users.every((user) => loads.get(user).has(candidate)));
    const name = host ?? `shared-${users.map((tag) => tag.replace(/^news-/, '')).sort().join('-')}`;
    const group = groups.get(name) ?? {users, ids: []};
    group.ids.push(id);
    groups.set(name, group);
  }
  const chunkOf = new Map();
  for (const [id, owner] of owners) if (owner === 'loader') chunkOf.set(id, 'news-widgets.min');
  for (const [name, {users, ids}] of groups) {
    const size = ids.reduce((sum, id) => sum + (getModuleInfo(id).code?.length ?? 0), 0);
    const chunk = name.startsWith('shared-') && (users.length >= roots.length - 1 || size < SMALL_GROUP) ? 'shared' : name;
    for (const id of ids) chunkOf.set(id, chunk);
  }
  return chunkOf;
}

/** Moves what the hydration module imports statically out of element chunks, into the shared one. */
function sharedWithHydration(hydrationId, chunkOf, getModuleInfo) {
  const seen = new Set();
  const next = [hydrationId];
  while (next.length) {
    const id = next.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    const chunk = chunkOf.get(id);
    if (chunk && chunk !== 'shared' && chunk !== 'news-widgets.min') chunkOf.set(id, 'shared');
    next.push(...getModuleInfo(id).importedIds);
  }
}
