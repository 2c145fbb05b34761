// A Rollup plugin for the CDN loader (src/loader.ts): it writes into the loader, in place of
// `__NEWS_WIDGETS_PRELOAD__`, the files each module the loader imports dynamically loads
// statically, so the loader can `modulepreload` an element's whole chunk graph at once
// rather than the browser discovering it one level of imports at a time.
// Home-made because the one maintained equivalent (Vite's preload helper) comes with Vite's
// whole build; Rollup itself has no option for it.
import {relative, sep} from 'node:path';

const PLACEHOLDER = '__NEWS_WIDGETS_PRELOAD__';

/** @param {{root: string}} options `root`: the folder the loader's module paths are relative to (tsc's output). */
export function preloadMap({root}) {
  return {
    name: 'news-widgets-preload-map',
    renderChunk(code, chunk, _options, {chunks}) {
      if (!chunk.isEntry || !code.includes(PLACEHOLDER)) return null;
      // File names here are Rollup's placeholders; Rollup replaces them with the hashed names.
      const closure = (fileName, files = new Set()) => {
        if (fileName === chunk.fileName || files.has(fileName)) return files;
        files.add(fileName);
        for (const imported of chunks[fileName].imports) closure(imported, files);
        return files;
      };
      const map = {};
      // The loader's own dynamic imports, and the locale catalogs: those are imported by
      // core/localize-runtime.ts, itself imported dynamically by core/locale.ts in the loader,
      // so the loader can ask for the page's catalog beside the elements' files, not after them.
      const imported = (id) => this.getModuleInfo(id)?.dynamicallyImportedIds ?? [];
      const runtimes = chunk.moduleIds.flatMap(imported);
      const catalogs = runtimes.flatMap(imported).filter((id) => /[\\/]generated[\\/]locales[\\/]/.test(id));
      for (const id of [...imported(chunk.facadeModuleId), ...catalogs]) {
        const target = Object.values(chunks).find((c) => c.moduleIds.includes(id));
        if (target) map[relative(root, id).split(sep).join('/')] = [...closure(target.fileName)];
      }
      return {code: code.replaceAll(PLACEHOLDER, JSON.stringify(map)), map: null};
    },
  };
}
