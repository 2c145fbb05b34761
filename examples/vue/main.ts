// Vue 3: tell the compiler that news-* tags are custom elements, then use them like any tag.
import {createApp, defineComponent, h, ref} from 'vue';
import 'news-widgets/news-feed.js';
import type {ArticleClickDetail} from 'news-widgets';

const App = defineComponent({
  setup() {
    const last = ref<string>();
    return () => [
      h('news-feed', {
        src: '/feeds/{lang}.json',
        limit: 6,
        layout: 'grid',
        onNewsArticleClick: (event: CustomEvent<ArticleClickDetail>) => (last.value = event.detail.item.title),
      }),
      last.value ? h('p', `Last opened: ${last.value}`) : null,
    ];
  },
});

const app = createApp(App);
// Only needed with in-DOM or SFC templates; render functions pass tags through as is.
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('news-');
app.mount('#app');
