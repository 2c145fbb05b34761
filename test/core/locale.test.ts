import {expect} from '@open-wc/testing';
import {
  LOCALE_PAGE_STORAGE_KEY,
  LOCALE_STORAGE_KEY,
  bundledLocales,
  catalogFor,
  getCatalogLocale,
  getLocale,
  initialLocale,
  localeReady,
  nativeLanguageName,
  onLocaleChange,
  pageFormOf,
  registerLocale,
  setLocale,
} from '../../src/core/locale.js';
import {directionOf} from '../../src/core/direction.js';
import {msg, str} from '@lit/localize';
import {plural} from '../../src/core/count.js';

describe('locale', () => {
  const html = document.documentElement;
  const lang = html.lang;
  afterEach(async () => {
    html.lang = lang;
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    localStorage.removeItem(LOCALE_PAGE_STORAGE_KEY);
    await setLocale('en');
  });

  it('bundles en, ar, fr, es and zgh', () => {
    expect([...bundledLocales].sort()).to.deep.equal(['ar', 'en', 'es', 'fr', 'zgh']);
  });

  it('maps regional tags to their catalog', () => {
    expect(catalogFor('ar-MA')).to.equal('ar');
    expect(catalogFor('fr-MA')).to.equal('fr');
    expect(catalogFor('es-419')).to.equal('es');
    expect(catalogFor('de')).to.equal(undefined);
    expect(catalogFor('not a tag!')).to.equal(undefined);
    expect(catalogFor('')).to.equal(undefined);
  });

  it('knows which languages are right to left', () => {
    expect(directionOf('ar-MA')).to.equal('rtl');
    expect(directionOf('he')).to.equal('rtl');
    expect(directionOf('fr')).to.equal('ltr');
    expect(directionOf('en')).to.equal('ltr');
  });

  it('gives the direction of the script a tag names, or its language is written in, alike in every engine', () => {
    // WebKit's getTextInfo said ltr for ku-Arab, az-Arab, ms-Arab, dv, syr, nqo and rhg.
    for (const tag of ['ur', 'fa', 'ps', 'ckb', 'sd', 'ug', 'yi', 'pa-Arab', 'ku-Arab', 'az-Arab', 'ms-Arab', 'uz-Arab', 'dv', 'syr', 'nqo', 'rhg', 'ff-Adlm', 'ar-MA-u-nu-latn']) {
      expect(directionOf(tag), tag).to.equal('rtl');
    }
    for (const tag of ['pa', 'sd-Deva', 'ku', 'ff', 'zgh-Tfng', 'tzm', 'kab', 'sr-Latn', 'zh-Hant', 'xx', 'not a tag', '']) expect(directionOf(tag), tag).to.equal('ltr');
  });

  it('starts from the remembered choice made on a page in this language, then <html lang>, then the browser', () => {
    html.lang = 'fr-MA';
    localStorage.setItem(LOCALE_STORAGE_KEY, 'es');
    localStorage.setItem(LOCALE_PAGE_STORAGE_KEY, 'fr');
    expect(initialLocale()).to.equal('es');
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    expect(initialLocale()).to.equal('fr-MA');
    html.lang = 'de';
    expect(initialLocale()).to.equal(navigator.languages.find((tag) => catalogFor(tag)) ?? 'en');
  });

  it('ignores a remembered value that is not a bundled locale', () => {
    html.lang = 'ar';
    localStorage.setItem(LOCALE_STORAGE_KEY, 'xx-junk');
    expect(initialLocale()).to.equal('ar');
  });

  it('keeps the full tag and reports the catalog', async () => {
    await setLocale('ar-MA');
    expect(getLocale()).to.equal('ar-MA');
    expect(getCatalogLocale()).to.equal('ar');
  });

  it('tells listeners after each change, once the catalog is ready', async () => {
    const seen: string[] = [];
    const stop = onLocaleChange(() => seen.push(getLocale()));
    await setLocale('fr');
    await setLocale('es-MX');
    stop();
    await setLocale('ar');
    expect(seen).to.deep.equal(['fr', 'es-MX']);
  });

  it('lets the last of two quick switches win, the first one\'s catalog arriving after the second is done', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    registerLocale('nl', () => arrived.then(() => ({templates: {'feed.heading': 'Laatste artikelen'}})));
    const events: string[] = [];
    const listener = (event: CustomEvent<{locale: string}>) => events.push(event.detail.locale);
    window.addEventListener('news-locale-ready', listener);
    const first = setLocale('nl');
    await setLocale('fr');
    arrive();
    await first;
    window.removeEventListener('news-locale-ready', listener);
    expect(getLocale()).to.equal('fr');
    expect(events).to.deep.equal(['fr']);
  });

  it('refuses a locale without a catalog', async () => {
    let error: unknown;
    await setLocale('de').catch((e) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
    // It names the catalogs there are and the way to add one.
    expect((error as Error).message).to.contain('"de"').and.contain('ar, en, es, fr, zgh').and.contain('registerLocale');
    expect(getLocale()).to.equal('en');
  });

  it('names languages in their own script', () => {
    expect(['ar', 'fr', 'es', 'en'].map((tag) => nativeLanguageName(tag))).to.deep.equal(['العربية', 'Français', 'Español', 'English']);
    expect(nativeLanguageName('not a tag!')).to.equal('not a tag!');
  });

  it('names Darija, Georgian and unknown languages as a menu should', () => {
    // Engines name Darija in English ("Moroccan Arabic"); Georgian has no capitals in running
    // text (upper-casing its first letter wrote Mtavruli, "Ქართული"); an unknown code was "Xx".
    expect(nativeLanguageName('ary')).to.equal('الدارجة');
    expect(nativeLanguageName('ary-MA', {regional: true})).to.equal('الدارجة');
    // Chromium's build here carries no Georgian names (its fallback, English, is capitalized).
    const georgian = new Intl.DisplayNames('ka', {type: 'language'}).resolvedOptions().locale === 'ka';
    expect(nativeLanguageName('ka')).to.equal(georgian ? 'ქართული' : 'Georgian');
    expect(nativeLanguageName('xx')).to.equal('xx');
    expect(nativeLanguageName('qaa')).to.equal('qaa');
    // A region engines have no name for still names the language (Chromium with the region's code).
    expect(nativeLanguageName('fr-XY', {regional: true})).to.match(/^Français(?: \(XY\))?$/);
    expect(nativeLanguageName('xx-YY', {regional: true})).to.equal('xx-YY');
  });

  it('loads a real catalog for every bundled locale', async () => {
    const headings: string[] = [];
    for (const locale of bundledLocales) {
      await setLocale(locale);
      headings.push(msg('Latest articles', {id: 'feed.heading'}));
    }
    expect(new Set(headings).size).to.equal(bundledLocales.length);
  });

  it('remembers a choice only when asked to', async () => {
    await setLocale('fr');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal(null);
    await setLocale('es-MX', {remember: true});
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('es-MX');
    expect(initialLocale()).to.equal('es-MX');
  });

  it('makes loading observable: news-locale-ready on window and localeReady()', async () => {
    const events: string[] = [];
    const listener = (event: CustomEvent<{locale: string}>) => events.push(event.detail.locale);
    window.addEventListener('news-locale-ready', listener);
    void setLocale('ar');
    void setLocale('fr-MA');
    await localeReady();
    window.removeEventListener('news-locale-ready', listener);
    expect(getLocale()).to.equal('fr-MA');
    expect(events).to.deep.equal(['fr-MA']);
  });
});

