// The README's Vue Router recipe (recipes/vue-router.vue, taken from the README by
// scripts/router-apps.mjs) in an app with a real router: the feed on every path but the
// article's, and the article route the recipe pushes.
import {createApp, h} from 'vue';
import {createRouter, createWebHistory, RouterView} from 'vue-router';
import Latest from './recipes/vue-router.vue';

const Article = {props: ['slug'], setup: (props) => () => h('h1', {id: 'article'}, props.slug)};
const router = createRouter({
  history: createWebHistory(),
  routes: [
    {path: '/news/:slug', component: Article, props: true},
    {path: '/:rest(.*)*', component: Latest},
  ],
});
createApp({render: () => h(RouterView)}).use(router).mount('#app');
