// Classic scripts, so they run before the page is first painted: in <head> this sets the
// page's language, direction and its links to the other editions (hreflang, both ways) and to
// the edition's feed; included again at the end of <body> it also sets the page's own
// strings. Nothing flips or shifts once the widgets load. A real site would serve each
// edition with these already in its HTML.
(() => {
  const strings = {
    en: {editions: 'Editions', missing: 'This article could not be found.', site: 'Casablanca Post', sport: 'Sport', more: 'More stories', footer: 'Sample content written for the news-widgets demo. Not real news.', city: 'Casablanca', subscribe: 'Subscribe', credit: 'Weather data by Open-Meteo.com', skip: 'Skip to the news', feedHow: 'Copy this address into a feed reader app to get our new articles as they are published.', feedLabel: 'Feed address', copy: 'Copy', copied: 'Address copied'},
    fr: {editions: 'Éditions', missing: 'Cet article est introuvable.', site: 'Casablanca Post', sport: 'Sport', more: 'Autres articles', footer: 'Contenu d’exemple écrit pour la démo de news-widgets. Ce ne sont pas de vraies nouvelles.', city: 'Casablanca', subscribe: 'S’abonner', credit: 'Données météo\u00a0: Open-Meteo.com', skip: 'Aller aux actualités', feedHow: 'Copiez cette adresse dans une application de lecture de flux pour recevoir nos nouveaux articles dès leur publication.', feedLabel: 'Adresse du flux', copy: 'Copier', copied: 'Adresse copiée'},
    es: {editions: 'Ediciones', missing: 'No se ha encontrado este artículo.', site: 'Casablanca Post', sport: 'Deportes', more: 'Más noticias', footer: 'Contenido de ejemplo escrito para la demo de news-widgets. No son noticias reales.', city: 'Casablanca', subscribe: 'Suscribirse', credit: 'Datos meteorológicos: Open-Meteo.com', skip: 'Ir a las noticias', feedHow: 'Copia esta dirección en una aplicación lectora de feeds para recibir nuestros artículos nuevos en cuanto se publiquen.', feedLabel: 'Dirección del feed', copy: 'Copiar', copied: 'Dirección copiada'},
    ar: {editions: 'الطبعات', missing: 'تعذر العثور على هذا المقال.', site: 'كازابلانكا بوست', sport: 'رياضة', more: 'مقالات أخرى', footer: 'محتوى تجريبي كُتب لعرض news-widgets. ليست أخبارًا حقيقية.', city: 'الدار البيضاء', subscribe: 'اشترك', credit: 'بيانات الطقس من Open-Meteo.com', skip: 'انتقل إلى الأخبار', feedHow: 'انسخ هذا العنوان والصقه في تطبيق لقراءة الخلاصات لتصلك مقالاتنا الجديدة فور نشرها.', feedLabel: 'عنوان الخلاصة', copy: 'نسخ', copied: 'تم نسخ العنوان'},
    zgh: {editions: 'ⵜⵉⵥⵕⵉⴳⵉⵏ', missing: 'ⵓⵔ ⵏⵓⴼⵉ ⴰⵎⴰⴳⵔⴰⴷ ⴰⴷ.', site: 'ⴽⴰⵣⴰⴱⵍⴰⵏⴽⴰ ⴱⵓⵙⵜ', sport: 'ⵙⴱⵓⵕ', more: 'ⵉⵎⴰⴳⵔⴰⴷⵏ ⵢⴰⴹⵏ', footer: 'ⴰⴳⴱⵓⵔ ⵏ ⵓⵎⴷⵢⴰ ⵉⵜⵜⵓⵢⴰⵔⴰⵏ ⵉ ⵓⵙⵎⴰⵍ ⵏ news-widgets. ⵓⵔ ⴷ ⵉⵏⵖⵎⵉⵙⵏ ⵏ ⵜⵉⴷⵜ.', city: 'ⴰⵏⴼⴰ', subscribe: 'ⵣⵎⵎⵎ', credit: 'ⵉⵙⴼⴽⴰ: Open-Meteo.com', skip: 'ⴷⴷⵓ ⵖⵔ ⵉⵏⵖⵎⵉⵙⵏ', feedHow: 'ⵙⵏⵖⵍ ⵜⴰⵏⵙⴰ ⴰ ⵖⵔ ⵓⵙⵏⵙ ⵏ ⵜⵖⵔⵉ ⵏ ⵉⵙⴰⴳⵎⵏ ⴰⴷ ⴰⴽ ⴷ ⵍⴽⵎⵏ ⵉⵎⴰⴳⵔⴰⴷⵏ ⵏⵏⵖ ⵉⵎⴰⵢⵏⵓⵜⵏ.', feedLabel: 'ⵜⴰⵏⵙⴰ ⵏ ⵓⵙⴰⴳⵎ', copy: 'ⵙⵏⵖⵍ', copied: 'ⵜⵜⵓⵙⵏⵖⵍ ⵜⵏⵙⴰ'},
  };
  // Each edition's full tag: Moroccan Arabic and French dates (نونبر، 07:45), the others plain.
  const editions = {ar: 'ar-MA', fr: 'fr-MA', es: 'es', en: 'en', zgh: 'zgh'};
  const sportTag = {en: 'Sport', fr: 'Sport', es: 'Deportes', ar: 'رياضة', zgh: 'ⵙⴱⵓⵕ'};
  const params = new URLSearchParams(location.search);
  const language = (tag) => String(tag ?? '').split('-')[0].toLowerCase();
  // The page's language first, as the library does: a reader's in-place choice only where it was made.
  let remembered = null;
  try {
    const page = localStorage.getItem('news-widgets:locale-page') ?? '';
    if (page === language(document.documentElement.lang)) remembered = localStorage.getItem('news-widgets:locale');
  } catch {
    // storage unavailable
  }
  const requested = params.get('lang') || remembered || document.documentElement.lang;
  const code = language(requested) in strings ? language(requested) : 'en';
  const tag = requested && language(requested) === code && requested.includes('-') ? requested : editions[code];

  /** The same page in the edition `code` (keeps the article's id). */
  const editionUrl = (edition) => {
    const url = new URL(location.href);
    url.search = '';
    url.searchParams.set('lang', edition);
    if (params.has('id')) url.searchParams.set('id', params.get('id'));
    return url.href;
  };

  /** Applies `tag` to the page's own text and returns that text; the pages' scripts call it again after a switch. */
  window.applyDemoLanguage = (tag) => {
    const code = language(tag) in strings ? language(tag) : 'en';
    const text = strings[code];
    document.documentElement.lang = tag;
    document.documentElement.dir = code === 'ar' ? 'rtl' : 'ltr';
    document.title = text.site;
    // The edition's own words for search results; every edition says the news is not real.
    document.querySelector('meta[name="description"]')?.setAttribute('content', text.footer);
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = text[node.dataset.i18n];
    for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', text[node.dataset.i18nLabel]);
    for (const node of document.querySelectorAll('news-feed[data-heading]')) node.setAttribute('heading', text[node.dataset.heading]);
    document.querySelector('news-feed.sport')?.setAttribute('tag', sportTag[code]);
    document.querySelector('news-header-bar')?.setAttribute('city', text.city);
    // Subscribe leads to the footer's #subscribe: the address of the edition's feed, to copy
    // into a feed reader (readers also find it from <head>). Opened in a browser it is raw JSON.
    const feed = `feeds/${code}.json`;
    for (const field of document.querySelectorAll('.feed-url')) field.value = new URL(feed, location.href).href;
    for (const status of document.querySelectorAll('.copy-status')) status.textContent = '';
    for (const link of document.querySelectorAll('link[rel="alternate"][type="application/feed+json"]')) link.href = feed;
    return text;
  };

  if (document.body) {
    window.applyDemoLanguage(tag);
    // Copy: the address to the clipboard; where that is refused it stays selected, for the keyboard.
    for (const button of document.querySelectorAll('.copy-feed')) {
      button.addEventListener('click', async () => {
        const field = button.parentElement.querySelector('.feed-url');
        const status = button.parentElement.querySelector('.copy-status');
        field.select();
        try {
          await navigator.clipboard.writeText(field.value);
          status.textContent = strings[language(document.documentElement.lang)]?.copied ?? strings.en.copied;
        } catch {
          field.focus();
        }
      });
    }
    // ?live: the header bar asks Open-Meteo itself instead of the saved answer in demo/weather/.
    if (params.has('live')) document.querySelector('news-header-bar')?.removeAttribute('weather-src');
  } else {
    document.documentElement.lang = tag;
    document.documentElement.dir = code === 'ar' ? 'rtl' : 'ltr';
    // Every edition names all the others, and itself, with hreflang: search engines need both ways.
    const head = document.head;
    for (const [edition, hreflang] of Object.entries(editions)) {
      head.append(Object.assign(document.createElement('link'), {rel: 'alternate', hreflang, href: editionUrl(edition)}));
    }
    head.append(Object.assign(document.createElement('link'), {rel: 'alternate', hreflang: 'x-default', href: editionUrl('ar')}));
    const feed = Object.assign(document.createElement('link'), {rel: 'alternate', type: 'application/feed+json', href: `feeds/${code}.json`});
    feed.title = strings[code].site;
    head.append(feed);
  }
  window.demoEditions = editions;
})();
