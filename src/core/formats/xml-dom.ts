/**
 * The XML parser the RSS/Atom reader uses: the browser's own `DOMParser` (an inert
 * document: scripts never run, images never load), or in Node, where there is none,
 * `@xmldom/xmldom`, loaded only there and never part of a browser bundle.
 */
import {FeedError} from '../model.js';
import {parserPolicy} from '../trusted-types.js';

/** Parses XML text; undefined when it is not well-formed. */
export type ParseXml = (markup: string) => Document | undefined;

/**
 * An XML parser, and whether documents go through the repair before it rather than only
 * after it fails: xmldom has no nesting limit and slows down on deep or odd input, so in
 * Node the (linear) repair bounds every document first; for a well-formed feed it changes
 * nothing the reader reads.
 */
interface XmlParser {
  parse: ParseXml;
  repairFirst: boolean;
}

/**
 * Markup for `DOMParser`, which is a Trusted Types sink: on a page that enforces Trusted
 * Types it goes through the library's one `news-widgets` policy (trusted-types.ts), which
 * passes markup unchanged because it only ever feeds inert parsed documents.
 */
function inertMarkup(markup: string): string {
  const policy = parserPolicy();
  return (policy ? policy.createHTML(markup) : markup) as string;
}

function browserParser(): XmlParser {
  const parser = new DOMParser();
  return {repairFirst: false, parse: (markup) => {
    let doc: Document;
    try {
      doc = parser.parseFromString(inertMarkup(markup), 'application/xml');
    } catch (cause) {
      throw new FeedError('format', `This page's Trusted Types policy does not allow the "news-widgets" policy that reading RSS and Atom needs.`, {cause});
    }
    return doc.getElementsByTagName('parsererror').length ? undefined : doc;
  }};
}

// A name in a variable, so browser bundlers neither follow nor bundle it; Node resolves it.
const NODE_XML = '@xmldom/xmldom';

async function nodeParser(): Promise<XmlParser> {
  const {DOMParser: XmlDomParser} = (await import(/* @vite-ignore */ /* webpackIgnore: true */ NODE_XML)) as typeof import('@xmldom/xmldom');
  return {repairFirst: true, parse: (markup) => {
    // Any error, not only a fatal one, means the document is not well-formed XML: the same
    // documents are then repaired in Node as in browsers.
    let wellFormed = true;
    const parser = new XmlDomParser({
      onError: (level) => {
        if (level !== 'warning') wellFormed = false;
      },
    });
    try {
      const doc = parser.parseFromString(markup, 'application/xml') as unknown as Document;
      return wellFormed && doc.documentElement ? doc : undefined;
    } catch {
      return undefined;
    }
  }};
}

let parser: Promise<XmlParser> | undefined;

/** The XML parser of this runtime, created once. */
export function xmlParser(): Promise<XmlParser> {
  parser ??= typeof DOMParser === 'function' ? Promise.resolve(browserParser()) : nodeParser();
  return parser;
}
