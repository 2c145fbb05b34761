import {expect, waitUntil} from '@open-wc/testing';
import type {CspPage as RecordingPage} from '../fixtures/csp/page.js';

type CspPage = Window & RecordingPage;

const frames: HTMLIFrameElement[] = [];
async function openPage(query = '') {
  const frame = document.createElement('iframe');
  frame.src = `/__csp/test/fixtures/csp/index.html${query}`;
  frames.push(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, {once: true});
    document.body.append(frame);
  });
  const win = frame.contentWindow as CspPage;
  await waitUntil(() => win.ready, 'the CSP page did not finish', {timeout: 15_000});
  const doc = frame.contentDocument!;
  const shadowText = (selector: string) => {
    const el = doc.querySelector(selector)!;
    const parts = [el.shadowRoot!.textContent ?? ''];
    for (const card of el.shadowRoot!.querySelectorAll('news-article-card')) parts.push(card.shadowRoot!.textContent ?? '');
    return parts.join(' ').replace(/\s+/g, ' ');
  };
  return {win, doc, shadowText};
}

// The page provokes violations to prove the policy is on: its inline script (reported before
// its listener may exist) and its innerHTML probe. Anything else would be the library's.
const PROBE = 'require-trusted-types-for trusted-types-sink';
const libraryViolations = (win: CspPage) => [...new Set(win.violations)].filter((v) => v !== PROBE && v !== 'script-src-elem inline');

