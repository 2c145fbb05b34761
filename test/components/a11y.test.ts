// Accessibility across the elements: keyboard walkthrough and what a screen reader gets
// (forced colours and reduced motion: reader-preferences.test.ts).
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-language-switcher/news-language-switcher.js';
import '../../src/components/news-header-bar/news-header-bar.js';
import '../../src/components/news-related/news-related.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsItem} from '../../src/core/feed.js';
import {browserEngine, contrast, fixture, onlyIn, useLocale} from '../helpers.js';

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}

const items = (count: number): NewsItem[] =>
  Array.from({length: count}, (_, i) => ({
    id: `k${i}`,
    url: `https://example.com/k${i}`,
    title: `Keyboard story ${i + 1}`,
    summary: `Summary ${i + 1}`,
    published: new Date(Date.now() - (i + 1) * 3_600_000),
    authors: [{name: `Author ${i + 1}`}],
    tags: [],
  }));

/** The element focused inside nested shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const feedRoot = (el: Element) => el.shadowRoot!;

/** Every element in `root` and in the shadow roots below it. */
function deepElements(root: ParentNode, found: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, found);
  }
  return found;
}

describe('accessibility', () => {
  afterEach(async () => {
    await useLocale('en');
  });

  for (const locale of ['en', 'ar']) {
    it(`keyboard only (${locale}): one tab stop per card, then "Load more", which focuses the first new card`, async () => {
      await useLocale(locale);
      const el = await render<NewsFeedElement>(html`<div>
        <button id="before">before</button>
        <news-feed limit="2" .feed=${{items: items(3)}}></news-feed>
      </div>`);
      const feed = el.querySelector('news-feed')!;
      await feed.updateComplete;
      el.querySelector<HTMLButtonElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({press: 'Tab'});
        stops.push(deepActive()?.textContent?.trim() ?? '');
      }
      const loadMore = locale === 'ar' ? 'عرض المزيد' : 'Load more';
      expect(stops).to.deep.equal(['Keyboard story 1', 'Keyboard story 2', loadMore]);
      await sendKeys({press: 'Enter'});
      await waitUntil(() => deepActive()?.textContent?.trim() === 'Keyboard story 3', 'focus did not move to the new card');
      expect(feedRoot(feed).querySelector('[part="load-more"]')).to.equal(null);
    });
  }

  for (const locale of ['en', 'ar']) {
    it(`text spacing (${locale}): a reader's letter and word spacing reach every text of the feed and the switcher, buttons included, and cut none at 320 px`, async () => {
      await useLocale(locale);
      // What a text-spacing bookmarklet or user stylesheet reaches: the page's elements, the
      // elements' hosts among them, and their shadow DOM by inheritance only.
      const spacing = document.createElement('style');
      spacing.textContent = '* {line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important} p {margin-block-end: 2em !important}';
      document.head.append(spacing);
      try {
        const page = await render<HTMLElement>(html`<div style="inline-size: 320px">
          <news-language-switcher locales="ar fr es en"></news-language-switcher>
          <news-language-switcher locales="ar fr es en" variant="menu" label="Edition"></news-language-switcher>
          <news-feed limit="1" .feed=${{items: items(2)}}></news-feed>
          <news-feed src="/__status/404" heading=""></news-feed>
        </div>`);
        const [broken] = [...page.querySelectorAll('news-feed')].slice(1);
        await waitUntil(() => feedRoot(broken).querySelector('[part="retry"]'), 'no Retry');
        const menu = page.querySelectorAll('news-language-switcher')[1];
        menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
        await waitUntil(() => menu.shadowRoot!.activeElement, 'the menu did not open');
        const texts = deepElements(page).filter((el) => [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) && el.getClientRects().length);
        expect(texts.flatMap((el) => el.part.value.split(' '))).to.include.members(['load-more', 'retry', 'link', 'current']);
        // Inherited, the spacing is the length the host computed (0.12em and 0.16em of its font size).
        const given = getComputedStyle(page);
        const unspaced = texts.filter((el) => getComputedStyle(el).letterSpacing !== given.letterSpacing || getComputedStyle(el).wordSpacing !== given.wordSpacing);
        expect(unspaced.map((el) => `${el.localName} ${el.getAttribute('part') ?? ''}: "${el.textContent!.trim()}"`)).to.deep.equal([]);
        // What clips its text (text for screen readers only, 1 px wide, left out).
        const cut = deepElements(page).filter((el) => !el.matches('.visually-hidden') && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible');
        expect(cut.map((el) => el.localName)).to.deep.equal([]);
      } finally {
        spacing.remove();
      }
    });
  }

  for (const locale of ['en', 'ar']) {
    it(`reflow (${locale}): the header bar laid out as a column fits a 320 px window at 200% text, with no sideways scroll`, async () => {
      await useLocale(locale);
      const column = document.createElement('style');
      column.textContent = '.column-bar news-header-bar::part(base) {flex-direction: column; align-items: stretch}';
      document.head.append(column);
      try {
        // 32 px text: a reader's 200% of 16 px. The weather's reserve (14em) is 448 px there.
        // In the page's direction: an Arabic edition's page is right to left.
        const page = await render<HTMLElement>(html`<div class="column-bar" dir=${locale === 'ar' ? 'rtl' : 'ltr'} style="inline-size: 320px; font-size: 32px; overflow: auto">
          <news-header-bar timezone="Africa/Casablanca" hijri city="Casablanca" .weather=${{temperature: 13.1, weatherCode: 2, isDay: true}}></news-header-bar>
        </div>`);
        await page.querySelector('news-header-bar')!.updateComplete;
        expect(page.scrollWidth, 'the page\'s width with the bar in it').to.be.at.most(320);
      } finally {
        column.remove();
      }
    });
  }

  for (const [scheme, page] of [
    ['light', 'color-scheme: light; background: #fff; color: #595959'],
    ['dark', 'color-scheme: dark; background: #121212; color: #a3a3a3'],
  ]) {
    it(`contrast (${scheme}): the muted summary, date, author and weather condition keep 4.5:1 on a page whose text has 7:1`, async () => {
      const wrapper = await render<HTMLElement>(html`<div style=${page}>
        <news-header-bar timezone="UTC" .weather=${{temperature: 13.1, weatherCode: 2, isDay: true}}></news-header-bar>
        <news-feed .feed=${{items: items(1)}}></news-feed>
      </div>`);
      const background = getComputedStyle(wrapper).backgroundColor;
      expect(contrast(getComputedStyle(wrapper).color, background)).to.be.within(7, 7.5);
      const card = feedRoot(wrapper.querySelector('news-feed')!).querySelector('news-article-card')!;
      await card.updateComplete;
      const bar = wrapper.querySelector('news-header-bar')!;
      const muted = [...['summary', 'date', 'author'].map((name) => card.shadowRoot!.querySelector(`[part="${name}"]`)!), bar.shadowRoot!.querySelector('[part="condition"]')!];
      const ratios = Object.fromEntries(muted.map((el) => [el.getAttribute('part'), Number(contrast(getComputedStyle(el).color, background).toFixed(2))]));
      for (const [name, ratio] of Object.entries(ratios)) expect(ratio, `${name}: ${JSON.stringify(ratios)}`).to.be.at.least(4.5);
    });
  }

  for (const [scheme, page] of [
    ['light', 'color-scheme: light; background: #fff; color: #222'],
    ['dark', 'color-scheme: dark; background: #121212; color: #eee'],
  ]) {
    it(`contrast (${scheme}): the weather icons keep 3:1, the icon being all a narrow bar shows of the weather`, async () => {
      // Sun and moon, clouds, rain, snow, haze and a thunderstorm's bolt, by day and by night.
      const weathers = [[0, true], [0, false], [3, true], [61, true], [71, true], [6, true], [95, true]] as const;
      const wrapper = await render<HTMLElement>(html`<div style=${page}>
        ${weathers.map(([weatherCode, isDay]) => html`<news-header-bar timezone="UTC" .weather=${{temperature: 13, weatherCode, isDay}}></news-header-bar>`)}
      </div>`);
      const background = getComputedStyle(wrapper).backgroundColor;
      const shapes = [...wrapper.querySelectorAll('news-header-bar')].flatMap((bar) => [...bar.shadowRoot!.querySelectorAll<SVGElement>('.sun, .moon, .cloud, .rain, .snow, .dust, .bolt')]);
      const kinds = new Set(shapes.map((shape) => shape.classList[0]));
      expect([...kinds].sort()).to.deep.equal(['bolt', 'cloud', 'dust', 'moon', 'rain', 'snow', 'sun']);
      const low = shapes
        .map((shape) => ({kind: shape.classList[0], ratio: contrast(getComputedStyle(shape).fill, background)}))
        .filter(({ratio}) => ratio < 3)
        .map(({kind, ratio}) => `${kind} ${ratio.toFixed(2)}`);
      expect([...new Set(low)]).to.deep.equal([]);
    });
  }

  it('uses light-dark() only where the browser has it: under Chrome 123 and Safari 17.5, a var() falling back to it voided the whole declaration (no focus ring)', async () => {
    const found: string[] = [];
    const walk = (rules: CSSRuleList, tag: string, guarded: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSSupportsRule) walk(rule.cssRules, tag, guarded || rule.conditionText.includes('light-dark'));
        else {
          // A style rule's own declarations (Firefox counts a style rule as a grouping rule too: its nested rules), then what it groups.
          if (!guarded && rule instanceof CSSStyleRule && rule.style.cssText.includes('light-dark(')) found.push(`<${tag}> ${rule.cssText}`);
          if ('cssRules' in rule) walk(rule.cssRules as CSSRuleList, tag, guarded);
        }
      }
    };
    for (const tag of ['news-article-card', 'news-feed', 'news-header-bar', 'news-language-switcher', 'news-related']) {
      for (const style of (customElements.get(tag) as unknown as {elementStyles: {cssText: string}[]}).elementStyles) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(style.cssText);
        walk(sheet.cssRules, tag, false);
      }
    }
    expect(found).to.deep.equal([]);
  });

  it('keyboard only: a next page with nothing new takes "Load more" away and leaves focus on the last card, not the page', async () => {
    const feed = await render<NewsFeedElement>(html`<news-feed limit="2" .feed=${{items: items(2), nextUrl: fixture('empty.json')}}></news-feed>`);
    const loadMore = feedRoot(feed).querySelector<HTMLButtonElement>('[part="load-more"]')!;
    loadMore.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !feedRoot(feed).querySelector('[part="load-more"]'), '"Load more" stayed');
    await waitUntil(() => deepActive() !== document.body, 'focus fell to the page');
    expect(deepActive()?.textContent?.trim()).to.equal('Keyboard story 2');
  });

  it('keyboard only: "Load more" after a reveal of the last loaded items focuses the first card of the next page, and adds limit cards', async () => {
    // Three items and a next page, two a press: the first press reveals the third, the second loads page 2.
    const feed = await render<NewsFeedElement>(html`<news-feed limit="2" .feed=${{items: items(3), nextUrl: fixture('page-2.json')}}></news-feed>`);
    const loadMore = () => feedRoot(feed).querySelector<HTMLButtonElement>('[part="load-more"]')!;
    const titles = () => [...feedRoot(feed).querySelectorAll('news-article-card')].map((card) => card.shadowRoot?.querySelector('[part="link"]')?.textContent?.trim());
    loadMore().focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => deepActive()?.textContent?.trim() === 'Keyboard story 3', 'the first press did not focus the third card');
    loadMore().focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => titles().length === 5, 'the next page did not load');
    expect(titles()).to.deep.equal(['Keyboard story 1', 'Keyboard story 2', 'Keyboard story 3', 'Page one, third', 'Page two, first']);
    // Page two has no next page: "Load more" is gone, and focus moves once the new cards have rendered.
    await waitUntil(() => deepActive()?.textContent?.trim() === 'Page one, third', `focus is on ${deepActive()?.textContent?.trim()}, not the first new card`);
    expect(loadMore() === null, '"Load more" left').to.equal(true);
  });

  let refreshed = 0;
  /**
   * A feed of `limit` whose first load answers `first` and whose reload answers `second`, with
   * focus on its card at `focus` before the reload; resolves with the feed and that card. Each
   * call reads its own URL: the feed cache keeps what an earlier test's feed answered.
   */
  async function refreshWithFocus(limit: number, first: NewsItem[], second: NewsItem[], focus: number) {
    const src = `/refreshed-feed-${++refreshed}.json`;
    const responses = [first, second];
    const original = window.fetch;
    window.fetch = async () => new Response(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: responses.shift() ?? []}));
    try {
      const feed = await render<NewsFeedElement>(html`<news-feed limit=${limit} src=${src}></news-feed>`);
      await waitUntil(() => feedRoot(feed).querySelectorAll('news-article-card').length === first.length, 'first load');
      const card = feedRoot(feed).querySelectorAll('news-article-card')[focus];
      await card.updateComplete;
      card.focus();
      expect(deepActive()?.textContent?.trim()).to.equal(first[focus].title);
      await feed.reload();
      await feed.updateComplete;
      return {feed, card};
    } finally {
      window.fetch = original;
    }
  }

  it('keyboard only: a refresh that pushes the focused card past limit leaves focus on the card now in its place, not on the page', async () => {
    await refreshWithFocus(2, items(2), [{...items(3)[2], id: 'fresh', title: 'Fresh story'}, ...items(2)], 1);
    await waitUntil(() => deepActive() !== document.body && deepActive()?.textContent?.trim() === 'Keyboard story 1', `focus went to ${deepActive()?.localName}`);
  });

  it('keyboard only: a refresh that moves the focused card (an updated story bumped to the top) leaves focus on that story', async () => {
    const [a, b, c] = items(3);
    const {feed, card} = await refreshWithFocus(3, [a, b, c], [c, a, b], 2);
    await waitUntil(() => feedRoot(feed).querySelector('news-article-card') === card, 'the story did not move to the top');
    await waitUntil(() => deepActive()?.textContent?.trim() === 'Keyboard story 3', `focus went to ${deepActive()?.textContent?.trim() || deepActive()?.localName}`);
  });

  it('lists say they are lists where Safari\'s VoiceOver would not: styled without markers, outside a <nav> element', async () => {
    const page = await render<HTMLElement>(html`<div>
      <news-language-switcher locales="ar fr es en"></news-language-switcher>
      <news-feed .feed=${{items: items(2).map((item) => ({...item, tags: ['Maroc', 'Sport']}))}}></news-feed>
    </div>`);
    const feed = page.querySelector('news-feed')!;
    await waitUntil(() => feedRoot(feed).querySelector('news-article-card')?.shadowRoot?.querySelector('ul'), 'no card tags');
    const lists = deepElements(page).filter((el) => el.localName === 'ul');
    expect(lists.map((list) => list.getAttribute('part'))).to.deep.equal(['list', 'list', 'tags', 'tags']);
    expect(lists.filter((list) => getComputedStyle(list).listStyleType === 'none' && list.getAttribute('role') !== 'list').map((list) => list.getAttribute('part'))).to.deep.equal([]);
  });

  it('keyboard only: Retry is reachable and retries', async () => {
    const feed = await render<NewsFeedElement>(html`<news-feed src="/__status/404"></news-feed>`);
    await waitUntil(() => feedRoot(feed).querySelector('[part="retry"]'));
    let errors = 0;
    feed.addEventListener('news-feed-error', () => errors++);
    await sendKeys({press: 'Tab'});
    expect(deepActive()?.getAttribute('part')).to.equal('retry');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => errors === 1, 'Enter on Retry did not fetch again');
  });

  it("a screen reader gets each card as a link and an article named by its headline, and the feed's heading", async () => {
    const feed = await render<NewsFeedElement>(html`<news-feed heading="Latest" .feed=${{items: items(2)}}></news-feed>`);
    const cards = [...feedRoot(feed).querySelectorAll('news-article-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    cards.forEach((card, i) => card.shadowRoot!.querySelector('[part="link"]')!.setAttribute('data-ax-probe', `link-${i}`));
    cards.forEach((card, i) => card.shadowRoot!.querySelector('[part="base"]')!.setAttribute('data-ax-probe', `article-${i}`));
    feedRoot(feed).querySelector('[part="heading"]')!.setAttribute('data-ax-probe', 'heading');
    // The browser's own accessibility code answers (see accessibility-matches in web-test-runner.config.mjs).
    const matches = await executeServerCommand('accessibility-matches', [
      {key: 'link-0', role: 'link', name: 'Keyboard story 1'},
      {key: 'link-1', role: 'link', name: 'Keyboard story 2'},
      {key: 'heading', role: 'heading', name: 'Latest'},
      // Each card is an article named by its headline (as WAI-ARIA's feed pattern names its articles).
      {key: 'article-0', role: 'article', name: 'Keyboard story 1'},
      {key: 'article-1', role: 'article', name: 'Keyboard story 2'},
      // What must not match: another card's name, another role.
      {key: 'link-0', role: 'link', name: 'Keyboard story 2'},
      {key: 'heading', role: 'link', name: 'Latest'},
    ]);
    expect(matches).to.deep.equal([true, true, true, true, true, false, false]);
  });

  it('a screen reader reads each card as one link, then its date and author, in that order', async function () {
    await onlyIn(this, ['chromium'], 'the whole accessibility tree in reading order needs CDP: puppeteer\'s accessibility.snapshot over WebDriver BiDi (Firefox 153) says "CDP support is required", and WebKitWebDriver 2.50 computes one element\'s role and label at a time (checked by the test above)');
    const feed = await render<NewsFeedElement>(html`<news-feed heading="Latest" .feed=${{items: items(2)}}></news-feed>`);
    await Promise.all([...feedRoot(feed).querySelectorAll('news-article-card')].map((c) => c.updateComplete));
    const tree = (await executeServerCommand('accessibility-tree')) as AXNode;
    const flat: AXNode[] = [];
    const walk = (node: AXNode) => {
      flat.push(node);
      node.children?.forEach(walk);
    };
    walk(tree);
    const links = flat.filter((node) => node.role === 'link');
    expect(links.map((link) => link.name)).to.deep.equal(['Keyboard story 1', 'Keyboard story 2']);
    // Without the invisible bidi isolates around each author's name, which screen readers do not speak.
    const names = flat.map((node) => (node.name ?? '').replace(/[\u2066-\u2069]/g, '')).filter(Boolean);
    const first = names.indexOf('Keyboard story 1');
    const date = names.findIndex((name, i) => i > first && /hour/.test(name));
    const author = names.indexOf('Author 1');
    expect(first).to.be.greaterThan(-1);
    expect(date).to.be.greaterThan(first);
    expect(author).to.be.greaterThan(date);
    expect(flat.some((node) => node.role === 'heading' && node.name === 'Latest')).to.equal(true);
  });
  for (const list of ['news-feed', 'news-related'] as const) {
    it(`a screen reader hears ${list} load and come up empty: one status, there from the first render, says each in turn; the skeleton is no list`, async () => {
      const src = `/__slow/400/test/fixtures/empty.json?${list}`;
      const el = await render<HTMLElement>(
        list === 'news-feed' ? html`<news-feed src=${src}></news-feed>` : html`<news-related src=${src} current="https://example.com/a"></news-related>`,
      );
      const statuses = () => [...feedRoot(el).querySelectorAll('[role="status"], [role="alert"], [aria-live]')];
      const [region] = statuses();
      expect(statuses(), 'one live region').to.have.length(1);
      expect(region.textContent!.trim()).to.equal('Loading articles…');
      // The placeholder cards are hidden from assistive technology, not read as an empty list.
      const skeleton = feedRoot(el).querySelector('[part="list"]')!;
      expect(skeleton.closest('[aria-hidden="true"]') === skeleton, 'the skeleton is hidden').to.equal(true);
      const empty = list === 'news-feed' ? 'No articles yet. Please check back soon.' : 'No other articles yet.';
      await waitUntil(() => feedRoot(el).querySelector('[part="status"]'), 'no empty message', {timeout: 5000});
      // The same region, still there, now says the empty message (a region inserted with its
      // text is not read out), and is the message seen: one element, seen and heard once.
      expect(statuses().length).to.equal(1);
      expect(statuses()[0] === region, 'the region of the first render').to.equal(true);
      expect(region.textContent!.trim()).to.equal(empty);
      expect(feedRoot(el).querySelector('[part="status"]') === region, 'the visible message is the region').to.equal(true);
      expect(region.getBoundingClientRect().height, 'the message is seen').to.be.greaterThan(20);
    });
  }

  /** Serves `answers` in turn to the page's fetches (the last one to every fetch after), then restores fetch. */
  function answering(answers: (() => Promise<Response>)[]): () => void {
    const original = window.fetch;
    window.fetch = () => (answers.length > 1 ? answers.shift()! : answers[0])();
    return () => (window.fetch = original);
  }
  const jsonFeed = (feedItems: NewsItem[]) => new Response(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: feedItems}));

  it('a screen reader hears Retry start loading again, from the same status region', async () => {
    let answer!: (response: Response) => void;
    const restore = answering([async () => new Response('', {status: 404}), () => new Promise((resolve) => (answer = resolve))]);
    try {
      const feed = await render<NewsFeedElement>(html`<news-feed src="/retried-feed.json"></news-feed>`);
      const region = feedRoot(feed).querySelector('[role="status"]')!;
      await waitUntil(() => feedRoot(feed).querySelector('[part="retry"]'), 'no Retry');
      expect(region.isConnected && region.textContent!.trim()).to.equal('');
      feedRoot(feed).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => region.textContent!.trim() === 'Loading articles…', `the region says “${region.textContent!.trim()}”`);
      expect(region.isConnected).to.equal(true);
      answer(jsonFeed(items(2)));
      await waitUntil(() => feedRoot(feed).querySelectorAll('news-article-card').length === 2, 'the retried feed did not show');
      expect(region.isConnected && region.textContent!.trim()).to.equal('');
    } finally {
      restore();
    }
  });

  it('"N new articles" is said once, after its refresh: not again when a tag filter comes and goes', async () => {
    const [a, b, c, d] = items(4);
    const restore = answering([async () => jsonFeed([a, b]), async () => jsonFeed([c, d, a, b])]);
    try {
      const feed = await render<NewsFeedElement>(html`<news-feed src="/refreshed-tagged-feed.json"></news-feed>`);
      await waitUntil(() => feedRoot(feed).querySelectorAll('news-article-card').length === 2, 'first load');
      await feed.reload();
      await feed.updateComplete;
      const region = () => [...feedRoot(feed).querySelectorAll('[role="status"]')].at(-1)!;
      expect(region().textContent!.trim()).to.equal('2 new articles');
      feed.tag = 'nothing';
      await feed.updateComplete;
      expect(region().textContent!.trim()).to.equal('No articles about “\u2068nothing\u2069” yet.');
      feed.tag = undefined;
      await feed.updateComplete;
      expect(feedRoot(feed).querySelectorAll('news-article-card')).to.have.length(4);
      expect(region().textContent!.trim()).to.equal('');
    } finally {
      restore();
    }
  });

  it('two feeds\' "Load more" buttons are told apart by their headings (and in Chromium\'s accessibility tree)', async () => {
    const page = await render<HTMLElement>(html`<div>
      <news-feed heading="Latest" limit="1" .feed=${{items: items(2)}}></news-feed>
      <news-feed heading="Sport" limit="1" .feed=${{items: items(2)}}></news-feed>
    </div>`);
    const feeds = [...page.querySelectorAll<NewsFeedElement>('news-feed')];
    await Promise.all(feeds.map((feed) => feed.updateComplete));
    const described = feeds.map((feed) => {
      const button = feedRoot(feed).querySelector('[part="load-more"]')!;
      const ids = (button.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      return ids.map((id) => feedRoot(feed).getElementById(id)?.textContent?.trim()).join(' ');
    });
    expect(described).to.deep.equal(['Latest', 'Sport']);
    // Where the browser's whole accessibility tree can be read (Chromium: CDP), it says so too.
    const tree = (await executeServerCommand('accessibility-tree')) as AXNode | false;
    expect(!!tree || (await browserEngine()) !== 'chromium', 'Chromium gives its accessibility tree').to.equal(true);
    if (tree) {
      const buttons: (AXNode & {description?: string})[] = [];
      const walk = (node: AXNode) => {
        if (node.role === 'button' && node.name === 'Load more') buttons.push(node);
        node.children?.forEach(walk);
      };
      walk(tree);
      expect(buttons.map((button) => button.description)).to.deep.equal(['Latest', 'Sport']);
    }
  });
});
