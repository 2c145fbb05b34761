#!/usr/bin/env node
// Is the package ready to publish? Run after `npm run build`:
// 1. `npm publish --dry-run`, publint (strict) and Are the Types Wrong (ESM-only profile);
// 2. custom-elements.json describes the shipped files: every module path is a packed
//    `dist/*.js` with its `.d.ts`, each custom element has exactly one definition and
//    nothing else has one; the generated integrations are packed and name the five tags;
//    each React wrapper registers only what its element's own entry registers; the typings name
//    no package the package does not depend on; THIRD-PARTY-NOTICES.txt holds the licence of
//    every package the CDN build carries;
// 3. the README's tarball install works as written, and in that install the framework types
//    check real pages: a strict TSX page (`tsc`, exactOptionalPropertyTypes) and a Vue SFC
//    (`vue-tsc --strictTemplates` with `"types": ["news-widgets/vue"]`, as the README sets it
//    up) using the wrappers and the tags with ordinary HTML attributes, ARIA, `data-*`, `slot`,
//    native events, kebab-case attributes and `news-*` events with typed `e.detail`; each page's
//    `@ts-expect-error` / `@vue-expect-error` lines (a misspelt name, a wrong value, a wrong
//    use of an event's detail, a read-only member set) fail the check when they type-check; a
//    page checked against lib ES2021 type-checks; the README's React page of tags type-checks
//    and, bundled by esbuild, defines its element.
// Home-made as glue only: each check is a maintained tool or a plain assertion on its output.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {parseAst} from 'rollup/parseAst';
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';

const root = resolve('.');
const bin = (name) => join(root, 'node_modules/.bin', name);
const problems = [];
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
/** Runs a command; its output becomes a problem when it fails. Returns whether it passed. */
const check = (label, cmd, args, cwd) => {
  try {
    run(cmd, args, cwd);
    return true;
  } catch (error) {
    problems.push(`${label}:\n${error.stdout ?? ''}${error.stderr ?? ''}`.trim());
    return false;
  }
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

// 1. Publishing tools (the dry run packs without logging in; npm only warns about that).
const packed = JSON.parse(run('npm', ['publish', '--dry-run', '--json', '--ignore-scripts', '--tag', 'dry-run']))[pkg.name];
const files = new Set(packed.files.map((f) => f.path));
const lint = await publint({pkgDir: root, strict: true, level: 'suggestion', pack: false});
for (const message of lint.messages) problems.push(`publint (${message.type}): ${formatMessage(message, pkg)}`);
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
const reactEntries = tags.map((tag) => `./react/${tag}.js`);
// One tarball for attw and the install below, packed without its prepack build (done already).
const tarball = `${pkg.name}-${pkg.version}.tgz`;
const dir = mkdtempSync(join(tmpdir(), 'news-widgets-package-'));
process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir]);
check('attw', bin('attw'), [join(dir, tarball), '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--include-entrypoints', ...reactEntries]);

