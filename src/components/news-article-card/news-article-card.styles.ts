import {css} from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--news-gap, 1rem) / 2);
    block-size: 100%;
    padding: var(--news-card-padding, 0);
    background: var(--news-color-surface, transparent);
    border-radius: var(--news-radius, 0.5rem);
    line-height: 1.4;
    /* A word longer than the card (feed text can hold anything) breaks rather than widen it. */
    overflow-wrap: anywhere;
  }
  .image {
    order: -1;
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--news-radius, 0.5rem);
    background: var(--news-color-placeholder, color-mix(in srgb, currentColor 8%, transparent));
  }
  .headline {
    margin: 0;
    font-size: var(--news-headline-size, 1.125rem);
    font-weight: var(--news-headline-weight, 700);
    line-height: 1.3;
  }
  .link {
    color: inherit;
    text-decoration: none;
  }
  /* Feed text is isolated for bidi: a direction override in it ends with its element. */
  .link,
  .summary,
  .tags li {
    unicode-bidi: isolate;
  }
  /* An article of unknown language (its body is dir="auto", which the headline decides): its
     summary and each tag take their direction from their own first letters, as each would
     with a dir="auto" of its own. */
  .body[dir='auto'] :is(.summary, .tags li) {
    unicode-bidi: plaintext;
  }
  /* The meta line speaks the interface's language in the article's body: it takes the frame's
     direction. */
  .card[dir='ltr'] .meta {
    direction: ltr;
  }
  .card[dir='rtl'] .meta {
    direction: rtl;
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
  /* The focus ring goes round the whole card: on the link's ::after, which covers it. */
  .link:focus-visible {
    outline: none;
  }
  .link:focus-visible::after {
    outline: 2px solid var(--news-color-accent, #1a5fb4);
    outline-offset: 4px;
    border-radius: var(--news-radius, 0.5rem);
  }
  .card:hover .link,
  .link:focus-visible {
    color: var(--news-color-accent, inherit);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .summary {
    margin: 0;
    color: var(--news-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--news-summary-lines, 3);
    overflow: hidden;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    font-size: 0.875em;
    color: var(--news-color-muted, color-mix(in srgb, currentColor 72%, transparent));
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
    border-radius: 999px;
  }

  /* An empty part takes no room and is not read: a text binding given nothing leaves only
     Lit's marker comment, which :empty ignores (cheaper than a hidden binding per part). The
     meta line and the tag list, empty when all they hold is, are flagged on the card
     (WebKit does not restyle :has(:empty) when a child empties). */
  .summary:empty,
  .meta > :empty,
  .no-meta .meta,
  .no-tags .tags,
  .tags li:empty,
  .image:not([src]) {
    display: none;
  }

  .horizontal {
    flex-direction: row;
    align-items: flex-start;
    gap: var(--news-gap, 1rem);
  }
  .horizontal .image {
    flex: 0 0 clamp(6rem, 33%, 14rem);
    inline-size: clamp(6rem, 33%, 14rem);
    aspect-ratio: 4 / 3;
  }
  .horizontal .body {
    flex: 1 1 0;
    min-inline-size: 0;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--news-gap, 1rem) / 2);
  }

  .compact {
    gap: 0.25rem;
  }
  .compact .headline {
    font-size: var(--news-compact-headline-size, 1rem);
  }

  .hero .headline {
    font-size: var(--news-hero-headline-size, clamp(1.5rem, 1rem + 2vw, 2.25rem));
  }
  .hero .image {
    aspect-ratio: 2 / 1;
  }

  @media (forced-colors: active) {
    .link:focus-visible::after {
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
