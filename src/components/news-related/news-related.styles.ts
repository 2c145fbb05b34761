import {listStyles} from '../shared/list.styles.js';

/** `<news-related>` looks like a `<news-feed>`: the same list, cards, skeleton and messages, nothing of its own. */
export const relatedStyles = [listStyles];
