/**
 * "You may also like", ranked on the reader's device: no tracking, no third party.
 *
 * An item's relevance to the current one mixes the tags they share, each weighted by its
 * rarity in the feed (IDF), with the TF-IDF cosine similarity of their titles and
 * summaries; a mild recency factor then favours newer items. Text is tokenized per
 * language (Unicode word boundaries, stop words for en/fr/es/ar, Arabic normalization,
 * accent folding). Nothing here touches the DOM.
 */
import type {NewsItem} from './model.js';
import {MAX_ID, MAX_LIST_READ, cleanText, normalizeItem} from './formats/fields.js';
import {segmenter} from './intl.js';
import {memoized} from './memo.js';
import {runNow, type Steps} from './steps.js';
import {directionOf} from './direction.js';
import {rtlShare} from './text.js';
import {inZone} from './timezone.js';
import {languageOf} from './language.js';
import {UNSPACED, WORD} from './words.js';

export interface RelatedOptions {
  /** Most items returned (default 4). */
  limit?: number;
  /**
   * An id or URL, or a list of them, of items not to return, e.g. those already shown on the page. A URL names the
   * items at that address, its scheme, `www.`, hash, trailing slashes and tracking parameters
   * aside (see {@link urlKeys}); else the one item its other parameters leave, as
   * {@link findItem} finds it (`article.php?id=1` never names `article.php?id=2`).
   */
  exclude?: string | Iterable<string>;
  /** Lowest relevance, from 0 to 1, for an item to count as related (default {@link DEFAULT_THRESHOLD}). */
  threshold?: number;
  /** The moment ages are measured from (default now). */
  now?: Date | number;
  /**
   * The language of the page the list is on (a BCP 47 tag), for when `current` is not found (an
   * article older than the feed's window, a page not in it): the newest items in that language
   * (declared, or undeclared and written its way) come first, the feed's others only after them.
   * A page declaring a language its feed is not in (a template's `lang="en"`) so changes nothing.
   */
  language?: string;
}

/** One entry of {@link rankRelated}'s answer. */
export interface RelatedItem {
  item: NewsItem;
  /** Relevance (0 to 1) times the recency factor; 0 for an item that only fills the list. */
  score: number;
  /** False when the item is there as one of the newest, to fill the list, not because it is related. */
  related: boolean;
}

export const DEFAULT_LIMIT = 4;
/** The lowest relevance, from 0 to 1, at which `rankRelated` counts an item as related by default (`threshold`). */
export const DEFAULT_THRESHOLD = 0.15;
const TAG_WEIGHT = 0.5;
/**
 * An untagged article against a tagged one: its words count as much as a tagged article's words
 * and tags together when its tags are taken for half agreeing (breaking news goes out untagged,
 * and is no less related for it), so a shared rare tag still outweighs the words alone.
 */
const UNTAGGED = 1 - TAG_WEIGHT / 2;
/** Title words count this many times a summary word. */
const TITLE_WEIGHT = 2;
/** Body text used when an item has no summary: enough to characterise it, cheap to tokenize. */
const BODY_CHARS = 400;
const DAY = 86_400_000;
/** The widest gap between two zones' clocks (UTC+14 and UTC-12): how far ahead a date may be and still be now somewhere. */
const AHEAD = 26 * 3_600_000;
/** Recency factor: 1 for a new item, halfway to `OLDEST` after `HALF_LIFE` days. */
const HALF_LIFE = 14;
const OLDEST = 0.8;

// Stop words, written naturally and folded below like the text they are compared with; with
// the words of headline formulas, which make any two explainers or videos alike ("ce qu'il faut
// savoir", "Watch:", بالفيديو).
const STOP_WORDS: Record<string, string> = {
  en: `a about after all also an and are as at be been before but by can could did do does for from had has have he her his how i if in into
    is it its just more most new no not of on one or our out over said says she so some such than that the their them then there these
    they this those to two under up very was we were what when where which while who will with would year years you your
    video videos watch photos know`,
  fr: `à a afin ai alors au aussi aux avait avant avec ce ceci cela ces cet cette chez comme dans de des deux donc dont du elle elles en
    entre est et été être fait il ils je la le les leur leurs lui mais même ne ni nos notre nous on ont ou où par pas pendant plus pour
    nouveau nouveaux nouvel nouvelle nouvelles qu que qui sa sans se selon ses son sont sous sur tous tout toute toutes très un une vers vous y
    faut savoir voici voilà vidéo vidéos photos`,
  es: `a al ante así como con contra cual cuando de del desde donde dos el ella ellas ellos en entre era es esa ese eso esta estas este
    estos fue ha han hasta hay la las le les lo los más muy no nuevo nueva nuevos nuevas o para pero por que quien se según ser si sin sobre son su sus también tras
    un una unas uno unos y ya vídeo vídeos fotos clave claves`,
  ar: `في من إلى الى على عن مع هذا هذه ذلك تلك هناك التي الذي الذين اللذين كان كانت يكون تكون أن إن أو او ثم قد لا لم لن ما ماذا هو هي هم
    كما بين بعد قبل عند حتى كل غير أي منذ خلال حيث لدى ضمن عبر نحو وقد وفي ومن وعلى وهو وهي أنه أنها إنه إنها التى اليوم أمس يوم عام
    أيضا أيضًا كذلك حول لقد ولقد فقد وكان وكانت وذلك وهذا وهذه كل لكن ولكن بل إذ إذا إلا أمام تحت فوق دون ضد بعض جميع عدة أكثر أقل فقط
    حسب وفق وفقا بشأن بسبب له لها فيه فيها منه منها عليه عليها إليه إليها بها به قال قالت وقال وقالت أكد وأكد أضاف وأضاف أوضح وأوضح
    حين بينما وبين ومع وإلى وعن مما عما كما وكما سوف سيتم تم يتم جديد جديدة الجديد الجديدة الي حتي
    عاجل فيديو الفيديو بالفيديو بالصور تفاصيل شاهد`,
};

