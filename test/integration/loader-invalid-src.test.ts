// A feed element whose src is no URL (a CMS field left as "http://", a typo) on a page the
// CDN loader watches: that element shows its error, as it does for any feed it cannot load,
// and the loader goes on defining every other element of the page. Before, resolving the src
// threw out of the loader's watcher: the elements after it were never defined.
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/loader.js';
import {textOf} from '../helpers.js';
import {pageErrors} from '../harness/page-errors.js';

const thrown = pageErrors();

describe('the CDN loader and a feed src that is no URL', () => {
  it('shows the feed’s error and defines the elements after it', async () => {
    const page = document.body.appendChild(document.createElement('div'));
    page.innerHTML = '<news-feed src="http://"></news-feed><news-related src="https://[" current="x"></news-related><news-header-bar timezone="Africa/Casablanca"></news-header-bar>';
    const [feed, related, bar] = page.children;
    const failure = new Promise<{error: {kind: string; message: string}}>((resolve) => feed.addEventListener('news-feed-error', (event) => resolve((event as CustomEvent).detail), {once: true}));
    await waitUntil(() => bar.shadowRoot?.querySelector('time'), 'the header bar after the feeds was not defined', {timeout: 5_000});
    const {error} = await failure;
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal('"http://" is not a URL.');
    for (const list of [feed, related]) {
      await waitUntil(() => list.shadowRoot?.querySelector('[role="alert"]'), `${list.localName} shows no error`, {timeout: 5_000});
      expect(textOf(list.shadowRoot!.querySelector('[part~="retry"]'))).to.equal('Retry');
    }
    expect(thrown).to.deep.equal([]);
    page.remove();
  });
});
