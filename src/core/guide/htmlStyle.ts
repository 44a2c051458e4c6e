/**
 * The stylesheet inside a standalone guide (html.ts): readable on screen, and on paper A4 with a serif
 * body, sans-serif headings and a page break before the script and before the endings. No fonts or
 * images from elsewhere: the file is complete on its own and works offline.
 */
export const GUIDE_STYLESHEET = `
@page { size: A4; margin: 18mm 17mm 20mm; }
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1f1a16; font: 11pt/1.5 Georgia, 'Times New Roman', 'Liberation Serif', serif; }
.guide { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1, h2, h3, h4, h5, .guide__kicker, .guide__facts, .guide__meta, .guide__note, .guide__stage {
  font-family: system-ui, 'Segoe UI', 'Liberation Sans', Helvetica, Arial, sans-serif;
}
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.8rem; padding-bottom: 0.2rem; border-bottom: 2px solid #8a4b24; }
h3 { font-size: 1.12rem; margin: 1.4rem 0 0.4rem; }
h4 { font-size: 0.98rem; margin: 1rem 0 0.3rem; }
h5 { font-size: 0.9rem; margin: 0.8rem 0 0.3rem; }
p { margin: 0.4rem 0; }
.guide__kicker { margin: 0; font-size: 0.78rem; letter-spacing: 0.06em; text-transform: uppercase; color: #5a4a3b; }
.guide__summary { font-size: 1.05rem; }
.guide__facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.9rem; margin: 0.4rem 0; font-size: 0.88rem; }
.guide__facts dt { font-weight: 600; color: #5a4a3b; }
.guide__facts dd { margin: 0; }
.guide__facts dd .guide__line, .guide__reaction-narration { display: block; font-family: Georgia, 'Times New Roman', 'Liberation Serif', serif; }
.guide__statement { margin: 0.5rem 0; padding-left: 1rem; border-left: 4px solid #8a4b24; font-size: 1.2rem; font-style: italic; }
.guide__note, .guide__meta, .guide__place { color: #5a4a3b; font-size: 0.9rem; font-weight: normal; }
.guide__person-extra { display: block; margin-left: 1rem; color: #5a4a3b; }
.guide__beat { margin-top: 1.4rem; border-top: 1px solid #e4d6bd; }
.guide__lines { margin: 0.5rem 0 0.5rem 1rem; padding-left: 0.8rem; border-left: 3px solid #e4d6bd; }
.guide__line { margin: 0.2rem 0; }
.guide__options { padding-left: 1.4rem; }
.guide__option { margin: 0.6rem 0 0.9rem; }
.guide__option-text { margin: 0 0 0.2rem; font-weight: 600; }
.guide__time-limit, .guide__incident { margin: 0.9rem 0; padding: 0.3rem 0.9rem 0.6rem; border: 1px solid #e4d6bd; border-radius: 0.4rem; }
.guide__incident { background: #fbf6ec; }
.guide__warning { color: #9b2c1c; font-weight: 600; }
.guide__condition { color: #2f5d50; }
.guide__link { color: #1d5fa8; }
@media print {
  body { font-size: 10.5pt; }
  .guide { max-width: none; padding: 0; }
  .guide__script, .guide__endings { break-before: page; page-break-before: always; }
  h1, h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
  .guide__option, .guide__line, .guide__time-limit, .guide__branch, .guide__note-item { break-inside: avoid; page-break-inside: avoid; }
  .guide__link { color: inherit; text-decoration: none; }
  .guide__incident { background: none; }
}
`;
