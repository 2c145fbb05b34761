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
    // Every text the heading and the card's date have had, from the list's first render on: the
    // card's shadow root is watched as soon as the list has made the card, before the card renders.
    const headings: string[] = [];
    const dates: string[] = [];
    const options = {subtree: true, childList: true, characterData: true};
    const cardObserver = new MutationObserver(() => {
      const text = el.shadowRoot!.querySelector('news-article-card')!.shadowRoot!.querySelector('time')?.textContent?.trim();
      if (text) dates.push(text);
    });
    const observer = new MutationObserver(() => {
      const text = el.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim();
      if (text) headings.push(text);
      const card = el.shadowRoot!.querySelector('news-article-card');
      if (card?.shadowRoot && !dates.length) cardObserver.observe(card.shadowRoot, options);
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, options);
    await el.updateComplete;
    const card = el.shadowRoot!.querySelector('news-article-card')!;
    await card.updateComplete;
    observer.disconnect();
    cardObserver.disconnect();
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('أحدث المقالات');
    expect(headings, 'the heading as first rendered').to.not.be.empty;
    expect(headings.every((text) => text === 'أحدث المقالات'), headings.join(', ')).to.equal(true);
    expect(el.shadowRoot!.querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    expect(card.shadowRoot!.querySelector('time')!.textContent!.trim()).to.equal('قبل ساعتين');
    expect(dates, 'the date as first rendered').to.not.be.empty;
    expect(dates.every((text) => text === 'قبل ساعتين'), dates.join(', ')).to.equal(true);
    el.remove();
  });
});
