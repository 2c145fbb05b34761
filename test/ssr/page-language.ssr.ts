/**
 * The language of an article that names none (a WordPress feed, a card written as attributes),
 * on a server. A browser takes it to be the page's (`<html lang>`) when the interface speaks
 * that language and the headline is written its way; a server has no `<html lang>`, and the
 * locale its code set (`setLocale`, as the page declares) stands for it. Its own process: the
 * first test needs a server that has set no locale.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../src/components/news-article-card/news-article-card.js';
import {localeReady, registerLocale, setLocale} from '../../src/core/locale.js';

/** The `lang` and `dir` of the card's article body, and its first tag's `lang`. */
async function articleLanguage(headline: string) {
  const out = await collectResult(render(html`<news-article-card href="https://example.ma/1" headline=${headline} tags="x"></news-article-card>`));
  const [, lang, dir] = /<div class="body" lang="([^"]*)" dir="(\w+)"/.exec(out)!;
  return {lang, dir, tag: /<li part="tag" lang="([^"]*)">/.exec(out)![1]};
}

describe('the language of an undeclared article, on a server', () => {
  it('is unknown where the server set no locale (a German site rendered in English), or only one that failed to load: no page language to take', async () => {
    // Nothing asked for yet: ready at once (it once chased its own promise until memory ran out).
    const ready = await Promise.race([localeReady().then(() => 'ready'), new Promise((resolve) => setTimeout(resolve, 2_000, 'never settled'))]);
    assert.equal(ready, 'ready');
    assert.deepEqual(await articleLanguage('Neuer Hafen in Tanger eröffnet'), {lang: '', dir: 'ltr', tag: ''});
    registerLocale('de', () => Promise.reject(new Error('the catalog is offline')));
    await assert.rejects(setLocale('de'), /offline/);
    assert.deepEqual(await articleLanguage('Neuer Hafen in Tanger eröffnet'), {lang: '', dir: 'ltr', tag: ''});
  });

  it('is the locale the server set when the headline is written its way, as the browser reads it under <html lang>; unknown otherwise', async () => {
    await setLocale('ar');
    assert.deepEqual(await articleLanguage('افتتاح ميناء جديد'), {lang: 'ar', dir: 'rtl', tag: 'ar'});
    assert.deepEqual(await articleLanguage('Ouverture d’un nouveau port'), {lang: '', dir: 'ltr', tag: ''});
    await setLocale('fr');
    assert.deepEqual(await articleLanguage('Ouverture d’un nouveau port'), {lang: 'fr', dir: 'ltr', tag: 'fr'});
    assert.deepEqual(await articleLanguage('افتتاح ميناء جديد'), {lang: '', dir: 'rtl', tag: ''});
  });
});
