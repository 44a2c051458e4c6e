/**
 * From what the view model says about a pupil to how the figure holds itself: which face parts (mood),
 * which arms, where the head and body sit (posture), which view (front, or the back for a pupil turned away),
 * and which small motion loops while the state holds (stage direction). Pure: the same pupil view gives the
 * same pose; PupilFigure applies it and motions.ts animates it.
 */
import type { Mood, Posture, PupilView } from '../core/session/view.ts';
import type { ArmFrame, BrowsFrame, EyesFrame, MouthFrame } from './art/pupilParts.ts';
import type { Mode } from './layout.ts';

export type Motion = 'none' | 'wave' | 'whisper' | 'chat' | 'fidget' | 'call' | 'laugh' | 'work' | 'talk';

export interface Pose {
  view: 'front' | 'back';
  /** Up to two arms; a negative side mirrors the frame. */
  arms: { frame: ArmFrame; side: 1 | -1 }[];
  eyes: EyesFrame;
  /** Mirror the eyes (the side glance looks right by default). */
  eyesLeft: boolean;
  brows: BrowsFrame;
  mouth: MouthFrame;
  hood: boolean;
  paper: boolean;
  /** Head offset from the neck base (units), tilt (degrees) and turn (−1 left … 1 right) of the face. */
  head: { x: number; y: number; angle: number; turn: number };
  /** Body offset (units) and lean (degrees). */
  body: { x: number; y: number; angle: number };
  motion: Motion;
  bubble: boolean;
}

export interface PoseContext {
  mode: Mode;
  /** Which side the desk neighbour is on. */
  neighbour: -1 | 1;
  /** One of the restless pupils chatting without a stage direction. */
  chatting: boolean;
}

const FACE: Readonly<Record<Mood, { eyes: EyesFrame; brows: BrowsFrame; mouth: MouthFrame }>> = {
  happy: { eyes: 'open', brows: 'up', mouth: 'smile' },
  neutral: { eyes: 'open', brows: 'neutral', mouth: 'neutral' },
  bored: { eyes: 'half', brows: 'flat', mouth: 'flat' },
  upset: { eyes: 'open', brows: 'angry', mouth: 'frown' },
};

/** Seated arms on the desk and their standing equivalents. */
const STANDING_ARMS: Readonly<Record<ArmFrame, ArmFrame>> = {
  'rest-l': 'hang',
  'rest-r': 'hang',
  crossed: 'hang-cross',
  chin: 'hang',
  whisper: 'hang-whisper',
  write: 'hang',
  up: 'hang-up',
  hang: 'hang',
  'hang-up': 'hang-up',
  'hang-cross': 'hang-cross',
  'hang-whisper': 'hang-whisper',
};

const REST: Pose['arms'] = [
  { frame: 'rest-l', side: 1 },
  { frame: 'rest-r', side: 1 },
];

/** Actions that need the face, so they turn a pupil who had turned away back toward the room. */
const FACING: ReadonlySet<string> = new Set(['roepen', 'lachen', 'vinger-op', 'kletsen', 'fluisteren']);

function basePose(mood: Mood): Pose {
  const face = FACE[mood];
  return {
    view: 'front',
    arms: REST,
    eyes: face.eyes,
    eyesLeft: false,
    brows: face.brows,
    mouth: face.mouth,
    hood: false,
    paper: false,
    head: { x: 0, y: 0, angle: 0, turn: 0 },
    body: { x: 0, y: 0, angle: 0 },
    motion: 'none',
    bubble: false,
  };
}

function applyPosture(pose: Pose, posture: Posture, mood: Mood, side: -1 | 1, headDrop: number): void {
  switch (posture) {
    case 'upright':
      return;
    case 'leaning':
      // Half engaged: most pupils, most of the time. Bored, it is the chin in the hand; otherwise a relaxed slouch.
      if (mood === 'bored') {
        pose.arms = [
          { frame: 'chin', side: 1 },
          { frame: 'rest-l', side: 1 },
        ];
        pose.head = { x: 3, y: 6, angle: 10, turn: 0.2 };
        pose.body = { x: 1, y: 8, angle: 3 };
      } else {
        pose.head = { x: side * 1.5, y: 3, angle: -side * 5, turn: -side * 0.15 };
        pose.body = { x: side * 2, y: 5, angle: side * 3.5 };
      }
      return;
    case 'slumped':
      pose.arms = [{ frame: 'crossed', side: 1 }];
      pose.head = { x: -3, y: headDrop, angle: -16, turn: -0.3 };
      pose.body = { x: 0, y: 14, angle: 0 };
      pose.eyes = pose.eyes === 'half' ? 'shut' : 'half';
      pose.brows = 'flat';
      return;
    case 'turned-away':
      pose.view = 'back';
      pose.head = { x: -side * 5, y: 3, angle: -side * 14, turn: 0 };
      pose.body = { x: -side * 6, y: 3, angle: -side * 7 };
      return;
  }
}

/**
 * The pose of a pupil. `headDrop` is how far the head sinks onto the arms when slumped (it depends on the
 * level's torso length, which the caller knows).
 */
