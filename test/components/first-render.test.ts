// A page whose <html lang> is Arabic gets Arabic from the very first render: no flash of
// English text or dates (which readers see, and which shifts the layout).
import {expect} from '@open-wc/testing';

document.documentElement.lang = 'ar-MA';
localStorage.removeItem('news-widgets:locale');

describe('first render', () => {
  it('is already in the page language and direction', async () => {
    await import('../../src/components/news-feed/news-feed.js');
    const el = document.createElement('news-feed');
    el.feed = {items: [{id: '1', title: 'خبر', url: 'https://example.com/1', authors: [], tags: [], published: new Date(Date.now() - 7_200_000)}]};
    const headings: string[] = [];
    const observer = new MutationObserver(() => {
      const text = el.shadowRoot?.querySelector('[part="heading"]')?.textContent?.trim();
      if (text) headings.push(text);
    });
    document.body.append(el);
    observer.observe(el.shadowRoot ?? el, {subtree: true, childList: true, characterData: true});
    await el.updateComplete;
    observer.disconnect();
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim();
    expect(heading).to.equal('أحدث المقالات');
    expect(headings.every((text) => text === 'أحدث المقالات')).to.equal(true);
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    const card = el.shadowRoot!.querySelector('news-article-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('time')!.textContent!.trim()).to.equal('قبل ساعتين');
    el.remove();
  });
});
