import {expect} from '@open-wc/testing';
import {fillLang, resolveSrc} from '../../src/core/page.js';
import {srcUrl} from '../../src/core/attribute-url.js';

describe('core/page: a feed\'s src and its {lang}', () => {
  it('comes to one address for the loader\'s early request and the element\'s own, whatever the src', () => {
    const element = srcUrl();
    for (const src of ['/feeds/{lang}.json', 'feeds/{lang}/latest.json', 'https://{lang}.news.example/feed.json', 'https://news.example/feed?lang={lang}', '/feeds/{lang}/../all.json']) {
      for (const lang of ['ar', 'ar-MA', 'zgh']) expect(resolveSrc(src, lang), `${src} in ${lang}`).to.equal(element(src, lang));
    }
    // The language as written, in a host too, where the URL parser lower-cases what it reads.
    expect(resolveSrc('https://{lang}.news.example/feed.json', 'ar-MA')).to.equal('https://ar-MA.news.example/feed.json');
    expect(resolveSrc('/feeds/{lang}.json', 'fr')).to.equal(new URL('/feeds/fr.json', document.baseURI).href);
  });

  it('fills a switcher\'s href-template with each language, escaped', () => {
    expect(fillLang('/{lang}/article?from={lang}', 'ar-MA')).to.equal('/ar-MA/article?from=ar-MA');
    expect(fillLang('/{lang}/', 'x y')).to.equal('/x%20y/');
  });
});