// One pass over Arabic text: harakat, tanwin, shadda, sukun, dagger alef, Quranic marks and
// tatweel go; alef and hamza forms, taa marbuta, alef maqsura and Persian letters unify; the
// Maghrebi gafs ڭ and ݣ (أڭادير, أݣادير) and the Persian ک and گ become ك; Arabic-Indic digits become Latin (٢٠٣٠ → 2030).
const ARABIC = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640أإآٱؤئةىیکڭگݣ\u0660-\u0669\u06f0-\u06f9]/g;
// Alef maqsura stays for the stop words (على "on" is no علي "Ali"), then becomes ya (see `foldText`).
const ARABIC_FOLD: Record<string, string> = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي', 'ة': 'ه', 'ى': 'ى', 'ی': 'ي', 'ک': 'ك', 'ڭ': 'ك', 'گ': 'ك', 'ݣ': 'ك'};
const arabicFold = (char: string): string => {
  const code = char.charCodeAt(0);
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  return ARABIC_FOLD[char] ?? '';
};
const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const COMBINING_ACCENTS = /[\u0300-\u036f]/g;
// Words (see `words.ts`) in text in Latin and Arabic script only, with explicit ranges: V8
// matches these several times faster than the Unicode property classes of WORD.
const LATIN_ARABIC_TEXT = /^[\t\n\r -\u024f\u0600-\u06ff\u1e00-\u1eff\u2000-\u206f]*$/;
const WORD_CHAR = '0-9A-Za-z_\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u0610-\u061a\u0620-\u0669\u066e-\u06d3\u06d5-\u06dc\u06df-\u06e8\u06ea-\u06fc\u06ff';
const DIGIT = '0-9\u0660-\u0669\u06f0-\u06f9';
// The class holds ranges of code points (Arabic marks among them), not combined characters.
// eslint-disable-next-line no-misleading-character-class
const LATIN_ARABIC_WORD = new RegExp(`[${WORD_CHAR}]+(?:(?:['’·]|(?<=[${DIGIT}])[.,](?=[${DIGIT}]))[${WORD_CHAR}]+)*`, 'g');
const FRENCH_ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]/;
/** The Arabic article, alone or after a conjunction or preposition, longest first. */
const ARABIC_ARTICLES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
/** والي, a wali (a governor; Bank Al-Maghrib's), which is no و before the stop word الي. */
const WALI = 'والي';
/** Letters glued to a word as a conjunction (و ف) or preposition (ب ل ك): بأكادير, لأكادير, فالرباط. */
const ARABIC_PREFIXES = 'وفبلك';
/** Words of a feed looked at for a glued prefix between two pauses of the ranking. */
const TERMS_PER_STEP = 4_096;
const MAQSURA = /ى/g;
/**
 * The conjunction و glued to a word (ومراكش) comes off when at least this many letters stay:
 * long words seldom start with a و of their own. Shorter ones (وزير، وزارة) keep it unless the
 * feed also has the word without it (see `Vocabulary`).
 */
const CONJUNCTION_REST = 5;
const ARABIC_LETTERS = /^[\u0620-\u064a]+$/;
/** Letters before a final s that mark no plural: -ss, -us, -is. */
const PLURAL_LOOKALIKE = new Set(['s', 'u', 'i']);

/**
 * Folds text for matching: lower case; accents, Arabic diacritics and tatweel removed;
 * alef and hamza forms unified (أ إ آ ٱ → ا, ؤ → و, ئ → ي), taa marbuta → ha, alef
 * maqsura → ya, ڭ ک گ → ك, Arabic-Indic digits → 0–9.
 */
export function foldText(text: string): string {
  return fold(text).replace(MAQSURA, 'ي');
}

/** {@link foldText} but for alef maqsura, which {@link terms} folds once past the stop words. */
function fold(text: string): string {
  let folded = text.toLowerCase();
  // NFD splits é into e + accent; only worth its cost when there are accents to remove. Asked of
  // the text as written: lower case, İ is i and a combining dot, which the range does not hold.
  if (LATIN_ACCENTED.test(text)) folded = folded.normalize('NFD').replace(COMBINING_ACCENTS, '');
  return folded.replace(ARABIC, arabicFold);
}

/** The primary language subtag of `tag`, lower case; undefined when it names none (`und`, undetermined, names none). */
const primary = (tag: string | undefined) => languageOf(tag) || undefined;

function segmenterWords(text: string, language: string | undefined): string[] {
  const words: string[] = [];
  for (const {segment, isWordLike} of segmenter(language, {granularity: 'word'}).segment(text)) if (isWordLike) words.push(segment);
  return words;
}

/**
 * The words of `text` as `Intl.Segmenter` finds them for `language`. For scripts written
 * with spaces the same boundaries come from a regular expression, about ten times faster
 * (the tests check both agree); scripts without spaces (Chinese, Japanese, Thai…) go
 * through the segmenter's dictionaries.
 */
export function words(text: string, language?: string): string[] {
  if (LATIN_ARABIC_TEXT.test(text)) return text.match(LATIN_ARABIC_WORD) ?? [];
  return UNSPACED.test(text) ? segmenterWords(text, language) : (text.match(WORD) ?? []);
}

const stopWords = new Map<string, Set<string>>();
const NO_STOP_WORDS: ReadonlySet<string> = new Set();
function stopWordsFor(language: string | undefined): Set<string> {
  const key = language && language in STOP_WORDS ? language : '*';
  return memoized(stopWords, key, (key) => new Set((key === '*' ? Object.values(STOP_WORDS) : [STOP_WORDS[key]]).flatMap((list) => fold(list).split(/\s+/))));
}

/**
 * The terms ranking compares: folded words without stop words, with a light stemming that
 * makes the commonest variants meet (French elision and the English possessive, also in text
 * of no declared language; plural -s, and Spanish -es; the Arabic article, the conjunction و
 * before a long word). `stop`: the words left out (default: the language's stop words).
 */
