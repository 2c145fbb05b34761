/**
 * Runs the test feeds of Firefox's old feed parser (toolkit/components/feeds, vendored under
 * xml/, listed in cases.json) against news-widgets, in the browser
 * (test/core/formats-mozilla.test.ts) and in Node (test/node/mozilla.node.ts). Each file's
 * `Expect:` line is run as written, as Firefox's test_xml.js ran it, against a small shim of
 * Firefox's nsIFeed API built over our NewsFeed (`feedShim`). What the shim cannot answer
 * from the model (enclosures, generator, version, …) throws `Unmodeled`: that comparison is
 * skipped and counted, the rest are checked. README.md beside this file says how values are
 * compared where Firefox's API and the model differ (markup, whitespace, dates, indexes).
 */
import {FeedError, parseFeedText, type NewsFeed, type NewsItem} from '../../../src/core/feed.js';
import {decodeFeedBytes} from '../../../src/core/encoding.js';
import {addTitles} from '../feedparser/corpus.js';
import {count, rateText, type Tally as CaseTally} from '../tally.js';

export {passRate} from '../tally.js';

export interface MozillaCase {
  file: string;
  commit: string;
}
export interface NotVendored {
  file: string;
  expect: string;
  reason: string;
}
export interface MozillaCorpus {
  repository: string;
  path: string;
  cases: MozillaCase[];
  notVendored: NotVendored[];
}

/**
 * Deliberate differences from Firefox, by case file: what a news card should show where
 * Firefox's expectation says otherwise. README.md beside this file lists the same. These cases
 * are reported as skipped, with the reason, and counted neither as passes nor as failures.
 */
export const DIFFERENCES: Record<string, string> = {
  'rss1/item_count.xml': 'entries with nothing to show (no title, summary or content) are dropped: a card would be empty',
  'rfc4287/feed_entry_count.xml': 'entries with nothing to show (no title, summary or content) are dropped: a card would be empty',
  'rfc4287/feed_random_attributes_on_feed_and_entry.xml': 'entries with nothing to show (no title, summary or content) are dropped: a card would be empty',
  'rss2/item_count2.xml': 'an item that repeats an earlier item’s id and link (here its link is its id) is dropped: a list shows each article once',
  'rfc4287/entry_summary_html.xml': 'a summary that is only a picture has no text to show: the picture becomes the item’s image (it does here)',
  'rss1/item_dc_description_normalized.xml': 'RSS 1.0’s own <description> is the summary before Dublin Core’s, as Firefox itself expects of the channel (feed_description_with_dc.xml)',
};

/** What the shim cannot answer from the NewsFeed model: the comparison that asked is skipped. */
export class Unmodeled extends Error {
  constructor(what: string) {
    super(`not in the model: ${what}`);
    this.name = 'Unmodeled';
  }
}

/**
 * The text of a text construct as news-widgets has it. Firefox's `.text` is the markup as
 * written; ours is plain text, so a value compared with it is compared as its plain text
 * (`plain` below); `plainText()` returns a primitive string.
 */
class MarkupText extends String {
  readonly markup = true;
}

/** A language tag: compared without regard to case, as BCP 47 tags are (RFC 5646 §2.1.1); ours come in its canonical case. */
class LanguageTag extends String {}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** The plain text of an expected HTML value: tags removed, the usual entities decoded, whitespace collapsed. */
export function plain(html: string): string {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
  return collapse(text);
}

/** An object whose unknown properties throw Unmodeled (so `feed.generator.agent` is a skip, not a TypeError). */
function strict<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key in object) return Reflect.get(object, key, receiver);
      throw new Unmodeled(`${name}.${key}`);
    },
  });
}

const queryable = <T extends object>(target: T, name: string) => strict(Object.assign(target, {QueryInterface: () => queryable(target, name)}), name);

function textConstruct(value: string | undefined, name: string) {
  if (value === undefined) return null;
  return queryable({text: new MarkupText(value), plainText: () => value, toString: () => value}, name);
}

const uri = (url: string | undefined) => (url === undefined ? null : queryable({spec: url}, 'uri'));

function array<T>(values: T[], name: string) {
  return queryable(
    {
      length: values.length,
      queryElementAt(index: number) {
        if (index >= values.length) throw new Error(`${name}: no element ${index}`);
        return values[index];
      },
    },
    name,
  );
}

function bag(properties: Record<string, () => unknown>, name: string) {
  return queryable(
    {
      getProperty(key: string) {
        const read = properties[key];
        if (!read) throw new Unmodeled(`${name}.getProperty('${key}')`);
        return read();
      },
    },
    name,
  );
}

