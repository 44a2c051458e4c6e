/**
 * The Phaser game's configuration as plain data, and the one small function that starts a game in a host
 * element. A moderate internal resolution (960×540) scaled to fit the host keeps software WebGL within its
 * fill rate (shared/STACK-NOTES.md); AUTO picks WebGL and falls back to Canvas. Phaser has no audio (Howler
 * owns it) and no input (the DOM names layer and the play screen take the keyboard and pointer).
 */
import { AUTO, Game, Scale, type Types } from 'phaser';
import { Boot } from './Boot.ts';
import { Classroom, type ClassroomStart } from './Classroom.ts';
import { WORLD_HEIGHT, WORLD_WIDTH } from './layout.ts';

export const GAME_CONFIG = {
  type: AUTO,
  width: WORLD_WIDTH,
  height: WORLD_HEIGHT,
  backgroundColor: '#e9dcc6',
  banner: false,
  audio: { noAudio: true },
  input: { keyboard: false, mouse: false, touch: false, gamepad: false },
  render: {
    antialias: true,
    roundPixels: false,
    // The parts atlas is a power of two: mipmaps keep the back rows' small faces smooth.
    mipmapFilter: 'LINEAR_MIPMAP_LINEAR',
    powerPreference: 'default',
  },
  scale: {
    mode: Scale.FIT,
    autoCenter: Scale.CENTER_BOTH,
    expandParent: false,
    width: WORLD_WIDTH,
    height: WORLD_HEIGHT,
  },
} as const satisfies Types.Core.GameConfig;

/** Starts the game in `host`; the Boot scene bakes the textures and starts the Classroom with `start`. */
export function startGame(host: HTMLElement, start: ClassroomStart): Game {
  const game = new Game({ ...GAME_CONFIG, parent: host, scale: { ...GAME_CONFIG.scale, parent: host }, scene: [] });
  game.scene.add('Classroom', Classroom, false);
  game.scene.add('Boot', Boot, true, start);
  return game;
}
