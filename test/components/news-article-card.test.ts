import {expect, fixture as render, fixtureCleanup, html, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/news-article-card/news-article-card.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import {parseFeedText, type NewsItem} from '../../src/core/feed.js';
import {clearOfMidnight, eventOnce, hoverTitle, textOf, useLocale} from '../helpers.js';
import {part, shownPart} from '../harness/shadow.js';

const HOUR = 3_600_000;
const item = (overrides: Partial<NewsItem> = {}): NewsItem => ({
  id: 'port',
  url: 'https://example.com/port',
  title: 'Port expansion opens a new terminal',
  summary: 'Capacity doubles at the Atlantic port.',
  image: new URL('/test/fixtures/image.svg', location.href).href,
  imageAlt: 'Cranes at the port',
  published: new Date(Date.now() - 3 * HOUR),
  authors: [{name: 'Amina Benali'}, {name: 'Youssef Idrissi'}],
  tags: ['Economy', 'Port'],
  ...overrides,
});

const card = (value: NewsItem, attrs = '') =>
  render<NewsArticleCardElement>(
    attrs === 'compact'
      ? html`<news-article-card .item=${value} variant="compact"></news-article-card>`
      : attrs === 'blank'
        ? html`<news-article-card .item=${value} target="_blank"></news-article-card>`
        : html`<news-article-card .item=${value}></news-article-card>`,
  );

/** The tags a reader sees. */
const shownTags = (el: Element) => [...part(el, 'tags')!.querySelectorAll('li')].filter((li) => li.getClientRects().length).map(textOf);

describe('<news-article-card>', () => {
  it('shows a date alone (date="2026-01-12") as a day, never in hours: "today", "yesterday"', async () => {
    const zone = 'America/Mexico_City';
    await clearOfMidnight(zone);
    const parts = new Intl.DateTimeFormat('en', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(new Date());
    const piece = (type: string) => parts.find((p) => p.type === type)!.value;
    const today = `${piece('year')}-${piece('month')}-${piece('day')}`;
    const el = await render<NewsArticleCardElement>(html`<news-article-card headline="Budget vote" href="https://example.com/b" date=${today} timezone=${zone}></news-article-card>`);
    expect(textOf(part(el, 'date'))).to.equal('today');
    expect(await hoverTitle(part(el, 'date')!)).to.match(/^\w+day, \w+ \d+, \d{4}$/);
    // For machines too, a day: not the instant of its midnight in one zone.
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal(today);
    el.date = `${today}T09:30:00Z`;
    await el.updateComplete;
    expect(part(el, 'date')!.getAttribute('datetime')).to.equal(`${today}T09:30:00.000Z`);
  });

  afterEach(() => useLocale('en'));

  it('shows the headline as the one link to the article', async () => {
    const el = await card(item());
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('https://example.com/port');
    expect(textOf(links[0])).to.equal('Port expansion opens a new terminal');
    expect(part(el, 'headline')!.getAttribute('role')).to.equal('heading');
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('3');
  });

  it('keeps heading-level to a level HTML has: 1 to 6, the default 3 for no number', async () => {
    const el = await card(item());
    const levels: string[] = [];
    for (const value of ['-2', '9', 'two']) {
      el.setAttribute('heading-level', value);
      await el.updateComplete;
      levels.push(part(el, 'headline')!.getAttribute('aria-level')!);
    }
    expect(levels).to.deep.equal(['1', '6', '3']);
  });

  it('keeps a full card light: 29 nodes in its shadow root, none of them whitespace', async () => {
    // Image, headline, summary, authors, date and three tags.
    const el = await card(item({tags: ['Economy', 'Port', 'Atlantic']}));
    const kinds = {element: 0, text: 0, blank: 0, comment: 0};
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.nodeType === Node.ELEMENT_NODE) kinds.element++;
      else if (node.nodeType === Node.COMMENT_NODE) kinds.comment++;
      else if (node.nodeType === Node.TEXT_NODE) kinds[node.textContent!.trim() ? 'text' : 'blank']++;
    }
    // 13 elements and 7 texts are the content; the comments are Lit's markers, one per text
    // binding and one for the optional reading time (62 nodes before the templates lost
    // their whitespace, 44 with a sub-template per optional part and a mapped tag list).
    expect(kinds).to.deep.equal({element: 13, text: 7, blank: 0, comment: 9});
  });

  it('lets the page restyle each tag (part tag)', async () => {
    const page = await render<HTMLElement>(html`<div>
      <style>.pills news-article-card::part(tag) { border-radius: 0; padding-inline: 0; border-style: none; }</style>
      <div class="pills"><news-article-card .item=${item()}></news-article-card></div>
    </div>`);
    const el = page.querySelector('news-article-card')!;
    await el.updateComplete;
    const tags = [...part(el, 'tags')!.querySelectorAll('li')].filter((li) => li.textContent);
    expect(tags.map(textOf)).to.deep.equal(['Economy', 'Port']);
    for (const tag of tags) {
      const style = getComputedStyle(tag);
      expect([style.borderStartStartRadius, style.paddingInlineStart, style.borderTopStyle]).to.deep.equal(['0px', '0px', 'none']);
    }
  });

  it('keeps a tag\'s text inside its rounded border, on one line (a pill) and on two', async () => {
    const long = 'كأس العالم 2030 لكرة القدم بالمغرب وإسبانيا والبرتغال';
    const page = await render<HTMLElement>(html`<div style="inline-size: 15rem"><news-article-card .item=${item({tags: ['Port', long], language: 'ar'})}></news-article-card></div>`);
    const el = page.querySelector('news-article-card')!;
    await el.updateComplete;
    const [short, wrapped] = [...part(el, 'tags')!.querySelectorAll('li')].filter((li) => li.textContent);
    /** Whether the corners of each line of `tag`'s text lie inside its border's rounded corners. */
    const inside = (tag: Element) => {
      const box = tag.getBoundingClientRect();
      const radius = Math.min(parseFloat(getComputedStyle(tag).borderStartStartRadius), box.height / 2, box.width / 2);
      const range = document.createRange();
      range.selectNodeContents(tag);
      // A rectangle per line, or per run of one direction in a line.
      const lines = [...range.getClientRects()];
      const outside = lines.flatMap((line) =>
        [
          [line.left, line.top],
          [line.right, line.top],
          [line.left, line.bottom],
          [line.right, line.bottom],
        ].filter(([x, y]) => {
          const dx = Math.max(0, box.left + radius - x, x - (box.right - radius));
          const dy = Math.max(0, box.top + radius - y, y - (box.bottom - radius));
          return Math.hypot(dx, dy) > radius + 0.5;
        }),
      );
      return {lines: new Set(lines.map((line) => Math.round(line.top))).size, outside: outside.length};
    };
    expect(inside(short)).to.deep.equal({lines: 1, outside: 0});
    const twoLines = inside(wrapped);
    expect(twoLines.lines, 'the long tag wraps').to.be.greaterThan(1);
    expect(twoLines.outside, 'text corners past the rounded border').to.equal(0);
    // One line stays a pill: its ends are half circles.
    expect(parseFloat(getComputedStyle(short).borderStartStartRadius)).to.be.at.least(short.getBoundingClientRect().height / 2);
  });

  it('shows the first three tags', async () => {
    const el = await card(item({tags: ['Economy', 'Port', 'Atlantic', 'Trade', 'Jobs']}));
    expect(shownTags(el)).to.deep.equal(['Economy', 'Port', 'Atlantic']);
  });

  it('makes the whole card clickable through the headline link', async () => {
    const el = await card(item());
    const base = part(el, 'base')!.getBoundingClientRect();
    const after = getComputedStyle(part(el, 'link')!, '::after');
    expect(after.position).to.equal('absolute');
    // A click in the card's far corner lands on the link.
    const hit = el.shadowRoot!.elementFromPoint(base.right - 2, base.bottom - 2);
    expect(hit?.closest('a')).to.equal(part(el, 'link'));
  });

  it('gives the date a tooltip with the full date and time, in the interface language', async () => {
    const published = new Date(Date.now() - 3 * HOUR);
    const el = await card(item({published}));
    const time = part(el, 'date')!;
    const full = (locale: string, date = published) => new Intl.DateTimeFormat(locale, {dateStyle: 'full', timeStyle: 'short'}).format(date);
    // The date stands above the link's cover: the pointer reaches it, not the link.
    const box = time.getBoundingClientRect();
    expect(el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.localName).to.equal('time');
    expect(await hoverTitle(time)).to.equal(full('en'));
    await useLocale('ar');
    await el.updateComplete;
    // Arabic with Latin digits, as Moroccan papers write dates.
    expect(await hoverTitle(time)).to.equal(full('ar-u-nu-latn'));
    // Written when the pointer comes, for the article shown then.
    const older = new Date('2025-03-04T12:00:00Z');
    el.item = item({published: older});
    await el.updateComplete;
    expect(await hoverTitle(time)).to.equal(full('ar-u-nu-latn', older));
  });

  it('describes its link by the full date and time once it has focus: the keyboard reaches no tooltip (helper-180)', async () => {
    const published = new Date(Date.now() - 3 * HOUR);
    const el = await card(item({published}));
    const link = part(el, 'link')!;
    expect(link.hasAttribute('title'), 'nothing formatted at render').to.equal(false);
    // The link covers the card: the pointer over it gets no tooltip (only over the date).
    link.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, composed: true}));
    expect(link.hasAttribute('title'), 'none on hover').to.equal(false);
    el.focus();
    expect(el.shadowRoot!.activeElement === link).to.equal(true);
    expect(link.getAttribute('title')).to.equal(new Intl.DateTimeFormat('en', {dateStyle: 'full', timeStyle: 'short'}).format(published));
  });

  it('keeps its layers under a page’s fixed header, whatever the header’s z-index', async () => {
    const el = await card(item());
    const time = part(el, 'date')!.getBoundingClientRect();
    const header = Object.assign(document.createElement('div'), {textContent: 'Site header'});
    header.style.cssText = `position: fixed; z-index: 1; inset-inline: 0; top: ${time.top - 4}px; height: ${time.height + 8}px; background: white`;
    document.body.prepend(header);
    try {
      const top = document.elementFromPoint(time.left + time.width / 2, time.top + time.height / 2);
      expect(top?.textContent, 'what lies over the date').to.equal('Site header');
    } finally {
      header.remove();
    }
  });

  it('shows summary, authors, tags and a relative date in a time element', async () => {
    // One item: another made later may be a minute later than the card's.
    const shown = item();
    const el = await card(shown);
    expect(textOf(part(el, 'summary'))).to.equal('Capacity doubles at the Atlantic port.');
    expect(textOf(part(el, 'author'))).to.equal('Amina Benali and Youssef Idrissi');
    expect(shownTags(el)).to.deep.equal(['Economy', 'Port']);
    const time = part(el, 'date') as HTMLTimeElement;
    expect(time.localName).to.equal('time');
    expect(time.dateTime).to.equal(shown.published!.toISOString());
    expect(textOf(time)).to.equal('3 hours ago');
  });

  it('keeps relative dates current from one timer shared by every card', async () => {
    // The page counts as visible, so the minute clock runs whatever tab the runner uses.
    Object.defineProperty(document, 'hidden', {configurable: true, get: () => false});
    const clock = sinon.useFakeTimers({now: Date.parse('2026-03-04T10:00:30Z'), toFake: ['setTimeout', 'clearTimeout', 'Date']});
    try {
      const minutesAgo = (n: number) => item({published: new Date(Date.now() - n * 60_000)});
      const cards = [await card(minutesAgo(3)), await card(minutesAgo(10)), await card(minutesAgo(30))];
      expect(cards.map((el) => textOf(part(el, 'date')))).to.deep.equal(['3 minutes ago', '10 minutes ago', '30 minutes ago']);
      expect(clock.countTimers(), 'one timer for the three cards').to.equal(1);
      // Past two minute marks (10:01 and 10:02): each card is a minute older.
      await clock.tickAsync(90_000);
      await Promise.all(cards.map((el) => el.updateComplete));
      expect(cards.map((el) => textOf(part(el, 'date')))).to.deep.equal(['4 minutes ago', '11 minutes ago', '31 minutes ago']);
      expect(clock.countTimers()).to.equal(1);
      // A card off the page for five minutes shows its age as soon as it is back.
      const [first] = cards;
      const place = first.parentNode!;
      first.remove();
      await clock.tickAsync(5 * 60_000);
      place.append(first);
      await first.updateComplete;
      expect(textOf(part(first, 'date'))).to.equal('9 minutes ago');
      fixtureCleanup();
      expect(clock.countTimers(), 'no timer once no card is shown').to.equal(0);
    } finally {
      clock.restore();
      delete (document as {hidden?: boolean}).hidden;
    }
  });

  for (const [when, start, hiddenFor] of [
    ['at a minute mark, midnight: the card shows its date from that minute', '2026-01-16T22:59:30Z', 0],
    ['while the tab is hidden: the card shows its date once the tab is back, however late (helper-166)', '2026-01-16T22:50:00Z', 8 * 3_600_000],
  ] as const) {
    it(`a day alone turns a week old ${when}, not "6 days ago" for good (helper-165)`, async () => {
      let hidden = false;
      Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
      // Casablanca is UTC+1 in January 2026: the 10th is 6 days ago until the 16th's midnight, 23:00 UTC.
      const clock = sinon.useFakeTimers({now: Date.parse(start), toFake: ['setTimeout', 'clearTimeout', 'Date']});
      try {
        const el = await render<NewsArticleCardElement>(html`<news-article-card headline="Rates held" href="https://example.com/rates" date="2026-01-10" timezone="Africa/Casablanca"></news-article-card>`);
        expect(textOf(part(el, 'date'))).to.equal('6 days ago');
        if (hiddenFor) {
          hidden = true;
          document.dispatchEvent(new Event('visibilitychange'));
          await clock.tickAsync(hiddenFor);
          hidden = false;
          document.dispatchEvent(new Event('visibilitychange'));
          await clock.tickAsync(0);
        } else {
          await clock.tickAsync(60_000);
        }
        await el.updateComplete;
        expect(textOf(part(el, 'date'))).to.equal('Jan 10, 2026');
      } finally {
        fixtureCleanup();
        clock.restore();
        delete (document as {hidden?: boolean}).hidden;
      }
    });
  }

  it('shows an absolute date for articles older than a week', async () => {
    const el = await card(item({published: new Date('2025-03-04T10:00:00Z')}));
    expect(textOf(part(el, 'date'))).to.equal('Mar 4, 2025');
  });

  it('renders a lazy image whose box is reserved before it loads', async () => {
    const el = await card(item());
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.loading).to.equal('lazy');
    expect(img.decoding).to.equal('async');
    expect(img.alt).to.equal('Cranes at the port');
    const box = img.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    expect(Math.round((box.width / box.height) * 100) / 100).to.equal(1.78);
  });

  it('loads the image at once and ahead of others with image-priority="high"', async () => {
    const el = await render<NewsArticleCardElement>(html`<news-article-card .item=${item()} image-priority="high"></news-article-card>`);
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.loading).to.equal('eager');
    expect(img.getAttribute('fetchpriority')).to.equal('high');
    const lazy = await card(item());
    expect((part(lazy, 'image') as HTMLImageElement).getAttribute('fetchpriority')).to.equal('auto');
  });

  it('leaves no empty box when there is no image', async () => {
    const el = await card(item({image: undefined}));
    expect(shownPart(el, 'image')).to.equal(null);
    expect(part(el, 'image')!.hasAttribute('src'), 'nothing to load').to.equal(false);
  });

  it('leaves no empty box for what an article lacks, also when its item changes', async () => {
    const el = await card(item());
    const names = ['summary', 'meta', 'date', 'author', 'tags', 'image'];
    expect(names.filter((name) => shownPart(el, name))).to.deep.equal(names);
    el.item = item({summary: undefined, published: undefined, authors: [], tags: [], image: undefined});
    await el.updateComplete;
    expect(names.filter((name) => shownPart(el, name))).to.deep.equal([]);
    // Only the headline takes room: the card is as tall as it.
    expect(part(el, 'base')!.getBoundingClientRect().height).to.be.closeTo(part(el, 'headline')!.getBoundingClientRect().height, 1);
    el.item = item({authors: [], tags: ['Port']});
    await el.updateComplete;
    expect(names.filter((name) => shownPart(el, name))).to.deep.equal(['summary', 'meta', 'date', 'tags', 'image']);
    expect(shownTags(el)).to.deep.equal(['Port']);
  });

  for (const locale of ['en', 'ar']) {
    it(`separates the meta items of a line with a dot, none starting a line (${locale})`, async () => {
      await useLocale(locale);
      const el = await render<NewsArticleCardElement>(
        html`<news-article-card .item=${item({authors: [{name: 'Amina Benali'}], contentText: 'word '.repeat(600)})}></news-article-card>`,
      );
      // Narrow enough for the reading time to start a second line: the date, the gap and the authors.
      const width = (name: string) => part(el, name)!.getBoundingClientRect().width;
      el.style.inlineSize = `calc(${width('date') + width('author')}px + 1.25em * 0.875 + 4px)`;
      const meta = part(el, 'meta')!.getBoundingClientRect();
      // The headline's link covers the card for the pointer: it lets the pointer through here.
      part(el, 'link')!.style.pointerEvents = 'none';
      const rtl = locale === 'ar';
      // What a reader sees (a pointer finds) just before an item: its separator, or what lies under the clipped one.
      const before = (name: string) => {
        const box = part(el, name)!.getBoundingClientRect();
        const x = rtl ? box.right + 8 : box.left - 8;
        return el.shadowRoot!.elementFromPoint(x, box.top + box.height / 2) === part(el, name);
      };
      const startsLine = (name: string) => Math.abs(part(el, name)!.getBoundingClientRect()[rtl ? 'right' : 'left'] - meta[rtl ? 'right' : 'left']) < 1;
      const names = ['date', 'author', 'reading-time'];
      expect(names.map((name) => shownPart(el, name) !== null)).to.deep.equal([true, true, true]);
      expect(names.map(startsLine), 'the reading time starts the second line').to.deep.equal([true, false, true]);
      expect(names.map(before), 'a separator before the authors only').to.deep.equal([false, true, false]);
      expect(getComputedStyle(part(el, 'author')!, '::before').content, 'screen readers skip it').to.match(/^"·"\s*\/\s*""$/);
      expect(getComputedStyle(part(el, 'date')!, '::before').content, 'none before the first item, which starts the line').to.be.oneOf(['none', 'normal']);
      // A theme may choose its own; the first item shown has none, whichever it is.
      el.style.setProperty('--news-meta-separator', "'|'");
      el.item = item({published: undefined, authors: [{name: 'Amina Benali'}]});
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'author')!, '::before').content).to.match(/^"\|"\s*\/\s*""$/);
      expect(before('author')).to.equal(false);
    });
  }

  it('drops the image box when the image fails to load', async () => {
    const el = await card(item({image: new URL('/test/fixtures/missing.png', location.href).href}));
    const img = part(el, 'image') as HTMLImageElement;
    expect(img).to.not.equal(null);
    // Lazy images in a background test page may wait; this test is about the failure.
    img.loading = 'eager';
    await waitUntil(() => shownPart(el, 'image') === null, 'the broken image stayed', {timeout: 5000});
    expect(part(el, 'image')!.hasAttribute('src')).to.equal(false);
  });

  it('treats an image without alt text as decorative', async () => {
    const el = await card(item({imageAlt: undefined}));
    expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
  });

  it('fires news-article-click with the item, position and source', async () => {
    const el = await card(item());
    el.position = 4;
    await el.updateComplete;
    const link = part(el, 'link') as HTMLAnchorElement;
    link.addEventListener('click', (event) => event.preventDefault());
    const fired = eventOnce<{item: NewsItem; position: number; source: string}>(document, 'news-article-click');
    link.click();
    const {detail, bubbles, composed} = await fired;
    expect(detail.item.id).to.equal('port');
    expect(detail.position).to.equal(4);
    expect(detail.source).to.equal('news-article-card');
    expect(bubbles && composed).to.equal(true);
  });

  it('opens a target="_blank" link with rel="noopener": the new tab gets no handle on this page', async () => {
    const el = await card(item(), 'blank');
    const link = part(el, 'link')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect((link as HTMLAnchorElement).relList.contains('noopener')).to.equal(true);
  });

  it('breaks no line at the no-break spaces a feed typesets with (French “Derby : …”, “7 %”, “100 000”)', async () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Le Matin',
      items: [
        {
          id: '1',
          url: 'https://example.com/derby',
          title: 'Derby de Casablanca\u00a0: un stade à guichets fermés pour le match',
          summary: 'Le trafic a crû de 7\u00a0% et dessert environ 100\u202f000 foyers de la région',
        },
      ],
    });
    const [typeset] = (await parseFeedText(feed, 'https://example.com/feed.json')).items;
    // Read as the feed wrote them, not as plain spaces.
    expect(typeset.title).to.equal('Derby de Casablanca\u00a0: un stade à guichets fermés pour le match');
    expect(typeset.summary).to.equal('Le trafic a crû de 7\u00a0% et dessert environ 100\u202f000 foyers de la région');
    const box = await render<HTMLDivElement>(html`<div lang="fr"></div>`);
    const el = document.createElement('news-article-card') as NewsArticleCardElement;
    el.item = typeset;
    box.append(el);
    await el.updateComplete;
    /** Whether the character `after` a no-break space in `name` starts a line of its own: it is lower than the character before the space. */
    const lineStartsAt = (name: string, after: string) => {
      const node = [...part(el, name)!.querySelectorAll('*'), part(el, name)!]
        .flatMap((element) => [...element.childNodes])
        .find((child): child is Text => child.nodeType === Node.TEXT_NODE && /[\u00a0\u202f]/.test(child.textContent!) && child.textContent!.includes(after))!;
      const at = node.data.search(new RegExp(`[\u00a0\u202f]${after}`));
      const rect = (index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect();
      };
      return rect(at + 1).top > rect(at - 1).bottom - 1;
    };
    // And shown so (the card's styles could still break there: overflow-wrap, line-break). From
    // a width that holds the widest unit that may not break ("Casablanca :"): narrower, a word
    // too long for its line is broken anywhere, as for any long word.
    for (let width = 180; width <= 480; width += 3) {
      box.style.inlineSize = `${width}px`;
      for (const [name, after] of [['headline', ':'], ['summary', '%'], ['summary', '000']]) {
        expect(lineStartsAt(name, after), `${width} px: a line of the ${name} starts with “${after}”`).to.equal(false);
      }
    }
  });

  it('shows an untitled post’s text once, as its headline (Scripting News, test/corpus/real-feeds)', async () => {
    const text = await (await fetch(new URL('../corpus/real-feeds/rsparser__scriptingNews.rss', import.meta.url))).text();
    const {items} = await parseFeedText(text, 'http://scripting.com/rss.xml');
    expect(items.map((untitled) => untitled.title.slice(0, 30))).to.deep.equal(['Good morning students and teac', 'This is the human side of Heal', 'Interesting Politico piece pos']);
    for (const untitled of items) {
      const el = await card(untitled);
      expect(textOf(part(el, 'headline'))).to.equal(untitled.title);
      expect(shownPart(el, 'summary')?.textContent ?? null, untitled.title).to.equal(null);
    }
    // A summary that repeats the headline in other punctuation (Google News: the headline's link, then the publisher) shows once too.
    const news = `<rss version="2.0"><channel><item><title>Maroc : le port de Tanger Med bat un record - Le360</title><link>https://news.google.com/rss/articles/CBMi?oc=5</link><description>&lt;a href="https://news.google.com/rss/articles/CBMi?oc=5" target="_blank"&gt;Maroc : le port de Tanger Med bat un record&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Le360&lt;/font&gt;</description><source url="https://fr.le360.ma">Le360</source></item></channel></rss>`;
    const [repeated] = (await parseFeedText(news, 'https://news.google.com/rss?hl=fr&gl=MA')).items;
    expect(shownPart(await card(repeated), 'summary')?.textContent ?? null).to.equal(null);
    // A title that only begins the summary is the writer's own: the summary shows.
    const titled = await card(item({title: 'Port expansion', summary: 'Port expansion opens a new terminal.'}));
    expect(textOf(part(titled, 'summary'))).to.equal('Port expansion opens a new terminal.');
  });

  it('compact cards show neither image, summary nor tags', async () => {
    const el = await card(item(), 'compact');
    expect(shownPart(el, 'image')).to.equal(null);
    expect(shownPart(el, 'summary')).to.equal(null);
    expect(shownPart(el, 'tags')).to.equal(null);
    expect(part(el, 'link')).to.not.equal(null);
  });

  it('crops its image to the shape a designer sets, per variant', async () => {
    const shape = async (variant: string, style = '') => {
      const el = await render<NewsArticleCardElement>(html`<news-article-card .item=${item()} variant=${variant} style="width: 600px; ${style}"></news-article-card>`);
      const box = part(el, 'image')!.getBoundingClientRect();
      return Math.round((box.width / box.height) * 100) / 100;
    };
    expect([await shape('vertical'), await shape('horizontal'), await shape('hero')], 'defaults').to.deep.equal([1.78, 1.33, 2]);
    expect(await shape('vertical', '--news-image-ratio: 1')).to.equal(1);
    expect(await shape('horizontal', '--news-list-image-ratio: 16 / 9')).to.equal(1.78);
    expect(await shape('hero', '--news-hero-image-ratio: 3 / 1')).to.equal(3);
    // Each variant its own: the vertical card's shape does not reach the others.
    expect(await shape('horizontal', '--news-image-ratio: 1')).to.equal(1.33);
  });

  it('horizontal cards put the image beside the text, on the start side', async () => {
    const el = await render<NewsArticleCardElement>(html`<news-article-card .item=${item()} variant="horizontal" style="width: 600px"></news-article-card>`);
    const image = part(el, 'image')!.getBoundingClientRect();
    const headline = part(el, 'headline')!.getBoundingClientRect();
    expect(image.right).to.be.at.most(headline.left + 1);
    // The text's parts stack in one column beside it, in order, whatever is missing; without an image, across the card.
    const stacked = (names: string[], left: number) => {
      const boxes = names.map((name) => part(el, name)!.getBoundingClientRect()).map((box) => [Math.round(box.left), Math.round(box.top)]);
      expect(boxes.map(([x]) => x), names.join()).to.deep.equal(boxes.map(() => Math.round(left)));
      boxes.slice(1).forEach(([, top], i) => expect(top, names[i + 1]).to.be.above(boxes[i][1]));
    };
    stacked(['headline', 'summary', 'meta', 'tags'], headline.left);
    el.item = item({summary: undefined});
    await el.updateComplete;
    stacked(['headline', 'meta', 'tags'], headline.left);
    el.item = item({image: undefined});
    await el.updateComplete;
    stacked(['headline', 'summary', 'meta', 'tags'], part(el, 'base')!.getBoundingClientRect().left);
    el.item = item();
    await useLocale('ar');
    await el.updateComplete;
    const imageRtl = part(el, 'image')!.getBoundingClientRect();
    const headlineRtl = part(el, 'headline')!.getBoundingClientRect();
    expect(imageRtl.left).to.be.at.least(headlineRtl.right - 1);
  });

  it('hero cards have a larger headline than vertical ones', async () => {
    const vertical = await card(item());
    const hero = await render<NewsArticleCardElement>(html`<news-article-card .item=${item()} variant="hero"></news-article-card>`);
    const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'headline')!).fontSize);
    expect(size(hero)).to.be.greaterThan(size(vertical));
  });

  it('sizes every variant\'s headline from --news-headline-size, and each variant\'s own property wins', async () => {
    const variants = ['vertical', 'compact', 'hero'];
    const sizes = async (style: string) => {
      const wrapper = await render<HTMLElement>(html`<div style=${style}>${variants.map((variant) => html`<news-article-card .item=${item()} variant=${variant}></news-article-card>`)}</div>`);
      const cards = [...wrapper.children] as NewsArticleCardElement[];
      await Promise.all(cards.map((el) => el.updateComplete));
      return cards.map((el) => Math.round(parseFloat(getComputedStyle(part(el, 'headline')!).fontSize) * 10) / 10);
    };
    const [vertical, compact, hero] = await sizes('');
    expect([vertical, compact]).to.deep.equal([18, 16]);
    expect(hero).to.be.within(24, 36);
    const [bigVertical, bigCompact, bigHero] = await sizes('--news-headline-size: 27px');
    expect([bigVertical, bigCompact]).to.deep.equal([27, 24]);
    // Between 4/3 and 2 times the headline size, growing with the width.
    expect(bigHero).to.be.within(36, 54).and.greaterThan(hero);
    expect(await sizes('--news-headline-size: 27px; --news-compact-headline-size: 15px; --news-hero-headline-size: 40px')).to.deep.equal([27, 15, 40]);
  });

  it('builds the article from attributes, keeping only http(s) links', async () => {
    const el = await render<NewsArticleCardElement>(html`<news-article-card
      href="/story"
      headline="Tram line &amp; bus lanes"
      summary="A summary"
      image="javascript:alert(1)"
      date="2020-01-02T03:04:05Z"
      author="Karim"
      heading-level="2"
    ></news-article-card>`);
    expect(part(el, 'link')!.getAttribute('href')).to.equal(new URL('/story', location.href).href);
    expect(textOf(part(el, 'link'))).to.equal('Tram line & bus lanes');
    expect(shownPart(el, 'image')).to.equal(null);
    expect(textOf(part(el, 'author'))).to.equal('Karim');
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('2');
    expect((part(el, 'date') as HTMLTimeElement).dateTime).to.equal('2020-01-02T03:04:05.000Z');
  });

  it('renders a javascript: href as plain text, not a link', async () => {
    const el = await render<NewsArticleCardElement>(html`<news-article-card href="javascript:alert(1)" headline="No link"></news-article-card>`);
    expect(el.shadowRoot!.querySelector(':any-link')).to.equal(null);
    expect(part(el, 'link')!.hasAttribute('href')).to.equal(false);
    expect(textOf(part(el, 'link'))).to.equal('No link');
  });

  it('renders nothing without a headline', async () => {
    const el = await render<NewsArticleCardElement>(html`<news-article-card href="/x"></news-article-card>`);
    expect(textOf(el.shadowRoot)).to.equal('');
    // No empty article, and no link without a name (a tab stop that says nothing).
    expect(el.shadowRoot!.querySelector('article, a, img') === null, 'an element rendered').to.equal(true);
  });

  it('renders nothing for a headline with nothing to see, and no byline for such an author (helper-96\'s audit)', async () => {
    const invisible = '\u200b\u2066\u2069\u00ad\u202e';
    const el = await render<NewsArticleCardElement>(html`<news-article-card href="/x" headline=${invisible}></news-article-card>`);
    expect([textOf(el.shadowRoot), el.shadowRoot!.querySelector('article, a, img') === null]).to.deep.equal(['', true]);
    const bylined = await render<NewsArticleCardElement>(html`<news-article-card href="/x" headline="Derby" author=${invisible}></news-article-card>`);
    expect(textOf(part(bylined, 'author'))).to.equal('');
  });

  it('follows the locale: Arabic text, date and right-to-left', async () => {
    const el = await card(item());
    await useLocale('ar');
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf(part(el, 'date'))).to.match(/^قبل [3٣] ساعات$/);
    expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal('المواضيع');
  });

  it('keeps the full tag for formatting: Latin digits in Arabic unless the tag asks for Arabic-Indic ones', async () => {
    const el = await card(item());
    await useLocale('ar-MA');
    await el.updateComplete;
    expect(textOf(part(el, 'date'))).to.equal('قبل 3 ساعات');
    await useLocale('ar-EG');
    await el.updateComplete;
    expect(textOf(part(el, 'date'))).to.equal('قبل 3 ساعات');
    await useLocale('ar-EG-u-nu-arab');
    await el.updateComplete;
    expect(textOf(part(el, 'date'))).to.equal('قبل ٣ ساعات');
  });

  for (const locale of ['en', 'ar']) {
    it(`passes axe in ${locale}`, async () => {
      await useLocale(locale);
      const el = await card(item());
      await expect(el).to.be.accessible();
    });
  }
});
