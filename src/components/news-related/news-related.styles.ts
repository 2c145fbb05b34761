/** `<news-related>` looks like a `<news-feed>`: the same list, cards, skeleton and messages. */
export {feedStyles as relatedStyles} from '../news-feed/news-feed.styles.js';
