/**
 * The type of `virtual:klasdeur/scenarios`, the module src/build/scenariosPlugin.ts emits at build time:
 * the shipped scenarios, checked and compiled to plain JSON (machine config, content hash, data).
 */
declare module 'virtual:klasdeur/scenarios' {
  import type { CompiledScenario } from '../core/scenario/compile.ts';

  const shipped: { scenarios: CompiledScenario[] };
  export default shipped;
}
