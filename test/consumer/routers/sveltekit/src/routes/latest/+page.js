// Prerendered as latest/index.html, which the test's static server serves at /latest/.
export const trailingSlash = 'always';
