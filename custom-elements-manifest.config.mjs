// Custom elements manifest: the public API of the shipped package, and the editor and
// framework integrations generated from it (`npm run analyze`; `npm run build` runs it
// before tsc, which compiles the generated React wrappers).
// Nothing here names a component folder: paths and tags come from the sources.
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path/posix';
import {generateVsCodeCustomElementData} from 'custom-element-vs-code-integration';
import {generateJetBrainsWebTypes} from 'custom-element-jet-brains-integration';

/** tsc compiles `src/**.ts` to `dist/**.js` with a `.d.ts` beside each (tsconfig.build.json). */
const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');

/** Class name → shipped module that declares it. */
const classModules = new Map();

/** `from` → `to` as an import specifier. */
const specifier = (from, to) => {
  const path = relative(from, to);
  return path.startsWith('.') ? path : `./${path}`;
};

/** `class name#field name` → the literal its JSDoc `@default` gives. */
const documentedDefaults = new Map();

/**
 * Makes the manifest describe the package as shipped:
 * - public API only: private and protected members (including `@state` fields) are
 *   implementation, and the `emit()` helper's generic dispatch is not an event;
 * - module paths name the shipped `dist/*.js`, not `src/*.ts`, which is not published;
 * - each tag's `custom-element-definition` is the registration call that names it
 *   (`define('news-feed', NewsFeedElement)`), and the helper's own
 *   `customElements.define(tag, element)` is not a definition (a tag always has a hyphen);
 * - a field's JSDoc `@default` is its default, for the member and its attribute: the
 *   analyzer keeps an initializer's text (`limit = DEFAULT_LIMIT`), which tells a reader
 *   nothing, resolves it only for its member and only from an analyzed module, and then
 *   ignores `@default`; and an attribute whose own type or default is missing takes its
 *   field's.
 */
function shippedApi() {
  return {
    name: 'news-widgets-shipped-api',
    analyzePhase({ts, node, moduleDoc}) {
      if (ts.isPropertyDeclaration(node) && node.parent.name && ts.isIdentifier(node.name)) {
        const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'default');
        const value = typeof tag?.comment === 'string' ? tag.comment.trim() : undefined;
        if (value) documentedDefaults.set(`${node.parent.name.text}#${node.name.text}`, value);
      }
      // A registration: any call whose arguments are a literal tag and a class name.
      if (!ts.isCallExpression(node)) return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteral(tag) && tag.text.includes('-') && ts.isIdentifier(element)) {
        (moduleDoc.registrations ??= []).push({tag: tag.text, className: element.text});
      }
    },
    packageLinkPhase({customElementsManifest}) {
      const elements = new Map();
      for (const module of customElementsManifest.modules) {
        module.sourcePath = module.path;
        module.path = shipped(module.path);
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
          for (const member of declaration.members ?? []) {
            // The analyzer adds `| undefined` to an optional field's type, which may say it already (exactOptionalPropertyTypes).
            if (member.type?.text) member.type.text = member.type.text.replace(/( \| undefined)+/g, ' | undefined');
            const documented = documentedDefaults.get(`${declaration.name}#${member.name}`);
            if (documented) member.default = documented;
          }
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.type?.text) attribute.type.text = attribute.type.text.replace(/( \| undefined)+/g, ' | undefined');
            const field = declaration.members?.find((m) => m.kind === 'field' && m.name === attribute.fieldName);
            const documented = documentedDefaults.get(`${declaration.name}#${attribute.fieldName}`);
            if (documented) attribute.default = documented;
            else if (field?.default !== undefined) attribute.default = field.default;
            if (!attribute.type && field?.type) attribute.type = field.type;
          }
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('news-'));
          if (declaration.customElement && declaration.tagName) elements.set(declaration.name, declaration.tagName);
          classModules.set(declaration.name, module.path);
        }
      }
      familyFirst(customElementsManifest);
      // References to modules (superclasses, inherited members, exports) follow the paths;
      // a re-export from outside the analyzed files keeps its relative specifier: resolve it.
      const relink = (value, dir) => {
        if (Array.isArray(value)) return value.forEach((child) => relink(child, dir));
        if (!value || typeof value !== 'object') return;
        for (const [key, child] of Object.entries(value)) {
          if (key === 'module' && typeof child === 'string') value.module = child.startsWith('.') ? join(dir, child) : shipped(child);
          else relink(child, dir);
        }
      };
      for (const module of customElementsManifest.modules) {
        relink(module.declarations ?? [], dirname(module.path));
        relink(module.exports ?? [], dirname(module.path));
      }
      for (const module of customElementsManifest.modules) {
        const definitions = (module.registrations ?? [])
          .filter(({tag, className}) => elements.get(className) === tag)
          .map(({tag, className}) => ({
            kind: 'custom-element-definition',
            name: tag,
            declaration: {name: className, module: classModules.get(className)},
          }));
        delete module.registrations;
        // The analyzer's own definitions stay when they name a tag (a direct customElements.define('x-y', …)).
        const kept = (module.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
        const added = definitions.filter((d) => !kept.some((e) => e.kind === d.kind && e.name === d.name));
        module.exports = [...kept, ...added];
        if (!module.exports.length) delete module.exports;
      }
    },
  };
}

