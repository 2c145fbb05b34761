/** Types of source-catalog.mjs, for the Node test that checks what it writes (test/node/source-catalog.node.ts). */
export function sourceCatalog(): {templates: Record<string, string>; notes: Record<string, string>};