export function terms(text: string, language?: string, stop: ReadonlySet<string> = stopWordsFor(primary(language))): string[] {
  const lang = primary(language);
  const result: string[] = [];
  for (let word of words(fold(text), language)) {
    if (!lang || lang === 'fr') word = word.replace(FRENCH_ELISION, '');
    if (lang !== 'fr' && (word.endsWith("'s") || word.endsWith('’s'))) word = word.slice(0, -2);
    // A stop word of three letters or more after the conjunction و or ف is one too (والتي, والذين;
    // not فلم, فهم, a film, an understanding; nor والي, a wali, a governor).
    if (word.length < 2 || stop.has(word) || (word.length > 3 && (word[0] === 'و' || word[0] === 'ف') && word !== WALI && stop.has(word.slice(1)))) continue;
    word = word.replace(MAQSURA, 'ي');
    // The article comes off where two letters stay: الحج, بالحج, للحج and والحج are all حج.
    const article = ARABIC_ARTICLES.find((prefix) => word.length - prefix.length > 1 && word.startsWith(prefix));
    // Not checked again without it: العام (general, public: النائب العام) is no عام (year).
    // A word that begins with ال itself loses that too, as it does written alone: الالتزام and
    // التزام meet, and so do الألعاب and ألعاب, whose hamza is folded away (and which sites
    // write without it as often: الالعاب, العاب). One that is then a stop word is left out as
    // it is written alone (الآلية, as آلية: اليه, the stop word إليه without its hamza).
    if (article) {
      word = word.slice(article.length);
      if (word.length > 3 && word.startsWith('ال')) {
        if (stop.has(word)) continue;
        word = word.slice(2);
      }
    }
    // و comes off a long word, with or without the article: الولايات and ولايات meet.
    if (word.length > CONJUNCTION_REST && word.charCodeAt(0) === 0x648 && ARABIC_LETTERS.test(word)) word = word.slice(1);
    else if (lang === 'es') word = spanishStem(word);
    else if (!article && word.length > 3 && word.endsWith('s') && !PLURAL_LOOKALIKE.has(word[word.length - 2])) word = word.slice(0, -1);
    result.push(word);
  }
  return result;
}

/**
 * Spanish plurals meet their singular: a final -es or -e after a consonant or i, or -s after a
 * vowel, goes, twice (intereses and interés: inter; ciudades and ciudad; clases and clase: cla;
 * marroquíes and marroquí: marroqui); of a three-letter word, a final -e alone (pie, as pies:
 * pi; not mes, a month).
 */
function spanishStem(word: string): string {
  if (word.length === 3) return word.replace(SPANISH_SHORT_ENDING, '');
  for (let i = 0; i < 2 && word.length > 3; i++) word = word.replace(SPANISH_ENDING, '');
  return word;
}
const SPANISH_SHORT_ENDING = /(?<=[^aeiou]|i)e$/;
const SPANISH_ENDING = /(?<=[^aeiou]|i)es?$|(?<=[aeiou])s$/;

/** A mark or tatweel after a digit, `.` or `,`, which folding removes: `٣ـ.٥` is then one word, as written two. */
const MARKED_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9.,][\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/;
/** Most words {@link termsRemembered} remembers: a feed's vocabulary, a few thousand words, fits many times. */
const KNOWN_WORDS = 50_000;

/**
 * {@link terms} of `text`, each distinct word of Latin or Arabic script folded and stemmed
 * once and remembered in `known` (for texts of one language): a feed's words repeat, and that
 * work was most of a ranking's.
 */
export function termsRemembered(text: string, language: string | undefined, known: Map<string, string[]>): string[] {
  if (!LATIN_ARABIC_TEXT.test(text) || MARKED_DIGIT.test(text)) return terms(text, language);
  const result: string[] = [];
  for (const word of text.match(LATIN_ARABIC_WORD) ?? []) {
    let wordTerms = known.get(word);
    if (!wordTerms) {
      wordTerms = terms(word, language);
      // A feed of ever new words (a hostile one) would only fill memory.
      if (known.size < KNOWN_WORDS) known.set(word, wordTerms);
    }
    for (const term of wordTerms) result.push(term);
  }
  return result;
}

/** Query parameters that only say where a visit came from: the same article with or without them. */
const TRACKING = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|xtor|srsltid|yclid|wbraid|gbraid|ttclid|twclid|_hsenc|_hsmi|mkt_tok)$/i;

/**
 * Two keys of an article's address that leave out what does not tell two articles apart: the
 * scheme, `www.`, the hash, trailing slashes, tracking parameters (`utm_…`, `fbclid`…), the
 * order of the others and the case of percent escapes (WordPress writes an Arabic slug's
 * `%d8%a7`, a browser `%D8%A7`). `path` leaves out the whole query too. Undefined for an
 * address that is not http(s). A relative one is the page's; on a server, which has none, one
 * page's all the same (a feed built by hand, its current article named as its links are).
 */
export function urlKeys(url: string): {full: string; path: string} | undefined {
  try {
    // Any page will do on a server: relative addresses there are compared with each other.
    const {protocol, host, pathname, searchParams} = new URL(url, globalThis.location?.href ?? 'https://no-page.invalid/');
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    const path = host.replace(/^www\./, '') + withoutFinalSlashes(pathname).replace(/%[\da-f]{2}/gi, (escape) => escape.toUpperCase());
    // Written anew without them: each delete rewrites the whole query (1,000 of them in an 8 KB link took 80 ms).
    const kept = new URLSearchParams([...searchParams].filter(([name]) => !TRACKING.test(name)));
    kept.sort();
    const query = String(kept);
    return {full: query ? `${path}?${query}` : path, path};
  } catch {
    return undefined;
  }
}

const withoutHash = (url: string) => url.split('#')[0];

/** `path` without the slashes it ends with; by a walk back from its end (`/\/+$/` tries again from each slash of a run not at the end: a hostile link of 8,000 took 33 ms). */
function withoutFinalSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(0, end);
}

