/**
 * Rendering: the classroom drawn from the view model (Phaser 4), with the pupils' names in the DOM over it.
 * Reads core/session's view model and never decides anything.
 */
export { mountClassroom, type ClassroomOptions, type ClassroomView } from './mount.ts';