/**
 * Puts what an element's family shares first, in each list of its API (attributes, members,
 * events, parts, custom properties): the analyzer lists a class's own items, then inherited
 * ones. A family is a package class between the root and the element (`FeedListElement`: a
 * list's `src`, its reading limits), whose items a reader looks for first; what every element
 * shares (the root's `defer-hydration`) stays last. Otherwise the order is the analyzer's.
 */
function familyFirst(manifest) {
  const declarations = new Map(manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => [d.name, d])));
  for (const declaration of declarations.values()) {
    const family = declaration.superclass?.name;
    if (!declarations.get(family)?.superclass || !declarations.has(declarations.get(family).superclass.name)) continue;
    const group = (item) => (item.inheritedFrom ? (item.inheritedFrom.name === family ? 0 : 2) : 1);
    for (const list of ['attributes', 'members', 'events', 'cssParts', 'cssProperties']) {
      declaration[list]?.sort((a, b) => group(a) - group(b));
    }
  }
}

/**
 * The elements: each element class with its tag and the module that registers it (source
 * and shipped path).
 */
function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const definition of module.exports ?? []) {
      if (definition.kind !== 'custom-element-definition') continue;
      const declaration = manifest.modules
        .find((m) => m.path === definition.declaration.module)
        ?.declarations.find((d) => d.name === definition.declaration.name);
      if (declaration) elements.push({declaration, module: module.path, source: module.sourcePath});
    }
  }
  return elements;
}

const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());

/** The public fields a page may set: not static, not read-only (`items`, `shownItems`). */
const settableFields = (declaration) =>
  (declaration.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly)
    .map((m) => m.name)
    .sort();

/** The fields typed `WrittenNumber` (`latitude`, `hijriOffset`): their text may be any a site writes (`33,57`, `-١`). */
const writtenFields = (declaration) =>
  (declaration.members ?? [])
    .filter((m) => m.kind === 'field' && /\bWrittenNumber\b/.test(m.type?.text ?? ''))
    .map((m) => m.name)
    .sort();

/** `'a' | 'b'`, or `never` for none. */
const nameUnion = (names) => names.map((name) => `'${name}'`).join(' | ') || 'never';

/** What an attribute of `declaration` takes in a template: its field's {@link writeAttributeValue} type, any text for a written number. */
const attributeType = (declaration, attribute) =>
  `AttributeValue<${declaration.name}['${attribute.fieldName}']>${writtenFields(declaration).includes(attribute.fieldName) ? ' | string' : ''}`;

/** The doc comment of an element's type in a framework's templates: its tag and summary. */
const templateDoc = (declaration, framework) => `/** \`<${declaration.tagName}>\` in a ${framework} template${declaration.summary ? `: ${declaration.summary}` : ''} */`;

/** `Class, 'field' | …, 'event' | …, 'written' | …`: the element, its settable fields, its events and its written numbers, as the Vue and Svelte element types take them. */
function elementTypeArguments(declaration) {
  return `${declaration.name}, ${nameUnion(settableFields(declaration))}, ${nameUnion((declaration.events ?? []).map((e) => e.name))}, ${nameUnion(writtenFields(declaration))}`;
}

/**
 * Vue: `GlobalComponents` types for `vue-tsc --strictTemplates` (`news-widgets/vue`), in the
 * shape Vue's guide gives for custom elements ("Non-Vue Web Components and TypeScript"): a
 * constructor of the element whose `$props` are Vue's `HTMLAttributes` (global attributes,
 * ARIA, native events such as `@click`), `slot` and `data-*` (which vue-tsc camelCases for a
 * component: `dataX`), Vue's own `key`/`ref`/`class`/`style`, and the element's settable
 * fields; and whose `$emit` names its `news-*` events with their `GlobalEventHandlersEventMap`
 * types, so `@news-feed-load="(e) => e.detail.feed"` is typed and a misspelt event fails.
 * vue-tsc matches `heading-level` to `headingLevel` by itself.
 * Home-made as a writer only, like the React one: custom-element-vuejs-integration emitted
 * `DefineComponent<Props>` of the element's own members alone, so every ordinary attribute,
 * native event and `slot` failed, and it offered read-only getters as props.
 */
