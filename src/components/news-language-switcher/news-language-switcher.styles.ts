import {css} from 'lit';

export const switcherStyles = css`
  :host {
    display: inline-block;
  }
  [part='base'] {
    position: relative;
    inline-size: fit-content;
    max-inline-size: 100%;
    /* Resolved in the switcher's own direction: it hugs the start side of its locale, not of the page. */
    margin-inline-end: auto;
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--news-gap, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='link'] {
    display: block;
    padding-block: 0.25em;
    padding-inline: 0;
    border: 0;
    border-block-end: 2px solid transparent;
    background: none;
    font: inherit;
    color: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  [part~='link']:hover {
    border-block-end-color: color-mix(in srgb, currentColor 40%, transparent);
  }
  [part~='current'] {
    font-weight: 700;
    border-block-end-color: var(--news-color-accent, var(--_accent));
  }
  [part~='link']:focus-visible,
  [part~='button']:focus-visible {
    outline: 2px solid var(--news-color-accent, var(--_accent));
    outline-offset: 2px;
  }

  [part~='button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.375em;
    padding-inline: 0.75em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--news-radius, 0.5rem);
    cursor: pointer;
  }
  [part~='button'][aria-expanded='true'] .chevron {
    rotate: 180deg;
  }
  .menu .list {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    flex-direction: column;
    gap: 0;
    min-inline-size: 100%;
    padding-block: 0.25rem;
    /* Over the page's own colour: a translucent surface (a tint for cards) would let the page show through. */
    background: linear-gradient(var(--news-color-surface, Canvas) 0 0) Canvas;
    color: var(--news-color-text, CanvasText);
    border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    border-radius: var(--news-radius, 0.5rem);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.15);
  }
  .menu .list.end {
    inset-inline: auto 0;
  }
  .menu [part~='link'] {
    inline-size: 100%;
    padding-block: 0.5em;
    padding-inline: 1em;
    text-align: start;
    white-space: nowrap;
    border-block-end: 0;
    border-inline-start: 3px solid transparent;
  }
  .menu [part~='current'] {
    border-inline-start-color: var(--news-color-accent, var(--_accent));
  }
  .menu [part~='link']:hover {
    background: color-mix(in srgb, currentColor 8%, transparent);
  }
  .menu [part~='link']:focus-visible {
    outline-offset: -2px;
  }
  /* A server-rendered menu of links to editions where scripts cannot run (turned off, a
     sandbox): no button that does nothing, but the links in a row, as the inline variant shows
     them. Where scripts run, it is the button from the start: nothing moves once it is defined. */
  @media (scripting: none) {
    .links [part~='button'] {
      display: none;
    }
    .links .list[hidden] {
      display: flex !important;
      position: static;
      flex-direction: row;
      gap: 0.25rem var(--news-gap, 1rem);
      min-inline-size: 0;
      padding: 0;
      background: none;
      color: inherit;
      border: 0;
      border-radius: 0;
      box-shadow: none;
    }
    .links [part~='link'] {
      inline-size: auto;
      padding-inline: 0;
      border-inline-start: 0;
      border-block-end: 2px solid transparent;
    }
    .links [part~='link']:hover {
      border-block-end-color: color-mix(in srgb, currentColor 40%, transparent);
    }
    .links [part~='current'] {
      border-block-end-color: var(--news-color-accent, var(--_accent));
    }
  }

  /* The system's colours would paint every entry's transparent mark: only the current one's shows. */
  @media (forced-colors: active) {
    [part~='link'] {
      border-block-end-color: Canvas;
    }
    .menu [part~='link'] {
      border-inline-start-color: Canvas;
    }
    [part~='current'] {
      border-block-end-color: CanvasText;
    }
    .menu [part~='current'] {
      border-inline-start-color: CanvasText;
    }
    /* The row a menu of links is where scripts cannot run (above): only the current one's mark. */
    .links [part~='link'] {
      border-block-end-color: Canvas;
    }
    .links [part~='current'] {
      border-block-end-color: CanvasText;
    }
    [part~='button'] {
      border-color: ButtonText;
    }
    [part~='link']:focus-visible,
    [part~='button']:focus-visible {
      outline-color: Highlight;
    }
  }
`;
