import {css} from 'lit';

/** What `<news-feed>` adds to the shared list styles: the "Load more" block. */
export const feedStyles = css`
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: calc(var(--news-gap, 1rem) * 1.5);
  }
  .more p {
    margin: 0;
  }
  /* A server-rendered list's "Load more" works once the element is defined: until then (or
     without JavaScript) it is no button to press, but keeps its room (no shift when it shows). */
  :host(:not(:defined)) [part='load-more'] {
    visibility: hidden;
  }
`;