describe('the page’s language first', () => {
  const html = document.documentElement;
  const lang = html.lang;
  const choose = async (page: string, locale: string) => {
    html.lang = page;
    await setLocale(locale, {remember: true});
  };
  afterEach(async () => {
    html.lang = lang;
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    localStorage.removeItem(LOCALE_PAGE_STORAGE_KEY);
    await setLocale('en');
  });

  it('applies a choice on pages that declare the language of the page where it was made', async () => {
    await choose('ar', 'fr');
    html.lang = 'ar';
    expect(initialLocale()).to.equal('fr');
    html.lang = 'ar-MA'; // the same language, in its regional form
    expect(initialLocale()).to.equal('fr');
  });

  it('shows an edition page in another language in its own language', async () => {
    await choose('ar', 'fr');
    for (const page of ['es', 'en', 'fr-MA', 'zgh']) {
      html.lang = page;
      expect(initialLocale(), page).to.equal(page);
    }
    await choose('en', 'ar');
    html.lang = 'ar-MA';
    expect(initialLocale()).to.equal('ar-MA');
  });

  it('shows a page in a spoken Arabic with no catalog in its country’s Arabic, not in the browser’s language', async () => {
    for (const [page, arabic] of [['ary', 'ar-MA'], ['ary-MA', 'ar-MA'], ['arz', 'ar-EG'], ['aeb', 'ar-TN']]) {
      html.lang = page;
      expect(initialLocale(), page).to.equal(arabic);
      // A reader coming back to Arabic from the switcher gets that country's Arabic again.
      expect(pageFormOf('ar'), page).to.equal(arabic);
    }
    html.lang = 'de';
    expect(initialLocale()).to.equal(navigator.languages.find((tag) => catalogFor(tag)) ?? 'en');
    // A choice the reader made on such a page still wins.
    await choose('ary', 'fr');
    expect(initialLocale()).to.equal('fr');
  });

  it('without a declared language: the choice, then the browser’s languages, then en', async () => {
    await choose('', 'es');
    html.lang = '';
    expect(initialLocale()).to.equal('es');
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    expect(initialLocale()).to.equal(navigator.languages.find((tag) => catalogFor(tag)) ?? 'en');
    // A choice made on a page that declared a language does not follow the reader to a page without one.
    await choose('ar', 'fr');
    html.lang = '';
    expect(initialLocale()).to.equal(navigator.languages.find((tag) => catalogFor(tag)) ?? 'en');
  });

  it('names languages by their plain endonym unless asked for the region', () => {
    expect(nativeLanguageName('ar-MA')).to.equal('العربية');
    expect(nativeLanguageName('fr-MA')).to.equal('Français');
    expect(nativeLanguageName('zgh')).to.equal('ⵜⴰⵎⴰⵣⵉⵖⵜ');
    expect(nativeLanguageName('ar-MA', {regional: true})).to.equal('العربية (المغرب)');
    expect(nativeLanguageName('fr-MA', {regional: true})).to.equal('Français (Maroc)');
  });

  it('writes Tamazight left to right', () => {
    expect(directionOf('zgh')).to.equal('ltr');
  });
});

