// Test-server routes for hostile network behaviour (issue 16), kept apart from the shared
// routes in web-test-runner.config.mjs. Each route counts its hits under <key>, read back
// with GET /__hits/<key> (JSON number), so a test can prove what did NOT happen (no retry,
// no 63-request redirect loop) without sleeping.
//
// /__count/<key>/<path>         serves <path>
// /__retry-after/<s>/<key>/<path>  first hit: 503 with Retry-After <s> (seconds; "date-<s>"
//                               sends an HTTP date <s> seconds ahead), then serves <path>
// /__redirect-loop/<key>        redirects to itself, for ever
// /__redirect/<key>?to=<url>    redirects to <url>
// /__stall/<key>/<path>         sends the headers and half of <path>, then nothing more; hung up
//                               after HANG_UP (?hangup=<ms>: after that, a connection dropped mid-body)
// /__endless/<key>              streams `[` with no end (no Content-Length), cut off past 16 MB
//                               (?cap=<MB>: past that), hung up after HANG_UP (?hangup=<ms>),
//                               at 16 MB a second (?rate=<MB>: that; `Infinity`: as fast as
//                               the client reads)
// /__endless-state/<key>        how the last /__endless/<key> answer went (JSON): `{sent, ended,
//                               sentAtEnd}`: bytes written so far; null while the connection is
//                               open, else who ended it, `client` (the browser closed it),
//                               `cut-off` or `hang-up`; the bytes written by then, and when
//                               (Date.now() on the server, the same machine's clock as the page's)
// /__declared/<bytes>           declares a Content-Length of <bytes>, sends a few
// /__padded/<bytes>/<key>/<path>  serves the JSON <path> padded with blanks to <bytes> (still valid)
// /__nested/<depth>/<key>/<path>  serves the JSON <path> with a field nested <depth> arrays deep
// /__items/<n>/<key>            serves a JSON Feed of <n> items titled `Item 0`, `Item 1`, …
// /__open-feed/<key>?next=<url>  serves, to any origin (CORS), a JSON Feed of one item whose
//                               next_url is <url> (`self`: its own URL, a page that loops),
//                               titled `Elsewhere` (&title=<title>: <title>)
// /__cookies/<key>              serves a JSON Feed of one item, noting the Cookie header it
//                               came with, read back with GET /__cookies-seen/<key> (JSON
//                               string, or null when none came)
import {readFile} from 'node:fs/promises';
import {Buffer} from 'node:buffer';
import {Readable} from 'node:stream';

const hits = new Map();
/** A JSON Feed of `n` items, `Item 0` to `Item n-1`. */
const manyItems = (n) =>
  JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title: 'Many', items: Array.from({length: n}, (_, i) => ({id: `item-${i}`, url: `https://example.com/${i}`, title: `Item ${i}`}))});
// The stalled, endless and declared-length answers (listed above) drop their connection after
// HANG_UP ms, far past any time limit the tests set (1.5 s at most). A browser keeps six connections per host, and WebKit goes on
// downloading an endless body for 0.6-17 s after the page cancelled and aborted it, answering
// no other request of the page meanwhile (test/hostile/released-bodies.test.ts): with
// nothing to end these answers, one CI run saw WebKit's next two requests to the test server
// wait past their time limits (core/weather.test.ts, right after its endless body).
const HANG_UP = 8000;
// An endless answer comes at 16 MB a second (128 Mbit/s, a fast real connection). Faster, on
// localhost, WebKit's network process buffers it ahead of the page and goes on downloading for
// seconds after the page lets go (test/repro/webkit-endless-body.ts); at this rate it closes
// the connection within milliseconds, as Chromium and Firefox do at any rate.
const ENDLESS_RATE = 16;
/** Destroys the answer's socket after HANG_UP ms, unless the client has closed it by then. */
function hangUpLater(ctx, ms = HANG_UP) {
  const timer = setTimeout(() => ((ctx.state.hungUp = true), ctx.res.destroy()), ms);
  ctx.res.once('close', () => clearTimeout(timer));
}
/** Per key, how the last endless answer went (see /__endless-state/). */
const endless = new Map();
const count = (key) => hits.set(key, (hits.get(key) ?? 0) + 1).get(key);
const cookies = new Map();
/** A JSON Feed of one item titled `title`, with `next_url` when `next` is given. */
const oneItem = (title, next) => JSON.stringify({version: 'https://jsonfeed.org/version/1.1', title, next_url: next, items: [{id: title, url: 'https://example.com/one', title}]});