function entryShim(item: NewsItem, parent: () => unknown) {
  const date = (value: Date | undefined) => value?.toUTCString() ?? null;
  const person = (author: NewsItem['authors'][number]) => queryable({name: author.name, uri: uri(author.url)}, 'nsIFeedPerson');
  const guid = () => bag({guid: () => item.id}, 'guid');
  const categories = () => array(item.tags.map((tag) => bag({term: () => tag}, 'category')), 'categories');
  return queryable(
    {
      title: textConstruct(item.title, 'title'),
      link: uri(item.url),
      id: item.id,
      summary: textConstruct(item.summary, 'summary'),
      content: textConstruct(item.contentText, 'content'),
      authors: array(item.authors.map(person), 'authors'),
      published: date(item.published),
      // Firefox's entry.updated is the entry's latest date: ours is modified, else published.
      updated: date(item.modified ?? item.published),
      get parent() {
        return parent();
      },
      fields: bag(
        {
          title: () => item.title,
          'rss1:title': () => item.title,
          link: () => item.url,
          'rss1:link': () => item.url,
          description: () => item.summary,
          'dc:description': () => item.summary,
          guid,
          categories,
        },
        'entry.fields',
      ),
    },
    'nsIFeedEntry',
  );
}

/**
 * Firefox's nsIFeed over our feed. `feed.items.length` counts what news-widgets keeps; the
 * entries are read from `titled`, the same document with a title given to each entry that has
 * nothing to show, so `queryElementAt(n)` is Firefox's n-th entry (news-widgets drops such
 * entries; feedparser's corpus does the same, see ../feedparser/README.md).
 */
export function feedShim(feed: NewsFeed, titled: NewsFeed): unknown {
  const shim: unknown = queryable(
    {
      title: textConstruct(feed.title, 'feed.title'),
      link: uri(feed.homePageUrl),
      items: queryable(
        {
          length: feed.items.length,
          queryElementAt(index: number) {
            const item = titled.items[index];
            if (!item) throw new Error(`feed.items: no element ${index}`);
            return entryShim(item, () => shim);
          },
        },
        'feed.items',
      ),
      fields: bag(
        {
          title: () => feed.title,
          'rss1:title': () => feed.title,
          link: () => feed.homePageUrl,
          'rss1:link': () => feed.homePageUrl,
          language: () => feed.language && new LanguageTag(feed.language),
          'dc:language': () => feed.language && new LanguageTag(feed.language),
        },
        'feed.fields',
      ),
    },
    'nsIFeed',
  );
  return shim;
}

/** `Components.interfaces.X` and `Components.classes[…]`: interface names only. */
const COMPONENTS = {
  interfaces: new Proxy({}, {get: (_target, key) => String(key)}),
  get classes(): never {
    throw new Unmodeled('Components.classes');
  },
};

