import {expect, fixture as render, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/news-language-switcher/news-language-switcher.js';
import type {NewsLanguageSwitcherElement} from '../../src/components/news-language-switcher/news-language-switcher.component.js';
import {LOCALE_STORAGE_KEY, getLocale, localeReady, requestedCatalog} from '../../src/core/locale.js';
import {contrast, textOf, useLocale} from '../helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const entries = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="link"]')];
const names = (el: Element) => entries(el).map(textOf);
const landmarks = (root: Element) =>
  [...root.querySelectorAll('news-language-switcher')].map((el) => `${$(el, '[part="base"]')!.getAttribute('role')}: ${$(el, '[part="base"]')!.getAttribute('aria-label')}`);

/** axe-core's violations in `context` with every rule on (best practices such as `landmark-unique`, experimental ones too). */
async function axeViolations(context: Element): Promise<string[]> {
  // @ts-expect-error -- the browser build has no types; it registers `window.axe`.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as {axe: typeof import('axe-core')}).axe;
  const rules = Object.fromEntries(axe.getRules().map(({ruleId}) => [ruleId, {enabled: true}]));
  const {violations} = await axe.run(context, {rules, resultTypes: ['violations']});
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<news-language-switcher>', () => {
  afterEach(async () => {
    localStorage.removeItem(LOCALE_STORAGE_KEY);
    await useLocale('en');
  });

  it('names every bundled language in its own script, in a labelled nav', async () => {
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher></news-language-switcher>`);
    const nav = $(el, '[part="base"]')!;
    expect(nav.getAttribute('role')).to.equal('navigation');
    expect(nav.getAttribute('aria-label')).to.equal('Language');
    expect(names(el)).to.deep.equal(['العربية', 'English', 'Español', 'Français', 'ⵜⴰⵎⴰⵣⵉⵖⵜ']);
    expect(entries(el).map((e) => e.getAttribute('lang'))).to.deep.equal(['ar', 'en', 'es', 'fr', 'zgh']);
  });

  it('keeps the order of `locales`, ignores unknown ones and marks the current one', async () => {
    await useLocale('fr-MA');
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales="ar fr xx es en fr AR FR"></news-language-switcher>`);
    expect(names(el)).to.deep.equal(['العربية', 'Français', 'Español', 'English']);
    const current = entries(el).filter((e) => e.hasAttribute('aria-current'));
    expect(current.map(textOf)).to.deep.equal(['Français']);
    expect(current[0].getAttribute('aria-current')).to.equal('true');
    expect(current[0].getAttribute('part')).to.equal('link current');
  });

  it('in place: switches the library, remembers the choice and fires news-locale-change', async () => {
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher></news-language-switcher>`);
    const arabic = entries(el).find((e) => e.lang === 'ar')!;
    expect(arabic.localName).to.equal('button');
    const fired = oneEvent(el, 'news-locale-change');
    arabic.click();
    const event = await fired;
    expect(event.detail).to.deep.equal({locale: 'ar'});
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await waitUntil(() => getLocale() === 'ar', 'locale did not switch');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal('ar');
    await el.updateComplete;
    expect($(el, '[part="base"]')!.getAttribute('aria-label')).to.equal('اللغة');
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(textOf($(el, '[aria-current]'))).to.equal('العربية');
  });

  it('lets the page veto a switch by cancelling news-locale-change', async () => {
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher></news-language-switcher>`);
    el.addEventListener('news-locale-change', (event) => event.preventDefault());
    entries(el).find((e) => e.lang === 'es')!.click();
    // A switch the page let through starts within the click (setLocale asks for the catalog at
    // once); localeReady() settles once the latest switch asked for has.
    expect(requestedCatalog(), 'a switch was asked for').to.equal('en');
    await localeReady();
    await el.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal(null);
    expect(textOf($(el, '[aria-current]'))).to.equal('English');
  });

  it('does not remember the choice with persist="false"', async () => {
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher persist="false"></news-language-switcher>`);
    entries(el).find((e) => e.lang === 'es')!.click();
    await waitUntil(() => getLocale() === 'es');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal(null);
  });

  it('with href-template: real links with hreflang and lang to the other editions', async () => {
    const el = await render<NewsLanguageSwitcherElement>(
      html`<news-language-switcher href-template="/{lang}/" locales="ar-MA fr-MA en"></news-language-switcher>`,
    );
    const links = entries(el);
    expect(links.every((a) => a.localName === 'a')).to.equal(true);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['ar-MA', 'fr-MA', 'en'].map((tag) => new URL(`/${tag}/`, location.href).href));
    expect(links.map((a) => a.getAttribute('hreflang'))).to.deep.equal(['ar-MA', 'fr-MA', 'en']);
    expect(links.map((a) => a.getAttribute('lang'))).to.deep.equal(['ar-MA', 'fr-MA', 'en']);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.lang)).to.deep.equal(['en']);
    // A link is followed, not switched in place: no event, no change.
    let fired = false;
    el.addEventListener('news-locale-change', () => (fired = true));
    links[0].addEventListener('click', (event) => event.preventDefault());
    links[0].click();
    expect(fired).to.equal(false);
    // A switch would have asked for its catalog within the click (see the veto test).
    expect(requestedCatalog(), 'a switch was asked for').to.equal('en');
    await localeReady();
    expect(getLocale()).to.equal('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).to.equal(null);
  });

  it('with href-template: marks the edition the page declares, whatever language the widgets speak', async () => {
    const page = document.documentElement;
    const declared = page.lang;
    try {
      page.lang = 'ar-MA';
      // A reader who switched the widgets to French in place, on the Arabic edition.
      await useLocale('fr');
      const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher href-template="/{lang}/" locales="ar fr en"></news-language-switcher>`);
      expect(entries(el).filter((a) => a.getAttribute('aria-current') === 'page').map(textOf)).to.deep.equal(['العربية']);
      // In place, the entries switch the widgets: the current one is the language they speak.
      const inPlace = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales="ar fr en"></news-language-switcher>`);
      expect(entries(inPlace).filter((e) => e.hasAttribute('aria-current')).map(textOf)).to.deep.equal(['Français']);
    } finally {
      page.lang = declared;
    }
  });

  it('offers editions with no catalog as links, and warns of what it leaves out', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      // A link needs no catalog: Darija's edition and a German one are listed by their names.
      const links = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher href-template="/{lang}/" locales="ar ary de fr_FR"></news-language-switcher>`);
      expect(names(links)).to.deep.equal(['العربية', 'الدارجة', 'Deutsch']);
      expect(entries(links).map((a) => [a.getAttribute('hreflang'), new URL(a.getAttribute('href')!).pathname])).to.deep.equal([
        ['ar', '/ar/'],
        ['ary', '/ary/'],
        ['de', '/de/'],
      ]);
      expect(warn.args.map(String)).to.deep.equal(['news-language-switcher: locales "ar ary de fr_FR" lists "fr_FR", left out: a language tag is written like ar-MA.']);
      warn.resetHistory();
      // In place, a language needs a catalog to switch to; commas separate as blanks do.
      const inPlace = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales="ar,ary,fr"></news-language-switcher>`);
      expect(names(inPlace)).to.deep.equal(['العربية', 'Français']);
      expect(warn.args.map(String)).to.deep.equal([
        'news-language-switcher: locales "ar,ary,fr" lists "ary", left out: switching in place needs a catalog (registerLocale); links to editions (href-template) need none.',
      ]);
      warn.resetHistory();
      // Nothing usable: every locale with a catalog, said.
      const none = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales="ar_MA fr_FR"></news-language-switcher>`);
      expect(names(none)).to.deep.equal(['العربية', 'English', 'Español', 'Français', 'ⵜⴰⵎⴰⵣⵉⵖⵜ']);
      expect(warn.args.map(String)).to.deep.equal([
        'news-language-switcher: locales "ar_MA fr_FR" lists "ar_MA", "fr_FR", left out: switching in place needs a catalog (registerLocale); links to editions (href-template) need none. Listing every locale with a catalog instead.',
      ]);
      warn.resetHistory();
      // An edition's address pasted as the template: every language would link to it, said (helper-183).
      const same = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher href-template="/ar/" locales="ar fr"></news-language-switcher>`);
      expect(entries(same).map((a) => new URL(a.getAttribute('href')!).pathname)).to.deep.equal(['/ar/', '/ar/']);
      expect(warn.args.map(String)).to.deep.equal(['news-language-switcher: href-template "/ar/" has no {lang}: every language links to the same page.']);
    } finally {
      warn.restore();
    }
  });

  it('drops a href-template that is not http(s)', async () => {
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher href-template="javascript:alert('{lang}')"></news-language-switcher>`);
    expect(entries(el).some((a) => a.hasAttribute('href'))).to.equal(false);
  });

  describe('variant="menu"', () => {
    const menu = () => render<NewsLanguageSwitcherElement>(html`<news-language-switcher variant="menu"></news-language-switcher>`);
    const button = (el: Element) => $(el, '[part="button"]') as HTMLButtonElement;
    const list = (el: Element) => $(el, '[part="list"]')!;

    it('names its button once when the current language is not listed', async () => {
      for (const [locale, name] of [
        ['en', 'Language'],
        ['ar', 'اللغة'],
      ]) {
        await useLocale(locale);
        const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher variant="menu" locales="es fr"></news-language-switcher>`);
        expect(textOf(button(el)), locale).to.equal(name);
      }
    });

    it('is a disclosure: a button with aria-expanded that shows and hides the list', async () => {
      const el = await menu();
      expect(textOf(button(el))).to.equal('Language English');
      expect(button(el).getAttribute('aria-expanded')).to.equal('false');
      expect(button(el).getAttribute('aria-controls')).to.equal(list(el).id);
      expect(list(el).hidden).to.equal(true);
      button(el).click();
      await el.updateComplete;
      expect(button(el).getAttribute('aria-expanded')).to.equal('true');
      expect(list(el).hidden).to.equal(false);
      expect(getComputedStyle(list(el)).display).not.to.equal('none');
      button(el).click();
      await el.updateComplete;
      expect(list(el).hidden).to.equal(true);
    });

    it('stays opaque over the page under a translucent surface (a tint meant for cards)', async () => {
      const wrapper = await render<HTMLElement>(html`<div style="--news-color-surface: color-mix(in srgb, currentColor 7%, transparent)">
        <news-language-switcher variant="menu"></news-language-switcher>
      </div>`);
      const el = wrapper.firstElementChild as NewsLanguageSwitcherElement;
      await el.updateComplete;
      button(el).click();
      await el.updateComplete;
      const probe = Object.assign(document.createElement('span'), {style: 'color: Canvas'});
      document.body.append(probe);
      const canvas = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(list(el)).backgroundColor).to.equal(canvas);
      expect(getComputedStyle(list(el)).backgroundImage).to.match(/gradient/);
    });

    for (const locale of ['en', 'ar']) {
      it(`opens on the screen wherever it sits, at the start or the end of a bar (${locale})`, async () => {
        await useLocale(locale);
        const dir = locale === 'ar' ? 'rtl' : 'ltr';
        // A page in the switcher's direction: "end" puts it at the screen's right edge in English, its left in Arabic.
        const wrapper = await render<HTMLElement>(html`<div dir=${dir}>
          <div style="text-align: start"><news-language-switcher variant="menu" label="Start"></news-language-switcher></div>
          <div style="text-align: end"><news-language-switcher variant="menu" label="End"></news-language-switcher></div>
        </div>`);
        const [start, end] = [...wrapper.querySelectorAll('news-language-switcher')] as NewsLanguageSwitcherElement[];
        for (const el of [start, end]) {
          await el.updateComplete;
          button(el).click();
          await waitUntil(() => focused(el), 'the menu did not open');
          const box = list(el).getBoundingClientRect();
          const side = el === start ? 'start' : 'end';
          expect(box.left, `${side}: the list's left edge is on the screen`).to.be.at.least(0);
          expect(box.right, `${side}: the list's right edge is on the screen`).to.be.at.most(document.documentElement.clientWidth);
          // It still opens toward the inline end where there is room: its start edge under the button's.
          const from = button(el).getBoundingClientRect();
          if (el === start) expect(dir === 'rtl' ? box.right : box.left).to.be.closeTo(dir === 'rtl' ? from.right : from.left, 1);
          else expect(dir === 'rtl' ? box.left : box.right).to.be.closeTo(dir === 'rtl' ? from.left : from.right, 1);
          await sendKeys({press: 'Escape'});
        }
      });
    }

    it('works from the keyboard: arrows move, Escape closes and returns focus to the button', async () => {
      const el = await menu();
      button(el).focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => textOf(focused(el)) === 'English', 'opening did not focus the current language');
      await sendKeys({press: 'ArrowDown'});
      expect(textOf(focused(el))).to.equal('Español');
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      expect(textOf(focused(el))).to.equal('العربية'); // wraps around
      await sendKeys({press: 'ArrowUp'});
      expect(textOf(focused(el))).to.equal('ⵜⴰⵎⴰⵣⵉⵖⵜ');
      await sendKeys({press: 'Home'});
      expect(textOf(focused(el))).to.equal('العربية');
      await sendKeys({press: 'End'});
      expect(textOf(focused(el))).to.equal('ⵜⴰⵎⴰⵣⵉⵖⵜ');
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(list(el).hidden).to.equal(true);
      expect(focused(el)).to.equal(button(el));
      expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('opens with ArrowDown and switches with Enter, then closes on the button', async () => {
      const el = await menu();
      button(el).focus();
      await sendKeys({press: 'ArrowDown'});
      await waitUntil(() => textOf(focused(el)) === 'English');
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Enter'});
      await waitUntil(() => getLocale() === 'es', 'Enter did not switch');
      await el.updateComplete;
      expect(list(el).hidden).to.equal(true);
      expect(focused(el)).to.equal(button(el));
      expect(textOf(button(el))).to.equal('Idioma Español');
    });

    it('closes on a click outside, and when focus leaves it', async () => {
      const wrapper = await render<HTMLElement>(html`<div><news-language-switcher variant="menu"></news-language-switcher><button>elsewhere</button></div>`);
      const el = wrapper.querySelector('news-language-switcher')!;
      await el.updateComplete;
      button(el).click();
      await el.updateComplete;
      expect(list(el).hidden).to.equal(false);
      list(el).click(); // inside: stays open
      await el.updateComplete;
      expect(list(el).hidden).to.equal(false);
      document.body.click();
      await el.updateComplete;
      expect(list(el).hidden).to.equal(true);
      button(el).click();
      await waitUntil(() => textOf(focused(el)) === 'English');
      wrapper.querySelector<HTMLButtonElement>(':scope > button')!.focus();
      await el.updateComplete;
      expect(list(el).hidden).to.equal(true);
    });
  });

  it('marks the current language in a default accent that keeps 3:1 on light and dark pages, declared dark or not', async () => {
    const pages = {
      light: 'color-scheme: light; background: #fff',
      'light, off-white': 'background: #f5f5f5',
      dark: 'color-scheme: dark; background: #121212',
      // A dark page that does not declare its scheme: light-dark() takes the light accent there.
      'dark, undeclared': 'background: #121212',
      'black, undeclared': 'background: #000',
    };
    const wrapper = await render<HTMLElement>(html`<div>
      ${Object.values(pages).map((style) => html`<div style=${style}><news-language-switcher locales="en fr"></news-language-switcher></div>`)}
    </div>`);
    const switchers = [...wrapper.querySelectorAll('news-language-switcher')] as NewsLanguageSwitcherElement[];
    await Promise.all(switchers.map((el) => el.updateComplete));
    const ratios = Object.fromEntries(
      Object.keys(pages).map((page, i) => {
        const el = switchers[i];
        const mark = getComputedStyle($(el, '[part~="current"]')!).borderBottomColor;
        return [page, Number(contrast(mark, getComputedStyle(el.parentElement!).backgroundColor).toFixed(2))];
      }),
    );
    for (const [page, ratio] of Object.entries(ratios)) expect(ratio, `${page}: ${JSON.stringify(ratios)}`).to.be.at.least(3);
  });

  for (const locale of ['en', 'ar']) {
    it(`passes axe in ${locale}, inline, as links, and as an open menu`, async () => {
      await useLocale(locale);
      await expect(await render(html`<news-language-switcher></news-language-switcher>`)).to.be.accessible();
      await expect(await render(html`<news-language-switcher href-template="/{lang}/"></news-language-switcher>`)).to.be.accessible();
      const menu = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher variant="menu"></news-language-switcher>`);
      ($(menu, '[part="button"]') as HTMLButtonElement).click();
      await menu.updateComplete;
      await expect(menu).to.be.accessible();
    });
  }

  describe('several on one page', () => {
    it('axe with every rule on does flag two navigation landmarks of the same name (the check below can fail)', async () => {
      const page = await render(html`<div><nav aria-label="Language"><a href="/ar/">العربية</a></nav><nav aria-label="Language"><a href="/fr/">Français</a></nav></div>`);
      expect((await axeViolations(page)).join('\n')).to.contain('landmark-unique');
    });

    for (const locale of ['en', 'ar']) {
      it(`header and footer switchers without labels pass axe with every rule on (${locale}): the first is the landmark`, async () => {
        await useLocale(locale);
        const page = await render(html`<div>
          <header><news-language-switcher></news-language-switcher></header>
          <main><p>Story</p></main>
          <footer><news-language-switcher variant="menu"></news-language-switcher><news-language-switcher href-template="/{lang}/"></news-language-switcher></footer>
        </div>`);
        const name = locale === 'ar' ? 'اللغة' : 'Language';
        expect(landmarks(page)).to.deep.equal([`navigation: ${name}`, `group: ${name}`, `group: ${name}`]);
        expect(await axeViolations(page)).to.deep.equal([]);
      });

      it(`switchers with distinct labels are each a landmark and pass axe with every rule on (${locale})`, async () => {
        await useLocale(locale);
        const page = await render(html`<div>
          <header><news-language-switcher label="Site language"></news-language-switcher></header>
          <footer><news-language-switcher label="Footer languages"></news-language-switcher></footer>
        </div>`);
        expect(landmarks(page)).to.deep.equal(['navigation: Site language', 'navigation: Footer languages']);
        expect(await axeViolations(page)).to.deep.equal([]);
      });
    }

    it('hands the landmark on when the first switcher leaves the page or is renamed', async () => {
      const page = await render(html`<div><news-language-switcher></news-language-switcher><news-language-switcher></news-language-switcher></div>`);
      const [first, second] = page.querySelectorAll<NewsLanguageSwitcherElement>('news-language-switcher');
      first.label = 'Edition';
      await first.updateComplete;
      await second.updateComplete;
      expect(landmarks(page)).to.deep.equal(['navigation: Edition', 'navigation: Language']);
      first.label = undefined;
      await first.updateComplete;
      await second.updateComplete;
      expect(landmarks(page)).to.deep.equal(['navigation: Language', 'group: Language']);
      first.remove();
      await second.updateComplete;
      expect(landmarks(page)).to.deep.equal(['navigation: Language']);
    });
  });
});

describe('<news-language-switcher regional-names>', () => {
  afterEach(() => useLocale('en'));
  const LOCALES = 'ar-MA fr-MA es-MA en';

  for (const locale of ['en', 'ar']) {
    it(`names regional locales by language only, unless regional-names is set, in ${locale}`, async () => {
      await useLocale(locale);
      const plain = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales=${LOCALES}></news-language-switcher>`);
      expect(names(plain)).to.deep.equal(['العربية', 'Français', 'Español', 'English']);
      const regional = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher locales=${LOCALES} regional-names></news-language-switcher>`);
      expect(names(regional)).to.deep.equal(['العربية (المغرب)', 'Français (Maroc)', 'Español (Marruecos)', 'English']);
      expect(entries(regional).map((e) => e.getAttribute('lang'))).to.deep.equal(['ar-MA', 'fr-MA', 'es-MA', 'en']);
      await expect(regional).to.be.accessible();
    });
  }

  it('shows the current language’s regional name on the menu button', async () => {
    await useLocale('ar-MA');
    const el = await render<NewsLanguageSwitcherElement>(html`<news-language-switcher variant="menu" locales=${LOCALES} regional-names></news-language-switcher>`);
    expect(textOf($(el, '[part="button"] [lang]'))).to.equal('العربية (المغرب)');
    el.regionalNames = false;
    await el.updateComplete;
    expect(textOf($(el, '[part="button"] [lang]'))).to.equal('العربية');
  });
});
