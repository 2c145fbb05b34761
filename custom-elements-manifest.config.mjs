// Custom elements manifest: public API only. Private and protected members (including
// @state fields) are implementation, and the `emit()` helper's generic dispatch is not an event.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'news-widgets-public-api',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('news-'));
          }
        }
      },
    },
  ],
};
