// The CDN loader on a page where plain elements come before server-rendered ones (a "Latest"
// box in the header, before the article's server-rendered cards): a plain <news-feed> defines
// the card with its own code, and a plain card is the first of its tag. Server-rendered cards
// further on must still be hydrated (the same nodes), never rendered a second time before the
// server's nodes. A page of its own: nothing has loaded hydration or any element before.
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/loader.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import {contentNodes, fixture, serverMarkup} from '../helpers.js';
import {pageErrors} from '../harness/page-errors.js';

const thrown = pageErrors();

describe('the CDN loader with plain elements before server-rendered ones', () => {
  it('hydrates the server-rendered card after a plain feed and a plain card', async () => {
    const markup = await serverMarkup('card');
    const host = document.createElement('div');
    document.body.append(host);
    host.setHTMLUnsafe(`<news-feed src="${fixture('jsonfeed-1.1.json')}"></news-feed><news-article-card headline="Plain" href="https://example.com/plain"></news-article-card>${markup}`);
    const cards = [...host.querySelectorAll<NewsArticleCardElement>(':scope > news-article-card')];
    const server = cards.find((card) => card.shadowRoot)!;
    expect(cards.indexOf(server), 'the server-rendered card comes last').to.equal(1);
    const before = contentNodes(server.shadowRoot!);

    await customElements.whenDefined('news-article-card');
    await waitUntil(() => server.hasUpdated && cards[0].hasUpdated, 'the cards update');
    await server.updateComplete;

    expect(server.shadowRoot!.querySelectorAll('[part="base"]'), 'the card is shown once').to.have.length(1);
    const after = contentNodes(server.shadowRoot!);
    expect(after.length).to.equal(before.length);
    after.forEach((node, i) => expect(node === before[i], `node ${i} (${node.nodeName}) is the server’s`).to.equal(true));
    expect(thrown).to.deep.equal([]);
    host.remove();
  });
});
