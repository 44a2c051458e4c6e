/**
 * The scenario lab's pure part: checking a lecturer's text (check.ts), the list of its problems
 * (problemList.ts), the scenario as a graph (graph.ts) laid out for drawing (layout.ts), the group's
 * choices over it (overlay.ts), and a lab scenario's name (name.ts). The DOM side is src/ui/lab.
 */
export { checkLabPaths, checkLabText, type LabCheck, type LabCheckOptions } from './check.ts';
export { beatNode, endingNode, graphOf, incidentNode, type LabEdge, type LabEdgeKind, type LabGraph, type LabNode, type LabNodeKind } from './graph.ts';
export { layoutGraph, shorten, type LaidOutGraph, type PlacedEdge, type PlacedNode } from './layout.ts';
export { labNameOf } from './name.ts';
export { overlayOf, type GroupOverlay } from './overlay.ts';
export { gatherProblems, markedLines, problemList, tallyOf, type ProblemItem, type ProblemTally, type ShownProblem } from './problemList.ts';
