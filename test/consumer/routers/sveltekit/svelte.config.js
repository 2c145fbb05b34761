// The README's Svelte recipe in a SvelteKit app as `npx sv create` sets one up, with the static
// adapter: `vite build` renders /latest/ on the server (prerendering), so the package must
// import and render in SvelteKit's SSR too, then the page hydrates in the browser.
import adapter from '@sveltejs/adapter-static';

export default {
  // strict: false: the article route renders in the browser only (no page to prerender).
  kit: {adapter: adapter({strict: false})},
};