/**
 * The item that `ref` (an id or a URL) names: by id, then by URL, then by its address: one of
 * the items at the same address (scheme, `www.`, hash, trailing slashes and tracking
 * parameters such as `utm_source` aside), else, when that leaves exactly one, the item at the
 * same address with the ref's parameters but those none of the items there has
 * (`?id=101&ref=home` names `?id=101`, never `?id=102`), or, for a ref without query, the item
 * at its address whatever its query.
 */
export function findItem(items: readonly NewsItem[], ref: string | undefined): NewsItem | undefined {
  return ref ? [...runNow(namedItems(items, [ref]))][0] : undefined;
}

/**
 * The items `refs` (ids or URLs) name, as {@link findItem} finds one, every item of an id or
 * address: `article.php?id=1` does not name `article.php?id=2`, as a URL without its query
 * would. Indexed once, so a page's shown articles cost one pass over the feed; as steps, with
 * a pause after each item's address is read (a thousand links of 8 KB take over 100 ms).
 */
function* namedItems(items: readonly NewsItem[], refs: Iterable<string>): Steps<Set<NewsItem>> {
  const byId = grouped(items, (item) => item.id);
  const byUrl = grouped(items, (item) => item.url && withoutHash(item.url));
  // Each item's address keys, read once (for the first ref that neither names by id nor by URL).
  const keyed = new Map<NewsItem, ReturnType<typeof urlKeys>>();
  const keysOf = (item: NewsItem) => keyed.get(item);
  let byKey: Map<string, NewsItem[]> | undefined;
  let byPath: Map<string, NewsItem[]> | undefined;
  const named = new Set<NewsItem>();
  // With them, each item's kept parameters and, at each address, the names its items' have (see withParametersOf).
  const pairsOf = new Map<NewsItem, Set<string>>();
  const namesAt = new Map<string, Set<string>>();
  for (const ref of refs) {
    const exact = [...(byId.get(ref) ?? []), ...(byUrl.get(withoutHash(ref)) ?? [])];
    const keys = exact.length ? undefined : urlKeys(ref);
    if (keys && !keyed.size) {
      for (const item of items) {
        const itemKeys = item.url ? urlKeys(item.url) : undefined;
        keyed.set(item, itemKeys);
        if (itemKeys && itemKeys.full !== itemKeys.path) {
          const query = new Set(queryOf(itemKeys));
          pairsOf.set(item, query);
          let names = namesAt.get(itemKeys.path);
          if (!names) namesAt.set(itemKeys.path, (names = new Set()));
          for (const pair of query) names.add(nameOf(pair));
        }
        yield;
      }
    }
    const same = keys && (byKey ??= grouped(items, (item) => keysOf(item)?.full)).get(keys.full);
    // At the same address with parameters of the ref's only (a page's `?id=101&ref=home`,
    // `&amp=1`, a tracker the list above lacks, naming the feed's `?id=101`), when that leaves
    // one item: not one whose own query differs (an address whose query tells articles apart,
    // ?id=2, names no ?id=1, though the feed holds no ?id=2). A ref without query names the one
    // item at its address, whatever that one's query.
    const atPath = keys && !same ? (byPath ??= grouped(items, (item) => keysOf(item)?.path)).get(keys.path) : undefined;
    const near = atPath && keys!.full !== keys!.path ? withParametersOf(keys!, atPath, pairsOf, namesAt.get(keys!.path)) : atPath;
    for (const item of same || (near && near.length === 1 ? near : exact)) named.add(item);
  }
  return named;
}

/** A parameter's name, of its `name=value`. */
const nameOf = (pair: string) => pair.split('=', 1)[0];

/** The parameters `urlKeys` kept of an address, each as `name=value`. */
const queryOf = ({full, path}: {full: string; path: string}) => full.slice(path.length + 1).split('&').filter(Boolean);

/**
 * The `items` at a ref's address (`keys`, with a query) that it names when its parameters are
 * set aside where none of them tells those items apart: an item whose parameters are all the
 * ref's, and which has every one of the ref's whose name some item there has (`?id=101&ref=home`
 * names `?id=101`; `?cat=sport&id=7` names no `?cat=sport`, `id` telling items apart there).
 */
function withParametersOf(keys: {full: string; path: string}, items: NewsItem[], pairsOf: Map<NewsItem, Set<string>>, names: Set<string> | undefined): NewsItem[] {
  const given = queryOf(keys);
  const givenSet = new Set(given);
  const telling = given.filter((pair) => names?.has(nameOf(pair)));
  const none = new Set<string>();
  return items.filter((item) => {
    const query = pairsOf.get(item) ?? none;
    if (query.size > givenSet.size) return false;
    for (const pair of query) if (!givenSet.has(pair)) return false;
    return telling.every((pair) => query.has(pair));
  });
}

/**
 * What makes two items one article for the list: the same headline at the same address (see
 * {@link urlKeys}), its hash included (a live blog's entries). Not the address alone (a feed's
 * items may all link to its home page), nor the headline alone (a column's, Revue de presse, is
 * every day's).
 */
function copyKey({url, id, title}: NewsItem): string {
  const address = url && addressKey(url);
  return address ? `${address} ${foldText(title)}` : id;
}

/** An article's address as {@link urlKeys} reads it (`full`), its hash kept (a live blog's entries). */
function addressKey(url: string): string | undefined {
  const keys = urlKeys(url);
  return keys && `${keys.full}#${url.split('#')[1] ?? ''}`;
}

/**
 * What makes two items one article under two addresses: the same headline and summary within
 * hours (an AMP copy at `?amp=1`, an agency dispatch filed in two sections, a partner's copy),
 * which a reader could not tell apart. Only with a summary: a headline alone is a column's
 * every day. Two keys, by day and by day from noon: copies less than 12 hours apart share one
 * (23:58 and 00:03 too), a daily bulletin whose summary never changes is each day's.
 */
function textKeys(item: NewsItem): string[] {
  if (!item.summary) return [];
  const text = `${foldText(item.title)}\n${foldText(item.summary)}`;
  const days = publishedAt(item) / DAY;
  return [`${text}\n${Math.floor(days)}`, `${text}\n${Math.floor(days + 0.5)}+`];
}

