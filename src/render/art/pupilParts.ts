/**
 * The parts a pupil is built from, for both levels: head (with neck and ears), hair in three layers per style,
 * hood, torso front and back (full, and cut at the desk for seated figures), legs, arms in their poses (sleeve
 * and hand apart), the face parts the mood selects, glasses, the speech bubble and a sheet of paper. Skin, hair,
 * clothes and headscarf parts are drawn white with grey shading and tinted per pupil, so a few hundred frames
 * cover every look. The drawing lives in faceParts, hairParts and bodyParts; this module lists the frames.
 */
import { HAIR_STYLES, LEVELS } from '../../core/scenario/vocabulary.ts';
import type { Part } from './atlas.ts';
import { ARMS, armPart, drawLegs, drawTorso } from './bodyParts.ts';
import { BUILDS, DESK_BAND } from './build.ts';
import { BROWS, drawBrows, drawEyes, drawGlasses, drawHead, drawMouth, EYES, MOUTHS } from './faceParts.ts';
import { frameName, headPart } from './frames.ts';
import { drawHair, drawHood } from './hairParts.ts';
import { ellipse, line, poly, rect } from './shapes.ts';

export { ARMS, DESK_ARMS, type ArmFrame } from './bodyParts.ts';
export { type BrowsFrame, type EyesFrame, type MouthFrame } from './faceParts.ts';
export { frameName } from './frames.ts';

function bubble(): Part {
  return {
    name: 'bubble',
    width: 44,
    height: 36,
    anchorX: 8,
    anchorY: 34,
    draw(ctx) {
      poly(ctx, [[2, -12], [0, -1], [12, -12]], '#ffffff', '#5a4a3b', 1.4);
      rect(ctx, -4, -33, 38, 23, 9, '#ffffff', '#5a4a3b', 1.4);
      poly(ctx, [[3, -11.5], [11, -11.5], [3, -5]], '#ffffff');
      for (const x of [5, 15, 25]) ellipse(ctx, x, -21.5, 2.6, 2.6, '#5a4a3b');
    },
  };
}

function paper(): Part {
  return {
    name: 'paper',
    width: 44,
    height: 24,
    anchorX: 22,
    anchorY: 12,
    draw(ctx) {
      poly(ctx, [[-17, -7], [15, -9], [18, 6], [-15, 8]], '#fbf8f0', '#9b8b78', 1);
      for (let i = 0; i < 4; i++) line(ctx, [[-12, -4 + i * 3.2], [11, -5.5 + i * 3.2]], '#b9c6d8', 0.9);
    },
  };
}

/** Every pupil part for both levels. */
export function pupilParts(): Part[] {
  const parts: Part[] = [bubble(), paper()];
  for (const level of LEVELS) {
    const b = BUILDS[level];
    parts.push(headPart(frameName('head', 'front', level), b, (ctx) => drawHead(ctx, b, level, true)));
    parts.push(headPart(frameName('head', 'back', level), b, (ctx) => drawHead(ctx, b, level, false)));
    parts.push(headPart(frameName('hood', 'up', level), b, (ctx) => drawHood(ctx, b)));
    parts.push(headPart(frameName('glasses', 'on', level), b, (ctx) => drawGlasses(ctx, b)));
    for (const style of HAIR_STYLES) {
      for (const layer of ['B', 'F', 'R'] as const) {
        parts.push(headPart(frameName(`hair${layer}`, style, level), b, (ctx) => drawHair(ctx, b, style, layer), 70));
      }
    }
    for (const kind of EYES) parts.push(headPart(frameName('eyes', kind, level), b, (ctx) => drawEyes(ctx, b, kind), 0));
    for (const kind of BROWS) parts.push(headPart(frameName('brows', kind, level), b, (ctx) => drawBrows(ctx, b, kind), 0));
    for (const kind of MOUTHS) parts.push(headPart(frameName('mouth', kind, level), b, (ctx) => drawMouth(ctx, b, kind), 0));
    for (const view of ['front', 'back'] as const) {
      parts.push({
        name: frameName('torso', view, level),
        width: b.shoulderW + 8,
        height: b.torsoH + 12,
        anchorX: b.shoulderW / 2 + 4,
        anchorY: 4,
        draw: (ctx) => drawTorso(ctx, b, level, view),
      });
      // Seated, the desk hides the torso below its back edge: that part is cut off (a little margin for leaning).
      parts.push({
        name: frameName('torso', `${view}-seated`, level),
        width: b.shoulderW + 8,
        height: b.torsoH - DESK_BAND + 12,
        anchorX: b.shoulderW / 2 + 4,
        anchorY: 4,
        draw: (ctx) => drawTorso(ctx, b, level, view),
      });
    }
    parts.push({ name: frameName('legs', 'stand', level), width: b.shoulderW, height: b.legH + 16, anchorX: b.shoulderW / 2, anchorY: 8, draw: (ctx) => drawLegs(ctx, b) });
    for (const pose of ARMS) {
      parts.push(armPart(b, level, pose, 'sleeve'));
      parts.push(armPart(b, level, pose, 'hand'));
    }
  }
  return parts;
}
