/**
 * Whether Lit applied @lit-labs/ssr-client's hydration support by itself. Lit calls the hook
 * the support module leaves on `globalThis` when its own code loads after it; `hydrate.ts`
 * imports this module right after the support module and before `lit`, so the hook Lit finds
 * is the one here, which notes the call. When Lit had loaded before (in the CDN build, from
 * the chunk every element shares; on an npm page, from an element imported first), nothing
 * calls it, and `hydrate.ts` hands Lit the support itself.
 */
type Support = (lit: {LitElement: unknown}) => void;
const scope = globalThis as {litElementHydrateSupport?: Support};

/** The support module's hook, as it left it. */
export const hydrateSupport = scope.litElementHydrateSupport;

let applied = false;
if (hydrateSupport) {
  scope.litElementHydrateSupport = (lit) => {
    applied = true;
    hydrateSupport(lit);
  };
}

/** Whether Lit called the hook. */
export const litAppliedSupport = (): boolean => applied;
