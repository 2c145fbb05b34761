// Issue 16 with the CDN entry: the loader starts a feed element's request before the
// element's code arrives (src/core/early-request.ts); when no element takes that request up,
// the loader aborts it rather than letting it run to its end or its 15 s time-out. Counted
// as the cycles suite counts them: requests in flight once elements have come and gone.
// Pending sources never answer, so only an abort ends their requests.
import {expect} from '@open-wc/testing';
import '../../src/loader.js';
import {instrument} from '../harness/leaks.js';

type Lit = HTMLElement & {updateComplete: Promise<unknown>};

describe('the CDN loader’s early feed request', function () {
  this.timeout(20_000);
  let probe: ReturnType<typeof instrument>;
  beforeEach(() => (probe = instrument((url) => url.includes('/early/pending'))));
  afterEach(() => probe.restore());

  const create = (tag: string, src: string) => {
    const el = document.createElement(tag) as Lit;
    el.setAttribute('src', src);
    if (tag === 'news-related') el.setAttribute('current', 'x');
    return el;
  };

  it('is aborted when its <news-feed> has left the page before the code arrives', async () => {
    expect(customElements.get('news-feed'), 'defined before the test').to.equal(undefined);
    const feed = document.body.appendChild(create('news-feed', '/early/pending-feed.json'));
    feed.remove();
    await probe.turn(); // the loader sees added elements in a mutation observer's callback
    expect(probe.started, 'requests started by the loader').to.equal(1);
    expect(probe.pending, 'in flight while the code loads').to.equal(1);
    await customElements.whenDefined('news-feed');
    await probe.settled(5000);
    expect(probe.pending, 'requests in flight once the code has arrived').to.equal(0);
    expect(probe.started, 'requests started').to.equal(1);
  });

  it('is aborted when its <news-related> leaves as its code arrives, before its first render', async () => {
    expect(customElements.get('news-related'), 'defined before the test').to.equal(undefined);
    const related = document.body.appendChild(create('news-related', '/early/pending-related.json'));
    await probe.turn();
    expect(probe.pending, 'in flight while the code loads').to.equal(1);
    await customElements.whenDefined('news-related');
    related.remove();
    await related.updateComplete;
    await probe.settled(5000);
    expect(probe.pending, 'requests in flight').to.equal(0);
    // Taken up or not, it is the one request made for this element.
    expect(probe.started, 'requests started').to.equal(1);
  });

  it('leaves no request in flight after create/remove cycles of elements it loaded', async () => {
    const column = document.body.appendChild(Object.assign(document.createElement('div'), {hidden: true}));
    try {
      for (let round = 0; round < 10; round++) {
        const els = Array.from({length: 20}, (_, i) => create(i % 2 ? 'news-related' : 'news-feed', `/early/pending-${round}-${i % 4}.json`));
        column.append(...els);
        // Half of the rounds leave before the first render, half once their four requests (one per URL) are under way.
        if (round % 2) await probe.until(() => probe.pending >= 4, 5000);
        column.replaceChildren();
      }
      await probe.settled(5000);
      expect(probe.started, 'requests started').to.be.above(0);
      expect(probe.pending, 'requests in flight').to.equal(0);
    } finally {
      column.remove();
    }
  });
});
