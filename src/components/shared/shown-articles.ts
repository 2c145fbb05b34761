/**
 * The channel through which elements that show articles say that what they show has
 * changed, so that `<news-related exclude-shown>` can avoid repeating them. Nothing outside
 * the library listens.
 */
const shownChanges = new EventTarget();

/** Says that the articles an element shows have changed. */
export function announceShown(): void {
  shownChanges.dispatchEvent(new Event('change'));
}

/** Calls `listener` whenever an element announces a change of what it shows; returns a function that stops it. */
export function onShownChange(listener: () => void): () => void {
  shownChanges.addEventListener('change', listener);
  return () => shownChanges.removeEventListener('change', listener);
}
