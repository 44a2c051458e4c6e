/**
 * The type of `virtual:klasdeur/scenarios`, the module src/build/scenariosPlugin.ts emits at build time:
 * the shipped scenarios, checked and compiled, and the school years that chain them to plain JSON (machine config, content hash, data).
 */
declare module 'virtual:klasdeur/scenarios' {
  import type { CompiledScenario } from '../core/scenario/compile.ts';
  import type { SchoolYear } from '../core/scenario/schema.ts';

  const shipped: { scenarios: CompiledScenario[]; years: SchoolYear[] };
  export default shipped;
}
