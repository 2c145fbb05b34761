/**
 * A card given text with HTML's rarer entity names (`&eacute;`, as PHP's htmlentities writes
 * every accent), loaded alone, as `news-widgets/news-article-card.js` or the CDN loader on a
 * page of cards loads it: nothing has installed the full table of names before. A file of
 * its own, so no other test has loaded that table in this page.
 */
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import '../../src/components/news-article-card/news-article-card.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import {needsEntityTable} from '../../src/core/entities.js';
import {textOf} from '../helpers.js';

const shown = (el: Element, part: string) => textOf(el.shadowRoot!.querySelector(`[part~="${part}"]`));

describe('<news-article-card> given rarer entity names', () => {
  it('decodes them in its attributes as a feed\'s text is decoded', async () => {
    expect(needsEntityTable('caf&eacute;'), 'the full table is not loaded yet').to.equal(true);
    // However many times its & was escaped; a name's digit 6 starts none ("6a6a…" was tried at every other character).
    expect(['caf&amp;eacute;', 'caf&#38;eacute;', '"caf\\u0026eacute;"', `${'6a'.repeat(1_000)}6eacute;`, 'caf&amp; &copy;'].map(needsEntityTable)).to.deep.equal([true, true, true, false, false]);
    const el = await render<NewsArticleCardElement>(
      html`<news-article-card href="https://example.com/a" .headline=${'L’&eacute;quipe du Maroc &amp; le caf&eacute;'} .summary=${'Ma&ntilde;ana: « d&eacute;j&agrave; vu »'} .author=${'Ren&eacute;e'}></news-article-card>`,
    );
    await waitUntil(() => !shown(el, 'headline').includes('&eacute;'), `the headline stayed "${shown(el, 'headline')}"`);
    expect(shown(el, 'headline')).to.equal('L’équipe du Maroc & le café');
    expect(shown(el, 'summary')).to.equal('Mañana: « déjà vu »');
    expect(shown(el, 'author')).to.contain('Renée');
  });
});
