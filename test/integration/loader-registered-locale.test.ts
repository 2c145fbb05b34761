// A CDN page that gives the widgets its own language: the loader's module script runs first
// and picks English for <html lang="he"> (no Hebrew catalog yet); the page's own script then
// registers Hebrew through the loader's exports, and every element switches to it. A language
// the page or the reader chose is kept.
import {expect, waitUntil} from '@open-wc/testing';
import * as loader from '../../src/loader.js';
import * as hebrew from '../fixtures/catalogs/he.js';
import {fixture, textOf} from '../helpers.js';
import {pageErrors} from '../harness/page-errors.js';

const thrown = pageErrors();

describe('a language registered through the CDN loader', () => {
  const root = document.documentElement;
  const added: Element[] = [];
  const add = (markup: string) => {
    const template = document.createElement('template');
    template.innerHTML = markup;
    const el = template.content.firstElementChild!;
    document.body.append(el);
    added.push(el);
    return el;
  };
  const part = (el: Element, name: string) => el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
  afterEach(() => added.splice(0).forEach((el) => el.remove()));
  after(() => {
    root.lang = '';
    root.dir = '';
  });

  it('switches a page that declares the language to it once registered, after the elements rendered in English', async () => {
    root.lang = 'he';
    root.dir = 'rtl';
    const feed = add(`<news-feed src="${fixture('jsonfeed-1.0.json')}"></news-feed>`);
    const switcher = add('<news-language-switcher persist="false"></news-language-switcher>');
    await waitUntil(() => textOf(part(feed, 'heading')) === 'Latest articles', 'the feed did not render in English', {timeout: 5_000});
    await waitUntil(() => part(switcher, 'current'), 'the switcher did not render', {timeout: 5_000});
    expect(textOf(part(switcher, 'current'))).to.equal('English');

    loader.registerLocale('he', hebrew);
    await waitUntil(() => textOf(part(feed, 'heading')) === 'כתבות אחרונות', 'the feed did not switch to Hebrew', {timeout: 5_000});
    expect(loader.getLocale()).to.equal('he');
    expect(part(feed, 'heading')!.closest('section')!.dir).to.equal('rtl');
    await waitUntil(() => textOf(part(switcher, 'current')) === 'עברית', 'the switcher did not mark Hebrew current', {timeout: 5_000});
    expect(thrown).to.deep.equal([]);
  });

  it('keeps a language the page chose with setLocale when the declared one is registered later', async () => {
    await loader.setLocale('fr');
    root.lang = 'de';
    root.dir = 'ltr';
    const switcher = add('<news-language-switcher persist="false"></news-language-switcher>');
    loader.registerLocale('de', {templates: {'switcher.label': 'Sprache'}});
    await loader.localeReady();
    await waitUntil(() => textOf(switcher.shadowRoot ?? undefined).includes('Deutsch'), 'the switcher did not list German', {timeout: 5_000});
    expect(loader.getLocale()).to.equal('fr');
    expect(part(switcher, 'base')!.getAttribute('aria-label')).to.equal('Langue');
  });
});
