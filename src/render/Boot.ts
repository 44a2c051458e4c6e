/**
 * The Boot scene: bakes every texture the classroom needs, once, from code (no image files, nothing
 * downloaded): the parts atlas (pupils' parts, furniture, clock hands) and one backdrop per kind of place.
 * Then it hands the first view model on to the Classroom scene.
 */
import { Renderer, Scene } from 'phaser';
import { bakeAtlas } from './art/atlas.ts';
import { furnitureParts } from './art/furnitureParts.ts';
import { pupilParts } from './art/pupilParts.ts';
import { bakeBackdrops } from './art/rooms.ts';
import type { ClassroomStart } from './Classroom.ts';
import { ATLAS } from './PupilFigure.ts';

export class Boot extends Scene {
  constructor() {
    super('Boot');
  }

  create(start: ClassroomStart): void {
    // One texture per batch: with several, software WebGL (llvmpipe) pays for every sampler the shader can
    // choose on every pixel; the classroom draws from one atlas anyway (measured: about a third more frames).
    if (this.renderer instanceof Renderer.WebGL.WebGLRenderer) this.renderer.renderNodes.setMaxParallelTextureUnits(1);
    if (!this.textures.exists(ATLAS)) {
      bakeAtlas(this.textures, ATLAS, [...pupilParts(), ...furnitureParts()]);
      bakeBackdrops(this.textures);
    }
    this.scene.start('Classroom', start);
  }
}
