import {css} from 'lit';

/** Shared by every element: one constructed sheet, adopted by each shadow root. */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--news-font-family, inherit);
    color: var(--news-color-text, inherit);
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
