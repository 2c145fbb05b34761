/**
 * Bounding HTML before it is read for its text: one field is read for at most
 * {@link markupLength} characters and {@link MAX_MARKUP_TAGS} tags, so a hostile field costs
 * no more than a long article. (The reader is a linear scanner, not a parser: nesting depth
 * costs it nothing.)
 */

/** Most characters of one field read as markup (or entity-encoded text) to keep `maxText` characters of text: 20 per character, at least 4,000. */
export const markupLength = (maxText: number) => Math.max(maxText * 20, 4_000);
/** Most tags read in one field; a long article has a few hundred. */
export const MAX_MARKUP_TAGS = 2_000;
