/**
 * The type of `virtual:klasdeur/scenarios`, the module src/build/scenariosPlugin.ts emits at build time:
 * the shipped scenarios and casts, checked and turned into plain JSON.
 */
declare module 'virtual:klasdeur/scenarios' {
  import type { Cast, Scenario } from '../core/scenario/schema.ts';

  const shipped: { scenarios: Scenario[]; casts: Cast[] };
  export default shipped;
}