/**
 * An article's direction when the letters of its headline and summary (or its text's start)
 * are clearly of one way (more than 4 in 5 of them): see {@link rankingSteps}. Not the headline
 * alone: an Arabic one naming clubs (Real Madrid vs Manchester City: الموعد) is mostly Latin.
 */
function writtenWay({title, summary, contentText}: NewsItem): 'ltr' | 'rtl' | undefined {
  const share = rtlShare(`${title} ${(summary ?? contentText ?? '').slice(0, BODY_CHARS)}`);
  return share === undefined ? undefined : share > 0.8 ? 'rtl' : share < 0.2 ? 'ltr' : undefined;
}

/** `items` by the key `keyOf` gives each (none for undefined or empty). */
function grouped(items: readonly NewsItem[], keyOf: (item: NewsItem) => string | undefined): Map<string, NewsItem[]> {
  const groups = new Map<string, NewsItem[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = key ? groups.get(key) : undefined;
    if (group) group.push(item);
    else if (key) groups.set(key, [item]);
  }
  return groups;
}

/** An item's terms as ids into the ranking's vocabulary, with their weighted counts. */
interface Doc {
  item: NewsItem;
  terms: number[];
  counts: number[];
  tags: string[];
}

/**
 * Sums weights per term into one document's lists at a time, finding a term's place by a stamp
 * (the document it was last seen in) rather than by searching the lists, which is quadratic in
 * a text's terms.
 */
class TermTally {
  private seenIn: number[] = [];
  private at: number[] = [];
  private stamp = 0;

  /** New, empty lists, which the following `add`s fill. */
  start(): Pick<Doc, 'terms' | 'counts'> {
    this.stamp++;
    return {terms: [], counts: []};
  }

  add(lists: Pick<Doc, 'terms' | 'counts'>, id: number, weight: number): void {
    if (this.seenIn[id] === this.stamp) {
      lists.counts[this.at[id]] += weight;
    } else {
      this.seenIn[id] = this.stamp;
      this.at[id] = lists.terms.length;
      lists.terms.push(id);
      lists.counts.push(weight);
    }
  }
}

/** Turns items into {@link Doc}s, numbering each distinct term once: arrays beat string-keyed maps on 5,000 items. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  private tally = new TermTally();
  /** The terms of each word seen, by language (see {@link termsRemembered}). */
  private known = new Map<string, Map<string, string[]>>();
  /** Each tag's key, by language and tag: a feed's tags repeat. */
  private tagKeys = new Map<string, string>();

  doc(item: NewsItem): Doc {
    const known = memoized(this.known, item.language ?? '', () => new Map<string, string[]>());
    // A tag by its terms, as editors write one tag many ways: Élections and élection, Mondial 2030
    // and Mondial-2030, Lions de l'Atlas and Lions de l’Atlas, #Maroc, الانتخابات and انتخابات;
    // its stop words kept, which tell New York from York and Le Monde from Monde.
    const tagKey = (tag: string) =>
      memoized(this.tagKeys, `${item.language}\n${tag}`, () => terms(tag, item.language, NO_STOP_WORDS).join(' ') || foldText(tag), Infinity);
    const doc: Doc = {item, ...this.tally.start(), tags: [...new Set(item.tags.map(tagKey))]};
    const add = (text: string | undefined, weight: number) => {
      if (!text) return;
      for (const term of termsRemembered(text, item.language, known)) {
        let id = this.ids.get(term);
        if (id === undefined) this.ids.set(term, (id = this.ids.size));
        this.tally.add(doc, id, weight);
      }
    };
    add(item.title, TITLE_WEIGHT);
    add(item.summary ?? item.contentText?.slice(0, BODY_CHARS), 1);
    return doc;
  }

  /**
   * Counts a word with a conjunction or preposition glued to it (وفاس, بأكادير, وبمراكش) as the
   * word (فاس, أكادير, مراكش) when the feed also has the word alone: there the feed proves the
   * letter a prefix, not the word's own first letter. The conjunction و comes off before a word
   * of 3 letters or more; ف, ب, ل and ك, which begin many words whose rest is another (فكرة and
   * كرة, بطاقة and طاقة, بلدية and لديه), before a name that begins with alef (أكادير, إفران) or a
   * word of 5 letters or more (مراكش, مكناس); in an article, also before one of its own tags,
   * which name its places and people however short (بطنجة in an article tagged طنجة, لغزة in
   * one tagged غزة). Not another article's tags: one tagged طاقة (energy) would make every
   * بطاقة (card) of the feed an energy story.
   */
  *foldConjunctions(docs: Doc[]): Steps<void> {
    const alias = new Map<number, number>();
    // At most three letters off (وللمغرب): a word of hundreds of them is asked three times, not hundreds.
    const bareOf = (term: string, names?: readonly string[], depth = 0): number | undefined => {
      const rest = term.slice(1);
      const id = term[0] === 'و' || rest[0] === 'ا' || rest.length > 4 || names?.includes(rest) ? this.ids.get(rest) : undefined;
      return id ?? (depth < 2 && rest.length > 3 && ARABIC_PREFIXES.includes(rest[0]) ? bareOf(rest, names, depth + 1) : undefined);
    };
    const glued = (term: string) => term.length > 3 && ARABIC_PREFIXES.includes(term[0]);
    let read = 0;
    for (const [term, id] of this.ids) {
      if (++read % TERMS_PER_STEP === 0) yield;
      if (!glued(term)) continue;
      // Two prefixes too (وبمراكش), each proved the same way.
      const bare = bareOf(term);
      if (bare !== undefined) alias.set(id, bare);
    }
    // Each article's tags that are words of the feed in Arabic letters: names a letter may be glued to.
    const names = docs.map((doc) => doc.tags.filter((tag) => ARABIC_LETTERS.test(tag) && this.ids.has(tag)));
    const tagged = names.some((list) => list.length);
    if (!alias.size && !tagged) return;
    // To the bare word at the end of a chain (وبمراكش, بمراكش, مراكش): each step is shorter.
    const bare = (id: number) => {
      while (alias.has(id)) id = alias.get(id)!;
      return id;
    };
    // Each term by its id (ids are numbered in the order terms come).
    const termOf = tagged ? [...this.ids.keys()] : [];
    for (const [i, doc] of docs.entries()) {
      yield;
      const own = names[i];
      const fold = (id: number) => bare((own.length && !alias.has(id) && glued(termOf[id]) ? bareOf(termOf[id], own) : undefined) ?? id);
      if (doc.terms.every((id) => fold(id) === id)) continue;
      const folded = this.tally.start();
      doc.terms.forEach((id, at) => this.tally.add(folded, fold(id), doc.counts[at]));
      Object.assign(doc, folded);
    }
  }
}

