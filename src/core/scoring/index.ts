/** Scoring's public surface: the score and its parts, the class profile, the frame-of-reference question, the myth notes. */
export { isOverlooked, percentile, profileStrength, scoreLesson, type ScoreBreakdown, type ScoreParts } from './score.ts';
export { CLASS_PROFILE_LABELS, classProfileOf, type ClassProfile, type ClassProfileKey } from './classProfile.ts';
export { frameOfReferenceQuestion, type FrameOfReferenceQuestion } from './frameOfReference.ts';
export { mythNotes, type MythNote } from './mythNotes.ts';