export function hostileRoutes() {
  return async (ctx, next) => {
    const route = ctx.path.match(/^\/__(hits|count|retry-after|redirect-loop|redirect|stall|endless|endless-state|declared|padded|nested|items|open-feed|cookies|cookies-seen)\/(.*)$/);
    if (!route) return next();
    const [, name, rest] = route;
    ctx.set('Cache-Control', 'no-store');
    if (name === 'hits') {
      ctx.body = JSON.stringify(hits.get(rest) ?? 0);
      ctx.type = 'application/json';
      return;
    }
    if (name === 'endless-state') {
      ctx.body = JSON.stringify(endless.get(rest) ?? null);
      ctx.type = 'application/json';
      return;
    }
    if (name === 'cookies-seen') {
      ctx.body = JSON.stringify(cookies.get(rest) ?? null);
      ctx.type = 'application/json';
      return;
    }
    if (name === 'open-feed' || name === 'cookies') {
      count(rest);
      if (name === 'cookies') cookies.set(rest, ctx.get('Cookie') || null);
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.type = 'application/json';
      ctx.body = name === 'cookies' ? oneItem('Next page') : oneItem(ctx.query.title || 'Elsewhere', ctx.query.next === 'self' ? ctx.href : ctx.query.next);
      return;
    }
    if (name === 'count') {
      const [, key, path] = rest.match(/^([\w-]+)(\/.*)$/);
      count(key);
      ctx.url = path;
      return next();
    }
    if (name === 'retry-after') {
      const [, value, key, path] = rest.match(/^(date-\d+|\d+)\/([\w-]+)(\/.*)$/);
      if (count(key) === 1) {
        ctx.status = 503;
        ctx.set('Retry-After', value.startsWith('date-') ? new Date(Date.now() + Number(value.slice(5)) * 1000).toUTCString() : value);
        ctx.body = 'busy';
        return;
      }
      ctx.url = path;
      return next();
    }
    if (name === 'padded' || name === 'nested' || name === 'items') {
      const [, size, key, path] = rest.match(/^(\d+)\/([\w-]+)(\/.*)?$/);
      count(key);
      const text = name === 'items' ? '' : (await readFile(`.${path}`, 'utf8')).trim();
      const body = name === 'items' ? manyItems(Number(size)) : name === 'padded' ? text.padEnd(Number(size), ' ') : `${text.slice(0, -1)}, "_nested": ${'['.repeat(Number(size))}${']'.repeat(Number(size))}}`;
      // By hand: the dev server would mark a reply of Koa's cacheable for a year, and the browser not ask again.
      ctx.respond = false;
      ctx.res.writeHead(200, {'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store'});
      ctx.res.end(body);
      return;
    }
    if (name === 'redirect') {
      count(rest);
      ctx.redirect(ctx.query.to);
      return;
    }
    if (name === 'redirect-loop') {
      count(rest);
      ctx.status = 302;
      ctx.set('Location', `/__redirect-loop/${rest}`);
      return;
    }
    if (name === 'stall') {
      const [, key, path] = rest.match(/^([\w-]+)(\/.*)$/);
      count(key);
      const text = await readFile(`.${path}`);
      const body = new Readable({read() {}});
      body.push(text.subarray(0, text.length >> 1));
      hangUpLater(ctx, Number(ctx.query.hangup) || HANG_UP);
      ctx.type = 'application/json';
      ctx.body = body;
      return;
    }
    if (name === 'endless') {
      count(rest);
      const chunk = Buffer.alloc(64 * 1024, '[');
      ctx.type = 'application/json';
      // Cut off (never completed) past 16 MB, for the reason given at HANG_UP.
      const state = {sent: 0, ended: null, sentAtEnd: null, endedAt: null};
      endless.set(rest, state);
      let cutOff = false;
      const cap = (Number(ctx.query.cap) || 16) * 2 ** 20;
      const rate = (Number(ctx.query.rate) || ENDLESS_RATE) * 2 ** 20;
      // When the next chunk may go: at most `rate` bytes a second, also after the client paused
      // (the time it did not read is not made up at full speed).
      let due = Date.now();
      ctx.body = new Readable({read() {
        const send = () => {
          if (this.destroyed) return;
          if (state.sent + chunk.length > cap) {
            cutOff = true;
            ctx.res.destroy();
          } else {
            state.sent += chunk.length;
            due = Math.max(due, Date.now()) + (chunk.length / rate) * 1000;
            this.push(chunk);
          }
        };
        const wait = due - Date.now();
        if (wait > 0) setTimeout(send, wait);
        else send();
      }});
      hangUpLater(ctx, Number(ctx.query.hangup) || HANG_UP);
      ctx.res.once('close', () => {
        state.ended = cutOff ? 'cut-off' : ctx.state.hungUp ? 'hang-up' : 'client';
        state.sentAtEnd = state.sent;
        state.endedAt = Date.now();
      });
      return;
    }
    if (name === 'declared') {
      // Koa would correct the length to the body's: write the answer by hand.
      ctx.respond = false;
      ctx.res.writeHead(200, {'Content-Type': 'application/json', 'Content-Length': rest, 'Cache-Control': 'no-store'});
      ctx.res.write('[');
      hangUpLater(ctx);
    }
  };
}
