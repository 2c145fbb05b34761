// Demo wiring: lang.js already set the page's language before first paint; this loads the
// library, asks it for that language, and keeps the page's own text (and an explicit
// ?lang=) in step when the header's <news-language-switcher> switches in place.
const {setLocale, getLocale, onLocaleChange} = await import('../dist/news-widgets.min.js');

onLocaleChange(() => {
  const tag = getLocale();
  window.applyDemoLanguage(tag);
  // Keep an explicit ?lang= in step with the reader's choice, so a reload shows the same edition.
  const url = new URL(location.href);
  if (url.searchParams.has('lang') && url.searchParams.get('lang') !== tag) {
    url.searchParams.set('lang', tag);
    history.replaceState(null, '', url);
  }
});
const wanted = document.documentElement.lang;
if (wanted && wanted !== getLocale()) await setLocale(wanted).catch(() => setLocale('en'));
