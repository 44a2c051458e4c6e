/**
 * Where things stand in the 960×540 world: the classroom's simple perspective (a depth `s` per row, 1 at the
 * front row, shrinking toward the back wall; lateral positions in units `u` from the room's centre line),
 * the seats in cast order (front row first, left to right, in duo desks), the door's place in the left wall,
 * and for the other places the slots where the pupils who do something stand or sit. Pure functions of the
 * place and the number of pupils; the scene reads them, the backdrops are drawn with the same numbers.
 */
import type { Place } from '../core/scenario/vocabulary.ts';

export const WORLD_WIDTH = 960;
export const WORLD_HEIGHT = 540;

/** Screen y of the floor at depth s, and the screen x of lateral position u there. */
export const floorY = (s: number) => 9 + 553 * s;
export const screenX = (u: number, s: number) => WORLD_WIDTH / 2 + u * s;
/** Height of a desk's top above the floor, in units. */
export const DESK_HEIGHT = 70;
export const deskTopY = (s: number) => floorY(s) - DESK_HEIGHT * s;

export const ROOM_HALF_WIDTH = 470;
export const BACK_WALL_S = 0.56;
/** The classroom door in the left wall, between two depths; the walkers' way in. */
export const DOOR = { sBack: 0.62, sFront: 0.8, height: 300 } as const;
export const DOOR_S = (DOOR.sBack + DOOR.sFront) / 2;
/** The aisle between the left wall and the first desks. */
export const AISLE_U = -428;

const PAIR_GAP = 300;
const SEAT_GAP = 112;
const COLUMNS = 6;

export type Mode = 'seated' | 'standing';

export interface Slot {
  /** Lateral position and depth. */
  u: number;
  s: number;
  /** Row from the back (0) to the front; draw order. */
  row: number;
  mode: Mode;
  /** Which way the neighbour sits, for whispering: −1 left, 1 right. */
  neighbour: -1 | 1;
}

export interface FurnitureItem {
  frame: string;
  u: number;
  s: number;
  row: number;
  /** Horizontal stretch (long tables). */
  stretch?: number;
}

export interface Layout {
  slots: Slot[];
  furniture: FurnitureItem[];
  /** Chairs behind every seat, also the empty ones. */
  chairs: { u: number; s: number; row: number }[];
  rows: number;
}

export const isClassroom = (place: Place) => place === 'klasdeur' || place === 'bureau' || place === 'tussen-de-banken';

/** Row depths from the back to the front. */
function depths(rows: number, front: number, back: number): number[] {
  if (rows === 1) return [front];
  return Array.from({ length: rows }, (_, i) => back + ((front - back) * i) / (rows - 1));
}

/** The classroom: duo desks in rows of six, seat i in cast order from the front row, left to right. */
export function classroomLayout(pupils: number): Layout {
  const rows = Math.max(4, Math.ceil(pupils / COLUMNS));
  const s = depths(rows, 1, rows > 4 ? 0.6 : 0.64);
  const slots: Slot[] = [];
  const chairs: Layout['chairs'] = [];
  const furniture: FurnitureItem[] = [];
  for (let seat = 0; seat < rows * COLUMNS; seat++) {
    const fromFront = Math.floor(seat / COLUMNS);
    const row = rows - 1 - fromFront;
    const column = seat % COLUMNS;
    const pair = Math.floor(column / 2);
    const within = column % 2;
    const u = (pair - 1) * PAIR_GAP + (within - 0.5) * SEAT_GAP;
    const depth = s[row]!;
    chairs.push({ u, s: depth, row });
    if (seat < pupils) slots.push({ u, s: depth, row, mode: 'seated', neighbour: within === 0 ? 1 : -1 });
    if (within === 0) furniture.push({ frame: `desk:${(seat * 7 + row) % 3}`, u: (pair - 1) * PAIR_GAP, s: depth, row });
  }
  return { slots, furniture, chairs, rows };
}

