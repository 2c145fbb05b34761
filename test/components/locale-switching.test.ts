// Switching language in place: every element on the page follows, stale feed responses
// never show, and the choice survives a reload.
import {expect, fixture as render, html, oneEvent, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import type {NewsFeedElement, NewsLanguageSwitcherElement, NewsArticleCardElement} from '../../src/index.js';
import type {NewsFeed, NewsItem} from '../../src/core/feed.js';
import {LOCALE_PAGE_STORAGE_KEY, LOCALE_STORAGE_KEY, getLocale, initialLocale} from '../../src/core/locale.js';
import {countFetches, textOf, useLocale} from '../helpers.js';

const HOUR = 3_600_000;
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const item = (id: string, overrides: Partial<NewsItem> = {}): NewsItem => ({
  id,
  url: `https://example.com/${id}`,
  title: `Story ${id}`,
  published: new Date(Date.now() - 3 * HOUR),
  authors: [],
  tags: [],
  ...overrides,
});
const feedOf = (items: NewsItem[]): NewsFeed => ({items});
const cardsOf = (feed: Element) => [...feed.shadowRoot!.querySelectorAll<NewsArticleCardElement>('news-article-card')];
const settled = async (...elements: Element[]) => {
  for (const el of elements) {
    await (el as NewsFeedElement).updateComplete;
    if (el.localName === 'news-feed') await Promise.all(cardsOf(el).map((card) => card.updateComplete));
  }
};

/**
 * How each request `requests` saw ended, once all have: `answered`, or the error's name
 * (`AbortError` for one the library aborted). A stale request aborted can deliver nothing; the
 * library's reaction to an abort or an answer runs on promises, done by the next `updateComplete`.
 */
const requestsEnded = (requests: sinon.SinonSpy<Parameters<typeof fetch>, ReturnType<typeof fetch>>) =>
  Promise.all(
    requests.getCalls().map(async (call) => [new URL(String(call.args[0]), location.href).pathname, await call.returnValue.then(() => 'answered', (error: Error) => error.name)]),
  );

describe('switching language in place', () => {
  // Each catalog is loaded once, before the tests: a switch then takes milliseconds, so the
  // races below (a switch while a feed answers) do not depend on how long the dev server takes
  // to compile a catalog on a loaded machine.
  before(async () => {
    for (const tag of ['ar', 'es', 'fr', 'en']) await useLocale(tag);
  });
  afterEach(async () => {
    sinon.restore();
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    await useLocale('en');
  });

  it('updates every element on the page: headings, buttons, dates, counts and direction', async () => {
    const page = await render<HTMLElement>(html`<div>
      <news-language-switcher persist="false"></news-language-switcher>
      <news-feed limit="1" .feed=${feedOf([item('a'), item('b')])}></news-feed>
      <news-article-card .item=${item('c', {contentText: 'word '.repeat(600)})}></news-article-card>
    </div>`);
    const switcher = page.querySelector<NewsLanguageSwitcherElement>('news-language-switcher')!;
    const feed = page.querySelector<NewsFeedElement>('news-feed')!;
    const card = page.querySelector<NewsArticleCardElement>('news-article-card')!;
    await settled(switcher, feed, card);
    const seen = () => ({
      nav: $(switcher, '[part="base"]')!.getAttribute('aria-label'),
      heading: textOf($(feed, '[part="heading"]')),
      button: textOf($(feed, '[part="load-more"]')),
      feedDate: textOf($(cardsOf(feed)[0], '[part="date"]')),
      cardDate: textOf($(card, '[part="date"]')),
      readingTime: textOf($(card, '[part="reading-time"]')),
      dirs: [$(switcher, '[part="base"]'), $(feed, 'section'), $(cardsOf(feed)[0], 'article'), $(card, 'article')].map((e) => e!.dir),
    });
    expect(seen()).to.deep.equal({
      nav: 'Language',
      heading: 'Latest articles',
      button: 'Load more',
      feedDate: '3 hours ago',
      cardDate: '3 hours ago',
      readingTime: '3 min read',
      dirs: ['ltr', 'ltr', 'ltr', 'ltr'],
    });

    const ready = oneEvent(window, 'news-locale-ready');
    entriesOf(switcher).find((e) => e.lang === 'ar')!.click();
    expect((await ready).detail).to.deep.equal({locale: 'ar'});
    await settled(switcher, feed, card);
    expect(seen()).to.deep.equal({
      nav: 'اللغة',
      heading: 'أحدث المقالات',
      button: 'عرض المزيد',
      feedDate: 'قبل 3 ساعات',
      cardDate: 'قبل 3 ساعات',
      readingTime: '3 دقائق للقراءة',
      dirs: ['rtl', 'rtl', 'rtl', 'rtl'],
    });

    entriesOf(switcher).find((e) => e.lang === 'fr')!.click();
    await waitUntil(() => getLocale() === 'fr');
    await settled(switcher, feed, card);
    expect(seen()).to.deep.equal({
      nav: 'Langue',
      heading: 'Derniers articles',
      button: 'Voir plus',
      feedDate: 'il y a 3 heures',
      cardDate: 'il y a 3 heures',
      readingTime: '3 min de lecture',
      dirs: ['ltr', 'ltr', 'ltr', 'ltr'],
    });
  });

  it('keeps the page’s region when the reader switches back to its language: Moroccan months and clock on an ar-MA page', async () => {
    const root = document.documentElement;
    const declared = root.lang;
    root.lang = 'ar-MA';
    try {
      await useLocale('ar-MA');
      const page = await render<HTMLElement>(html`<div>
        <news-language-switcher></news-language-switcher>
        <news-article-card timezone="Africa/Casablanca" .item=${item('m', {published: new Date('2025-08-14T06:45:00Z')})}></news-article-card>
      </div>`);
      const switcher = page.querySelector<NewsLanguageSwitcherElement>('news-language-switcher')!;
      const card = page.querySelector<NewsArticleCardElement>('news-article-card')!;
      await settled(switcher, card);
      const date = () => {
        const time = $(card, '[part="date"]')!;
        time.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, composed: true})); // writes its tooltip
        return {text: textOf(time), title: time.title};
      };
      const moroccan = {text: '14 غشت 2025', title: 'الخميس، 14 غشت 2025 في 07:45 غرينتش\u2066+1\u2069'};
      expect(date()).to.deep.equal(moroccan);
      entriesOf(switcher).find((e) => e.lang === 'fr')!.click();
      await waitUntil(() => getLocale() === 'fr');
      entriesOf(switcher).find((e) => e.lang === 'ar')!.click();
      await waitUntil(() => getLocale().startsWith('ar'));
      await settled(switcher, card);
      // Not the Middle East's أغسطس and "7:45 ص": the page said ar-MA.
      expect(getLocale()).to.equal('ar-MA');
      expect(date()).to.deep.equal(moroccan);
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('ar-MA');
      // A plain "ar" remembered on this page (as by earlier versions) starts it in its own form too.
      localStorage.setItem(LOCALE_STORAGE_KEY, 'ar');
      expect(initialLocale()).to.equal('ar-MA');
    } finally {
      root.lang = declared;
      localStorage.removeItem(LOCALE_PAGE_STORAGE_KEY);
    }
  });

  it('shows the new language in an element put back on the page after a switch made while it was off it', async () => {
    const page = await render<HTMLElement>(html`<div><news-article-card .item=${item('d')}></news-article-card></div>`);
    const card = page.querySelector<NewsArticleCardElement>('news-article-card')!;
    await card.updateComplete;
    card.remove();
    await useLocale('ar');
    page.append(card);
    await card.updateComplete;
    expect(textOf($(card, '[part="date"]'))).to.equal('قبل 3 ساعات');
    expect($(card, 'article')!.dir).to.equal('rtl');
    // Off the page again: it is not rendered on a switch, and follows once back.
    card.remove();
    await useLocale('fr');
    await card.updateComplete;
    expect(textOf($(card, '[part="date"]'))).to.equal('قبل 3 ساعات');
    page.append(card);
    await card.updateComplete;
    expect(textOf($(card, '[part="date"]'))).to.equal('il y a 3 heures');
  });

  it('keeps the reader\'s place through reloads with placeholders: the card in its place, the empty list\'s message or Load more, never a place kept for later, and never where the reader has moved on (helper-180, helper-184, helper-185)', async () => {
    const version = 'https://jsonfeed.org/version/1.1';
    /** How many stories each language's feed has now. */
    const stories: Record<string, number> = {en: 3, ar: 3, fr: 3, es: 0, zgh: 0};
    // Each language's feed answers after 200 ms: the list shows its placeholders meanwhile.
    const original = window.fetch;
    const fetch = sinon.stub(window, 'fetch').callsFake(async (input, init) => {
      const lang = /place-(\w+)\.json/.exec(String(input instanceof Request ? input.url : input))?.[1];
      if (!lang) return original(input, init);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Tamazight's first page is empty, with a next one.
      const next = lang === 'zgh' ? {next_url: '/place-next.json'} : {};
      return Response.json({version, title: lang, language: lang, ...next, items: Array.from({length: stories[lang]}, (_, n) => ({id: `${lang}-${n + 1}`, url: `https://example.com/${lang}/${n + 1}`, title: `${lang} story ${n + 1}`}))});
    });
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/place-{lang}.json"></news-feed>`);
      const cardsOf = () => [...el.shadowRoot!.querySelectorAll<NewsArticleCardElement>('news-article-card')];
      /** Whatever focusing the cards' update led to has happened. */
      const settled = async () => {
        await el.updateComplete;
        await Promise.all(cardsOf().map((card) => card.updateComplete));
        await Promise.resolve();
      };
      await waitUntil(() => cardsOf().length === 3, 'English cards not shown');
      cardsOf()[1].focus();
      expect(el.shadowRoot!.activeElement === cardsOf()[1], 'the second card focused').to.equal(true);
      await useLocale('ar');
      await waitUntil(() => el.items[0]?.title === 'ar story 1' && cardsOf().length === 3, 'Arabic cards not shown');
      await waitUntil(() => el.shadowRoot!.activeElement === cardsOf()[1], 'focus not on the second Arabic card');
      expect(textOf(cardsOf()[1].shadowRoot!.querySelector('a'))).to.equal('ar story 2');

      // A reader who moves on while the list loads keeps their place.
      await useLocale('fr');
      await waitUntil(() => cardsOf().length === 0, 'the cards still shown, not placeholders');
      elsewhere.focus();
      await waitUntil(() => el.items[0]?.title === 'fr story 1' && cardsOf().length === 3, 'French cards not shown');
      await settled();
      expect(document.activeElement === elsewhere, 'focus where the reader put it').to.equal(true);

      // A reload that ends with no article: focus on the list's message, and no place kept for a later refresh to take (helper-184).
      cardsOf()[2].focus();
      await useLocale('es');
      // The empty list's message is shown (part status), not the loading one (hidden).
      await waitUntil(() => !!el.shadowRoot!.querySelector('[part="status"][role="status"]') && cardsOf().length === 0, 'the Spanish feed not shown empty');
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'status', 'focus not on the message');
      elsewhere.focus();
      elsewhere.blur();
      stories.es = 3;
      await el.reload();
      await waitUntil(() => cardsOf().length === 3, 'Spanish cards not shown');
      await settled();
      expect(document.activeElement === document.body, 'focus left where the reader left it').to.equal(true);

      // A reload that ends with no article but a next page: focus on "Load more", not on the hidden status (helper-185).
      cardsOf()[0].focus();
      await useLocale('zgh');
      await waitUntil(() => !!el.shadowRoot!.querySelector('[part="load-more"]') && cardsOf().length === 0, 'the Tamazight page not shown empty');
      await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'load-more', 'focus not on Load more');
    } finally {
      fetch.restore();
      elsewhere.remove();
    }
  });

  it('asks only for the new language’s feed when put back after a switch made while its request was cut off', async () => {
    const page = await render<HTMLElement>(html`<div><news-feed src="/__slow/400/test/fixtures/lang-{lang}.json?away"></news-feed></div>`);
    const el = page.querySelector<NewsFeedElement>('news-feed')!;
    await el.updateComplete;
    // The English request is under way: taking the feed off the page cuts it off.
    el.remove();
    await useLocale('ar');
    const {calls} = await countFetches(async () => {
      page.append(el);
      await waitUntil(() => el.items[0]?.title === 'قصة عربية', 'Arabic items not shown', {timeout: 5000});
    });
    expect(calls.filter((url) => url.includes('/lang-')).map((url) => new URL(url).pathname)).to.deep.equal(['/__slow/400/test/fixtures/lang-ar.json']);
  });

  it('switched 100 times, asks for each language’s feed once and holds no more listeners than before', async () => {
    const titles: Record<string, string> = {ar: 'قصة عربية', fr: 'Histoire française'};
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/lang-{lang}.json?hundred"></news-feed>`);
    await waitUntil(() => el.items[0]?.title === 'English story', 'English items not shown', {timeout: 5000});
    // Listeners on what lives as long as the page (window, document, the library's channels),
    // counted as added less removed: each switch replaces the cards, which stop and start the clock.
    const {addEventListener: add, removeEventListener: remove} = EventTarget.prototype;
    const lasting = (target: EventTarget) => target === window || target === document || target.constructor === EventTarget;
    let held = 0;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      if (lasting(this)) held++;
      return add.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      if (lasting(this)) held--;
      return remove.apply(this, args);
    };
    try {
      const {calls} = await countFetches(async () => {
        for (let i = 0; i < 100; i++) {
          const lang = i % 2 ? 'fr' : 'ar';
          await useLocale(lang);
          await waitUntil(() => el.items[0]?.title === titles[lang], `${lang} items not shown`, {timeout: 5000});
        }
      });
      expect(calls.map((url) => new URL(url).pathname)).to.deep.equal(['/test/fixtures/lang-ar.json', '/test/fixtures/lang-fr.json']);
    } finally {
      Object.assign(EventTarget.prototype, {addEventListener: add, removeEventListener: remove});
    }
    expect(held, 'listeners held after the switches, less those held before').to.equal(0);
  });

  it('takes direction from the locale, not the page: Arabic widgets on an ltr page and the reverse', async () => {
    await useLocale('ar');
    const ltrPage = await render<HTMLElement>(html`<div dir="ltr"><news-feed .feed=${feedOf([item('a')])}></news-feed></div>`);
    await settled(ltrPage.firstElementChild!);
    expect(getComputedStyle($(ltrPage.firstElementChild!, 'section')!).direction).to.equal('rtl');
    await useLocale('en');
    const rtlPage = await render<HTMLElement>(html`<div dir="rtl"><news-feed .feed=${feedOf([item('a')])}></news-feed></div>`);
    await settled(rtlPage.firstElementChild!);
    expect(getComputedStyle($(rtlPage.firstElementChild!, 'section')!).direction).to.equal('ltr');
  });

  it('shows only the last locale’s items when switching twice while a feed loads', async () => {
    const requests = sinon.spy(window, 'fetch');
    const el = await render<NewsFeedElement>(html`<news-feed src="/__slow/1000/test/fixtures/lang-{lang}.json?race"></news-feed>`);
    const shown = new Set<string>();
    el.addController({hostUpdated: () => el.items.forEach((i) => shown.add(i.title))});
    const loads: (string | undefined)[] = [];
    el.addEventListener('news-feed-load', (event) => loads.push(event.detail.feed.language));
    // The English request is under way; switch to Arabic (its request starts), then at once to French.
    await useLocale('ar');
    await el.updateComplete;
    await useLocale('fr');
    await waitUntil(() => el.items[0]?.title === 'Histoire française', 'French items not shown', {timeout: 5000});
    expect(await requestsEnded(requests), 'the stale requests were aborted: nothing of theirs can land').to.deep.equal([
      ['/__slow/1000/test/fixtures/lang-en.json', 'AbortError'],
      ['/__slow/1000/test/fixtures/lang-ar.json', 'AbortError'],
      ['/__slow/1000/test/fixtures/lang-fr.json', 'answered'],
    ]);
    await el.updateComplete;
    expect([...shown]).to.deep.equal(['Histoire française']);
    expect(loads).to.deep.equal(['fr']);
  });

  it('shows only the last locale’s items when two switches are issued back to back', async () => {
    const requests = sinon.spy(window, 'fetch');
    const el = await render<NewsFeedElement>(html`<news-feed src="/__slow/1000/test/fixtures/lang-{lang}.json?race2"></news-feed>`);
    const shown = new Set<string>();
    el.addController({hostUpdated: () => el.items.forEach((i) => shown.add(i.title))});
    void useLocale('ar');
    await useLocale('es');
    await waitUntil(() => el.items[0]?.title === 'Historia española', 'Spanish items not shown', {timeout: 5000});
    expect(await requestsEnded(requests), 'the stale requests were aborted: nothing of theirs can land').to.deep.equal([
      ['/__slow/1000/test/fixtures/lang-en.json', 'AbortError'],
      ['/__slow/1000/test/fixtures/lang-es.json', 'answered'],
    ]);
    await el.updateComplete;
    expect([...shown]).to.deep.equal(['Historia española']);
    expect(getLocale()).to.equal('es');
  });

  it('shows the new edition\'s skeleton, then its error alone, when its feed fails: never the last edition\'s articles in the new language', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/lang-{lang}.json?edition"></news-feed>`);
    await waitUntil(() => el.items[0]?.title === 'English story', 'English items not shown', {timeout: 5000});
    const shown: string[] = [];
    el.addController({hostUpdated: () => shown.push(...el.shownItems.map((i) => i.title))});
    // No Tamazight edition: its feed answers 404.
    const failed = oneEvent(el, 'news-feed-error');
    await useLocale('zgh');
    await el.updateComplete;
    expect($(el, '[aria-busy="true"]'), 'the skeleton').to.not.equal(null);
    await failed;
    await settled(el);
    expect(shown, 'articles shown after the switch').to.deep.equal([]);
    expect(cardsOf(el)).to.have.length(0);
    expect($(el, '[role="alert"]')).to.not.equal(null);
  });

  it('remembers the choice across a reload of the page', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'reload test';
    const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    let ready = loaded();
    frame.src = '/test/fixtures/locale-page.html';
    document.body.append(frame);
    try {
      await ready;
      const inFrame = () => frame.contentDocument!;
      const headingIn = () => textOf(inFrame().querySelector('news-feed')?.shadowRoot?.querySelector('[part="heading"]'));
      await waitUntil(() => headingIn() === 'Latest articles', 'page did not start in English', {timeout: 5000});
      const switcher = inFrame().querySelector('news-language-switcher')!;
      await waitUntil(() => switcher.shadowRoot?.querySelector('[lang="fr"]'));
      switcher.shadowRoot!.querySelector<HTMLElement>('[lang="fr"]')!.click();
      await waitUntil(() => headingIn() === 'Derniers articles', 'did not switch to French');
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('fr');

      ready = loaded();
      frame.contentWindow!.location.reload();
      await ready;
      await waitUntil(() => headingIn() === 'Derniers articles', 'the reloaded page is not in French', {timeout: 5000});
      const feed = inFrame().querySelector('news-feed')!;
      await waitUntil(() => feed.shadowRoot!.querySelector('news-article-card'), 'French feed not loaded', {timeout: 5000});
      expect(textOf(feed.shadowRoot!.querySelector('news-article-card')!.shadowRoot!.querySelector('[part="link"]'))).to.equal('Histoire française');
      expect(inFrame().documentElement.lang).to.equal('en'); // the page said English: the remembered choice wins
    } finally {
      frame.remove();
    }
  });
});

function entriesOf(switcher: Element) {
  return [...switcher.shadowRoot!.querySelectorAll<HTMLElement>('[part~="link"]')];
}