/** Splits source text at a top-level separator (outside strings, parentheses and brackets). */
function splitTop(source: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && source.startsWith(separator, i)) {
      parts.push(source.slice(start, i));
      i += separator.length - 1;
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/** The index of the parenthesis that closes the one at `open` (outside strings), or -1. */
function closing(source: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Removes parentheses that wrap the whole expression (but not those of `(a) && (b)`). */
function unwrap(expression: string): string {
  let text = expression.trim();
  while (text.startsWith('(') && closing(text, 0) === text.length - 1) text = text.slice(1, -1).trim();
  return text;
}

/** The `&&` clauses of an Expect line's last statement, with the statements before it. */
export function clausesOf(expect: string): {prelude: string; clauses: string[]} {
  const statements = splitTop(expect, ';').map((s) => s.trim()).filter(Boolean);
  const last = statements.pop() ?? 'true';
  const clauses: string[] = [];
  const collect = (expression: string) => {
    const parts = splitTop(unwrap(expression), '&&');
    if (parts.length === 1) clauses.push(unwrap(parts[0]));
    else parts.forEach(collect);
  };
  collect(last);
  return {prelude: statements.join(';\n'), clauses};
}

type Outcome = {clause: string; result: 'pass' | 'fail' | 'skip'; detail?: string};

function evaluate(prelude: string, expression: string, feed: unknown, result: unknown): unknown {
  // The Expect lines are the vendored test data, run as Firefox's test_xml.js ran them (with eval).
  const run = new Function('feed', 'result', 'Components', `${prelude};\nreturn (${expression});`) as (...args: unknown[]) => unknown;
  return run(feed, result, COMPONENTS);
}

/** Compares as Firefox's `==`, except that text from a text construct is compared as plain text with whitespace collapsed. */
function same(actual: unknown, expected: unknown): boolean {
  if (actual instanceof MarkupText || expected instanceof MarkupText) {
    const [ours, theirs] = actual instanceof MarkupText ? [actual, expected] : [expected, actual];
    return typeof theirs === 'string' && collapse(String(ours)) === plain(theirs);
  }
  if (actual instanceof LanguageTag) return typeof expected === 'string' && String(actual).toLowerCase() === expected.toLowerCase();
  if (typeof actual === 'string' && typeof expected === 'string') return actual === expected || collapse(actual) === collapse(expected);
  // Firefox's tests compare with ==: null == undefined is meant.
  return actual == expected;
}

function checkClause(clause: string, prelude: string, feed: unknown, result: unknown): Outcome {
  const comparison = ['===', '!==', '==', '!='].map((op) => [op, splitTop(clause, op)] as const).find(([, parts]) => parts.length === 2);
  try {
    if (comparison) {
      const [op, [left, right]] = comparison;
      const actual = evaluate(prelude, left, feed, result);
      const expected = evaluate(prelude, right, feed, result);
      const equal = same(actual, expected);
      const ok = op.startsWith('=') ? equal : !equal;
      return ok ? {clause, result: 'pass'} : {clause, result: 'fail', detail: `got ${JSON.stringify(actual === null ? null : String(actual ?? 'undefined'))}`};
    }
    return evaluate(prelude, clause, feed, result) ? {clause, result: 'pass'} : {clause, result: 'fail', detail: 'false'};
  } catch (error) {
    if (error instanceof Unmodeled) return {clause, result: 'skip', detail: error.message};
    return {clause, result: 'fail', detail: `threw ${String(error)}`};
  }
}

export interface CaseResult {
  file: string;
  folder: string;
  expect: string;
  outcomes: Outcome[];
  /** Why the whole case is skipped: a deliberate difference, or nothing it checks is in the model. */
  skipped?: string;
  failures: string[];
  /** The parsed feed, as JSON, or the error kind: what Node and the browser must agree on. */
  output: string;
}

/** Where Firefox's test_xml.js said the file lived (its `Base:` line, else http://example.org/xml/<folder>/<file>). */
const baseOf = (file: string, text: string) => text.match(/^\s*Base:\s*(\S+)/m)?.[1] ?? `http://example.org/xml/${file}`;

/** Decodes, parses and checks one case. A FeedError is an outcome; any other exception from the readers is a failure. */
export async function runCase(mozillaCase: MozillaCase, bytes: Uint8Array): Promise<CaseResult> {
  const text = decodeFeedBytes(bytes, null);
  const expect = text.match(/Expect:(.*)/)?.[1].trim() ?? '';
  const folder = mozillaCase.file.split('/')[0];
  const failures: string[] = [];
  let feed: NewsFeed | undefined;
  let titled: NewsFeed | undefined;
  let output: string;
  try {
    feed = await parseFeedText(text, baseOf(mozillaCase.file, text));
    const withTitles = addTitles(text);
    titled = withTitles === text ? feed : await parseFeedText(withTitles, baseOf(mozillaCase.file, text));
    output = JSON.stringify(feed);
  } catch (error) {
    if (!(error instanceof FeedError)) failures.push(`threw ${String(error)}`);
    output = `error: ${(error as FeedError).kind}`;
  }
  const {prelude, clauses} = clausesOf(expect);
  const outcomes: Outcome[] = feed && titled ? clauses.map((clause) => checkClause(clause, prelude, feedShim(feed, titled), resultShim(feed, titled))) : clauses.map((clause) => ({clause, result: 'fail', detail: output}));
  for (const outcome of outcomes) if (outcome.result === 'fail') failures.push(`${outcome.clause}: ${outcome.detail}`);
  const counted = outcomes.some((o) => o.result !== 'skip');
  const skipped = DIFFERENCES[mozillaCase.file] ?? (counted ? undefined : `nothing it checks is in the model (${outcomes.map((o) => o.detail).join('; ')})`);
  return {file: mozillaCase.file, folder, expect, outcomes, skipped, failures, output};
}

/** nsIFeedResult: `result.doc` is the feed; the rest (version, bozo, stylesheet) is not in the model. */
const resultShim = (feed: NewsFeed, titled: NewsFeed) => strict({doc: feedShim(feed, titled)}, 'result');

export interface Tally extends CaseTally {
  notVendored: number;
  /** Comparisons left out inside counted cases, because they ask for what the model lacks. */
  clausesSkipped: number;
}

const FOLDERS = ['rfc4287', 'rss09x', 'rss1', 'rss2'];

/** Pass/fail/skip per folder, and a printable table of them. */
export function tally(results: CaseResult[], notVendored: NotVendored[]): {byFolder: Map<string, Tally>; table: string} {
  const byFolder = new Map<string, Tally>(FOLDERS.map((folder) => [folder, {passed: 0, failed: 0, skipped: 0, notVendored: 0, clausesSkipped: 0, failures: []}]));
  for (const result of results) {
    const entry = byFolder.get(result.folder)!;
    count(entry, result);
    if (!result.skipped) entry.clausesSkipped += result.outcomes.filter((o) => o.result === 'skip').length;
  }
  for (const file of notVendored) byFolder.get(file.file.split('/')[0])!.notVendored++;
  const rows = [...byFolder].map(
    ([folder, t]) =>
      `${folder.padEnd(8)} ${String(t.passed).padStart(4)} passed ${String(t.failed).padStart(3)} failed ${String(t.skipped).padStart(3)} skipped ${String(t.notVendored).padStart(3)} not vendored ${String(t.clausesSkipped).padStart(3)} comparisons skipped  ${rateText(t)}`,
  );
  return {byFolder, table: ['Mozilla feed-parser corpus:', ...rows].join('\n')};
}

/** Share of the counted cases that must pass in every folder: all, since the fixes it found (README.md). */
export const TARGET = 1;
