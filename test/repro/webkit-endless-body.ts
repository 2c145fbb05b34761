// A reproduction, without the library, of how long each engine goes on downloading a body the
// page gave up on (test/hostile/released-bodies.test.ts). Not part of `npm test`; run it with
//   NEWS_BROWSERS=chromium,firefox,webkit npx web-test-runner test/repro/webkit-endless-body.ts --static-logging --group default
// It prints, per engine, server speed and way of letting go (the page having read 2 MB), how
// long after letting go the browser closed the connection and the MB the server had sent by then.
// WebKitGTK 2.50.6 here, the server as fast as it can (about 100 MB/s on localhost): 0.4-17 s
// and 27-183 MB, whichever way (no other request of the page to the server is answered
// meanwhile, nor while the page merely stops reading); at 16 and 32 MB/s, within 14 ms and
// 3 MB; at 64 MB/s, 0.1-0.7 s. Chromium 156 and Firefox 153: within 0.6 s, 8-39 MB.
import {browserEngine} from '../helpers.js';

interface EndlessState {
  sent: number;
  ended: null | 'client' | 'cut-off' | 'hang-up';
  sentAtEnd: number | null;
  endedAt: number | null;
}
const MB = 2 ** 20;
const state = async (key: string): Promise<EndlessState> => (await fetch(`/__endless-state/${key}`)).json();
const ways: Record<string, (controller: AbortController, reader: ReadableStreamDefaultReader<Uint8Array>) => void> = {
  'cancel the stream': (_, reader) => void reader.cancel().catch(() => {}),
  'abort the request': (controller) => controller.abort(),
  'abort, then cancel': (controller, reader) => (controller.abort(), void reader.cancel().catch(() => {})),
  'cancel, then abort': (controller, reader) => (void reader.cancel().catch(() => {}), controller.abort()),
};

describe('reproduction: an endless body the page gave up on', () => {
  it('prints how long each way of letting go takes to close the connection', async function () {
    this.timeout(300_000);
    const lines: string[] = [await browserEngine()];
    for (const rate of ['Infinity', '16']) for (const [way, letGo] of Object.entries(ways)) {
      const key = `repro-${Math.random().toString(36).slice(2)}`;
      const controller = new AbortController();
      // Cut off at 1 GB, hung up after 25 s: an engine that does not let go reaches one of them.
      const response = await fetch(`/__endless/${key}?cap=1024&hangup=25000&rate=${rate}`, {signal: controller.signal});
      const reader = response.body!.getReader();
      for (let read = 0; read < 2 * MB; ) read += (await reader.read()).value!.byteLength;
      // (Not asked of the server here: WebKit would answer only once the body ends.)
      const at = Date.now();
      letGo(controller, reader);
      let end = await state(key);
      while (!end.ended) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        end = await state(key);
      }
      lines.push(`${way} at ${rate} MB/s: ended by ${end.ended} ${end.endedAt! - at} ms later, ${(end.sentAtEnd! / MB).toFixed(0)} MB sent`);
    }
    console.log(lines.join('\n'));
  });
});
