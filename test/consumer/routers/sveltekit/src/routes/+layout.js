// Every page is rendered on the server at build time, unless it says otherwise.
export const prerender = true;
