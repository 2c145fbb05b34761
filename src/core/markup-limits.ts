/**
 * Bounding HTML before it is parsed. The HTML parser's cost grows faster than the markup
 * when elements are left open (`<div>` 20,000 times takes seconds; 100,000 times, over a
 * minute), so before any HTML-to-text work a linear scan keeps at most
 * {@link markupLength} characters and {@link MAX_MARKUP_TAGS} tags, and drops every
 * tag that would open an element deeper than {@link MAX_MARKUP_DEPTH}. Only text comes out
 * of that markup, so a dropped tag costs at most a missing space between two words.
 */

/** Most characters of one field read as markup (or entity-encoded text) to keep `maxText` characters of text: 20 per character, at least 4,000. */
export const markupLength = (maxText: number) => Math.max(maxText * 20, 4_000);
/** Most tags read in one field; a long article has a few hundred. */
export const MAX_MARKUP_TAGS = 2_000;
/** Deepest element nesting read in one field; a tag opening deeper is dropped. */
export const MAX_MARKUP_DEPTH = 32;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// A tag cannot contain `<`, so every match attempt stops at the next `<`: the scan stays linear.
const TAG = /<(\/?)([a-z][^\s/<>]*)[^<>]*?(\/?)>/gi;

/** `html` cut to the limits above for a text of at most `maxText` characters; the same string when it is within them. */
export function boundMarkup(html: string, maxText = 5_000): string {
  const max = markupLength(maxText);
  const source = html.length > max ? html.slice(0, max) : html;
  let out = '';
  let copied = 0;
  let depth = 0;
  let tags = 0;
  TAG.lastIndex = 0;
  for (let match; (match = TAG.exec(source)); ) {
    if (++tags > MAX_MARKUP_TAGS) return out + source.slice(copied, match.index);
    const [, closing, name, selfClosing] = match;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID.has(name.toLowerCase()) && ++depth > MAX_MARKUP_DEPTH) {
      depth--;
      out += `${source.slice(copied, match.index)} `;
      copied = TAG.lastIndex;
    }
  }
  return copied === 0 && source === html ? html : out + source.slice(copied);
}