// 2. The manifest and the integrations.
const isModulePath = (path) => /^dist\/.*\.js$/.test(path);
for (const module of manifest.modules) {
  if (!isModulePath(module.path)) problems.push(`custom-elements.json: module path ${module.path} is not a shipped dist/*.js`);
  else if (!files.has(module.path) || !files.has(module.path.replace(/\.js$/, '.d.ts'))) problems.push(`custom-elements.json: ${module.path} or its .d.ts is not packed`);
}
const references = JSON.stringify(manifest).match(/"module":"[^"]*"/g) ?? [];
for (const reference of new Set(references)) {
  const path = JSON.parse(`{${reference}}`).module;
  if (!files.has(path)) problems.push(`custom-elements.json refers to ${path}, which is not packed`);
}
const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
for (const definition of definitions) {
  if (!tags.includes(definition.name)) problems.push(`custom-elements.json defines "${definition.name}", which is no element's tag`);
}
for (const tag of tags) {
  const count = definitions.filter((d) => d.name === tag).length;
  if (count !== 1) problems.push(`custom-elements.json has ${count} definitions of <${tag}>`);
}
if (tags.length !== 5) problems.push(`custom-elements.json declares ${tags.length} elements, not 5: ${tags.join(', ')}`);
const vsCodeTags = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8')).tags;
const html = vsCodeTags.map((t) => t.name);
const webTypeElements = JSON.parse(readFileSync(pkg['web-types'], 'utf8')).contributions.html.elements;
// An editor offers an attribute's values from its type: a type's name (WrittenNumber) offered as one is typed into the page.
for (const {name, attributes = []} of vsCodeTags) {
  for (const attribute of attributes) for (const {name: value} of attribute.values ?? []) if (/^[A-Z]/.test(value)) problems.push(`VS Code custom data offers "${value}" as <${name} ${attribute.name}>'s value`);
}
if (JSON.stringify(webTypeElements).includes('WrittenNumber')) problems.push('web-types types an attribute WrittenNumber, which no editor knows');
const webTypes = webTypeElements.map((e) => e.name);
// An empty link in a JetBrains editor's popup: a link goes somewhere or is left out.
for (const {name, 'doc-url': url} of webTypeElements) if (url !== undefined && !/^https:\/\//.test(url)) problems.push(`web-types gives <${name}> the doc-url "${url}"`);
for (const [label, names] of [
  ['VS Code custom data', html],
  ['web-types', webTypes],
]) {
  if (names.slice().sort().join() !== tags.slice().sort().join()) problems.push(`${label} names ${names.join(', ')}, not the manifest's tags`);
}
for (const entry of reactEntries) if (!pkg.exports[entry]) problems.push(`package.json exports lacks ${entry}`);
for (const file of [pkg['web-types'], pkg.jsdelivr, pkg.unpkg, pkg.exports['./news-widgets.min.js'].types, pkg.exports['./vue'].types, pkg.exports['./svelte'].types, ...reactEntries.map((e) => `./dist${e.slice(1)}`)]) {
  if (!files.has(file.replace(/^\.\//, ''))) problems.push(`package lacks ${file}`);
}

// The typings name only packages the package depends on: under an install that hoists nothing
// (npm's linked strategy, pnpm without hoisting, Yarn PnP) another one is not there (tsc infers
// `import("lit-html")` for a return type left to it; `lit` re-exports what it names). The
// package itself, and a framework's integration its framework (`dist/vue/` names vue), are there.
const typed = new Set([pkg.name, ...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]);
for (const file of [...files].filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  for (const [, name] of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']((?:@[^/"']+\/)?[^./"'][^/"']*)/g)) {
    if (!typed.has(name) && !name.startsWith('node:') && !file.startsWith(`dist/${name}/`)) problems.push(`${file} names ${name}, which is not among the package's dependencies`);
  }
}

// The CDN build's third-party notices: packed, with the licence of every package whose code its
// chunks carry (read from their source maps, apart from the plugin that writes the file).
const notices = 'dist/THIRD-PARTY-NOTICES.txt';
if (!files.has(notices)) problems.push(`package lacks ${notices}`);
else {
  const text = readFileSync(notices, 'utf8');
  const carried = new Set();
  for (const map of [...files].filter((f) => /^dist\/news-widgets.*\.min\.js\.map$/.test(f))) {
    for (const source of JSON.parse(readFileSync(map, 'utf8')).sources) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1];
      if (name) carried.add(name);
    }
  }
  if (!carried.size) problems.push('no source map of the CDN build names a package: the notices check reads nothing');
  // Each package's section opens with its name, version and licence: `lit-html 3.3.3 (BSD-3-Clause)`.
  const titles = text.split('\n').filter((line) => / \S+ \(/.test(line));
  for (const name of carried) if (!titles.some((line) => line.startsWith(`${name} `))) problems.push(`${notices} lacks the licence of ${name}, whose code the CDN build carries`);
  if (!text.includes('Copyright © 1991-2025 Unicode, Inc.')) problems.push(`${notices} lacks CLDR's Unicode licence`);
}

// React: a per-element wrapper registers what its element's own entry does, not all five.
const registrations = new Map(definitions.map((d) => [manifest.modules.find((m) => m.exports?.includes(d)).path, d.name]));
const registered = (entry) => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const node of parseAst(readFileSync(file, 'utf8')).body) {
      const from = node.source?.value;
      if (from?.startsWith('.')) visit(join(dirname(file), from));
    }
  };
  visit(entry);
  return [...seen].map((file) => registrations.get(file)).filter(Boolean).sort();
};
for (const definition of definitions) {
  const own = manifest.modules.find((m) => m.exports?.includes(definition)).path;
  const wrapper = registered(`dist/react/${definition.name}.js`);
  if (wrapper.join() !== registered(own).join()) problems.push(`news-widgets/react/${definition.name}.js registers ${wrapper.join(', ')}, not what ${own} does`);
}

