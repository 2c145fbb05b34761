// A host app that configured @lit/localize before the library: the page must keep working,
// the library's strings follow the host's catalogs, and its dates and direction follow the
// host's switches. Its own file: configureLocalization is once per page.
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
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

describe('a host app that already uses @lit/localize', () => {
  it('keeps the page working and follows the host’s locale', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${{items: [{id: 'a', title: 'A story', authors: [], tags: []}]}}></news-feed>`);
      await waitUntil(() => warnings.length > 0, 'no warning about the host');
      expect(String(warnings[0])).to.contain('already configured');
      expect(textOf(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Latest articles');

      await host.setLocale('ar');
      await el.updateComplete;
      expect(msg('Hello', {id: 'host.greeting'})).to.equal('مرحبا');
      expect(getLocale()).to.equal('ar');
      expect(textOf(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('أحدث الأخبار');
      expect(el.shadowRoot!.querySelector('section')!.dir).to.equal('rtl');

      // The library's setLocale keeps working for formatting and direction.
      await setLocale('ar-EG');
      expect(getLocale()).to.equal('ar-EG');
    } finally {
      console.warn = warn;
    }
  });
});
