// A host app that configured @lit/localize (and picked Arabic) before the library: the page
// must keep working and the library follows the host's switches. Until the host merges the
// library's catalogs (`news-widgets/locales/<lang>.js`) into its own, the elements' strings
// stay English, and so do their `lang`, `dir` and dates; once merged, they switch with the
// host. Its own file: configureLocalization is once per page.
import {expect, fixture as render, html} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-language-switcher/news-language-switcher.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsLanguageSwitcherElement} from '../../src/components/news-language-switcher/news-language-switcher.component.js';
import {getLocale, onLocaleChange, setLocale} from '../../src/core/locale.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsItem} from '../../src/core/feed.js';
import {textOf} from '../helpers.js';
import {part} from '../harness/shadow.js';

// The host's own catalogs (its message ids only).
const hostCatalogs: Record<string, Record<string, string>> = {ar: {'host.greeting': 'مرحبا'}, fr: {'host.greeting': 'Bonjour'}};
// What the README tells a host to write: the library's catalog for the locale, then the host's.
const libraryCatalogs: Record<string, () => Promise<{templates: Record<string, unknown>}>> = {
  ar: () => import('../../src/generated/locales/ar.js'),
  fr: () => import('../../src/generated/locales/fr.js'),
  zgh: () => import('../../src/generated/locales/zgh.js'),
};
let merged = false;

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['ar', 'fr', 'de', 'zgh'],
  loadLocale: (async (locale: string) => ({
    templates: {...(merged && libraryCatalogs[locale] ? (await libraryCatalogs[locale]()).templates : {}), ...hostCatalogs[locale]},
  })) as never,
});
await host.setLocale('ar');

describe('a host app that already uses @lit/localize', () => {
  const warnings: unknown[] = [];
  const warn = console.warn;
  before(() => (console.warn = (...args: unknown[]) => warnings.push(args[0])));
  after(() => (console.warn = warn));

  async function page() {
    const feed = await render<NewsFeedElement>(html`<news-feed .feed=${{items: [{id: 'a', title: 'A story', authors: [], tags: []}]}}></news-feed>`);
    const switcher = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher></news-language-switcher>`);
    const section = () => feed.shadowRoot!.querySelector('section')!;
    const nav = () => switcher.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    return {
      feed,
      switcher,
      /** What a reader and a screen reader get: the heading, and the lang and dir it is in. */
      shown: async () => {
        await feed.updateComplete;
        await switcher.updateComplete;
        return {
          locale: getLocale(),
          feed: [textOf(feed.shadowRoot!.querySelector('[part="heading"]')), section().lang, section().dir],
          switcher: [nav().getAttribute('aria-label'), nav().lang, nav().dir],
        };
      },
    };
  }

  it('keeps the page working: English strings stay lang="en" dir="ltr" while the host is in Arabic without our catalogs', async () => {
    const {shown} = await page();
    expect(String(warnings[0])).to.contain('already configured');
    expect(msg('Hello', {id: 'host.greeting'})).to.equal('مرحبا');
    expect(await shown()).to.deep.equal({
      locale: 'en',
      feed: ['Latest articles', 'en', 'ltr'],
      switcher: ['Language', 'en', 'ltr'],
    });
    // The library's setLocale can't change strings the host owns: the elements stay in English.
    await setLocale('ar');
    expect(await shown()).to.deep.include({locale: 'en', feed: ['Latest articles', 'en', 'ltr']});
  });

  it('follows the host’s switches once it merges the library’s catalogs, and back', async () => {
    merged = true;
    const {shown} = await page();
    await host.setLocale('fr');
    expect(await shown()).to.deep.equal({
      locale: 'fr',
      feed: ['Derniers articles', 'fr', 'ltr'],
      switcher: ['Langue', 'fr', 'ltr'],
    });
    await host.setLocale('ar');
    expect(msg('Hello', {id: 'host.greeting'})).to.equal('مرحبا');
    expect(await shown()).to.deep.equal({
      locale: 'ar',
      feed: ['أحدث المقالات', 'ar', 'rtl'],
      switcher: ['اللغة', 'ar', 'rtl'],
    });
    // The library's setLocale still picks a regional tag for formatting, in the language shown.
    await setLocale('ar-MA');
    expect(getLocale()).to.equal('ar-MA');

    // A host locale the library has no catalog for: its strings are English again.
    await host.setLocale('de');
    expect(await shown()).to.deep.include({locale: 'en', feed: ['Latest articles', 'en', 'ltr']});
    await host.setLocale('en');
    expect(await shown()).to.deep.include({locale: 'en', feed: ['Latest articles', 'en', 'ltr']});
  });

  it('writes dates in Tamazight when the host switches to it: the names engines lack load first', async () => {
    merged = true;
    const item: NewsItem = {id: 'b', title: 'A story', authors: [], tags: [], published: new Date(Date.UTC(2025, 11, 17, 12))};
    const card = await render<NewsArticleCardElement>(html`<news-article-card .item=${item}></news-article-card>`);
    const switched = new Promise<void>((resolve) => {
      const stop = onLocaleChange(() => getLocale() === 'zgh' && (stop(), resolve()));
    });
    await host.setLocale('zgh');
    await switched;
    await card.updateComplete;
    expect(textOf(part(card, 'date'))).to.equal('17 ⴷⵓⵊ 2025');
    await host.setLocale('en');
  });
});
