import type {ArgTypes, SBType} from 'storybook/internal/types';

/** The parts of custom-elements.json (schema 2.x) that the docs table shows. */
interface Described {
  name: string;
  description?: string;
  default?: string;
  type?: {text?: string};
}
interface Member extends Described {
  kind: string;
  attribute?: string;
  readonly?: boolean;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes?: Described[];
  members?: Member[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}
/** custom-elements.json as imported (its JSON type is too wide to name the fields read here). */
export interface Manifest {
  modules: {declarations?: object[]}[];
}

/**
 * The control a manifest type gets: `string | undefined` a text field (Storybook reads the
 * whole union as an unknown type and offers a JSON editor, where `/feeds/fr.json` without
 * quotes is refused), a union of string literals a choice, anything else (a feed, an item)
 * a JSON editor.
 */
function controlType(text = ''): SBType {
  // A WrittenNumber is a number (its text may also be written as a site writes it).
  const members = text.split('|').map((part) => part.trim().replace(/^WrittenNumber$/, 'number')).filter((part) => part && part !== 'undefined');
  if (members.length === 1 && (members[0] === 'string' || members[0] === 'number' || members[0] === 'boolean')) {
    return {name: members[0]};
  }
  if (members.length && members.every((part) => /^'[^']*'$/.test(part))) {
    return {name: 'enum', value: members.map((part) => part.slice(1, -1))};
  }
  return {name: 'other', value: text};
}

function row(item: Described, category: string, type?: SBType): ArgTypes[string] {
  return {
    name: item.name,
    description: item.description,
    ...(type ? {type} : {control: {disable: true}}),
    table: {
      category,
      type: item.type?.text === undefined ? undefined : {summary: item.type.text},
      defaultValue: item.default === undefined ? undefined : {summary: item.default},
    },
  };
}

/**
 * The docs table of element `tagName`, from the manifest the README's tables come from.
 * Storybook's own reading keys every row by its bare name, so a part named like an attribute
 * (`headline`, `summary`, `image`, `date`, `author` on the card, `heading` on the lists, `city`
 * and `hijri` on the bar) replaced that attribute: its description and control were lost.
 * Here attributes keep their names (the stories' args use them) and parts, events, slots and
 * custom properties get keys of their own. Properties that have an attribute are left out,
 * as in the README; read-only ones (`items`) are shown without a control.
 */
export function argTypesFor(tagName: string, manifest: Manifest): ArgTypes {
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as Declaration[]);
  const element = declarations.find((declaration) => declaration.tagName === tagName);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.attribute || member.static || member.privacy) continue;
    argTypes[member.name] = member.readonly ? row(member, 'read-only properties') : row(member, 'properties', controlType(member.type?.text));
  }
  // defer-hydration is the server's and hydration's, not a designer's: described, no control.
  for (const attribute of element.attributes ?? []) argTypes[attribute.name] = row(attribute, 'attributes', attribute.name === 'defer-hydration' ? undefined : controlType(attribute.type?.text));
  for (const event of element.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events');
  for (const slot of element.slots ?? []) argTypes[`slot:${slot.name}`] = row({...slot, name: slot.name || '(default)'}, 'slots');
  for (const part of element.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts');
  for (const property of element.cssProperties ?? []) argTypes[`cssprop:${property.name}`] = row(property, 'css custom properties');
  return argTypes;
}

/**
 * Every custom property any element reads, once, as a control of the theming playground: a
 * colour picker for colours, a text field for the rest, each described as the manifest
 * describes it, with its default and the elements that read it. Empty is the element's default.
 */
export function themeArgTypes(manifest: Manifest): ArgTypes {
  // Elements only: the lists' shared base class (no tag) is read as <news-feed> and <news-related>.
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []) as Declaration[]).filter((element) => element.tagName);
  const readers = new Map<string, {property: Described; tags: string[]; defaults: Map<string, string[]>}>();
  for (const element of declarations) {
    for (const property of element.cssProperties ?? []) {
      const known = readers.get(property.name) ?? {property, tags: [], defaults: new Map<string, string[]>()};
      const tag = `<${element.tagName}>`;
      known.tags.push(tag);
      if (property.default !== undefined) known.defaults.set(property.default, [...(known.defaults.get(property.default) ?? []), tag]);
      readers.set(property.name, known);
    }
  }
  const argTypes: ArgTypes = {};
  for (const [name, {property, tags, defaults}] of readers) {
    // Each element's default where they differ (a card's surface is transparent, a list's status 5% of the text's colour).
    const summary = defaults.size > 1 ? [...defaults].map(([value, by]) => `${value} (${by.join(', ')})`).join(' · ') : [...defaults.keys()][0];
    argTypes[name] = {
      name,
      description: `${property.description ?? ''} Read by ${tags.join(', ')}.`,
      control: /color|weather-(sun|moon|cloud|rain|snow|dust)/.test(name) ? 'color' : 'text',
      table: {category: name.startsWith('--news-weather') ? 'weather' : /color/.test(name) ? 'colours' : 'shapes and type', defaultValue: summary === undefined ? undefined : {summary}},
    };
  }
  return argTypes;
}