/** Each date written without a zone, as the instant it is on the reader's clock (see `inZone`): read once, a sort asks again. */
const readerTimes = new WeakMap<Date, number>();

/** When `item` was published (-Infinity: undated); written without a zone, on the reader's clock, as a card shows it. */
function publishedAt({published}: NewsItem): number {
  if (!published) return -Infinity;
  let time = readerTimes.get(published);
  // An invalid Date (a page's `new Date(row.date)` of a bad value) is undated too: NaN would leave the order to the input's.
  if (time === undefined) {
    time = inZone(published).getTime();
    readerTimes.set(published, (time = Number.isNaN(time) ? -Infinity : time));
  }
  return time;
}

/**
 * When an item was published, for its place among others at `now`: one dated more than 26
 * hours ahead of it (a year mistyped, 2062; a post scheduled for next week) is undated, not the
 * newest of all until it leaves the feed. Nearer, it keeps its time: a date written without a
 * zone is read in the reader's, and a reader west of the site (up to 26 hours, Kiritimati to
 * Pago Pago) sees the last hours' articles ahead of now.
 */
function publishedBy(item: NewsItem, now: number): number {
  const time = publishedAt(item);
  return time > now + AHEAD ? -Infinity : time;
}

/** Newest at `now` first, then by id: the order of fill items, and of equal scores. */
const newestFirst = (now: number) => (a: NewsItem, b: NewsItem): number => {
  const at = publishedBy(a, now);
  const bt = publishedBy(b, now);
  if (at !== bt) return bt - at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * Ranks `items` by how related they are to `current` (an item, or its id or URL) and
 * returns up to `limit` of them, best first. The current item (by its id, under another form
 * of its address with the same headline: `http:`, `www.`, `utm_source`…, and at another address
 * with the same headline and summary: an AMP copy, a dispatch in two sections), `exclude`d ones,
 * items in another language than the current one (when both say, or when an item's headline and
 * summary are written almost wholly the other way), and, when `current` is the page's address,
 * other items at that address (a story updated under a new guid) are never returned, an article
 * the feed holds twice is returned once, and items without a link come after all those with
 * one (a suggestion with nowhere to go, when nothing else is left). Tags count where both
 * items have one that is not on nearly every item, and one tag written in several ways is one
 * (`Élections`, `élection`; `Mondial-2030`, `Mondial 2030`; `الانتخابات`, `انتخابات`). Items
 * under `threshold` are not related; when fewer than `limit` are, the newest other items fill
 * the list, so it is empty only when there is nothing else to show. Equal scores keep a fixed
 * order: newest first, then by id; an item dated over 26 hours after `now` (a mistyped year, a
 * scheduled post; nearer, it is now somewhere) counts as undated there and in recency. When
 * `current` is not found, the newest items are returned, those in the page's `language` first
 * when given. Items that did not come from `parseFeed` (a feed kept as JSON, with its dates as
 * text; a page's own rows) are read as the elements read them, and those without a headline
 * are left out; the list holds the objects given.
 */
export function rankRelated(items: readonly NewsItem[], current: NewsItem | string | undefined, options: RelatedOptions = {}): RelatedItem[] {
  return runNow(rankingSteps(items, current, options));
}

/**
 * {@link rankRelated} as steps that pause after each item read and each item scored, to run at
 * once (`runNow`) or in slices (`runInSlices`, `runSoon`): ranking a long feed of long texts
 * takes longer than a frame.
 */
export function* rankingSteps(given: readonly NewsItem[], currentGiven: NewsItem | string | undefined, options: RelatedOptions = {}): Steps<RelatedItem[]> {
  const {items, current, givenAs} = yield* readable(given, currentGiven);
  const list = yield* rankReadable(items, current, options);
  return givenAs.size ? list.map((entry) => ({...entry, item: givenAs.get(entry.item) ?? entry.item})) : list;
}

/** Any text at all as an item's address: `rankRelated` compares what it is given, and a page's own rows may hold paths. */
const asGiven = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : undefined);

/** The fields of an item the ranking reads. */
const READ_FIELDS = ['id', 'url', 'title', 'summary', 'contentText', 'language', 'tags', 'published'] as const;

/**
 * Each object given that `normalizeItem` read anew, with the values of the fields it read it
 * from (a copy of its tags: a store that pushes a tag changes the same array): a page ranking
 * its own objects again (another article, a page's shown ones changed) reads again only those
 * whose fields changed.
 */
const readFrom = new WeakMap<object, {fields: unknown[]; item: NewsItem | undefined}>();

/** The values of the fields of `raw` the ranking reads, its tags copied as far as they are read (`normalizeItem`: their first 200). */
const readFields = (raw: object) => READ_FIELDS.map((name) => {
  const value = (raw as Record<string, unknown>)[name];
  return Array.isArray(value) ? value.slice(0, MAX_LIST_READ) : value;
});

/** The same values, arrays entry by entry. */
const sameFields = (a: unknown[], b: unknown[]) =>
  a.every((value, i) => value === b[i] || (Array.isArray(value) && Array.isArray(b[i]) && value.length === (b[i] as unknown[]).length && value.every((entry, j) => entry === (b[i] as unknown[])[j])));

/**
 * `raw` as the elements read an item (`normalizeItem`): itself when read already (`parseFeed`'s
 * items, a list's); else read anew, once, from a feed kept as JSON (a server's cache: its
 * dates as text), a page's own rows (without tags, a number for an id). Undefined for an item
 * without a headline: no suggestion.
 */
function asRead(raw: unknown): NewsItem | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const known = readFrom.get(raw);
  const fields = known && readFields(raw);
  if (known && sameFields(known.fields, fields!)) return known.item;
  // Read already (`parseFeed`'s), it is itself, and nothing is kept.
  const item = normalizeItem(raw, asGiven);
  if (item !== raw) readFrom.set(raw, {fields: fields ?? readFields(raw), item});
  return item;
}

