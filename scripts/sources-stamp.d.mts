/** Types of sources-stamp.mjs, for the corpora's Node runs (test/node/corpus-run.ts). */
export function sourcesStamp(): string;
