/**
 * Hydration on a page that set up Lit's hydration support itself before the library, as Lit's
 * server rendering guide and framework integrations do: the support module, then Lit, which
 * applies it as it loads; then the library's `hydrate.js`. The library must not apply the
 * support a second time (the patch cannot be applied twice: it throws), and a server-rendered
 * card must still keep the server's nodes.
 */
// First, before anything else imports lit: the page's own set-up.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'lit';
import {expect, waitUntil} from '@open-wc/testing';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import {contentNodes, serverRendered, textOf} from '../helpers.js';

describe('hydration on a page that set up the support itself', () => {
  it('hydrate.js loads after it, and a server-rendered card keeps its nodes', async () => {
    await import('../../src/hydrate.js');
    const host = await serverRendered('card');
    const card = host.querySelector<NewsArticleCardElement>('news-article-card')!;
    const before = contentNodes(card.shadowRoot!);
    expect(before.length, 'the server rendered the card').to.be.greaterThan(10);

    await import('../../src/components/news-article-card/news-article-card.js');
    await waitUntil(() => card.hasUpdated, 'the card hydrates');
    await card.updateComplete;

    const after = contentNodes(card.shadowRoot!);
    expect(after.length).to.equal(before.length);
    after.forEach((node, i) => expect(node === before[i], `node ${i} (${node.nodeName}) is the server’s`).to.equal(true));
    expect(textOf(card.shadowRoot!.querySelector('[part="link"]'))).to.equal('Port expansion opens a new terminal');
    host.remove();
  });
});
