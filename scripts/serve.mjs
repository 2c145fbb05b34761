// Starts the demo server (web-dev-server.config.mjs) from a script: the checks and
// benchmarks that load the built demo, or Storybook's build, in a browser.
import {createServer} from 'node:net';
import {startDevServer} from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

/**
 * Serves `root` on `host:port` (port 0: any free port) without logging; resolves with
 * `{address(), close()}` (close stops the server and its file watcher).
 */
export async function startServer(port = 0, host = 'localhost', root = '.') {
  const server = await startDevServer({
    // Scripts serve a build once: no file watching.
    config: {...config, rootDir: root, hostname: host, port: port || (await freePort(host)), disableFileWatcher: true},
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  return {address: () => server.server.address(), close: () => void server.stop()};
}

/** A port nobody listens on (web-dev-server would otherwise start looking at 8000). */
function freePort(host) {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, host, () => {
      const {port} = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