// 3. The README's tarball install, used by a Vue project.
const readme = readFileSync('README.md', 'utf8');
if (!readme.includes(`npm install ./${tarball}`)) problems.push(`README does not show \`npm install ./${tarball}\``);
{
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'vue-consumer', private: true, type: 'module'}));
  const dev = pkg.devDependencies;
  check('README install line', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', `./${tarball}`], dir);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', `vue@${dev.vue}`, `react@${dev.react}`, `@types/react@${dev['@types/react']}`], dir);

  // React: the wrappers' props, and the tags used directly (React 19 sets unknown names as
  // attributes and listens to `on<event-name>`).
  writeFileSync(
    join(dir, 'react.tsx'),
    `import {NewsArticleCard} from 'news-widgets/react/news-article-card.js';
import {NewsFeed as NewsFeedWrapper} from 'news-widgets/react/news-feed.js';
import {NewsHeaderBar} from 'news-widgets/react/news-header-bar.js';
import {inZone as cdnInZone, type NewsFeedElement as CdnFeedElement} from 'news-widgets/news-widgets.min.js';
import 'news-widgets/react';
import {WeatherError, type NewsFeed, type NewsItem} from 'news-widgets';
declare const feed: NewsFeed;
declare const item: NewsItem;
export const failedWeather = (e: GlobalEventHandlersEventMap['news-weather-error']) => e.detail.error instanceof WeatherError && e.detail.error.kind;
declare const notYet: NewsFeed | undefined;
export const wrapper = <NewsArticleCard headline="Hi" href="/a" imagePriority="high" onNewsArticleClick={(e) => e.detail.item.title} />;
// @ts-expect-error: not a priority
export const wrongWrapper = <NewsArticleCard imagePriority="urgent" />;
// The wrappers take what the tags take: numbers and booleans as text, written numbers as a site writes them.
export const textWrappers = <><NewsFeedWrapper limit="6" refresh={300} /><NewsHeaderBar latitude="33,57" longitude="\u22127,59" hijriOffset="-\u0661" hijri="false" /></>;
// @ts-expect-error: items is read-only (@lit/react would set it and throw)
export const readOnlyWrapper = <NewsFeedWrapper items={[]} />;
// @ts-expect-error: reload is a method, not a prop
export const methodWrapper = <NewsFeedWrapper reload={() => Promise.resolve()} />;
// @ts-expect-error: Lit's updateComplete is read-only (@lit/react would set it and throw)
export const litGetterWrapper = <NewsFeedWrapper updateComplete={Promise.resolve(true)} />;
// @ts-expect-error: Lit's requestUpdate is a method, not a prop
export const litMethodWrapper = <NewsFeedWrapper requestUpdate={() => {}} />;
export const refWrapper = <NewsFeedWrapper ref={(el) => void el?.reload()} onNewsFeedLoad={(e) => e.detail.feed.items.length} className="wide" />;
// @ts-expect-error: not a number
export const notNumberWrapper = <NewsFeedWrapper limit="six" />;
export const direct = (
  <news-header-bar id="bar" city="Rabat" weather={{temperature: 21, weatherCode: 1, isDay: true}} weather-refresh={600} hijri-offset="-1"
    onnews-weather-load={(e) => e.detail.weather.temperature}>
    <news-language-switcher slot="end" variant="menu" href-template="/{lang}/" onnews-locale-change={(e) => e.detail.locale.toUpperCase()} />
    <news-feed id="latest" className="wide" title="Latest" hidden={false} lang="fr" dir="rtl" role="region" tabIndex={0} inert={false}
      aria-label="Latest" data-track="feed" part="feed" onClick={(e) => e.clientX} src="/feed.json" layout="list" limit={6}
      heading-level={3} max-items="50" onnews-feed-load={(e) => e.detail.feed.items.length} onnews-article-click={(e) => e.detail.item.title} />
    <news-feed feed={feed} headingLevel={3} maxItems={50} />
    <news-article-card item={item} image-alt="" image-priority="high" variant="hero" />
    <news-related current="/a" exclude-shown limit={4} max-bytes={65536} onnews-feed-error={(e) => e.detail.error.kind} />
    {/* As in the README's HTML: numbers as text, a boolean as "false"; a feed not loaded yet (exactOptionalPropertyTypes). */}
    <news-feed limit="6" feed={notYet} src={undefined} />
    <news-header-bar latitude="33.57" longitude="-7.59" hijri="false" />
    {/* As the README writes them: a decimal comma, a minus sign, Arabic-Indic digits. */}
    <news-header-bar latitude="33,57" longitude="\u22127,59" hijri-offset="-\u0661" />
    <news-language-switcher persist="false" regional-names="false" />
  </news-header-bar>
);
document.querySelector('news-feed')!.feed = notYet;
// @ts-expect-error: not a number
export const notNumber = <news-feed limit="six" />;
// @ts-expect-error: not a boolean
export const notBoolean = <news-header-bar hijri="no" />;
export const booleanText = <news-header-bar hijri="true" />;
// @ts-expect-error: a misspelt property
export const misspelt = <news-feed headingLevl={3} />;
// @ts-expect-error: not a heading level
export const wrongAttribute = <news-feed heading-level="three" />;
// @ts-expect-error: the load event's detail has a feed, not items
export const wrongDetail = <news-feed onnews-feed-load={(e) => e.detail.items} />;
// @ts-expect-error: items is read-only
export const readOnly = <news-feed items={[]} />;
// The CDN loader's types: the element classes' names are types too, and inZone keeps a Date a Date.
export const loaderTypes = async (el: CdnFeedElement): Promise<Date> => (el.limit, cdnInZone(new Date(), 'Africa/Casablanca'));
`,
  );
  const reactConfig = {target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], jsx: 'react-jsx', strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: false, types: []};
  writeFileSync(join(dir, 'tsconfig.react.json'), JSON.stringify({compilerOptions: reactConfig, files: ['react.tsx']}));
  check('tsc on a strict React page using news-widgets/react and the tags directly', bin('tsc'), ['-p', 'tsconfig.react.json'], dir);
  // A page checked against an older lib (Lit's own starter's ES2021) reads the typings too.
  writeFileSync(join(dir, 'older-lib.ts'), `import 'news-widgets/news-feed.js';\nexport {parseFeed, loadFeed, WeatherError, FeedError} from 'news-widgets';\nexport type {NewsFeedElement} from 'news-widgets/news-widgets.min.js';\n`);
  const olderLib = {...reactConfig, target: 'ES2021', lib: ['ES2021', 'DOM', 'DOM.Iterable'], jsx: undefined};
  writeFileSync(join(dir, 'tsconfig.older-lib.json'), JSON.stringify({compilerOptions: olderLib, files: ['older-lib.ts']}));
  check('tsc on a page checked against lib ES2021', bin('tsc'), ['-p', 'tsconfig.older-lib.json'], dir);
  // The README's page of tags used directly, as written: it type-checks, and bundled (esbuild
  // drops an import made for its effect alone, unless the package names it) it defines the element.
  const tagsSample = /```tsx\n(import 'news-widgets';[^`]*?onnews-feed-load[^`]*?)```/.exec(readme)?.[1];
  if (!tagsSample) problems.push('README lacks its sample of the tags used directly in React');
  else {
    writeFileSync(join(dir, 'react-tags.tsx'), `${tagsSample.replace(/^<news-feed/m, 'export const page = <news-feed')}`);
    writeFileSync(join(dir, 'tsconfig.react-tags.json'), JSON.stringify({compilerOptions: reactConfig, files: ['react-tags.tsx']}));
    check('tsc on the README\'s React page of tags', bin('tsc'), ['-p', 'tsconfig.react-tags.json'], dir);
    if (check('esbuild on the README\'s React page of tags', bin('esbuild'), ['react-tags.tsx', '--bundle', '--format=esm', '--jsx=automatic', '--log-level=error', '--outfile=react-tags.js'], dir)) {
      if (!/define\d*\(\s*["']news-feed["']/.test(readFileSync(join(dir, 'react-tags.js'), 'utf8'))) problems.push('the README\'s React page of tags, bundled, defines no <news-feed>');
    }
  }

  // Vue, set up as the README says.
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: ['news-widgets/vue']},
      vueCompilerOptions: {strictTemplates: true},
      include: ['*.vue'],
    }),
  );
  writeFileSync(
    join(dir, 'Page.vue'),
    `<script setup lang="ts">
import {useTemplateRef} from 'vue';
import 'news-widgets';
import type {NewsFeed, NewsItem} from 'news-widgets';
defineProps<{feed: NewsFeed; item: NewsItem}>();
const latest = useTemplateRef('latest');
function opened(event: CustomEvent<{item: NewsItem}>) {
  console.log(event.detail.item.title, latest.value?.shownItems.length);
}
function clicked(event: MouseEvent) {
  console.log(event.clientX);
}
</script>
<template>
  <news-header-bar id="bar" city="Rabat" :weather="{temperature: 21, weatherCode: 1, isDay: true}" :weather-refresh="600"
    @news-weather-load="(e) => e.detail.weather.temperature">
    <news-language-switcher slot="end" variant="menu" href-template="/{lang}/" @news-locale-change="(e) => e.detail.locale"></news-language-switcher>
    <news-feed ref="latest" key="latest" class="wide" style="color: red" id="latest" title="Latest" hidden lang="fr" dir="rtl" role="region"
      tabindex="0" inert part="feed" aria-label="Latest" data-track="feed" @click="clicked"
      src="/feeds/latest.json" :limit="6" layout="grid" :heading-level="3" :max-items="50"
      @news-feed-load="(e) => e.detail.feed.items.length" @news-article-click="opened"></news-feed>
    <news-feed :feed="feed" :headingLevel="3"></news-feed>
    <news-article-card :item="item" image-alt="" image-priority="high" variant="hero"></news-article-card>
    <news-related current="/a" exclude-shown :limit="4" @news-feed-error="(e) => e.detail.error.kind"></news-related>
    <!-- Static attributes as in the README's HTML: numbers as text, a boolean as "false". -->
    <news-feed src="/feeds/ar.json" limit="6" heading-level="3" max-items="50"></news-feed>
    <news-header-bar timezone="Africa/Casablanca" latitude="33.57" longitude="-7.59" hijri hijri-offset="-1"></news-header-bar>
    <news-header-bar latitude="33,57" longitude="−7,59" hijri-offset="-١"></news-header-bar>
    <news-language-switcher persist="false" :regional-names="false"></news-language-switcher>
  </news-header-bar>
  <!-- @vue-expect-error: a number, not a string -->
  <news-feed :limit="'two'"></news-feed>
  <!-- @vue-expect-error: a misspelt attribute -->
  <news-feed heading-levl="3"></news-feed>
  <!-- @vue-expect-error: the load event's detail has a feed, not items -->
  <news-feed @news-feed-load="(e) => e.detail.items"></news-feed>
  <!-- @vue-expect-error: items is read-only -->
  <news-feed :items="[]"></news-feed>
  <!-- @vue-expect-error: no such event -->
  <news-feed @news-feed-loaded="clicked"></news-feed>
</template>
`,
  );
  check('vue-tsc --strictTemplates on a Vue page using the tags', bin('vue-tsc'), ['-p', 'tsconfig.json'], dir);
}

if (problems.length) {
  console.error(`Package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Package check passed: npm publish --dry-run (${packed.files.length} files, ${(packed.size / 1024).toFixed(1)} KB), publint, attw, ` +
    `manifest (${manifest.modules.length} dist modules, ${definitions.length} definitions), React wrappers, integrations, README tarball install, React props and tags (tsc), Vue templates (vue-tsc --strictTemplates).`,
);