/**
 * `items` and `current` as the ranking reads them, as the elements read them (`asRead`);
 * `givenAs` maps each item read anew back to the object it was given as, which is what the
 * list returns. A `current` object without a headline is named by its id or address. Pauses
 * after each item read anew (5,000 of a page's own rows take longer than a frame to read).
 */
function* readable(given: readonly unknown[], current: unknown): Steps<{items: NewsItem[]; current: NewsItem | string | undefined; givenAs: Map<NewsItem, NewsItem>}> {
  const givenAs = new Map<NewsItem, NewsItem>();
  const items: NewsItem[] = [];
  for (const raw of Array.isArray(given) ? given : []) {
    const item = asRead(raw);
    if (item !== raw) yield;
    if (!item) continue;
    items.push(item);
    if (item !== raw) givenAs.set(item, raw as NewsItem);
  }
  return {items, current: currentRead(current), givenAs};
}

/**
 * An id or address given to name an item (`current`, `exclude`), in the forms an item's id
 * may have: as written, and as `normalizeItem` reads an id (` 2 ` is `2`); a number as its
 * text. None for anything else.
 */
function refForms(ref: unknown): string[] {
  if (typeof ref !== 'string' && typeof ref !== 'number') return [];
  const text = String(ref);
  const id = cleanText(text, MAX_ID);
  return id && id !== text ? [text, id] : [text];
}

/** `current` as a string, or as an item read: the same object as the item it is among those given (`asRead` keeps what it read). */
function currentRead(current: unknown): NewsItem | string | undefined {
  if (typeof current === 'string' || current === undefined || current === null) return current ?? undefined;
  if (typeof current !== 'object') return String(current);
  const read = asRead(current);
  if (read) return read;
  const {id, url} = current as Record<string, unknown>;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : asGiven(url);
}

const isIterable = (value: unknown): value is Iterable<unknown> => typeof (value as Iterable<unknown> | null)?.[Symbol.iterator] === 'function';

/** {@link rankingSteps} of items read (see `readable`). */
function* rankReadable(items: readonly NewsItem[], current: NewsItem | string | undefined, options: RelatedOptions): Steps<RelatedItem[]> {
  const limit = Math.max(0, Math.trunc(options.limit ?? DEFAULT_LIMIT) || 0);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const now = options.now === undefined ? Date.now() : +options.now;
  const target = typeof current !== 'string' ? current : current ? [...(yield* namedItems(items, refForms(current)))][0] : undefined;
  // One id or URL given alone is one, not a list of its characters.
  const exclude: unknown = options.exclude;
  const refs = typeof exclude === 'string' || typeof exclude === 'number' ? [exclude] : isIterable(exclude) ? [...exclude] : [];
  const excluded = refs.length ? yield* namedItems(items, refs.flatMap(refForms)) : new Set<NewsItem>();
  const language = primary(target?.language);
  // The feed in the current item's language: what is ranked, and what rarity is measured in.
  const pool = language ? items.filter((item) => (primary(item.language) ?? language) === language) : items;
  const candidates = pool.filter((item) => item !== target && item.id !== target?.id && !excluded.has(item));
  if (!limit || !candidates.length) return [];
  // What the list takes, asked only of the items it comes to (an address and a headline's
  // script cost a few microseconds each, times thousands of items): each article once, never the
  // current one under another address or guid (a feed can hold a story twice: under http and
  // https, with utm_source, with and without a final slash; nor its copy at another address with
  // the same headline and summary: see textKeys), and never a headline written all
  // but wholly the other way (Latin under an Arabic one): that is another language, whatever the
  // feed says (a channel's <language> labels every item, its French ones too). The way expected
  // is the current headline's, or its language's when that headline mixes scripts (an Arabic
  // one naming Samsung Galaxy S26 Ultra), as may the headlines taken (الرجاء يفوز على Mamelodi Sundowns FC).
  // Nor, when `current` names the page by its address, an item at that very address under
  // another guid and headline (a story updated, "(mis à jour)"): it leads back to the page the
  // reader is on. Named by id, items may share an address (a feed linking each to its home page).
  // Asked of an item at most twice (the ranked, then the filler): read once.
  const keysRead = new Map<NewsItem, string[]>();
  const copyKeys = (item: NewsItem) => {
    let keys = keysRead.get(item);
    if (!keys) keysRead.set(item, (keys = [copyKey(item), ...textKeys(item)]));
    return keys;
  };
  const taken = new Set(target ? copyKeys(target) : []);
  const here = typeof current === 'string' && target?.url && (current !== target.id || withoutHash(current) === withoutHash(target.url)) && addressKey(target.url);
  const way = target && (writtenWay(target) ?? (target.language && directionOf(target.language)));
  const otherWay = way && (way === 'rtl' ? 'ltr' : 'rtl');
  const takes = (item: NewsItem) => {
    const keys = copyKeys(item);
    if (keys.some((key) => taken.has(key)) || (here && !!item.url && addressKey(item.url) === here) || (otherWay && writtenWay(item) === otherWay)) return false;
    for (const key of keys) taken.add(key);
    return true;
  };

  const list: RelatedItem[] = [];
  const ranked = target ? yield* relatedSteps(pool, target, candidates, threshold, now) : [];
  // An item without a link (none given, or an unsafe one dropped) is a suggestion with nowhere
  // to go: those come last, when nothing else is left.
  // A pause after each item asked: a feed of copies of the current story, with addresses of
  // hundreds of parameters, is turned down item by item (helper-172: 735 ms in one go for 1,000).
  for (const linked of [true, false]) {
    for (const entry of ranked) {
      if (list.length >= limit) break;
      if (!!entry.item.url !== linked) continue;
      if (takes(entry.item)) list.push(entry);
      yield;
    }
    yield* fillSteps(list, candidates.filter((item) => !!item.url === linked), limit, takes, target ? undefined : options.language, now);
  }
  return list;
}

