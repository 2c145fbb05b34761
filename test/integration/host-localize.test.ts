// A host app that configured @lit/localize (and picked Arabic) before the library: the page
// must keep working, the library's strings come from the host's catalogs, and its dates and
// direction follow the host's switches. Its own file: configureLocalization is once per page.
import {expect, fixture as render, html} from '@open-wc/testing';
import {configureLocalization, msg} from '@lit/localize';
import '../../src/components/news-feed/news-feed.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {getLocale, setLocale} from '../../src/core/locale.js';
import {textOf} from '../helpers.js';

const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['ar'],
  // The host's own catalog, which includes the library's message ids it wants translated.
  loadLocale: async () => ({templates: {'feed.heading': 'أحدث الأخبار', 'host.greeting': 'مرحبا'}}) as never,
});
await host.setLocale('ar');

describe('a host app that already uses @lit/localize', () => {
  it('keeps the page working, starts in the host’s locale and follows its switches', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${{items: [{id: 'a', title: 'A story', authors: [], tags: []}]}}></news-feed>`);
      const heading = () => textOf(el.shadowRoot!.querySelector('[part="heading"]'));
      const dir = () => el.shadowRoot!.querySelector('section')!.dir;
      expect(String(warnings[0])).to.contain('already configured');
      expect(msg('Hello', {id: 'host.greeting'})).to.equal('مرحبا');
      expect(getLocale()).to.equal('ar');
      expect([heading(), dir()]).to.deep.equal(['أحدث الأخبار', 'rtl']);

      await host.setLocale('en');
      await el.updateComplete;
      expect(getLocale()).to.equal('en');
      expect([heading(), dir()]).to.deep.equal(['Latest articles', 'ltr']);

      // The library's setLocale still picks a regional tag for formatting.
      await setLocale('en-GB');
      expect(getLocale()).to.equal('en-GB');
    } finally {
      console.warn = warn;
    }
  });
});
