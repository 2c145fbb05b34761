/**
 * Catalogs a site registers at run time (`registerLocale`), checked before `msg` serves them:
 * a site's catalog is data the library did not build, so what `lit-localize build` would have
 * refused is dropped here, with a warning, and the English source shows in its place. Loaded
 * with the first registered catalog only: pages that use the bundled ones never load it.
 */
import {str, type LocaleModule, type TemplateMap} from '@lit/localize';

/**
 * A language's UI strings: message id → translation, the shape of the catalogs in
 * `news-widgets/locales/*.js`. A translation is text, where `${0}`, `${1}`… stand for the
 * message's values in the English source's order (`"${0} דקות קריאה"`), or a
 * `str` template of `@lit/localize`.
 */
export interface LocaleCatalog {
  templates: Record<string, unknown>;
}

/** A catalog, or a function that loads one (`() => import('./he.js')`), called on the first switch to its language. */
export type LocaleCatalogSource = LocaleCatalog | (() => Promise<LocaleCatalog | {default: LocaleCatalog}>);

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many'];

/** A `str` result: strings around numbered values, as `lit-localize build` writes them. */
function isStr(template: unknown): boolean {
  const {strTag, strings, values} = (template ?? {}) as {strTag?: unknown; strings?: unknown; values?: unknown};
  return (
    strTag === true &&
    Array.isArray(strings) &&
    Array.isArray(values) &&
    strings.length === values.length + 1 &&
    strings.every((s) => typeof s === 'string') &&
    values.every((v) => Number.isInteger(v) && v >= 0)
  );
}

/**
 * `module`'s templates, ready for `msg`: text with `${n}` becomes a `str` result; anything
 * else that is neither text nor a `str` result is left out (English shows), with a warning;
 * a counted message without the form of a plural category takes its `.other` form.
 * @throws {TypeError} when `module` holds no object of templates.
 */
export function checkedCatalog(language: string, module: unknown): LocaleModule {
  const {templates} = ((module as {default?: LocaleCatalog})?.default ?? module ?? {}) as Partial<LocaleCatalog>;
  if (typeof templates !== 'object' || !templates || Array.isArray(templates)) {
    throw new TypeError(`news-widgets: the catalog registered for "${language}" is not an object with templates ({templates: {"feed.heading": "…"}}).`);
  }
  const checked: TemplateMap = {};
  const dropped: string[] = [];
  for (const [id, template] of Object.entries(templates)) {
    if (typeof template === 'string') {
      const parts = template.split(/\$\{(\d+)\}/);
      // Text with `${n}` becomes what @lit/localize's `str` tag makes of a template literal.
      const strings = parts.filter((_, i) => i % 2 === 0) as unknown as TemplateStringsArray;
      checked[id] = parts.length > 1 ? (str(strings, ...parts.filter((_, i) => i % 2).map(Number)) as TemplateMap[string]) : template;
    } else if (isStr(template)) checked[id] = template as TemplateMap[string];
    else dropped.push(id);
  }
  for (const id of Object.keys(checked)) {
    if (!id.endsWith('.other')) continue;
    for (const category of CATEGORIES) checked[id.replace(/other$/, category)] ??= checked[id];
  }
  if (dropped.length) console.warn(`news-widgets: the catalog registered for "${language}" has messages that are neither text nor str templates, shown in English: ${dropped.join(', ')}.`);
  return {templates: checked};
}
