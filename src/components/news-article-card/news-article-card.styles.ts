import {css} from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  .card {
    position: relative;
    /* The card's layers (the link's cover, the date above it) stay inside it: a page's fixed
       header, however low its z-index, stays above them. */
    isolation: isolate;
    display: flex;
    flex-direction: column;
    gap: calc(var(--news-gap, 1rem) / 2);
    /* As tall as its host, which a list's grid row stretches, so cards with a background line
       up (see below). */
    block-size: 100%;
    padding: var(--news-card-padding, 0);
    background: var(--news-color-surface, transparent);
    border-radius: var(--news-radius, 0.5rem);
    line-height: 1.4;
    /* Each text starts at its own start, whatever its direction: in a list item, Firefox and
       WebKit make the browser's text-align: match-parent a side, which a card inherited. */
    text-align: start;
    /* A word longer than the card (feed text can hold anything) breaks rather than widen it. */
    overflow-wrap: anywhere;
  }
  /* Where a browser knows it (Chromium 138), CSS's stretch fills the same room as 100% without
     its cost: Blink lays a column flexbox out again once a percentage of its height resolves
     (5% of rendering 200 cards, issue 11's bench). Not its older name, -webkit-fill-available:
     WebKit's fills the window's height in a host of no set height. A rule of its own: the
     template minifier keeps one declaration of a property. */
  @supports (block-size: stretch) {
    .card {
      block-size: stretch;
    }
  }
  /* Feed text stays in its card: combining marks stacked by the dozen on a letter ("Zalgo"
     text) paint far above and below their line, over the page around the card. The card clips
     what its content paints further out than 8 px (in px, as a page's small rem would cut it).
     Not in WebKit, which has no overflow-clip-margin: clipped at its edge, a card without
     padding would cut the marks an Arabic headline's first line sets above it, and a page's
     shadow on ::part(image). No cost measured: 200 cards 0.98-1.005x without it. */
  @supports (overflow-clip-margin: 8px) {
    .card {
      overflow: clip;
      overflow-clip-margin: 8px;
    }
  }
  .image {
    order: -1;
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--news-image-ratio, 16 / 9);
    object-fit: cover;
    border-radius: var(--news-radius, 0.5rem);
    background: var(--news-color-placeholder, color-mix(in srgb, currentColor 8%, transparent));
  }
  .headline {
    margin: 0;
    font-size: var(--news-headline-size, 1.125em);
    font-weight: var(--news-headline-weight, 700);
    line-height: 1.3;
  }
  .link {
    color: inherit;
    text-decoration: none;
  }
  /* Feed text is isolated for bidi: a direction override in it ends with its element. The
     headline holds only the link, so isolating the headline isolates it: an isolate on the
     inline link itself cost 3% of a card's rendering (issue 11's bench), for nothing more. */
  .headline,
  .summary,
  .tags li {
    unicode-bidi: isolate;
  }
  /* The tags are the article's words in a list of the interface's: each takes the direction of
     the body before it, which carries the article's. */
  .body[dir='ltr'] ~ .tags li {
    direction: ltr;
  }
  .body[dir='rtl'] ~ .tags li {
    direction: rtl;
  }
  /* An article of unknown or undeclared language (its body is lang="", or the page's, in the
     headline's direction): its summary and each tag take their direction from their own first
     letters, as each would with a dir="auto" of its own. */
  .body[lang=''] .summary,
  .body[lang=''] ~ .tags li,
  .guessed .summary,
  .guessed .tags li {
    unicode-bidi: plaintext;
  }
  /* The headline link covers the whole card: one link, one tab stop, the whole card clickable. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  /* The date stands above that cover, so the pointer reaches it and gets its tooltip (the full
     date and time); a click on it is not a click on the link. */
  .meta time {
    position: relative;
    z-index: 2;
  }
  /* The focus ring goes round the whole card (whose link covers it): the card's own outline,
     which follows its corners, a page's ::part(base) radius too. */
  .link:focus-visible {
    outline: none;
  }
  .card:has(.link:focus-visible) {
    outline: 2px solid var(--news-color-accent, var(--_accent));
    outline-offset: 4px;
  }
  .card:hover .link,
  .link:focus-visible {
    color: var(--news-color-accent, inherit);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .summary {
    margin: 0;
    color: var(--news-color-muted, color-mix(in srgb, currentColor 85%, transparent));
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--news-summary-lines, 3);
    overflow: hidden;
  }
  /* "3 hours ago · Amina Benali · 5 min read": a separator hangs in the gap before each item,
     and the line clips it where an item starts a line, so no line starts with one. An empty
     item is not shown, with its separator. Screen readers skip it (an empty alternative). The
     first item has none: it always starts the line, which would clip it (a box fewer per card,
     3% of its rendering). */
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    overflow: hidden;
    font-size: 0.875em;
    color: var(--news-color-muted, color-mix(in srgb, currentColor 85%, transparent));
  }
  .meta > * {
    position: relative;
  }
  .meta > * + ::before {
    content: var(--news-meta-separator, '·') / '';
    position: absolute;
    inset-inline-end: 100%;
    inline-size: 1.25em;
    text-align: center;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  /* Flex items holding feed text may shrink below their longest word, which then breaks
     (WebKit sizes a word between bidi isolates in right-to-left text as unbreakable). */
  .meta > *,
  .tags li {
    min-inline-size: 0;
  }
  .tags li {
    padding-block: 0.125em;
    padding-inline: 0.5em;
    border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    /* A pill on one line (half its height is under 1em); a tag long enough to wrap keeps its
       text inside the corners, which half-circles that tall cut into. */
    border-radius: 1em;
  }

  /* An empty part takes no room and is not read: a text binding given nothing leaves only
     Lit's marker comment, which :empty ignores (cheaper than a hidden binding per part). The
     meta line and the tag list, empty when all they hold is, and a missing image are flagged
     on the card (WebKit does not restyle :has(:empty) when a child empties), the one flag
     that also gives a horizontal card's text the image's column. */
  .summary:empty,
  .meta > :empty,
  .no-meta .meta,
  .no-tags .tags,
  .tags li:empty,
  .no-image .image {
    display: none;
  }

  /* The body holds the article's language, not a box: its parts are the card's own items. */
  .body {
    display: contents;
  }

  /* The image at the start, beside the text, whatever the text holds: it spans the four rows
     of headline, summary, meta line and tags, which fill the second column in order; an empty
     one takes no row and no space (the space between parts is their margin, not a gap), and
     the last row takes what the image adds. */
  .horizontal {
    display: grid;
    grid-template-columns: clamp(6rem, 33%, 14rem) minmax(0, 1fr);
    grid-template-rows: auto auto auto 1fr;
    align-items: start;
    gap: 0 var(--news-gap, 1rem);
  }
  /* Without an image (none, or it failed), the text takes the whole card. */
  .horizontal.no-image {
    grid-template-columns: minmax(0, 1fr);
  }
  .horizontal .image {
    grid-column: 1;
    grid-row: 1 / -1;
    aspect-ratio: var(--news-list-image-ratio, 4 / 3);
  }
  .horizontal :is(.summary, .meta, .tags) {
    margin-block-start: calc(var(--news-gap, 1rem) / 2);
  }
  /* Both follow --news-headline-size (1.125em: 1em, and 1.5-2.25em with the width) unless set. */
  .compact .headline {
    font-size: var(--news-compact-headline-size, calc(var(--news-headline-size, 1.125em) * 8 / 9));
  }

  .hero .headline {
    --h: var(--news-headline-size, 1.125em);
    font-size: var(--news-hero-headline-size, clamp(var(--h) * 4 / 3, var(--h) * 8 / 9 + 2vw, var(--h) * 2));
  }
  .hero .image {
    aspect-ratio: var(--news-hero-image-ratio, 2 / 1);
  }

  @media (forced-colors: active) {
    .card:has(.link:focus-visible) {
      outline-color: Highlight;
    }
    .link {
      color: LinkText;
    }
    .tags li {
      border-color: CanvasText;
    }
  }
`;
