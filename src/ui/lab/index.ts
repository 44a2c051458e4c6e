/**
 * The entry of the scenario lab, loaded on demand (`await import('./ui/lab/index.ts')` in main.ts), so the
 * editor (CodeMirror), the layout library (dagre) and the checker's worker stay out of the player's chunks.
 * Brings its own styles. `checkOnce` compiles a lab scenario's text when a playtest is resumed after a reload.
 */
import './lab.css';

export { checkOnce } from './checker.ts';
export { createLabScreen, type LabActions, type LabInput, type LabScreen } from './labScreen.ts';
