// The route the recipe pushes: /news/port?from=feed shows "port", rendered in the browser.
export const prerender = false;
export const ssr = false;