describe('a page with a strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(30_000);
  // The frames share this page's storage: start each without cached feeds.
  beforeEach(() => localStorage.clear());
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('enforces the policy (inline script blocked, innerHTML refused)', async () => {
    const {win} = await openPage();
    expect(win.inlineRan).to.equal(undefined);
    expect(win.trustedTypesEnforced).to.equal(true);
    expect(win.violations).to.include(PROBE);
  });

  it('shows every element working, in every format, with no violation from the library', async () => {
    const {win, shadowText} = await openPage();
    expect(win.outcomes).to.deep.equal({json: 'load', rss: 'load', atom: 'load', wordpress: 'load', related: 'load', header: 'weather'});
    expect(shadowText('#json')).to.contain('Latest articles');
    expect(shadowText('#rss')).to.contain('Port of Casablanca doubles capacity');
    expect(shadowText('#atom')).to.contain('Tram line T3 opens');
    expect(shadowText('#wordpress')).to.contain('Agadir’s souk reopens & shines');
    expect(shadowText('#card')).to.contain('Card & headline').and.contain('Amina Benali');
    expect(libraryViolations(win)).to.deep.equal([]);
  });

  it('shows <news-related>, <news-language-switcher> and <news-header-bar> working, with no violation from the library', async () => {
    const {win, doc, shadowText} = await openPage();
    const part = (selector: string, name: string) => doc.querySelector(selector)!.shadowRoot!.querySelectorAll(`[part~="${name}"]`);
    // The load events fire before the elements render what they loaded.
    for (const el of doc.querySelectorAll('news-related, news-header-bar')) await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
    // Related: its cards, the current article left out.
    expect(part('#related', 'card').length).to.be.at.least(1);
    expect(shadowText('#related')).to.contain('You may also like').and.not.contain('Linked story from elsewhere').and.not.contain('No other articles');
    // Switcher: in place, the menu opens and lists every language by its own name.
    expect(part('#switcher', 'link').length).to.equal(3);
    (part('#switcher', 'button')[0] as HTMLButtonElement).click();
    await (doc.querySelector('#switcher') as Element & {updateComplete: Promise<unknown>}).updateComplete;
    expect((part('#switcher', 'list')[0] as HTMLElement).hidden).to.equal(false);
    expect(shadowText('#switcher')).to.contain('Français').and.contain('العربية');
    // …and as links to the editions.
    expect([...part('#editions', 'link')].map((link) => link.getAttribute('href'))).to.deep.equal(['https://example.com/en/', 'https://example.com/fr/', 'https://example.com/ar/']);
    // Header bar: the date, and the weather with its inline SVG icon, loaded under the policy.
    expect(part('#header', 'date')[0].getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(part('#header', 'temperature')[0].textContent).to.equal('13.1°C');
    expect(part('#header', 'icon')[0].getAttribute('aria-label')).to.equal('Partly cloudy');
    expect(shadowText('#header')).to.contain('Casablanca');
    expect(libraryViolations(win)).to.deep.equal([]);
  });

  it('loads the Arabic catalog and renders right to left under the policy', async () => {
    const {win, doc, shadowText} = await openPage('?lang=ar');
    expect(shadowText('#rss')).to.contain('أحدث المقالات');
    expect(doc.querySelector('#rss')!.shadowRoot!.querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    expect(libraryViolations(win)).to.deep.equal([]);
  });

  it('still shows feed text as text where the page does not allow the library’s Trusted Types policy', async () => {
    const {win, shadowText} = await openPage('?policies=lit-html');
    expect(win.outcomes.json).to.equal('load');
    expect(win.outcomes.wordpress).to.equal('load');
    expect(shadowText('#wordpress')).to.contain('Agadir’s souk reopens & shines');
    // XML needs the parser, which such a page forbids: a clear error, not a broken page.
    expect(win.outcomes.rss).to.contain('error:').and.contain('Trusted Types');
    expect(shadowText('#rss')).to.contain('can’t be read');
    // Entities are decoded without a parser there, from own keys only: no Object source code.
    expect(shadowText('#entities')).to.contain('&constructor; &__proto__; &hasOwnProperty; &').and.not.contain('native code');
    // The one report: the refused `news-widgets` policy (README), asked for once. Nothing uncaught.
    expect(libraryViolations(win)).to.deep.equal([TRUSTED_TYPES_REFUSED]);
    expect(win.violations.filter((v) => v === TRUSTED_TYPES_REFUSED)).to.have.length(1);
    expect(win.errors).to.deep.equal([]);
  });
});

const TRUSTED_TYPES_REFUSED = 'trusted-types trusted-types-policy';
const FULL = {json: 'load', rss: 'load', atom: 'load', wordpress: 'load', related: 'load', header: 'weather'};

/** Each combination of the page's Trusted Types policy list and a host app that made its own `lit-html` policy first. */
describe('coexisting with any host security policy (one page each)', function () {
  this.timeout(30_000);
  beforeEach(() => localStorage.clear());
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  const combinations: [string, string][] = [
    ['the README’s list, and the host app already made a lit-html policy', "?policies=lit-html%20news-widgets&host-policy=lit-html"],
    ['the README’s list with allow-duplicates, and a host lit-html policy', "?policies=lit-html%20news-widgets%20'allow-duplicates'&host-policy=lit-html"],
    ['only news-widgets allowed (the bundle’s Lit needs no lit-html policy)', '?policies=news-widgets'],
  ];
  for (const [name, query] of combinations) {
    it(`works fully with no violation and no error: ${name}`, async () => {
      const {win, shadowText} = await openPage(query);
      expect(win.trustedTypesEnforced).to.equal(true);
      if (query.includes('host-policy')) expect(win.hostPolicy).to.equal('lit-html');
      expect(win.outcomes).to.deep.equal(FULL);
      expect(shadowText('#rss')).to.contain('Port of Casablanca doubles capacity');
      expect(shadowText('#entities')).to.contain('&constructor; &__proto__; &hasOwnProperty; &').and.not.contain('native code');
      expect(libraryViolations(win)).to.deep.equal([]);
      expect(win.errors).to.deep.equal([]);
      expect(win.warnings.filter((warning) => warning.includes('Trusted Types'))).to.deep.equal([]);
    });
  }

  it("works fully under trusted-types 'none' without require-trusted-types-for: no policy, two refused", async () => {
    const {win, shadowText} = await openPage("?policies='none'&required=no");
    expect(win.trustedTypesEnforced).to.equal(false);
    expect(win.outcomes).to.deep.equal(FULL);
    expect(shadowText('#rss')).to.contain('Port of Casablanca doubles capacity');
    expect(shadowText('#entities')).to.contain('&constructor; &__proto__; &hasOwnProperty; &').and.not.contain('native code');
    // The README's row: the `news-widgets` and `lit-html` policies refused, nothing else.
    expect(win.violations.filter((v) => v !== 'script-src-elem inline')).to.deep.equal([TRUSTED_TYPES_REFUSED, TRUSTED_TYPES_REFUSED]);
    expect(win.errors).to.deep.equal([]);
  });

  it("degrades under trusted-types 'none': renders nothing, says so once, throws nothing", async () => {
    const {win, doc} = await openPage("?policies='none'");
    expect(win.trustedTypesEnforced).to.equal(true);
    // No uncaught error, from loading or from any element's updates.
    expect(win.errors).to.deep.equal([]);
    // (The RSS and Atom feeds each warn of their own failure, as news-feed does for any failed load.)
    const notices = win.warnings.filter((warning) => warning.startsWith('news-widgets:'));
    expect(notices).to.have.length(1);
    expect(notices[0]).to.contain('render nothing').and.contain('Add `news-widgets`');
    // The documented mode: every element is defined and loads its data, but shows nothing.
    for (const name of ['news-feed', 'news-article-card', 'news-header-bar', 'news-language-switcher', 'news-related']) {
      expect(win.customElements.get(name), name).to.not.equal(undefined);
    }
    expect(win.outcomes.json).to.equal('load');
    for (const el of doc.querySelectorAll('news-feed, news-article-card, news-header-bar, news-language-switcher, news-related')) {
      expect(el.shadowRoot?.textContent?.trim() ?? '', el.id).to.equal('');
    }
  });
});
