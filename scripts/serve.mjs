// Serves a folder on 127.0.0.1 for the checks, benchmarks and consumer tests with
// @web/dev-server, the server `npm start` uses: files as they are (no plugins, no module
// resolution, no file watcher), `/` redirects to /demo/, and `?delay=<ms>` answers late, like a
// real network (the benchmarks). Text (scripts, styles, feeds, SVG) goes out compressed, brotli
// or gzip as the browser asks, as every CDN and web server serves it: the dev server sends it
// raw, and Lighthouse, which weighs every byte on its slow simulated network, counted 91 KiB
// more on the demo than any real site would send. With `http2` it speaks HTTP/2 over TLS, as
// CDNs do, with the dev server's own self-signed certificate. With `csp`, a page asked for
// with `?csp` comes with that Content-Security-Policy.
// Home-made as configuration only: the two middleware functions are this repository's routes;
// compression is koa-compress, the dev server's own framework's middleware.
import {resolve} from 'node:path';
import {startDevServer} from '@web/dev-server';
import compress from 'koa-compress';

/** The demo pages whose start-up `npm run lighthouse` scores and `npm run profile` takes apart: [name, path]. */
export const START_PAGES = [
  ['en', '/demo/'],
  ['ar', '/demo/?lang=ar'],
  ['article-ar', '/demo/article.html?lang=ar&id=rabat-tram-extension'],
];

/** `/` → the demo (the query string, e.g. ?lang=ar, is kept). */
const demoIndex = (context, next) => (context.path === '/' ? context.redirect(`/demo/${context.search}`) : next());

/** `?delay=<ms>` (at most 10 s) answers that much later. */
async function delay(context, next) {
  const ms = Math.min(Number(context.query.delay) || 0, 10_000);
  if (ms) await new Promise((done) => setTimeout(done, ms));
  return next();
}

/** `?csp` on a page's address: the page comes with the Content-Security-Policy `policy`. */
const withPolicy = (policy) => async (context, next) => {
  await next();
  if (policy && 'csp' in context.query && context.response.is('html')) context.set('Content-Security-Policy', policy);
};

/**
 * Serves `root` on `host:port` (port 0: any free port); resolves with `{port, close()}`.
 * `http2: true` serves HTTP/2 over TLS (a browser must accept the self-signed certificate).
 * `csp`: the Content-Security-Policy of pages asked for with `?csp`.
 */
export async function startServer(port = 0, host = '127.0.0.1', root = '.', {http2 = false, csp} = {}) {
  const server = await startDevServer({
    config: {rootDir: resolve(root), port, hostname: host, http2, watch: false, nodeResolve: false, middleware: [compress(), demoIndex, delay, withPolicy(csp)]},
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return {port: server.server.address().port, close: () => server.stop()};
}
