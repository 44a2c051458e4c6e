/**
 * The one palette of the classroom (DESIGN §7): warm wood, soft walls, and the colours a pupil's look names.
 * Owns only colour values; the Dutch keys are the vocabulary's (src/core/scenario/vocabulary.ts), so a cast's
 * `skin: bruin` or `clothes: groen` lands here unchanged. Pupils' parts are baked white and tinted with these.
 */
import type { FullLook } from '../../core/session/looks.ts';

type Skin = FullLook['skin'];
type HairColour = FullLook['hairColour'];
type Clothes = FullLook['clothes'];

export const SKIN: Readonly<Record<Skin, number>> = {
  licht: 0xf7d9c4,
  lichtgetint: 0xeec19f,
  getint: 0xd9a077,
  bruin: 0xb27a50,
  donkerbruin: 0x8c5b3a,
  donker: 0x62412c,
};

export const HAIR: Readonly<Record<HairColour, number>> = {
  zwart: 0x2a211d,
  donkerbruin: 0x4d3224,
  bruin: 0x80522f,
  blond: 0xe0b96c,
  rood: 0xb8552c,
};

/** Eyebrows: a darker shade of the hair, so blond brows still read on light skin. */
export const BROWS: Readonly<Record<HairColour, number>> = {
  zwart: 0x1e1714,
  donkerbruin: 0x35221a,
  bruin: 0x5a3820,
  blond: 0x9a7a44,
  rood: 0x8a3c1e,
};

/** A headscarf has its own colour; derived from the hair colour the cast gives so it stays the same. */
export const SCARF: Readonly<Record<HairColour, number>> = {
  zwart: 0x2f3f6b,
  donkerbruin: 0x7d2f3c,
  bruin: 0x5f6b3a,
  blond: 0xcdb48f,
  rood: 0x6d4a7e,
};

export const CLOTHES: Readonly<Record<Clothes, number>> = {
  rood: 0xc9473c,
  blauw: 0x3f70b5,
  groen: 0x4b8a57,
  geel: 0xe3b23f,
  paars: 0x7d5ba6,
  grijs: 0x8d9299,
  oranje: 0xe17b36,
  zwart: 0x3a3a40,
};

/** Trousers for standing figures: picked per pupil from the id, never meaningful. */
export const TROUSERS = [0x34476b, 0x2d2d33, 0x5c6470, 0x8a7a5e, 0x3b5a7a] as const;

/** Room colours, as CSS strings for the 2D canvas the backdrops are baked on. */
export const ROOM = {
  wallBack: '#efe1c8',
  wallBackShade: '#e4d2b4',
  wallSide: '#e6d3b3',
  wallSideDark: '#d9c3a0',
  skirting: '#9b6a43',
  floor: '#c99a66',
  floorLine: '#b8875a',
  floorDark: '#a97a4f',
  ceiling: '#f4ead8',
  wood: '#b9773f',
  woodLight: '#d29456',
  woodDark: '#7f4d27',
  woodEdge: '#5e381c',
  metal: '#6f7479',
  metalLight: '#a3a8ad',
  door: '#3f7a8c',
  doorDark: '#2f5f6d',
  doorFrame: '#e8e2d6',
  glass: '#bfe0ea',
  glassLight: '#e3f3f7',
  sky: '#b9dcec',
  board: '#2f5d50',
  boardFrame: '#8d6a46',
  chalk: '#e9efe6',
  paper: '#fbf6ec',
  cork: '#c79a62',
  ink: '#2b2118',
  plant: '#5e9a5a',
  plantDark: '#3f7442',
  pot: '#c0643f',
  tile: '#d7d2c8',
  tileLine: '#c3bcaf',
  locker: '#5d8fb0',
  lockerDark: '#4a7796',
  brick: '#b9654a',
  brickLine: '#a3563e',
  grass: '#8cbf6a',
  asphalt: '#9a9a96',
  asphaltLine: '#efeae0',
  shadow: 'rgba(60, 35, 15, 0.18)',
} as const;

export const hex = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;