/** A little deterministic jitter so groups outside don't stand in ranks. */
const jitter = (i: number, amount: number) => (((i * 7919) % 13) / 12 - 0.5) * amount;

/** Standing slots for the pupils who take part, in up to three staggered rows. */
function standingLayout(count: number, loose: boolean): Layout {
  const perRow = count <= 5 ? count : count <= 12 ? Math.ceil(count / 2) : Math.ceil(count / 3);
  const rows = Math.max(1, Math.ceil(count / Math.max(1, perRow)));
  const s = depths(rows, 0.93, rows === 3 ? 0.7 : 0.78);
  const slots: Slot[] = [];
  for (let i = 0; i < count; i++) {
    const fromFront = Math.floor(i / perRow);
    const row = rows - 1 - fromFront;
    const inRow = Math.min(perRow, count - fromFront * perRow);
    const k = i % perRow;
    const spacing = Math.min(150, 760 / Math.max(1, inRow));
    const stagger = fromFront % 2 === 1 ? spacing / 2 : 0;
    const u = (k - (inRow - 1) / 2) * spacing + stagger + (loose ? jitter(i, 40) : 0);
    slots.push({ u, s: s[row]! + (loose ? jitter(i + 3, 0.04) : 0), row, mode: 'standing', neighbour: k % 2 === 0 ? 1 : -1 });
  }
  return { slots, furniture: [], chairs: [], rows };
}

/** The refter: long tables, pupils seated behind them with a tray. */
function refterLayout(count: number): Layout {
  const perRow = Math.min(6, Math.max(1, Math.ceil(count / Math.ceil(count / 6 || 1))));
  const rows = Math.max(1, Math.ceil(count / perRow));
  const s = depths(rows, 0.98, 0.72);
  const slots: Slot[] = [];
  const furniture: FurnitureItem[] = [];
  for (let row = 0; row < rows; row++) furniture.push({ frame: 'table', u: 0, s: s[row]!, row, stretch: 3.9 });
  for (let i = 0; i < count; i++) {
    const fromFront = Math.floor(i / perRow);
    const row = rows - 1 - fromFront;
    const inRow = Math.min(perRow, count - fromFront * perRow);
    const k = i % perRow;
    const u = (k - (inRow - 1) / 2) * 124;
    slots.push({ u, s: s[row]!, row, mode: 'seated', neighbour: k % 2 === 0 ? 1 : -1 });
    furniture.push({ frame: 'tray', u, s: s[row]!, row });
  }
  return { slots, furniture, chairs: [], rows };
}

/** Slots for `count` pupils at `place`: every seat in the classroom, only those who take part elsewhere. */
export function layoutFor(place: Place, count: number): Layout {
  if (isClassroom(place)) return classroomLayout(count);
  if (place === 'lerarenkamer') return { slots: [], furniture: [], chairs: [], rows: 0 };
  if (place === 'refter') return refterLayout(count);
  return standingLayout(count, place === 'speelplaats' || place === 'schoolpoort');
}

export interface CameraSpot {
  x: number;
  y: number;
  zoom: number;
}

/** Where the teacher stands shows as the camera: near the door, at the desk, among the desks. */
export function cameraFor(place: Place): CameraSpot {
  switch (place) {
    case 'klasdeur':
      return { x: 418, y: 300, zoom: 1.15 };
    case 'tussen-de-banken':
      return { x: 480, y: 312, zoom: 1.3 };
    default:
      return { x: WORLD_WIDTH / 2, y: WORLD_HEIGHT / 2, zoom: 1 };
  }
}

/** Draw order: each row owns a band of ten depths (chair, body, desk, arms on the desk). */
export const DEPTH = {
  chair: (row: number) => 10 + row * 10,
  body: (row: number) => 11 + row * 10,
  desk: (row: number) => 15 + row * 10,
  front: (row: number) => 16 + row * 10,
  foreground: 800,
  bubble: 900,
} as const;
