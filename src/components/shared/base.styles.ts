import {css} from 'lit';

/** Shared by every element: one constructed sheet, adopted by each shadow root. */
export const baseStyles = css`
  /* The accent and error colours a page does not set: each scheme's where the browser has
     light-dark() (Chrome 123, Firefox 120, Safari 17.5), else the light one. A var() fallback
     of light-dark() where it is unknown would void the whole declaration (an outline: none). */
  :host {
    box-sizing: border-box;
    font-family: var(--news-font-family, inherit);
    color: var(--news-color-text, inherit);
    --_accent: #2f74d0;
    --_error: #b3261e;
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_accent: light-dark(#2f74d0, #78aeed);
      --_error: light-dark(#b3261e, #f2b8b5);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* A reader's letter and word spacing reach shadow DOM only by inheritance, which browsers'
     own styles for buttons stop. */
  button {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
