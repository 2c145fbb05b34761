// A consumer's router code that takes article clicks over (the README's router recipes): it
// imports articleRoute from its own entry, which must bring no element and no other module.
import {articleRoute} from 'news-widgets/route.js';

window.articleRoute = articleRoute;
