// Demo page wiring: the header's <news-language-switcher> switches the whole page in place
// (and remembers the choice); ?lang=ar (or fr, es, en) picks an edition from a link. The page
// follows the library's locale for its own few strings, `lang` and `dir`.
const strings = {
  en: {site: 'Casablanca Post', editions: 'Editions', sport: 'Sport', more: 'More stories', footer: 'Sample content written for the news-widgets demo. Not real news.'},
  fr: {site: 'Casablanca Post', editions: 'Éditions', sport: 'Sport', more: 'Autres articles', footer: 'Contenu d’exemple écrit pour la démo de news-widgets. Ce ne sont pas de vraies nouvelles.'},
  es: {site: 'Casablanca Post', editions: 'Ediciones', sport: 'Deportes', more: 'Más noticias', footer: 'Contenido de ejemplo escrito para la demo de news-widgets. No son noticias reales.'},
  ar: {site: 'كازابلانكا بوست', editions: 'الطبعات', sport: 'رياضة', more: 'مقالات أخرى', footer: 'محتوى تجريبي كُتب لعرض news-widgets. ليست أخبارًا حقيقية.'},
};
const sportTag = {en: 'Sport', fr: 'Sport', es: 'Deportes', ar: 'رياضة'};

const requested = new URLSearchParams(location.search).get('lang');
const {setLocale, getLocale, onLocaleChange} = await import('../dist/news-widgets.min.js');

function applyPage() {
  const tag = getLocale();
  const lang = tag.split('-')[0];
  const text = strings[lang] ?? strings.en;
  document.documentElement.lang = tag;
  document.documentElement.dir = new Intl.Locale(tag).getTextInfo?.().direction ?? (lang === 'ar' ? 'rtl' : 'ltr');
  document.title = `${text.site} — news-widgets demo`;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = text[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', text[node.dataset.i18nLabel]);
  for (const feed of document.querySelectorAll('news-feed[data-heading]')) feed.heading = text[feed.dataset.heading];
  document.querySelector('news-feed.sport')?.setAttribute('tag', sportTag[lang] ?? 'Sport');
  // Keep an explicit ?lang= in step with the reader's choice, so a reload shows the same edition.
  const url = new URL(location.href);
  if (url.searchParams.has('lang') && url.searchParams.get('lang') !== tag) {
    url.searchParams.set('lang', tag);
    history.replaceState(null, '', url);
  }
}

onLocaleChange(applyPage);
if (requested) await setLocale(requested).catch(() => setLocale('en'));
applyPage();
