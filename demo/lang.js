// Classic scripts, so they run before the page is first painted: in <head> this sets the
// page's language and direction; included again at the end of <body> it also sets the
// page's own strings. Nothing flips or shifts once the widgets load. A real site would serve
// each edition with these already in its HTML.
(() => {
  const strings = {
    en: {editions: 'Editions', missing: 'This article could not be found.', site: 'Casablanca Post', sport: 'Sport', more: 'More stories', footer: 'Sample content written for the news-widgets demo. Not real news.', city: 'Casablanca', subscribe: 'Subscribe', credit: 'Weather data by Open-Meteo.com'},
    fr: {editions: 'Éditions', missing: 'Cet article est introuvable.', site: 'Casablanca Post', sport: 'Sport', more: 'Autres articles', footer: 'Contenu d’exemple écrit pour la démo de news-widgets. Ce ne sont pas de vraies nouvelles.', city: 'Casablanca', subscribe: 'S’abonner', credit: 'Données météo : Open-Meteo.com'},
    es: {editions: 'Ediciones', missing: 'No se ha encontrado este artículo.', site: 'Casablanca Post', sport: 'Deportes', more: 'Más noticias', footer: 'Contenido de ejemplo escrito para la demo de news-widgets. No son noticias reales.', city: 'Casablanca', subscribe: 'Suscribirse', credit: 'Datos meteorológicos: Open-Meteo.com'},
    ar: {editions: 'الطبعات', missing: 'تعذر العثور على هذا المقال.', site: 'كازابلانكا بوست', sport: 'رياضة', more: 'مقالات أخرى', footer: 'محتوى تجريبي كُتب لعرض news-widgets. ليست أخبارًا حقيقية.', city: 'الدار البيضاء', subscribe: 'اشترك', credit: 'بيانات الطقس من Open-Meteo.com'},
  };
  const sportTag = {en: 'Sport', fr: 'Sport', es: 'Deportes', ar: 'رياضة'};
  let remembered = null;
  try {
    remembered = localStorage.getItem('news-widgets:locale');
  } catch {
    // storage unavailable
  }
  const requested = new URLSearchParams(location.search).get('lang') || remembered || document.documentElement.lang;
  const lang = requested in strings ? requested : String(requested).split('-')[0] in strings ? String(requested).split('-')[0] : 'en';

  /** Applies `tag` to the page's own text and returns that text; the pages' scripts call it again after a switch. */
  window.applyDemoLanguage = (tag) => {
    const code = tag.split('-')[0];
    const text = strings[code] ?? strings.en;
    document.documentElement.lang = tag;
    document.documentElement.dir = code === 'ar' ? 'rtl' : 'ltr';
    document.title = `${text.site} — news-widgets demo`;
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = text[node.dataset.i18n];
    for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', text[node.dataset.i18nLabel]);
    for (const node of document.querySelectorAll('news-feed[data-heading]')) node.setAttribute('heading', text[node.dataset.heading]);
    document.querySelector('news-feed.sport')?.setAttribute('tag', sportTag[code] ?? 'Sport');
    document.querySelector('news-header-bar')?.setAttribute('city', text.city);
    return text;
  };
  const tag = requested && requested !== lang && String(requested).startsWith(lang) ? requested : lang;
  if (document.body) {
    window.applyDemoLanguage(tag);
    // ?live: the header bar asks Open-Meteo itself instead of the saved answer in demo/weather/.
    if (new URLSearchParams(location.search).has('live')) document.querySelector('news-header-bar')?.removeAttribute('weather-src');
  }
  else {
    document.documentElement.lang = tag;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }
})();
