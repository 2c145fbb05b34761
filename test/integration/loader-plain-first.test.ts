// The CDN loader on a page with a plain <news-feed> only: its code defines the card too. The
// module's class bindings follow the registry, however a tag was defined; and a server-rendered
// card added later, when no hydration was ever loaded, is shown once (it renders over the
// server's nodes), not twice. A page of its own: nothing has loaded hydration or any element before.
import {expect, waitUntil} from '@open-wc/testing';
import * as loader from '../../src/loader.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import {fixture, serverMarkup, textOf} from '../helpers.js';

describe('the CDN loader with a plain feed first', () => {
  it('binds NewsArticleCardElement once a feed\'s code has defined the card', async () => {
    const feed = document.createElement('news-feed');
    feed.setAttribute('src', fixture('jsonfeed-1.1.json'));
    document.body.append(feed);
    await customElements.whenDefined('news-feed');
    const card = await customElements.whenDefined('news-article-card');
    await waitUntil(() => loader.NewsFeedElement && loader.NewsArticleCardElement, 'the bindings are set');
    expect(loader.NewsArticleCardElement).to.equal(card);
    expect(loader.NewsFeedElement).to.equal(customElements.get('news-feed'));
    expect(new loader.NewsArticleCardElement!()).to.be.instanceOf(card);
    feed.remove();
  });

  it('shows a server-rendered card added later once, with no hydration on the page', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.setHTMLUnsafe(await serverMarkup('card'));
    const card = host.querySelector<NewsArticleCardElement>('news-article-card')!;
    await waitUntil(() => card.hasUpdated, 'the card updates');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelectorAll('[part="base"]'), 'the card is shown once').to.have.length(1);
    expect(textOf(card.shadowRoot!.querySelector('[part="headline"]'))).to.equal('Port expansion opens a new terminal');
    host.remove();
  });
});
