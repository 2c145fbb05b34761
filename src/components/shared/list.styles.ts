import {css} from 'lit';

/** The article list of `<news-feed>` and `<news-related>`: cards, skeleton, messages and buttons. */
export const listStyles = css`
  :host {
    display: block;
  }
  .heading {
    margin-block: 0 var(--news-gap, 1rem);
    font-size: var(--news-heading-size, 1.5em);
    font-weight: 700;
    line-height: 1.2;
  }
  .list {
    display: grid;
    gap: var(--news-gap, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A card never widens its column: a long word in it breaks instead. */
  .list > li {
    min-inline-size: 0;
  }
  .list:is(.layout-grid, .layout-featured) {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-card-min-width, 16rem)), 1fr));
    gap: calc(var(--news-gap, 1rem) * 1.5) var(--news-gap, 1rem);
  }
  /* Each card as tall as its row, so cards with a background or border line up, and as wide
     as its column, whatever it holds: its item a flex box that stretches it. Not a one-column
     grid, as it was: 200 cards in a feed rendered at 1.89x plain DOM with those 200 grids,
     1.76x without (issue 11's bench, median of 6 pages each). Without min-inline-size: 0, each
     card's narrowest width is measured first: 1.88x. A width, not flex: 1, so that a page's
     width on ::part(card) still holds. */
  .list:is(.layout-grid, .layout-featured) > li:not(.skeleton) {
    display: flex;
  }
  .list:is(.layout-grid, .layout-featured) > li > news-article-card {
    inline-size: 100%;
    min-inline-size: 0;
  }
  /* The lead story (and its skeleton) across every column. */
  .list.layout-featured > li:first-child {
    grid-column: 1 / -1;
  }
  .list.layout-compact {
    gap: 0;
  }
  .list.layout-compact > li {
    padding-block: calc(var(--news-gap, 1rem) * 0.625);
    border-block-end: 1px solid color-mix(in srgb, currentColor 15%, transparent);
  }
  .list.layout-list > li + li {
    padding-block-start: var(--news-gap, 1rem);
    border-block-start: 1px solid color-mix(in srgb, currentColor 15%, transparent);
  }

  .skeleton {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton .block {
    border-radius: var(--news-radius, 0.5rem);
    background: var(--news-color-placeholder, color-mix(in srgb, currentColor 8%, transparent));
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .image {
    aspect-ratio: var(--news-image-ratio, 16 / 9);
  }
  .layout-featured > .skeleton:first-child .image {
    aspect-ratio: var(--news-hero-image-ratio, 2 / 1);
  }
  .skeleton .line {
    block-size: 1em;
  }
  .skeleton .line.short {
    inline-size: 60%;
  }
  .list.layout-compact .skeleton .image {
    display: none;
  }
  /* The list layout's placeholder has its cards' shape: the picture beside the text, in the
     column a horizontal card gives it (.horizontal in news-article-card.styles.ts: a template
     value shared between the two would stop the template minifier). */
  .list.layout-list .skeleton {
    grid-template-columns: clamp(6rem, 33%, 14rem) minmax(0, 1fr);
    grid-template-rows: auto auto 1fr;
    column-gap: var(--news-gap, 1rem);
  }
  .list.layout-list .skeleton .image {
    grid-row: 1 / -1;
    aspect-ratio: var(--news-list-image-ratio, 4 / 3);
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .block {
      animation: none;
    }
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0;
    padding: var(--news-gap, 1rem);
    border-radius: var(--news-radius, 0.5rem);
    background: var(--news-color-surface, color-mix(in srgb, currentColor 5%, transparent));
  }
  .status p {
    margin: 0;
  }
  .status.error {
    border-inline-start: 4px solid var(--news-color-error, var(--_error));
  }
  /* An error beside what is still shown (a failed reload). */
  .status + * {
    margin-block-start: var(--news-gap, 1rem);
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 1px solid currentColor;
    border-radius: var(--news-radius, 0.5rem);
    background: transparent;
  }
  button:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  button:focus-visible {
    outline: 2px solid var(--news-color-accent, var(--_accent));
    outline-offset: 2px;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }

  /* On paper a heading is not left at the foot of a page, its cards on the next, and
     <news-feed>'s "Load more", which does nothing there, is left out. */
  @media print {
    .heading {
      break-after: avoid;
    }
    [part='load-more'] {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .status.error {
      border-inline-start-color: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
    .skeleton .block {
      border: 1px solid CanvasText;
    }
  }
`;
