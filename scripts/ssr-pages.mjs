// Server-rendered pages for browser tests, rendered by a Node process the way a site's
// server would (@lit-labs/ssr), at test time: test/ssr/pages.ts is bundled for Node with
// esbuild (lit and @lit-labs/ssr stay external, so Node picks their server builds) and run
// once per page in a child process, so the test server never loads lit's server build.
// Home-made glue: esbuild bundles and @lit-labs/ssr renders; this runs them the way a
// site's server would, one page per child process.
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {build} from 'esbuild';

let bundled;

function bundle() {
  bundled ??= (async () => {
    const dir = mkdtempSync(join('node_modules', '.ssr-pages-'));
    process.once('exit', () => rmSync(dir, {recursive: true, force: true}));
    const outfile = join(dir, 'pages.mjs');
    await build({entryPoints: ['test/ssr/pages.ts'], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning'});
    return outfile;
  })();
  return bundled;
}

/** The HTML of server-rendered page `name` (a whole document, or only its body's content when `fragment`), its URLs on `origin`. */
export async function renderSsrPage(name, origin, fragment) {
  const file = await bundle();
  const {stdout} = await promisify(execFile)(process.execPath, [file, name, origin, ...(fragment ? ['fragment'] : [])]);
  return stdout;
}
