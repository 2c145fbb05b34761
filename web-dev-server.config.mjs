// The demo server (`npm start`): @web/dev-server serving the repository's files as they are. The
// checks and benchmarks start the same server from code (scripts/serve.mjs). `PORT` picks its port
// (default: 8000, or the next free one); `/` opens the demo.
export default {
  rootDir: '.',
  hostname: 'localhost',
  ...(process.env.PORT ? {port: Number(process.env.PORT)} : {}),
  middleware: [
    // `/` → the demo (the query string, e.g. ?lang=ar, is kept).
    (context, next) => (context.path === '/' ? context.redirect(`/demo/${context.search}`) : next()),
  ],
};
