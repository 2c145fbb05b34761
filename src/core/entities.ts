/**
 * Character references in feed text: numeric ones, and the named entities of HTML 4 plus
 * `&apos;` — the set feeds use. Unknown names stay as written. The table is a `Map`, so a
 * name like `&constructor;` is unknown, never an inherited property.
 */

// HTML 4's named entities, as `name codepoint` pairs (Latin-1 runs are given as ranges).
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const GREEK = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho';
const GREEK_2 = 'Sigma Tau Upsilon Phi Chi Psi Omega';
const OTHERS =
  'quot 34 amp 38 apos 39 lt 60 gt 62 OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376 fnof 402 circ 710 tilde 732 sigmaf 962 thetasym 977 upsih 978 piv 982 ' +
  'ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205 lrm 8206 rlm 8207 ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo 8220 rdquo 8221 bdquo 8222 ' +
  'dagger 8224 Dagger 8225 bull 8226 hellip 8230 permil 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254 frasl 8260 euro 8364 image 8465 weierp 8472 ' +
  'real 8476 trade 8482 alefsym 8501 larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 crarr 8629 lArr 8656 uArr 8657 rArr 8658 dArr 8659 hArr 8660 forall 8704 ' +
  'part 8706 exist 8707 empty 8709 nabla 8711 isin 8712 notin 8713 ni 8715 prod 8719 sum 8721 minus 8722 lowast 8727 radic 8730 prop 8733 infin 8734 ang 8736 ' +
  'and 8743 or 8744 cap 8745 cup 8746 int 8747 there4 8756 sim 8764 cong 8773 asymp 8776 ne 8800 equiv 8801 le 8804 ge 8805 sub 8834 sup 8835 nsub 8836 ' +
  'sube 8838 supe 8839 oplus 8853 otimes 8855 perp 8869 sdot 8901 lceil 8968 rceil 8969 lfloor 8970 rfloor 8971 lang 10216 rang 10217 loz 9674 spades 9824 ' +
  'clubs 9827 hearts 9829 diams 9830';

const NAMED = new Map<string, string>();
LATIN_1.split(' ').forEach((name, i) => NAMED.set(name, String.fromCharCode(160 + i)));
GREEK.split(' ').forEach((name, i) => NAMED.set(name, String.fromCharCode(913 + i)).set(name.toLowerCase(), String.fromCharCode(945 + i)));
GREEK_2.split(' ').forEach((name, i) => NAMED.set(name, String.fromCharCode(931 + i)).set(name.toLowerCase(), String.fromCharCode(963 + i)));
const others = OTHERS.split(' ');
for (let i = 0; i < others.length; i += 2) NAMED.set(others[i], String.fromCodePoint(Number(others[i + 1])));

/** What windows-1252 puts at 0x80–0x9F, where Latin-1 and Unicode have control characters (undefined bytes stay empty). */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The windows-1252 character for a C1 control code (0x80–0x9F), or '' for the five it leaves undefined. */
export function windows1252(code: number): string {
  const char = WINDOWS_1252[code - 0x80];
  return char.charCodeAt(0) === code ? '' : char;
}

function numeric(code: number): string | undefined {
  if (code >= 0x80 && code <= 0x9f) return windows1252(code); // as browsers do: `&#146;` is ’
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(?:[xX]([\da-fA-F]{1,8})|(\d{1,9}))|([a-zA-Z][a-zA-Z\d]{1,31}));?/g;
// The same pattern, matched only where it is placed (`lastIndex`).
const REFERENCE_AT = new RegExp(REFERENCE.source, 'y');
// Without their `;`, only these few are read (as browsers read them in text).
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);
const UPPER = new Set(['AMP', 'LT', 'GT', 'QUOT']);

/** The text a matched reference stands for, or the reference itself when it is unknown. */
function decoded(whole: string, hex?: string, decimal?: string, name?: string): string {
  if (name !== undefined) {
    const semicolon = whole.endsWith(';');
    const key = UPPER.has(name) ? name.toLowerCase() : name;
    const value = NAMED.get(key);
    return value !== undefined && (semicolon || LEGACY.has(key)) ? value : whole;
  }
  return numeric(hex !== undefined ? parseInt(hex, 16) : Number(decimal)) ?? whole;
}

/** Decodes numeric and named character references; anything unknown stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, decoded);
}

/**
 * The character reference that starts at `at` (a `&`) in `text`: what it stands for and
 * where it ends; undefined when no reference starts there (the `&` is text). For readers
 * that decode as they go, with exactly the rules of {@link decodeEntities}.
 */
export function referenceAt(text: string, at: number): {text: string; end: number} | undefined {
  REFERENCE_AT.lastIndex = at;
  const match = REFERENCE_AT.exec(text);
  return match ? {text: decoded(match[0], match[1], match[2], match[3]), end: REFERENCE_AT.lastIndex} : undefined;
}
