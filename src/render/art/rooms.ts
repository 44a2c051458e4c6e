/**
 * The backdrops, one per kind of place, each baked once into its own canvas texture at the world's size (a
 * larger bake made the camera's close-ups sharper but cost a third of the frame rate on software WebGL):
 * the classroom for the door, the desk and among the desks (the camera moves), and the corridor, the school gate,
 * the refter, the staff room and the playground.
 */
import type { Textures } from 'phaser';
import type { Place } from '../../core/scenario/vocabulary.ts';
import { classroom } from './classroomBackdrop.ts';
import { corridor, playground, refter, schoolGate, staffRoom } from './placeBackdrops.ts';
import { H, W } from './roomPieces.ts';
import type { Ctx } from './shapes.ts';

export const BACKDROP_RESOLUTION = 1;

export type Backdrop = 'klas' | 'gang' | 'schoolpoort' | 'refter' | 'lerarenkamer' | 'speelplaats';

export const backdropFor = (place: Place): Backdrop =>
  place === 'klasdeur' || place === 'bureau' || place === 'tussen-de-banken' ? 'klas' : place;

const DRAWERS: Readonly<Record<Backdrop, (ctx: Ctx) => void>> = {
  klas: classroom,
  gang: corridor,
  schoolpoort: schoolGate,
  refter,
  lerarenkamer: staffRoom,
  speelplaats: playground,
};

export const BACKDROPS = Object.keys(DRAWERS) as Backdrop[];
export const backdropKey = (backdrop: Backdrop) => `room:${backdrop}`;

/** Bakes every backdrop into its own canvas texture. */
export function bakeBackdrops(textures: Textures.TextureManager): void {
  for (const backdrop of BACKDROPS) {
    const texture = textures.createCanvas(backdropKey(backdrop), W * BACKDROP_RESOLUTION, H * BACKDROP_RESOLUTION);
    if (!texture) throw new Error(`could not create the backdrop ${backdrop}`);
    const ctx = texture.getContext();
    ctx.save();
    ctx.scale(BACKDROP_RESOLUTION, BACKDROP_RESOLUTION);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    DRAWERS[backdrop](ctx);
    ctx.restore();
    texture.refresh();
  }
}
