/**
 * The greys every tinted part is drawn in before tinting (white fill, light shading, a grey outline: once
 * multiplied by a pupil's colour they become that colour, a shade of it, and a darker edge), and the few
 * colours of the untinted face parts.
 */
export const WHITE = '#ffffff';
export const SHADE = '#e8e8e8';
export const SHADE2 = '#d2d2d2';
export const LINE = '#8f8f8f';
export const EDGE = 1.3;
export const INK = '#2b2118';
export const LIP = '#5b2320';
