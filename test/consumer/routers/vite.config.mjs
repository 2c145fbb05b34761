// Builds the Vue Router app as a Vue project would: Vite with @vitejs/plugin-vue, the
// news-* tags marked as custom elements in the template compiler (as the README says).
import vue from '@vitejs/plugin-vue';

export default {
  base: '/vue-router/',
  logLevel: 'warn',
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('news-')}}})],
  build: {outDir: 'vue-router', emptyOutDir: true, rollupOptions: {input: 'vue-router.html'}},
};
