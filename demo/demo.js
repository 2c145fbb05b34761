// Demo wiring: lang.js already set the page's language before first paint; this loads the
// library, asks it for that language, loads the edition's feed once and gives each section of
// the home page its own stories (sport in the column, the newest others on top, the next ones
// below), so no story shows twice.
// No top-level await here: in WebKitGTK 2.50, a page module that awaits at its top level while
// the library's chunks load sometimes never finishes evaluating (JavaScriptCore's module
// evaluation spins and the page freezes; see the README's browser table). An async function
// does the same work.
async function main() {
  const {setLocale, getLocale, loadFeed} = await import('../dist/news-widgets.min.js');

  // lang.js set the page's language to one of the editions: its catalog and its feed load side
  // by side, rather than the feed request waiting for the catalog.
  // The sections' `limit` is read below: a property only once the loader has defined
  // <news-feed> (before that it is undefined, and the last section would get no stories).
  const wanted = document.documentElement.lang;
  const [feed] = await Promise.all([
    loadFeed(new URL(`feeds/${(wanted || getLocale()).split('-')[0]}.json`, location.href)),
    wanted && wanted !== getLocale() ? setLocale(wanted).catch(() => setLocale('en')) : undefined,
    customElements.whenDefined('news-feed'),
  ]);

  const latest = document.querySelector('news-feed.latest');
  const sport = document.querySelector('news-feed.sport');
  const more = document.querySelector('news-feed.more-stories');
  const sportTag = (sport.getAttribute('tag') ?? '').toLocaleLowerCase();
  const isSport = (item) => item.tags.some((name) => name.toLocaleLowerCase() === sportTag);
  const others = feed.items.filter((item) => !isSport(item));
  sport.feed = {...feed, items: feed.items.filter(isSport).slice(0, sport.limit)};
  latest.feed = {...feed, items: others.slice(0, latest.limit)};
  more.feed = {...feed, items: others.slice(latest.limit, latest.limit + more.limit)};
  // An edition with fewer stories (Tamazight's) has none left for the last section: no section,
  // rather than one that says there are no articles under a page full of them.
  more.closest('section').hidden = !more.feed.items.length;
}

main();
