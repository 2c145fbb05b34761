// The demo server (`npm start`, and the scripts that load the built demo in a browser):
// @web/dev-server serving the repository's files as they are. `PORT` picks its port
// (default: 8000, or the next free one); `/` opens the demo.
export default {
  rootDir: '.',
  hostname: 'localhost',
  ...(process.env.PORT ? {port: Number(process.env.PORT)} : {}),
  middleware: [
    // `/` → the demo (the query string, e.g. ?lang=ar, is kept).
    (context, next) => (context.path === '/' ? context.redirect(`/demo/${context.search}`) : next()),
    // ?delay=<ms> answers late, like a real network (the benchmarks use it; at most 10 s).
    async (context, next) => {
      const delay = Math.min(Number(context.query.delay) || 0, 10_000);
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      return next();
    },
  ],
};
