/**
 * The share (0…1) of the letters among the first 400 characters of `text` that `script`
 * matches (a regular expression with the `g` flag), or undefined when there are none: how
 * the library guesses an untagged text's direction and reading speed.
 */
export function letterShare(text: string, script: RegExp): number | undefined {
  const head = text.slice(0, 400);
  const letters = head.match(LETTERS)?.length ?? 0;
  return letters ? (head.match(script)?.length ?? 0) / letters : undefined;
}

const LETTERS = /\p{L}/gu;