export function poseOf(pupil: PupilView, context: PoseContext, headDrop: number): Pose {
  const pose = basePose(pupil.mood);
  const side = context.neighbour;
  const doing = pupil.doing;
  const posture: Posture = pupil.posture === 'turned-away' && doing && FACING.has(doing) ? 'upright' : pupil.posture;
  applyPosture(pose, posture, pupil.mood, side, headDrop);

  const towardNeighbour = () => {
    pose.head = { x: side * 5, y: pose.head.y, angle: side * 9, turn: side * 0.85 };
    pose.body = { ...pose.body, angle: side * 4 };
    pose.eyes = 'side';
    pose.eyesLeft = side < 0;
  };

  switch (doing) {
    case 'vinger-op':
      pose.arms = [
        { frame: 'up', side: 1 },
        { frame: 'rest-r', side: 1 },
      ];
      pose.head = { x: 1, y: 0, angle: 3, turn: 0 };
      pose.body = { x: 0, y: -2, angle: -2 };
      pose.eyes = 'open';
      pose.brows = pupil.mood === 'upset' ? 'neutral' : 'up';
      if (pose.mouth === 'frown' || pose.mouth === 'flat') pose.mouth = 'neutral';
      pose.motion = 'wave';
      break;
    case 'fluisteren':
      towardNeighbour();
      pose.arms = [
        { frame: 'whisper', side },
        { frame: side > 0 ? 'rest-l' : 'rest-r', side: 1 },
      ];
      pose.mouth = 'whisper';
      pose.motion = 'whisper';
      break;
    case 'kletsen':
      towardNeighbour();
      pose.arms = REST;
      pose.mouth = 'talk';
      pose.brows = pupil.mood === 'upset' ? 'angry' : 'up';
      pose.motion = 'chat';
      break;
    case 'roepen':
      pose.arms = REST;
      pose.mouth = 'open';
      pose.eyes = 'wide';
      pose.brows = pupil.mood === 'upset' ? 'angry' : 'up';
      pose.head = { x: 0, y: 6, angle: 0, turn: 0 };
      pose.body = { x: 0, y: 5, angle: 0 };
      pose.motion = 'call';
      break;
    case 'wiebelen':
      // Tilted on the chair even when still (reduced motion), rocking otherwise.
      pose.eyes = pose.eyes === 'half' ? 'half' : 'side';
      pose.eyesLeft = side > 0;
      pose.body = { ...pose.body, x: -side * 2, angle: -side * 5 };
      pose.head = { ...pose.head, angle: side * 4 };
      pose.motion = 'fidget';
      break;
    case 'werken':
      pose.arms = [
        { frame: 'write', side: 1 },
        { frame: 'rest-l', side: 1 },
      ];
      pose.paper = true;
      pose.eyes = 'down';
      pose.head = { x: 0, y: 7, angle: 2, turn: 0 };
      pose.body = { x: 0, y: 4, angle: 0 };
      if (pose.mouth === 'smile' || pose.mouth === 'frown') pose.mouth = 'neutral';
      pose.motion = 'work';
      break;
    case 'wegkijken': {
      const away = (-side) as -1 | 1;
      pose.head = { x: away * 4, y: pose.head.y, angle: away * 7, turn: away * 0.9 };
      pose.eyes = 'side';
      pose.eyesLeft = away < 0;
      if (pose.view === 'front' && pose.mouth === 'smile') pose.mouth = 'neutral';
      break;
    }
    case 'terugtrekken':
      pose.view = 'front';
      pose.hood = true;
      pose.arms = [{ frame: 'crossed', side: 1 }];
      pose.eyes = 'down';
      pose.brows = 'worried';
      pose.mouth = 'flat';
      pose.head = { x: 0, y: 6, angle: -5, turn: -0.2 };
      pose.body = { x: 0, y: 7, angle: 0 };
      break;
    case 'lachen':
      pose.eyes = 'closed';
      pose.brows = 'up';
      pose.mouth = 'laugh';
      pose.head = { x: 0, y: -1, angle: -6, turn: 0 };
      pose.motion = 'laugh';
      break;
    default:
      if (!doing && context.chatting && pose.view === 'front' && posture !== 'slumped') {
        towardNeighbour();
        pose.mouth = 'talk';
        pose.motion = 'chat';
      }
  }

  if (pupil.speaking) {
    pose.bubble = true;
    if (pose.view === 'front' && !['open', 'laugh', 'whisper', 'talk'].includes(pose.mouth)) pose.mouth = 'talk';
    if (pose.motion === 'none') pose.motion = 'talk';
  }

  if (context.mode === 'standing') {
    pose.arms = pose.arms.map((arm) => ({ frame: STANDING_ARMS[arm.frame], side: arm.side }));
    pose.arms = pose.arms.filter((arm, i) => pose.arms.findIndex((other) => other.frame === arm.frame) === i);
    if (pose.arms.some((arm) => arm.frame !== 'hang') && pose.arms.length > 1) pose.arms = pose.arms.filter((arm) => arm.frame !== 'hang');
    pose.paper = false;
    if (posture === 'slumped') pose.head = { x: 0, y: 6, angle: 10, turn: 0 };
    pose.body = { ...pose.body, y: Math.min(pose.body.y, 2) };
  }
  return pose;
}
