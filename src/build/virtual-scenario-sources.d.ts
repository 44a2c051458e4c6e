/**
 * The type of `virtual:klasdeur/scenario-sources`, emitted by src/build/scenariosPlugin.ts (its
 * `ScenarioSource`): the YAML text of every shipped scenario as its file holds it (comments kept).
 * Imported only by the scenario lab.
 */
declare module 'virtual:klasdeur/scenario-sources' {
  const sources: { id: string; file: string; title: { nl: string; en?: string }; text: string }[];
  export default sources;
}
