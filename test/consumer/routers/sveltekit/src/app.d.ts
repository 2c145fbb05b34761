// The tags' types for svelte-check, as the README sets them up.
/// <reference types="news-widgets/svelte" />
export {};