function writeVueTypes(elements, dir) {
  mkdirSync(dir, {recursive: true});
  const imports = elements.map(({declaration, module}) => `import type {${declaration.name}} from '${specifier(dir, module)}';`);
  const props = elements.map(({declaration}) =>
    [templateDoc(declaration, 'Vue'), `export type ${pascal(declaration.tagName)}VueElement = VueCustomElement<${elementTypeArguments(declaration)}>;`].join('\n'),
  );
  const components = elements.map(({declaration}) => `  '${declaration.tagName}': ${pascal(declaration.tagName)}VueElement;`);
  writeFileSync(
    `${dir}/index.d.ts`,
    [
      '// Generated by `npm run analyze` from custom-elements.json (custom-elements-manifest.config.mjs): do not edit.',
      "import type {EmitFn, HTMLAttributes, PublicProps} from 'vue';",
      "import type {Settable} from '../generated/attribute-value.js';",
      ...imports,
      '',
      '/** What every element takes besides its own fields: HTML and ARIA attributes, native events, `slot`, `data-*`. */',
      'export type ElementAttributes = HTMLAttributes & {',
      '  slot?: string;',
      '  [data: `data-${string}`]: unknown;',
      '  [data: `data${Capitalize<string>}`]: unknown;',
      '};',
      '',
      '/** A custom element for vue-tsc: its settable fields as props, its events for `@event`. */',
      'export type VueCustomElement<E extends HTMLElement, Fields extends keyof E, Events extends keyof GlobalEventHandlersEventMap, Written extends keyof E = never> = new () => E & {',
      '  /** @deprecated Template type checking only; not on the element. */',
      '  $props: ElementAttributes & Settable<E, Fields, Written> & PublicProps;',
      '  /** @deprecated Template type checking only; not on the element. */',
      '  $emit: EmitFn<{[K in Events]: (event: GlobalEventHandlersEventMap[K]) => void}>;',
      '};',
      '',
      ...props.flatMap((p) => [p, '']),
      'export interface CustomElements {',
      ...components,
      '}',
      '',
      "declare module 'vue' {",
      '  interface GlobalComponents extends CustomElements {}',
      '}',
      '',
    ].join('\n'),
  );
}

/**
 * Svelte: the tags' types for `svelte-check` (`news-widgets/svelte`), as Svelte's guide
 * types a custom element ("Enhancing built-in DOM types"): a `SvelteHTMLElements` entry per
 * tag in `svelte/elements`, made of Svelte's `HTMLAttributes` for that element (global
 * attributes, ARIA, `data-*`, `class`, `style`, `slot`, native events with `currentTarget`
 * typed), the element's settable fields (Svelte 5 sets a name the element has a setter for
 * as a property), its kebab-case attributes with their field's type (`heading-level={3}`),
 * and each `news-*` event both as Svelte 5 listens to it, `on` + its exact name
 * (`onnews-feed-load`), and as a legacy component does (`on:news-feed-load`).
 * svelte-check names any attribute a type does not, so a misspelt name is an error too.
 * Home-made as a writer only, like the Vue and React ones: no maintained generator writes
 * Svelte 5's event attributes from a manifest.
 */
