/**
 * A number as a site may write it: with a decimal comma (`33,57`, `٣٣٫٥٧`), a minus sign
 * (`−1`), Arabic-Indic digits (`-١`, `۱`), as an Arabic keyboard writes them. Empty (or
 * nothing) is none, where `Number` reads 0 (for a coordinate, a place at sea); NaN for text
 * that is no number.
 */
export function writtenNumber(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  return text ? Number(text.replace(/[,\u066b]/, '.').replace('\u2212', '-').replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 15))) : undefined;
}
