/**
 * The lecturer's guide to a scenario: `buildGuide` turns a compiled scenario into a guide in one language
 * (model.ts), which `renderGuideMarkdown` and `renderGuideHtml` write out and `layoutGuide` lays out for
 * the game's print view. Pure TypeScript: no DOM, no file system.
 */
export { buildGuide } from './build.ts';
export { renderGuideHtml, escapeHtml } from './html.ts';
export { labelsOf, GUIDE_LABELS } from './labels.ts';
export { layoutGuide, GUIDE_TITLE_ID, type GuideNode, type GuideTag } from './layout.ts';
export { renderGuideMarkdown, escapeMarkdown } from './markdown.ts';
export type * from './model.ts';