function writeSvelteTypes(elements, dir) {
  mkdirSync(dir, {recursive: true});
  const imports = elements.map(({declaration, module}) => `import type {${declaration.name}} from '${specifier(dir, module)}';`);
  const types = elements.map(({declaration}) => {
    const attributes = (declaration.attributes ?? [])
      .filter((a) => a.name !== a.fieldName && a.fieldName)
      .map((a) => `  '${a.name}'?: ${attributeType(declaration, a)} | null;`);
    return [
      templateDoc(declaration, 'Svelte'),
      `export type ${pascal(declaration.tagName)}SvelteAttributes = SvelteCustomElement<${elementTypeArguments(declaration)}>${attributes.length ? ` & {\n${attributes.join('\n')}\n}` : ''};`,
    ].join('\n');
  });
  const tags = elements.map(({declaration}) => `    '${declaration.tagName}': ${pascal(declaration.tagName)}SvelteAttributes;`);
  writeFileSync(
    `${dir}/index.d.ts`,
    [
      '// Generated by `npm run analyze` from custom-elements.json (custom-elements-manifest.config.mjs): do not edit.',
      "import type {HTMLAttributes} from 'svelte/elements';",
      "import type {AttributeValue, Settable} from '../generated/attribute-value.js';",
      ...imports,
      '',
      '/** A listener of `event` on the element `T`, typed as Svelte types its own listeners. */',
      'export type SvelteEventListener<E extends Event, T extends EventTarget> = (event: E & {currentTarget: EventTarget & T}) => unknown;',
      '',
      '/** A custom element in a Svelte template: HTML attributes, its settable fields, its events as `onnews-*` and `on:news-*`. */',
      'export type SvelteCustomElement<E extends HTMLElement, Fields extends keyof E, Events extends keyof GlobalEventHandlersEventMap, Written extends keyof E = never> = HTMLAttributes<E> &',
      '  Settable<E, Fields, Written> & {',
      '    [K in Events as `on${K}`]?: SvelteEventListener<GlobalEventHandlersEventMap[K], E> | null;',
      '  } & {',
      '    [K in Events as `on:${K}`]?: SvelteEventListener<GlobalEventHandlersEventMap[K], E> | null;',
      '  };',
      '',
      ...types.flatMap((t) => [t, '']),
      "declare module 'svelte/elements' {",
      '  interface SvelteHTMLElements {',
      ...tags,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
}

/**
 * React: one module per element in `src/react/` (generated, git-ignored; tsc compiles it to
 * `news-widgets/react/<tag>.js`), each a `@lit/react` wrapper that registers only its own
 * element, with an `on<Event>` prop per event, and the JSX typing of its tag for direct use;
 * an index re-exports all five. Prop types come from the element classes themselves.
 * Home-made as a writer only: the wrapping is `@lit/react`'s (Lit's own, as Shoelace uses it),
 * so this writes a few lines per element; custom-element-react-wrappers would generate its own
 * wrapper code per element instead, a second implementation of what `@lit/react` does.
 */
function writeReactWrappers(elements, dir) {
  rmSync(dir, {recursive: true, force: true});
  mkdirSync(dir, {recursive: true});
  const header = '// Generated by `npm run analyze` from custom-elements.json (custom-elements-manifest.config.mjs): do not edit.\n';
  for (const {declaration, source} of elements) {
    const {name: className, tagName} = declaration;
    const events = (declaration.events ?? []).map(
      (event) => `    on${pascal(event.name)}: '${event.name}' as EventName<GlobalEventHandlersEventMap['${event.name}']>,`,
    );
    const fields = nameUnion(settableFields(declaration));
    // React 19 sets an unknown name as an attribute (its value as a string, `true` as "") and
    // adds a listener for a function under `on` + the event's exact name.
    const attributes = (declaration.attributes ?? [])
      .filter((a) => a.name !== a.fieldName && a.fieldName)
      .map((a) => `        '${a.name}'?: ${attributeType(declaration, a)};`);
    const written = nameUnion(writtenFields(declaration));
    const component = `${pascal(tagName)}Component`;
    const listeners = (declaration.events ?? []).map(
      (event) => `        'on${event.name}'?: (event: GlobalEventHandlersEventMap['${event.name}']) => void;`,
    );
    writeFileSync(
      `${dir}/${tagName}.ts`,
      [
        header,
        "import * as React from 'react';",
        `import {createComponent${events.length ? ', type EventName' : ''}} from '@lit/react';`,
        `import {${className}} from '${specifier(dir, source.replace(/\.ts$/, '.js'))}';`,
        "import type {AttributeValue, Settable} from '../generated/attribute-value.js';",
        '',
        `const ${component} = createComponent({`,
        '  react: React,',
        `  tagName: '${tagName}',`,
        `  elementClass: ${className},`,
        `  events: {${events.length ? `\n${events.join('\n')}\n  ` : ''}},`,
        '});',
        '',
        // @lit/react's props are every member of the element and of Lit's classes: a read-only
        // one (`items`, `updateComplete`) or a method (`reload`, `requestUpdate`) set as a prop
        // throws or is lost in the browser. Its settable fields only, taking their text as the tags do.
        `/** \`<${tagName}>\` for React${declaration.summary ? `: ${declaration.summary}` : ''} Registers the element. */`,
        `export const ${pascal(tagName)} = ${component} as React.ForwardRefExoticComponent<`,
        `  Omit<React.ComponentProps<typeof ${component}>, Exclude<keyof ${className}, keyof HTMLElement>> & Settable<${className}, ${fields}, ${written}>`,
        '>;',
        '',
        `/** JSX typing for \`<${tagName}>\` used directly in React. */`,
        "declare module 'react' {",
        '  // eslint-disable-next-line @typescript-eslint/no-namespace',
        '  namespace JSX {',
        '    interface IntrinsicElements {',
        `      '${tagName}': React.DetailedHTMLProps<React.HTMLAttributes<${className}>, ${className}> &`,
        `        Settable<${className}, ${fields}, ${written}> & {`,
        ...attributes,
        ...listeners,
        '      };',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  }
  const index = elements.map(({declaration}) => `export * from './${declaration.tagName}.js';`);
  writeFileSync(`${dir}/index.ts`, [header, ...index, ''].join('\n'));
}

/**
 * What the React, Vue and Svelte types share (`src/generated/attribute-value.ts`, compiled to
 * `dist/generated/`): the values a tag's attribute or field takes in a template.
 */
function writeAttributeValue(file) {
  writeFileSync(
    file,
    [
      '// Generated by `npm run analyze` (custom-elements-manifest.config.mjs): do not edit.',
      '/**',
      ' * What an attribute or field takes in a template (JSX, Vue, Svelte): its property\'s type, a',
      ' * number also as its text (`heading-level="3"`, `limit="6"`), a boolean also as the text HTML',
      ' * allows (`""`, `"true"`, and `"false"`, which the elements read as false), or undefined;',
      ' * the elements read text set on a property as they read their attributes.',
      ' */',
      'export type AttributeValue<T> = (T extends number ? T | `${T}` : T extends boolean ? T | \'\' | \'true\' | \'false\' : T) | undefined;',
      '',
      '/** The fields `Fields` of the element `E`, each optional and taking its {@link AttributeValue}; those in `Written` (typed `WrittenNumber`) any text too. */',
      "export type Settable<E, Fields extends keyof E, Written extends keyof E = never> = {[K in Fields]?: AttributeValue<E[K]> | (K extends Written ? string : never)};",
      '',
    ].join('\n'),
  );
}

/**
 * The package has no documentation site: web-types' `"doc-url": ""` (what the generator writes
 * without a `referenceTemplate`) would be an empty link in a JetBrains editor's popup; the key is
 * left out, and the popup shows the description alone.
 */
function withoutEmptyDocUrls(file) {
  const types = JSON.parse(readFileSync(file, 'utf8'));
  for (const element of types.contributions.html.elements) if (element['doc-url'] === '') delete element['doc-url'];
  writeFileSync(file, `${JSON.stringify(types, null, 2)}\n`);
}

/** Editor data and framework types, generated from the manifest so they can't drift from the sources. */
function integrations() {
  return {
    name: 'news-widgets-integrations',
    packageLinkPhase({customElementsManifest}) {
      const elements = elementsOf(customElementsManifest);
      // A WrittenNumber (a number, or one written in any digits: its type in the manifest) is a
      // number to an editor, which would otherwise offer the type's name as the attribute's one value.
      const editorTypes = (declaration) => JSON.parse(JSON.stringify(declaration), (key, value) => (key === 'text' && typeof value === 'string' ? value.replace(/\bWrittenNumber\b/g, 'number') : value));
      const documented = {schemaVersion: customElementsManifest.schemaVersion, modules: elements.map(({declaration, module}) => ({kind: 'javascript-module', path: module, declarations: [editorTypes(declaration)]}))};
      const options = {hideLogs: true};
      // Editors: VS Code custom data (its html.customData / css.customData settings) and
      // JetBrains web-types (found through package.json's `web-types`).
      generateVsCodeCustomElementData(documented, {...options, outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json'});
      generateJetBrainsWebTypes(documented, {...options, outdir: 'dist', webTypesFileName: 'web-types.json'});
      withoutEmptyDocUrls('dist/web-types.json');
      writeAttributeValue('src/generated/attribute-value.ts');
      writeVueTypes(elements, 'dist/vue');
      writeSvelteTypes(elements, 'dist/svelte');
      writeReactWrappers(elements, 'src/react');
      for (const module of customElementsManifest.modules) delete module.sourcePath;
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [shippedApi(), integrations()],
};
