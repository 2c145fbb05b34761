#!/usr/bin/env node
// Serves the repository on localhost for the demo (`npm start`): `/` redirects to /demo/.
// No dependencies; files only, no directory listings, nothing outside the repository.
import {createServer} from 'node:http';
import {createSecureServer} from 'node:http2';
import {createReadStream, statSync} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';

const defaultRoot = resolve(import.meta.url === `file://${process.argv[1]}` ? (process.argv[2] ?? '.') : '.');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` on `host:port` (port 0: any free port); resolves with the listening server.
 * With `tls` ({key, cert}) it speaks HTTP/2 over TLS, as CDNs do (the benchmarks use it).
 */
export function startServer(port = Number(process.env.PORT ?? 8000), host = 'localhost', root = defaultRoot, {tls} = {}) {
  root = resolve(root);
  const handle = (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, {Location: `/demo/${url.search}`}).end();
      return;
    }
    // ?delay=<ms> answers late, like a real network (used by the benchmarks).
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10_000);
    if (delay) return void setTimeout(() => serve(url, response), delay);
    serve(url, response);
  };
  const server = tls ? createSecureServer({...tls, allowHTTP1: true}, handle) : createServer(handle);
  function serve(url, response) {
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void response.writeHead(403).end('Forbidden');
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const {size} = statSync(path);
      response.writeHead(200, {
        'Content-Type': types[extname(path)] ?? 'application/octet-stream',
        'Content-Length': size,
        'Cache-Control': 'no-cache',
      });
      createReadStream(path).pipe(response);
    } catch {
      response.writeHead(404, {'Content-Type': 'text/plain'}).end('Not found');
    }
  }
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let port = Number(process.env.PORT ?? 8000);
  for (;;) {
    try {
      await startServer(port);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
      port++;
    }
  }
  console.log(`\nnews-widgets demo: http://localhost:${port}/demo/  (Arabic: http://localhost:${port}/demo/?lang=ar)\nPress Ctrl+C to stop.`);
}
