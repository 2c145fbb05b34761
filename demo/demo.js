// Demo wiring: lang.js already set the page's language before first paint; this loads the
// library, asks it for that language, and keeps the page's own text in step with it.
const {setLocale, getLocale, onLocaleChange} = await import('../dist/news-widgets.min.js');

onLocaleChange(() => window.applyDemoLanguage(getLocale()));
const wanted = document.documentElement.lang;
if (wanted && wanted !== getLocale()) await setLocale(wanted).catch(() => setLocale('en'));