describe('counts and wording in the catalogs', () => {
  afterEach(() => setLocale('en'));
  // The same forms the card writes (src/components/news-article-card), through the real catalogs.
  const minutes = (n: number) =>
    plural(n, getLocale(), {
      zero: (c) => msg(str`${c} min read`, {id: 'card.reading-time.zero'}),
      one: (c) => msg(str`${c} min read`, {id: 'card.reading-time.one'}),
      two: (c) => msg(str`${c} min read`, {id: 'card.reading-time.two'}),
      few: (c) => msg(str`${c} min read`, {id: 'card.reading-time.few'}),
      many: (c) => msg(str`${c} min read`, {id: 'card.reading-time.many'}),
      other: (c) => msg(str`${c} min read`, {id: 'card.reading-time.other'}),
    });
  const articles = (n: number) =>
    plural(n, getLocale(), {
      zero: (c) => msg(str`${c} new articles`, {id: 'feed.new-articles.zero'}),
      one: (c) => msg(str`${c} new article`, {id: 'feed.new-articles.one'}),
      two: (c) => msg(str`${c} new articles`, {id: 'feed.new-articles.two'}),
      few: (c) => msg(str`${c} new articles`, {id: 'feed.new-articles.few'}),
      many: (c) => msg(str`${c} new articles`, {id: 'feed.new-articles.many'}),
      other: (c) => msg(str`${c} new articles`, {id: 'feed.new-articles.other'}),
    });

  it('writes Arabic counts as Arabic writes them', async () => {
    await setLocale('ar-MA');
    expect([1, 2, 3, 11, 100].map(minutes)).to.deep.equal(['دقيقة واحدة للقراءة', 'دقيقتان للقراءة', '3\u00a0دقائق للقراءة', '11\u00a0دقيقة للقراءة', '100\u00a0دقيقة للقراءة']);
    expect([0, 1, 2, 5, 12].map(articles)).to.deep.equal(['لا مقالات جديدة', 'مقال جديد واحد', 'مقالان جديدان', '5 مقالات جديدة', '12 مقالًا جديدًا']);
  });

  it('keeps the number where the category holds several (French one = 0 and 1)', async () => {
    await setLocale('fr');
    expect([1, 2].map(minutes)).to.deep.equal(['1\u00a0min de lecture', '2\u00a0min de lecture']);
    await setLocale('zgh');
    expect([1, 3].map(minutes)).to.deep.equal(['ⵢⴰⵜ ⵜⵓⵙⴷⵉⴷⵜ ⵏ ⵜⵖⵔⵉ', '3 ⵜⵓⵙⴷⵉⴷⵉⵏ ⵏ ⵜⵖⵔⵉ']);
  });

  it('uses the seed’s headings in Arabic', async () => {
    await setLocale('ar-MA');
    expect(msg('Latest articles', {id: 'feed.heading'})).to.equal('أحدث المقالات');
    expect(msg('You may also like', {id: 'related.heading'})).to.equal('قد يعجبك أيضًا');
  });

  it('keeps French no-break spaces', async () => {
    await setLocale('fr');
    expect(msg(str`No articles about “${'Maroc'}” yet.`, {id: 'feed.empty.tag'})).to.equal('Aucun article sur «\u00a0Maroc\u00a0» pour l’instant.');
  });
});
