/**
 * Without JavaScript: a page served with server-rendered elements (@lit-labs/ssr, rendered
 * by the test server) in a frame whose scripts are disabled (`sandbox` without
 * `allow-scripts`). The browser's HTML parser builds the declarative shadow roots; headlines,
 * links, dates, images and tags must be visible and links must point to the articles.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {textOf} from '../helpers.js';

async function pageWithoutScripts(name: string, sandbox = 'allow-same-origin') {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'inline-size: 800px; block-size: 1200px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/__ssr/${name}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** True when `el` takes room on the page and is not hidden by its styles. */
function visible(el: Element | null | undefined) {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return box.width > 0 && box.height > 0 && style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0;
}

describe('server-rendered elements without JavaScript', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('runs no script in the frame: the elements stay undefined', async () => {
    frame = await pageWithoutScripts('feed');
    const doc = frame.contentDocument!;
    expect(doc.querySelector('news-feed')!.matches(':defined')).to.equal(false);
    expect(doc.querySelector('news-feed')!.shadowRoot, 'the parser attached the declarative shadow root').to.not.equal(null);
  });

  it('shows a card’s headline link, summary, date, author and image', async () => {
    frame = await pageWithoutScripts('card');
    const root = frame.contentDocument!.querySelector('news-article-card')!.shadowRoot!;
    const link = root.querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(visible(link)).to.equal(true);
    expect(link.localName).to.equal('a');
    expect(link.href).to.equal('https://example.com/port');
    expect(textOf(link)).to.equal('Port expansion opens a new terminal');
    for (const name of ['summary', 'date', 'author', 'image']) expect(visible(root.querySelector(`[part="${name}"]`)), name).to.equal(true);
    expect(textOf(root.querySelector('[part="summary"]'))).to.equal('Capacity doubles at the Atlantic port.');
    expect(textOf(root.querySelector('[part="author"]'))).to.equal('Amina Benali');
    const time = root.querySelector<HTMLTimeElement>('[part="date"]')!;
    expect(time.dateTime).to.equal('2026-01-10T09:00:00.000Z');
    expect(textOf(time)).to.equal('Jan 10, 2026');
    const img = root.querySelector<HTMLImageElement>('[part="image"]')!;
    expect(img.alt).to.equal('Cranes at the port');
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image loads', {timeout: 5000});
    // The card's styles came with it: the whole card is the link's click area.
    const card = root.querySelector('[part="base"]')!.getBoundingClientRect();
    expect(root.elementFromPoint(card.right - 2, card.bottom - 2)?.closest('a')).to.equal(link);
  });

  it('shows a feed’s heading and cards, with their tags, and no "Load more" that cannot work', async () => {
    frame = await pageWithoutScripts('feed');
    const feed = frame.contentDocument!.querySelector('news-feed')!.shadowRoot!;
    expect(visible(feed.querySelector('[part="heading"]'))).to.equal(true);
    const cards = [...feed.querySelectorAll('news-article-card')].map((card) => card.shadowRoot!);
    expect(cards).to.have.length(2);
    const links = cards.map((card) => card.querySelector<HTMLAnchorElement>('[part="link"]')!);
    expect(links.map((link) => link.href)).to.deep.equal(['https://example.com/port', 'https://example.com/rail']);
    links.forEach((link) => expect(visible(link)).to.equal(true));
    const tags = [...cards[0].querySelectorAll('[part="tags"] li')];
    expect(tags.map(textOf)).to.deep.equal(['Economy', 'Port', 'Atlantic']);
    tags.forEach((tag) => expect(visible(tag), textOf(tag)).to.equal(true));
    expect(visible(cards[0].querySelector('[part="image"]'))).to.equal(true);
    expect(visible(cards[1].querySelector('[part="date"]'))).to.equal(true);
    // "Load more" needs the element's script: without it, no button a reader could press in
    // vain, but its room is kept for when the script comes.
    const more = feed.querySelector<HTMLButtonElement>('[part="load-more"]')!;
    expect(visible(more)).to.equal(false);
    expect(more.getBoundingClientRect().height).to.be.above(0);
    more.focus();
    expect(feed.activeElement, 'no tab stop').to.equal(null);
  });

  it('shows a menu switcher\'s links to the editions, and no button that cannot open it (helper-162)', async () => {
    frame = await pageWithoutScripts('menu');
    const root = frame.contentDocument!.querySelector('news-language-switcher')!.shadowRoot!;
    const links = [...root.querySelectorAll<HTMLAnchorElement>('[part~="link"]')];
    expect(links.map((link) => link.href)).to.deep.equal(['ar', 'fr', 'es', 'en'].map((lang) => `https://example.com/${lang}/`));
    links.forEach((link) => expect(visible(link), link.href).to.equal(true));
    expect(visible(root.querySelector('[part="button"]')), 'the menu button').to.equal(false);
  });

  it('where scripts run, a server-rendered menu switcher is its button from the start, before its element is defined: nothing moves once it is', async () => {
    frame = await pageWithoutScripts('menu', 'allow-same-origin allow-scripts');
    const host = frame.contentDocument!.querySelector('news-language-switcher')!;
    expect(host.matches(':defined'), 'defined in the frame').to.equal(false);
    const root = host.shadowRoot!;
    expect(visible(root.querySelector('[part="button"]')), 'the menu button').to.equal(true);
    expect(visible(root.querySelector('[part="list"]')), 'the list').to.equal(false);
  });
});
