// Size budgets of the CDN build, checked by size-limit (`npm run check-size`, after
// `npm run build`); sizes are min+gzip -9, as a CDN serves the files. The file lists come
// from the built loader itself: it carries, for each module it loads, the files that module
// imports statically (see scripts/rollup-preload-map.mjs), so an entry is exactly what the
// browser fetches for it. `npm run bench` measures the same page in a browser.
import {readFileSync, readdirSync} from 'node:fs';

const LOADER = 'dist/news-widgets.min.js';
let code;
try {
  code = readFileSync(LOADER, 'utf8');
} catch {
  throw new Error(`${LOADER} is missing: run \`npm run build\` first.`);
}
const map = code.match(/\{"[\w/.-]+\.js":\[[^{}]*\]\}/)?.[0];
if (!map) throw new Error(`${LOADER} carries no preload map: was it built by rollup.config.mjs?`);
const files = JSON.parse(map);
const chunks = (...modules) => [...new Set([LOADER, ...modules.flatMap((m) => files[m].map((file) => `dist/${file}`))])];
const catalogs = readdirSync('dist').filter((file) => /^news-widgets-(ar|es|fr|zgh)-[\w-]+\.min\.js$/.test(file));

export default [
  // Issue 11: what every page pays before it uses an element.
  // Issue 11's targets are 5 KB for the loader (met since the last entry below) and 20 KB for a one-feed page (not yet). Earlier: 6.53 and
  // 34.45 KB in 5 files on 2026-11-30, from 6.20 and 35.42 KB in 6 that morning). These limits are
  // ratchets just above today's figures: lower them as they fall. Once merged with issue 16's
// reading-limit attributes and shared requests and issue 12's piece reader: 6.57 and 35.36 KB. The loader grew 0.33 KB when it
  // began to start the feed request itself (core/early-request.ts): the first card no longer waits
  // for the element's network code before its request goes out.
  // Once @lit/localize left it (core/localize-runtime.ts, loaded with the elements): 5.61 KB, the
  // one-feed page 35.48 KB (0.12 KB more: @lit/localize moved into the shared chunk the page loads anyway).
  // loadFeed starting its request at the call, as the elements' src does (the demo's feed no
  // longer waits for four chunks): 5.72 KB. The catalogs in its preload map (the page's catalog
  // is asked for beside the elements' files, not after @lit/localize has arrived): 5.81 KB.
  // The formatters (plural, pluralCategory, formatCount, formatArticleDate, formatFullDate) load on
  // first call, and language tags and names have a module of their own (core/language.ts) apart
  // from the Intl formatting and the Tamazight date names: 3.85 KB, the target met; 4.0 KB with
  // loadFeed's early request and the catalogs above. 4.08 KB once it hydrates server-rendered
  // elements (it loads hydrate.js before defining one found with a declarative shadow root).
  // 4.13 KB once the WordPress reader became a chunk of its own: parseFeed's entry in the
  // preload map names it (+0.03 KB, for 0.39 KB less on every JSON Feed page). 4.2 KB once it
  // starts the engine's Intl data in a task of its own while the elements' files are on their
  // way (+0.05 KB: the first render no longer pays 40-80 ms for it; first card 1.12x -> 1.05x
  // a hand-written page in `npm run bench`). The preload map's hashed file names move it by
  // about 0.01 KB from one change to the next (4.21 KB once core/signals.ts changed): 4.25 KB.
  // 4.24 KB once each copy of the library on a page (two bundles) switches its own
  // @lit/localize with the page's locale (+0.05 KB): 4.3 KB. 4.31 KB once its early feed
  // requests live on globalThis, where another copy's element takes them up (+0.07 KB): 4.35 KB.
  // 4.36 KB: the loader's code is as it was, but its map of hashed chunk names moves it by ±10 B
  // from build to build (4,351 B once the shared chunk changed name).
  // 4.5 KB with registerLocale, which CDN pages call before any element loads (4,485 B once
  // merged with the loadFeed credentials check, +138 B; the margin is for the map's hashed names).
  // 4.51 KB: 4,494 B once an early request joined by another is ended (+9 B). 4.52 KB (4,512 B)
  // once setLocale's refusal names the registered catalogs too and points to registerLocale (+18 B).
  // 4.53 KB (4,522 B) once memos keyed by a feed's language tags are bounded (core/memo.ts,
  // which the loader's languageOf uses too): +10 B. 4.54 KB: 4,533 B once <news-related>'s file
  // has a new hashed name in the map (it ranks long feeds in slices); no code of the loader changed.
  // 4.57 KB: 4,568 B once the loader exports WeatherError as a class too, as the npm entry
  // does (its module API's names are the npm entry's: test/integration/loader-api.test.ts).
  // 4.59 KB (4,568 B, 4,570 B at one build): the map of hashed chunk names moves it by a few
  // bytes whenever any chunk's code changes, with no code of the loader changed; a margin for that.
  // 4.6 KB: 4,584 B once the security review's fixes renamed most chunks in the map.
  // 4.63 KB: 4,617 B once the module API's parseDate loads the RSS/Atom reader's chunk, which
  // holds the one parseDate that reads every feed date form (+30: that chunk's files in the map).
  // 4.65 KB: 4,619-4,624 B as this session's changes renamed chunks in the map (no loader code changed).
  // 4.7 KB: 4,671 B once a switch to Tamazight loads the date names engines lack (core/carry-zgh.ts)
  // wherever it comes from, a host app's @lit/localize included, for 437 B less on every page;
  // 4,678 B once a CDN formatter call loads them only when its locale is Tamazight (+7).
  // 4.72 KB: 4,713 B once setLocale remembers a choice only after its catalog loaded and the map
  // names the new attribute-url chunk (+35; resolving a URL attribute once lives outside page.ts,
  // which the loader carries, for 50 B less here).
  // 4.73 KB: 4,718 B as the review's fixes renamed chunks in the map (no loader code changed; ±10 B).
  // 4.74 KB (4,727 B) once the rule of which calls share an early request is one function (+9).
  // 4.76 KB (4,751 B) once the module API exports inZone, loaded on first call (+29).
  // 4.66 KB (4,647 B) once a language's direction (directionOf) has a module of its own,
  // core/direction.ts: in locale.ts, which the loader carries, it came along unused (-102).
  // 4.67 KB (4,660 B) once languageOf reads `und` as no language in every engine (V8 read its
  // subtag as none, Firefox as `und`, so a page of lang="und" picked its language apart; +11).
  // 4.68 KB: 4,664-4,668 B as this session's fixes renamed chunks in the map (no loader code changed since localeReady's +4).
  // 4.73 KB (4,722 B) once nativeLanguageName names Darija (الدارجة) and keeps Georgian's first
  // letter, and a code engines have no name for is named by the tag (+54: the loader carries it).
  // 4.78 KB (4,766 B) once it names a language engines lack by the tag in every engine (V8
  // wrote "xx (YY)" for a regional one) and a region Firefox and Safari lack by the language
  // alone, after helper-138's review (+44).
  // 4.80 KB (4,795 B) once a relative address is read against the document's base (<base href>)
  // as fetch reads it, and the early request's address is made by the element's own resolveSrc
  // rather than by a second function that had to agree with it: +29. 4.82 KB: 4,799 B once
  // that address is read as loadFeed reads it (+4), with room for the map's hashed names (±10 B).
  // 4.96 KB: 4,938 B with session 44's audits: a page in a spoken Arabic with no catalog (ary,
  // arq, …) starts in its country's Arabic, not the browser's language (+90, initialLocale runs
  // here), and articleRoute, which the loader exports synchronously, takes the root an app is
  // served under (+55); room for the map's names. 4.98 KB: 4,966 B once a plain element before a
  // server-rendered one no longer keeps hydration from it, the module API's loads wait for
  // hydration, and the class bindings follow the registry (helper-152's review: +28).
  // 4.99 KB: 4,981 B once a language's name and the header bar's date share one function that
  // capitalizes a line's first letter (+10: "Vendredi 20 mars 2026", helper-176).
  {name: 'The loader, up front', path: [LOADER], limit: '4.99 KB', gzip: true},
  // The item cap as an option and attribute (max-items, part of the request key) added 0.11 KB.
  // Issue 11: a page with one <news-feed src>: the loader, the element and its network code (the
  // loader starts the feed request; the element's network code takes it up). `npm run bench`
  // counts every file the page really loads.
  {
    name: 'A one-feed page (loader, <news-feed>, network code)',
    path: chunks('components/news-feed/news-feed.js', 'core/fetch-feed.js'),
    // 35.72 KB once the loader's loadFeed started its request at the call (+0.11 KB); 35.81 KB
    // with the catalogs in the loader's preload map (+0.09 KB).
    // 36.22 KB in 6 files once JSON items past the cap are left out before parsing
    // (core/formats/json-split.ts, 0.4 KB) and the formatters moved out of the loader; 36.41 KB
    // with the loader's early loadFeed request and catalogs; 37.05 KB with the one-pass HTML
    // reader (0.64 KB for HTML fields read a third faster: issue 12's JSON Feed target).
    // 37.27 KB with hydration in the loader (+0.08 KB) and Lit's directive helpers, which
    // hydration shares with <news-feed>, moved to the shared chunk (+0.13 KB of compression);
    // 37.32 KB with templates minified once, in tsc's output (scripts/minify-templates.mjs),
    // so the npm package's (which servers render with) match the CDN build's. 37.49 KB once
    // elements keep their properties in one array and cards share their listeners (0.2 KB for
    // JS heap per card 1.34x -> 1.25x Shoelace's). 37.63 KB once an element the server rendered
    // in another language than the reader's renders again in the reader's (NewsElement.update),
    // and a server can set the locale (@lit/localize's runtime needs a window; the server's
    // version is a chunk of its own that browsers never load): +0.16 KB. 37.67 KB with one time
    // limit for the feed's and the weather's requests (core/signals.ts deadline(), shared rather
    // than written twice): +0.02 KB. 37.28 KB once the WordPress reader loads only for a
    // WordPress feed (core/read-feed.ts), as the RSS/Atom one does: -0.39 KB. 37.34 KB with the
    // loader starting Intl early (above): +0.05 KB. 37.30 KB with a time limit of its own for
    // requests, which needs no AbortSignal.any and leaves nothing attached on old browsers.
    // 37.23 KB once rendering a server element again in the reader's language moved to
    // hydrate.js, which only server-rendered pages load: -0.08 KB. 36.96 KB once @lit/localize
    // runs in its reentrant mode in browsers as on servers (one set-up, no server version):
    // -0.28 KB. 37.02 KB once a superseded switch whose catalog failed resolves, as in
    // @lit/localize's runtime mode (core/localize-runtime.ts catalogSwitch): +0.06 KB. 36.99 KB
    // once elements hold no controllers; 36.95 KB once the build drops @lit/localize's unused
    // runtime mode, which its package index re-exports (rollup.config.mjs treeshake): -0.05 KB.
    // 37.10 KB with the card's date tooltip reachable and written on hover, its article
    // language set once on its body, and shared relative phrases (+0.15 KB, for JS heap per
    // card 1.07x -> 0.99x Shoelace's). 37.19 KB once a horizontal card without an image gives
    // its text the whole card again and the card isolates its layers from the page's (+0.06 KB).
    // 37.26 KB once parseFeed checks JSON text as parseFeedText does (depth and item cap before
    // parsing, one generator for both) and loadFeed rejects a string that is no URL with a
    // FeedError instead of throwing at the call (+0.09 KB). 37.49 KB once a card's days go by
    // the calendar of its zone ("yesterday" is the day before today, not 24-48 hours ago) and
    // the feed readers count the words of the whole body for the reading time (+0.23 KB).
    // 37.58 KB with French's ordinal first of the month, "1er décembre" (+0.09 KB). 37.68 KB once
    // the word count is linear and the same as Intl.Segmenter's (core/words.ts, shared with
    // related articles): +0.1 KB. 37.92 KB once a card's calendar days come from arithmetic on
    // its zone's offset while the zone keeps one (core/timezone.ts calendarDays): two Intl calls
    // a card cost 200 cards 15% more render time (0.80x -> 0.95x Shoelace's): +0.24 KB.
    // 37.97 KB once each copy of the library on a page switches its own @lit/localize (+0.05 KB).
    // 38.24 KB once the feed readers fixed what an audit of 73 real feeds found (+0.27 KB):
    // tracking pixels, icons and share buttons are no card image (+0.11 KB), WordPress's
    // "[…]" is a plain "…" (+0.04 KB), undeclared non-UTF-8 bytes read as windows-1252
    // (+0.04 KB), dates with "+01", "(CET)" or French/Spanish/Portuguese months (+0.07 KB),
    // and an untitled post's text shown once (+0.02 KB).
    // 38.43 KB with the designer audit's fixes (+0.19 KB): after Retry focus goes back to Retry
    // or the first card, a polled error stays as it is, the default accent and error colours
    // follow a dark colour scheme (light-dark()), and the compact and hero headlines follow
    // --news-headline-size. 38.44 KB with Arabic month names in feed dates (+0.01 KB).
    // 38.51 KB once an early feed request is shared by every copy of the library on a page and
    // claimed by loadFeed at the call, so another copy's element takes it up instead of
    // fetching the feed again (+0.07 KB).
    // 38.56 KB after the site owner's audit: an empty answer called empty, not invalid JSON
    // (+13 B), and print styles (+31 B): a list's heading kept with its cards,
    // no "Load more" on paper. 38.58 KB once the clocks' one timer is set in zone.js's root
    // zone, so Angular apps that load zone.js become stable (+15 B).
    // 38.61 KB once the switcher's Arabic on an ar-MA page is the page's ar-MA (Moroccan months
    // and clock, not the Middle East's), as is a plain "ar" remembered there (+31 B; the loader
    // +31 B too, within its limit).
    // 38.63 KB once French Hijri dates write "dhou al qi’da" with an apostrophe, not CLDR's
    // backtick (+11 B).
    // 38.37 KB once code only other elements or the RSS/Atom reader use left the chunks this
    // page loads (the header bar's nextDayStart and formatDay, to core/day.ts: -98 B; credit(),
    // into the RSS/Atom reader: -116 B) and the Tamazight tables derive what repeated (-38 B).
    // 38.42 KB (38,420 B) after the security audit: at most 20 authors an item (a feed's
    // 100,000 froze every card's byline) and the Link header read link by link (a 200 KB one
    // held the page 9 s): +55 B together. 38.49 KB once an earlier visit's copy of a feed
    // that is gone (404, 410) gives way to the error instead of showing on every visit (+73 B).
    // 38.52 KB once a feed image's attributes are read one by one, so a name inside another's
    // value (alt="… src=…") is not taken for an attribute (+31 B). 38.38 KB once the build
    // leaves out @lit/localize's hashing of messages without an id (every msg() has one:
    // -211 B), with the HTML reader's fix for quotes that run to the end (+64 B). 38.16 KB with
    // one copy of TypeScript's __decorate helper in the build instead of one per element (-223 B).
    // 38.24 KB once a feed's next page on another origin than the feed's goes without the
    // reader's cookies (+78 B; +10 B more in the loader, whose early request leaves such a call alone).
    // 38.44 KB (38,430 B) with registerLocale: +138 B in the loader, the rest for msg asking
    // the live catalogs (a language registered after @lit/localize was configured). 38.65 KB
    // (38,639 B) with the lifecycle audit's five fixes (+209 B: the feed cache bounded in memory,
    // polls counting from the last load, a joined early request ended, a refresh keeping what
    // Load more brought, requests kept through a move). 38.66 KB with setLocale's refusal
    // naming registered catalogs and registerLocale (+18 B, in the loader). 38.61 KB (38,601 B)
    // once the library's nine memos share one helper that bounds them (core/memo.ts): a feed
    // rotating language tags no longer grows them, and the helper replaces nine copies (-58 B).
    // 38.63 KB (38,627 B) with the accessibility audit's fixes (+26 B): buttons take a reader's
    // letter and word spacing (WCAG 1.4.12), muted text at 85% of the text colour instead of 72%
    // (1.4.3, compression only), and focus kept on the last card by a "Load more" that brings
    // nothing new (2.4.3). 38.64 KB (38,634 B) with a default accent (#2f74d0) whose focus ring
    // keeps 3:1 on a dark page that does not declare its colour scheme (+7 B of compression).
    // 38.83 KB (38,828 B) once the page's first list asks for its first card's image before its
    // cards render, and only that list's image loads at high priority (+194 B): in a 4x-throttled
    // Chromium the request leaves about 250 ms earlier, and a second list's image no longer competes.
    // 38.85 KB (38,842 B) after the complexity audit's fixes, none of them in this page's code:
    // the XML reader's and <news-related>'s files got new hashed names, which the loader's map
    // carries (+14 B of compression).
    // 39.01 KB (38,999 B) with: "Load more" stopped at max-items and at a next page that loops
    // back (+68 B); cards' tags as part `tag`, exported as `card-tag` (+11 B); C1 controls mapped
    // in slices of 16,384 characters, as a feed made of them held the page 219 ms (+69 B); the
    // map's new hashed names (+5 B). The margin is for those names. 39.03 KB (39,023 B) once a
    // feed read up to max-items offers no next page (+24 B). 39.08 KB (39,079 B) with a feed's
    // bytes decoded 128 KiB a step (+56 B): two megabytes of Arabic or C1 controls were one
    // `decode` of 40–60 ms on a busy machine. 39.15 KB (39,141 B) once a list without `src`
    // looks for a misspelt one (+62 B: the check itself loads only then). 39.16 KB (39,157 B)
    // once that check looks again when its code is here, and a failed import of it is caught (+16 B).
    // 39.22 KB (39,218 B) with PHP's error messages left out before a feed, JSON or XML (+64 B).
    // 39.23 KB (39,229 B) once those after an XML declaration are left out by the same strip,
    // not by a second reading of the XML (+11 B here; the XML reader's file is smaller).
    // 39.25 KB (39,247 B) once PHP's messages printed as text (html_errors off) go too, by one
    // pattern for both forms (+18 B). 39.34 KB (39,338 B) with the developer audit's fixes: a
    // boolean attribute or property given as "false" by Vue, Svelte or React is off (+62 B), and
    // a timeout under a second is said in milliseconds (+29 B). 39.42 KB (39,412 B) with
    // WeatherError in the loader (+35 B) and a zone's offset isolated left to right in a
    // card's full date, so Arabic shows "+1", not "1+" (+39 B). 39.45 KB (39,447 B) with the
    // images' shapes as custom properties (--news-image-ratio and the list's and hero's, +35 B).
    // 39.51 KB (39,510 B) with a review's fixes: any text a framework sets on a number or boolean
    // property read as its attribute would be (+20 B), PHP's messages left out in steps (+43 B).
    // 39.78 KB (39,774 B) once a JSON feed is parsed item by item, with a count of the values
    // each piece holds (+264 B): hostile JSON of 600,000 empty arrays or 150,000 keys held the
    // page 0.2-1.3 s in one JSON.parse.
    // 39.98 KB (39,977 B) with the real-feed audit's fixes (+203 B): emoji, FeedFlare buttons and
    // avatars are no story picture (also in Media RSS), a JSON Feed item takes its picture from
    // content_html as other formats do, FeedBurner's origLink is the link, a category's label its tag.
    // 40.16 KB (40,158 B) with the accessibility audit's fixes (+181 B): "Load more" after a reveal of
    // the last loaded items focuses the first new card, a refresh that removes the focused card
    // leaves focus in its place, and each refresh's "N new articles" is written anew (lit's keyed).
    // 40.18 KB (40,174 B) once lists say role="list" for Safari's VoiceOver (+16 B).
    // 40.24 KB (40,223 B here; a fresh clone's build measured 5 B more than this checkout's, its
    // hashed chunk names differ) with a review's fixes: a refresh that moves the focused card
    // gives it focus back (+33 B), JSON's own whitespace only between tokens (+16 B).
    // 40.32 KB (40,302 B) once screen readers hear loading and an empty list from one status
    // region there from the first render, the skeleton is hidden from them, each card is an
    // article named by its headline and "Load more" is described by its list's heading (+79 B).
    // 40.35 KB (40,327 B) with the miniflux audit's two fixes that reach a JSON page: UTF-8
    // bytes labelled Latin-1 read as UTF-8 (encoding.ts), a JSON Feed author listed twice named
    // once (+24 B); its other fixes load with the XML reader.
    // 40.38 KB (40,362 B) with one dedupeAuthors for every reader, in fields.ts, instead of a
    // second copy of it in the JSON Feed reader (+37 B on this page, the XML reader's less).
    // 40.47 KB (40,456 B) once stories a CMS gave one guid between them are all kept, each
    // under the guid and its link (+94). 40.48 KB (40,462 B) once ISO's form with one-digit
    // numbers is read in UTC, not Korea's time (+6). 40.55 KB (40,531 B) once a story alone
    // under a shared guid on one page is known by its guid and link on another, in Load more's
    // merge and the count of new articles, and ids stay unique beside a guid that reads as a
    // shared id (+69, a review's fixes). 40.69 KB (40,668 B) once a last "Continue reading"
    // link to the item (The Guardian's, WordPress themes') is left out of summaries (+140: the
    // check is in fields.ts's htmlText, which the JSON reader shares with RSS, Atom and WordPress).
    // 40.7 KB (40,681 B) once a card leaves out a summary that repeats its headline in other
    // punctuation or case, as Google News' items do (+20). 40.77 KB (40,755 B) once that link
    // must stand apart, after a block or a sentence's end, not inside a sentence (+74). 40.9 KB
    // (40,878 B) with the security review's fixes (+123: ids, alts and lists of tags and credits
    // bounded, isolate marks out of names, a given feed's next pages without cookies). 40.91 KB
    // (40,889 B) once the map of chunk names changed with the XML reader's fixes (+11, no code
    // of this page changed since 40,878). 41 KB (40,982 B) once only a list on screen gives its
    // first picture priority, read once for each first picture, and the page that names a next
    // page decides its cookies (+89 for both). 41.07 KB (41,051 B) once that is the origin the
    // page answered from, after redirects (+69). 41.1 KB (41,090 B) with <news-feed
    // image-priority (+39). 41.18 KB (41,162 B) with the featured layout (+72). 40.9 KB
    // (40,886 B) once the date forms only RSS and Atom write (zone names, other languages'
    // months) moved into their reader's chunk with the one parseDate (-290), the milliseconds
    // of a date kept (+7). 40.95 KB (40,913 B) once the feed cache keeps where a feed answered
    // from (+35) and a last link to an item's comments page leaves its summary (+5); 40,927 B
    // once a grid's cards fill their row (+14). 41 KB (40,988 B) once the meta line's items
    // are separated by " · ", none starting a line (+61). 41.05 KB (41,020 B) once a
    // server-rendered "Load more" is out of sight until its element is defined (+32). 41.1 KB
    // (41,077 B) with Feed reading's late prefixed titles (the loader's map, +6) and Tamazight's
    // own "and" in bylines (+51). 40.55 KB (40,506 B) with typeset no-break spaces kept (+23)
    // and Arabic's "°م" kept together (+13), Tamazight's date names loaded with its catalog
    // rather than on every page (-437), and terser's hoist_funs, unsafe_arrows, unsafe_methods,
    // keep_fargs: false and a third pass (-162; measured by helper-93). 41 KB (40,966 B) with the
    // audits of session 30 (+466): real feeds' trailers, plugin blocks, HTML escaped twice and
    // windows-1256 served as UTF-8; nothing-to-see text and half references; a new source
    // starting empty, src resolved once, Load more's races; URLs with credentials dropped.
    // 41.2 KB (41,144 B) with the review's fixes (+161): {lang} filled in after a src is resolved,
    // the plugins told by their element's class, HTML escaped twice told by attributes or an end tag.
    // 41.25 KB (41,200 B) once a tag with an end tag in it is read as HTML (+45; a margin of 50 B,
    // as a fresh clone has measured a few bytes apart); 41,216 B once reading stops with its
    // caller's signal (+16). 41.35 KB (41,310 B) with cards of unknown language taking their
    // headline's majority direction (+24) and a gzip body served without Content-Encoding named
    // as such rather than "not valid JSON" (+70). 41.4 KB (41,347 B) once a card fills its
    // grid cell with CSS's stretch where a browser has it, not a percentage (+37); 41,367 B with
    // one rule for the calls that share an early request (+9 in the loader, +11 here). 41.45 KB
    // (41,395 B) once a page's copy of a feed answers elements' first loads for 5 minutes (+28).
    // 41.5 KB (41,460 B) with helper-105's visual fixes: a card's texts start at their own start
    // in a list item, tags rounded by 1em, the list layout's placeholder picture (+65).
    // 41.55 KB (41,521 B) once an article that names no language is in the page's language
    // when its headline is written that way, not lang="" (+61). 41.6 KB (41,551 B) once a card
    // clips what its text paints past its focus ring, stacked combining marks (+30). 41.65 KB
    // (41,634 B) once that language is taken only when the page declares it on <html lang>, and
    // such an article's summary and tags keep their own directions (+83: a card class bit).
    // 41.6 KB (41,587 B) once locale.ts's pageLanguage reads the memoized languageOf and the card
    // calls it, rather than a second reading of <html lang> (-47). 41.8 KB (41,768 B) once a
    // date written without a zone is a time of the card's zone, not UTC (+181: ZonelessDate,
    // inZone, the formatters reading it). 41.95 KB (41,932 B) once such a time on a day of
    // clock change is read as Date reads one, Etc/GMT+5 is behind UTC, the feed cache's
    // version is one constant and the loader exports inZone (+164). 42 KB (41,964 B) once the
    // card's focus ring is its own outline (-4) and WordPress's […] after a sentence's end is
    // dropped, not an ellipsis after the full stop (+26; the loader's map of hashed names +2).
    // 41,986 B once directionOf left the loader for the elements' files (+23 here, -102 there).
    // 42.05 KB (41,997 B) once a feed or item a page's code builds keeps its relative links,
    // read as its attributes are (+13: cards of a CMS's own '/ar/…' paths had no link); the
    // margin is the loader's map of hashed names, which moves it by about 10 B. 42.1 KB
    // (42,054 B) once author lists let Intl.ListFormat read the names before they are isolated
    // (+40: Spanish "Amina e Ignacio", not "y"), a feed's empty state isolates its tag and a
    // full date names a zone at UTC without "+0", in any digits (+21); clean-ups -5. 42.15 KB
    // (42,101 B) once a text property set to null (its attribute removed), a number or an object
    // is read as none or its text, not thrown on in render, `refresh` is at least 1 s, a blank
    // heading is none and a layout is an own name only (+47, helper-126's audit); 42,115 B once
    // a Date set on a card's date is read as its instant, as before (+14, helper-127). 42.2 KB
    // (42,166 B) once a zone at UTC drops the space its zero stood by only where no word stands
    // before it (Persian "(‎ گرینویچ)", Chinese "GMT 10:07"), `und` is no language in every
    // engine (+11 in the loader) and an item's tags are read from its first 200 values (+51).
    // 42.35 KB (42,312 B) once parseFeedText takes a feed's bytes and decodes them as loadFeed
    // does (loadFeed now hands it its bytes: the decoding and gzip check moved, not copied),
    // and refuses what is neither text nor bytes with a FeedError rather than a TypeError (+146).
    // 42.4 KB (42,366 B) with helper-130's fixes: a relative or empty base keeps a feed's
    // absolute links, a limit below 1 is the default, a contentType that is no text names no
    // charset (+54; the server's zone correction moved into the date functions stays out).
    // 42.55 KB (42,519 B) once a JSON Feed's HTML and a WordPress REST post's body lose Yoast's
    // footer and a last "Continue reading" link as RSS and Atom did: the footer's reader moved
    // from the XML chunk to fields.ts, which every reader shares (+133 here, less in the XML chunk).
    // 42.65 KB (42,599 B) with helper-133's and helper-134's fixes (+80): parseFeedText stops at
    // each step under an aborted signal, an untitled JSON Feed item is titled by a link to itself
    // that was all its text, a footer's second link must be the site's home page, and the loader's
    // localeReady settles before any locale was asked for (+4 in the loader). 42.7 KB (42,643 B)
    // once a last link's address is read before its words (+44): a JSON Feed of 2,067 items was
    // read 50% slower with the "Continue reading" check, two text scans a link (bench 9.8x JSON.parse).
    // 42.86 KB (42,817 B) with session 41's fixes (+174): loadFeed refuses an ftp: or file:
    // address at once (+47; it retried twice and probed), the language names above (+55), an
    // http error without a status worded as a failed load, a transferred ArrayBuffer a format
    // error, and parseFeed's '[…]' pattern tried only on a text ending with ']' (9% faster).
    // 42.9 KB (42,843 B) once twice-escaped HTML is recognized after a comment (Reddit's SC_OFF, +26).
    // 42.95 KB (42,922 B) with helper-138's review: the language names above (+44), loadFeed
    // refusing only the schemes fetch never reads, an app's own (capacitor:) read again.
    // 43.08 KB (43,038 B) with session 42's fixes: one fetchBody for the feed's and the weather's
    // requests and a connection dropped mid-body read as a FeedError (+108, the LateAnswer class
    // and the message among them); the document's base and one resolveSrc (-13 with the rest).
    // 43.15 KB (43,133 B) once <news-feed> and <news-related> share one FeedListElement (their
    // feed, limits, zone, events and Retry, written twice before): +95 on this page, the feed's
    // own chunk -235 and the chunk it shares with <news-related> +330 (the base class, and the
    // names that cross between chunks); a related list's page is that much lighter.
    // 43.18 KB (43,165 B) once loadFeed in Node tells a redirect loop as one and speaks of no
    // CORS, which a server's fetch does not have (+32). 43.2 KB (43,181 B) once the switcher's and
    // the header bar's chunks have new hashed names in the loader's map (+16; no code of this page).
    // 43.25 KB (43,199 B) with helper-148's review: ZonelessDate#toJSON's null for an invalid
    // date, isValidTimeZone through zone-data's canonical() (+18), and room for the map's names.
    // 43.5 KB (43,471 B) with session 44's audits: the loader's +145 above; the feed's Load more
    // where a tag's articles may be on a next page, tags told apart without case, emoji kept
    // whole when text is cut, a card's attributes read again once a rarer entity's table is
    // here, a date alone as its day in every zone (+110 in all). 43.65 KB (43,612 B) with the
    // loader's +28 above, a day alone shown as "yesterday", never in hours (+50), and a
    // server-rendered root that no hydration takes over rendered over, not shown twice (+60).
    // 43.75 KB (43,716 B) once text cut short is cut between graphemes (Intl.Segmenter where
    // the cut is not between plain characters: a flag's letters, a family emoji, marks; +100).
    // 43.8 KB (43,766 B) once a Load more that leaves only the list's message (a tag none of the
    // pages has) gives it focus, not the page (+50: tabindex, an update that applies it).
    // 43.85 KB (43,797 B) once a day alone's datetime is its day, YYYY-MM-DD (+31). 43.9 KB
    // (43,841 B) once the default accent and error colours are chosen behind @supports for
    // browsers without light-dark() (Chrome 111-122, Safari 16.4-17.4 had no focus ring; +44).
    // 44.0 KB (43,957 B) with session 46's fixes (+116): focus leaves the list's message for the
    // first card when a refresh brings articles (+64); a load put off or cut short by the
    // host's absence starts from the inputs reconnection brings, an answer handed over in the
    // step that checks it is the latest (+17), each measured by a build without it; the rest
    // (+35) for a broken JSON item's error read from the whole text. 43,977 B with helper-165's
    // time fixes (+20: a card live one tick past a week, up to 5 minutes ahead is "now").
    // 44.05 KB (43,997 B) once a card that showed a relative date is rendered again when it
    // does not, however late the minute clock's tick (a hidden tab; +20: the clock hands each
    // card the time of its tick before, which costs no field on every card).
    // 44.0 KB (43,949 B) once the list's hidden message that has focus is found in the update
    // that hid it, with no flag kept from the update before (-39).
    // 44.05 KB (43,999 B) once a grid's items are flex boxes, not one-column grids (+22: 200
    // cards render 7% faster), and each feed says what it shows through a registry, which
    // `<news-related exclude-shown>` reads wherever the feed is, in an app's shadow root too
    // (+28, the related list's half of it moved to its own chunk); room for the map's names.
    // 44.1 KB (44,052 B) with helper-170's review of it (+53): one registry per page on
    // globalThis, shared by two copies of the library (a CDN loader beside an app bundle), and
    // a feed updated off the page announced again when it is put back.
    // 44.2 KB (44,121 B) with helper-172's audit (+69): any number of blank lines above an RSS
    // feed (+34; its `encoding` read after them), and no byline "undefined" or "null" (+35).
    // 44.25 KB (44,239 B) with helper-176's wording (+55: Arabic's one hour, fr-MA's months, the
    // network error's words) and helper-177's review (+63): the whole text looked through for rare
    // entity names in steps (WebKit took 20 ms over 2 MB in one search), "undefined undefined" no
    // author and an author named so known by its address.
    // 44.53 KB (44,518 B) with session 49's audits (+279): Morocco's rules of 2026-09-20 read in
    // browsers whose time-zone data predates them (+159: WebKit here showed tomorrow's date from
    // 23:00 UTC; the table and its once-per-zone check, on servers only before), a URL object
    // or an array set on a text property read as its text (+16), a card's `language` attribute,
    // the alert without its Retry label, Load more's error styled, cards at a hidden heading's
    // level (+44), lists' part `item`, one placeholder tone, and focus kept through a reload
    // with placeholders (+60). 44.57 KB (44,558 B) with helper-184's review of them (+40): each
    // date's day counted by the rules of its own date, a URL's {lang} kept, a kept place
    // applied or dropped in the update the list settles in. 44.59 KB (44,580 B) once a load that
    // fails while a card's place is kept gives focus to Retry, not to the page (+22).
    limit: '44.59 KB',
    gzip: true,
  },
  ...catalogs.map((file) => ({name: `Locale catalog ${file.split('-')[2]}`, path: [`dist/${file}`], limit: '3 KB', gzip: true})),
];
