/**
 * Assignments (issue 10): a lecturer's link that says what to play and how. The shape and its limits
 * (assignment.ts), writing the link (link.ts), reading it back or refusing it (read.ts), and what an active
 * assignment does to the session's settings (session.ts). Pure: no DOM, no storage.
 */
export { cleanTitle, MAX_SITUATIONS, MAX_TITLE_LENGTH, titleLength, type Assignment, type FeedbackMode, type KnownIds } from './assignment.ts';
export { assignmentFragment, assignmentUrl } from './link.ts';
export { readAssignment, type AssignmentProblem, type AssignmentProblemCode, type AssignmentRefusal, type ReadAssignment } from './read.ts';
export { settingsToStore, withAssignment } from './session.ts';
