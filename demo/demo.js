// Demo page wiring: ?lang=ar (or fr, es, en) picks the edition; the page follows the
// library's locale for its own few strings, `lang` and `dir`. ?live takes the header bar's
// weather from Open-Meteo instead of the saved answer in demo/weather/.
const strings = {
  en: {site: 'Casablanca Post', editions: 'Editions', sport: 'Sport', more: 'More stories', footer: 'Sample content written for the news-widgets demo. Not real news.'},
  fr: {site: 'Casablanca Post', editions: 'Éditions', sport: 'Sport', more: 'Autres articles', footer: 'Contenu d’exemple écrit pour la démo de news-widgets. Ce ne sont pas de vraies nouvelles.'},
  es: {site: 'Casablanca Post', editions: 'Ediciones', sport: 'Deportes', more: 'Más noticias', footer: 'Contenido de ejemplo escrito para la demo de news-widgets. No son noticias reales.'},
  ar: {site: 'كازابلانكا بوست', editions: 'الطبعات', sport: 'رياضة', more: 'مقالات أخرى', footer: 'محتوى تجريبي كُتب لعرض news-widgets. ليست أخبارًا حقيقية.'},
};
const sportTag = {en: 'Sport', fr: 'Sport', es: 'Deportes', ar: 'رياضة'};
const headerBar = {
  en: {city: 'Casablanca', subscribe: 'Subscribe', credit: 'Weather data by Open-Meteo.com'},
  fr: {city: 'Casablanca', subscribe: 'S’abonner', credit: 'Données météo : Open-Meteo.com'},
  es: {city: 'Casablanca', subscribe: 'Suscribirse', credit: 'Datos meteorológicos: Open-Meteo.com'},
  ar: {city: 'الدار البيضاء', subscribe: 'اشترك', credit: 'بيانات الطقس من Open-Meteo.com'},
};

const params = new URLSearchParams(location.search);
const requested = params.get('lang');
if (params.has('live')) document.querySelector('news-header-bar')?.removeAttribute('weather-src');
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
  const bar = headerBar[lang] ?? headerBar.en;
  document.querySelector('news-header-bar')?.setAttribute('city', bar.city);
  document.querySelector('.subscribe').textContent = bar.subscribe;
  document.querySelector('.weather-credit').textContent = bar.credit;
  document.querySelector('news-feed.sport')?.setAttribute('tag', sportTag[lang] ?? 'Sport');
  for (const link of document.querySelectorAll('.editions a')) {
    if (link.hreflang === lang) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

onLocaleChange(applyPage);
if (requested) await setLocale(requested).catch(() => setLocale('en'));
applyPage();
