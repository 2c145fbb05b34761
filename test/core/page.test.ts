import {expect} from '@open-wc/testing';
import {fillLang, resolveSrc} from '../../src/core/page.js';

describe('core/page: a feed\'s src and its {lang}', () => {
  it('is the address loadFeed asks for, which the loader\'s early request must match, whatever the src', () => {
    const page = (path: string) => new URL(path, document.baseURI).href;
    const cases: [string, string, string][] = [
      ['/feeds/{lang}.json', 'ar-MA', page('/feeds/ar-MA.json')],
      ['feeds/{lang}/latest.json', 'zgh', page('feeds/zgh/latest.json')],
      ['/feeds/{lang}/../all.json', 'fr', page('/feeds/all.json')],
      ['https://news.example/feed?lang={lang}', 'ar-MA', 'https://news.example/feed?lang=ar-MA'],
      // A host is read in lower case, as loadFeed reads it (an early request kept ar-MA was never taken up).
      ['https://{lang}.news.example/feed.json', 'ar-MA', 'https://ar-ma.news.example/feed.json'],
    ];
    for (const [src, lang, address] of cases) {
      expect(resolveSrc(src, lang), `${src} in ${lang}`).to.equal(address);
      expect(new URL(resolveSrc(src, lang)).href, 'as loadFeed reads it').to.equal(resolveSrc(src, lang));
    }
  });

  it('fills a switcher\'s href-template with each language, escaped', () => {
    expect(fillLang('/{lang}/article?from={lang}', 'ar-MA')).to.equal('/ar-MA/article?from=ar-MA');
    expect(fillLang('/{lang}/', 'x y')).to.equal('/x%20y/');
  });
});