/**
 * The `candidates` related to `target`, best first, each scored against it in `pool` (the feed
 * in its language, where rarity is measured): shared tags (rarer ones weighing more) and the
 * likeness of their words (tf-idf cosine), times recency; those below `threshold` left out.
 */
function* relatedSteps(pool: readonly NewsItem[], target: NewsItem, candidates: readonly NewsItem[], threshold: number, now: number): Steps<RelatedItem[]> {
  const vocabulary = new Vocabulary();
  const docs: Doc[] = [];
  for (const item of pool) {
    docs.push(vocabulary.doc(item));
    yield;
  }
  if (!pool.includes(target)) docs.push(vocabulary.doc(target));
  yield* vocabulary.foldConjunctions(docs);
  const df = new Float64Array(vocabulary.ids.size);
  for (const d of docs) for (const id of d.terms) df[id]++;
  const idf = df.map((count) => Math.log(1 + docs.length / count));
  const tagIdf = inverseFrequencies(docs.map((d) => d.tags));
  const mine = docs.find((d) => d.item === target)!;
  // Shared tags count against the current item's, and at least against the rarest a shared tag
  // can be (on two items): a common tag that is its only one (a section's, Sport, on a quarter
  // of the feed; a site-wide أخبار on all) is then only as strong as it is rare.
  // Tags weigh only where both items have one that tells items apart (not only a site-wide
  // أخبار): breaking news goes out untagged, and is no less related for it.
  const informative = (tags: readonly string[]) => tags.some((tag) => tagIdf.get(tag));
  const myTagWeight = informative(mine.tags) && Math.max(Math.log(1 + docs.length / 2), mine.tags.reduce((sum, tag) => sum + tagIdf.get(tag)!, 0));
  const myVector = new Float64Array(idf.length);
  let myNorm = 0;
  mine.terms.forEach((id, i) => {
    myVector[id] = mine.counts[i] * idf[id];
    myNorm += myVector[id] ** 2;
  });
  myNorm = Math.sqrt(myNorm);
  const wanted = new Set(candidates);
  const ranked: RelatedItem[] = [];
  for (const d of docs) {
    if (!wanted.has(d.item)) continue;
    yield;
    let dot = 0;
    let norm = 0;
    for (let i = 0; i < d.terms.length; i++) {
      const id = d.terms[i];
      const weight = d.counts[i] * idf[id];
      norm += weight * weight;
      dot += weight * myVector[id];
    }
    // Short texts share few words, so cosines sit low: the square root spreads them over 0 to 1.
    const text = dot && myNorm ? Math.sqrt(dot / (myNorm * Math.sqrt(norm))) : 0;
    let shared = 0;
    for (const tag of d.tags) if (mine.tags.includes(tag)) shared += tagIdf.get(tag)!;
    // Without tags that tell the current one apart, its words decide.
    const relevance = !myTagWeight ? text : informative(d.tags) ? TAG_WEIGHT * (shared / myTagWeight) + (1 - TAG_WEIGHT) * text : UNTAGGED * text;
    if (relevance >= threshold && relevance > 0) ranked.push({item: d.item, score: relevance * recency(d.item, now), related: true});
  }
  const newest = newestFirst(now);
  return ranked.sort((a, b) => b.score - a.score || newest(a.item, b.item));
}

/**
 * Too few related: the newest other `candidates` fill `list` up to `limit` (one `takes` has
 * taken already is not taken again); with a page `language` (when there is no current item),
 * those in it first (asked of the items come to). The page's way is its full tag's (pa-Arab is
 * written right to left, pa left to right).
 */
function* fillSteps(list: RelatedItem[], candidates: NewsItem[], limit: number, takes: (item: NewsItem) => boolean, language: string | undefined, now: number): Steps<void> {
  const pageLanguage = primary(language);
  const pageOtherWay = pageLanguage && (directionOf(language!) === 'rtl' ? 'ltr' : 'rtl');
  const notThePage = (item: NewsItem) => (primary(item.language) ?? pageLanguage) !== pageLanguage || writtenWay(item) === pageOtherWay;
  const later: NewsItem[] = [];
  for (const item of candidates.sort(newestFirst(now))) {
    if (list.length >= limit) break;
    if (pageLanguage && notThePage(item)) later.push(item);
    else if (takes(item)) list.push({item, score: 0, related: false});
    // A long feed with few in the page's language is read to its end, and one of copies turned down one by one: a pause after each.
    yield;
  }
  for (const item of later) {
    if (list.length >= limit) break;
    if (takes(item)) list.push({item, score: 0, related: false});
    yield;
  }
}

/** `ln(1 + N / df)` for every key, over `N` documents; 0 for one on more than 4 in 5 of them (a site-wide tag tells nothing apart). */
function inverseFrequencies(documents: Iterable<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of documents) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  const n = documents.length;
  for (const [key, count] of df) df.set(key, count > n * 0.8 ? 0 : Math.log(1 + n / count));
  return df;
}

/** From 1 for an item published at `now` (or ahead of it) down towards 0.8 for old or undated ones (a date over 26 hours ahead is none: see {@link publishedBy}). */
function recency(item: NewsItem, now: number): number {
  const time = publishedBy(item, now);
  if (time === -Infinity) return OLDEST;
  const days = Math.max(0, now - time) / DAY;
  return OLDEST + (1 - OLDEST) * 0.5 ** (days / HALF_LIFE);
}
