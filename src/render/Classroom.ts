/**
 * The Classroom scene: draws a view model and decides nothing. It owns the backdrop for the place, the
 * furniture of the layout (chairs only at empty seats), the camera at the teacher's place, the wall clock and
 * title sign, and keeping the DOM names layer over the heads; Pupils owns the figures. `show(view)` is
 * idempotent and cheap when little changed, so it can run after every event.
 */
import { Scene, type GameObjects, type Time, type Tweens } from 'phaser';
import type { ViewModel } from '../core/session/view.ts';
import { RESOLUTION } from './art/atlas.ts';
import { DESK_LEGS } from './art/furnitureParts.ts';
import { BACKDROP_RESOLUTION, backdropFor, backdropKey, type Backdrop } from './art/rooms.ts';
import { cameraFor, DEPTH, deskTopY, isClassroom, layoutFor, screenX, WORLD_HEIGHT, WORLD_WIDTH, type CameraSpot, type Layout } from './layout.ts';
import type { NameLayer } from './NameLayer.ts';
import { ATLAS } from './PupilFigure.ts';
import { Pupils } from './Pupils.ts';
import { pupilsInSight } from '../core/session/narration.ts';
import { labelOf, stateWords } from '../core/session/stateWords.ts';
import { TitleSign } from './TitleSign.ts';
import { WallClock } from './WallClock.ts';

export interface ClassroomStart {
  view: ViewModel;
  reducedMotion: boolean;
  names: NameLayer;
  /** Called once the scene has drawn its first view. */
  ready: (scene: Classroom) => void;
}

export class Classroom extends Scene {
  private start!: ClassroomStart;
  private pupils!: Pupils;
  private backdrop!: GameObjects.Image;
  private teacherDesk!: GameObjects.Image;
  private clock!: WallClock;
  private sign!: TitleSign;
  private furniture: GameObjects.Image[] = [];
  private chairs: GameObjects.Image[] = [];
  private layoutKey = '';
  private shownBackdrop: Backdrop | undefined;
  private camera: CameraSpot = { x: WORLD_WIDTH / 2, y: WORLD_HEIGHT / 2, zoom: 1 };
  private cameraTween: Tweens.Tween | undefined;
  private idleTimer: Time.TimerEvent | undefined;

  constructor() {
    super('Classroom');
  }

  init(start: ClassroomStart): void {
    this.start = start;
  }

  create(): void {
    const { names, reducedMotion } = this.start;
    this.pupils = new Pupils(this, reducedMotion, (id, visible) => names.setVisible(id, visible));
    this.backdrop = this.add.image(0, 0, backdropKey('klas')).setOrigin(0).setScale(1 / BACKDROP_RESOLUTION).setDepth(0);
    this.teacherDesk = this.add.image(WORLD_WIDTH + 6, WORLD_HEIGHT + 4, ATLAS, 'teacher-desk').setScale(0.62 / RESOLUTION).setDepth(DEPTH.foreground);
    this.clock = new WallClock(this, 480, 128, reducedMotion);
    this.sign = new TitleSign(this, 340, 100);
    if (!reducedMotion) this.idleTimer = this.time.addEvent({ delay: 450, loop: true, callback: () => this.pupils.idleTick() });
    this.show(this.start.view);
    this.events.on('postupdate', () => {
      this.placeNames();
      this.showChairs();
    });
    this.events.once('shutdown', () => this.teardown());
    this.start.ready(this);
  }

  /** Draws `view`; cheap when little changed. */
  show(view: ViewModel): void {
    const place = view.place;
    const backdrop = backdropFor(place);
    const classroom = isClassroom(place);
    const newPlace = this.shownBackdrop !== backdrop;
    if (newPlace) {
      this.backdrop.setTexture(backdropKey(backdrop));
      this.shownBackdrop = backdrop;
    }
    this.clock.setVisible(classroom);
    this.sign.setVisible(classroom);
    this.teacherDesk.setVisible(place === 'bureau');
    this.clock.show(view.clock);
    this.sign.show(view.title);

    // Who is in sight is core's rule, so the picture and the live region never disagree.
    const taking = pupilsInSight(view);
    const layout = layoutFor(place, taking.length);
    this.setFurniture(`${backdrop}:${taking.length}`, layout);
    this.pupils.show(view, taking, layout);

    const names = this.start.names;
    const placed = taking.slice(0, layout.slots.length);
    names.setLang(view.lang);
    names.setPupils(
      placed.map((pupil) => ({ id: pupil.id, name: pupil.name, state: stateWords(pupil, view.lang), label: labelOf(pupil, view.lang) })),
      classroom ? 6 : 0,
    );
    for (const pupil of placed) names.setVisible(pupil.id, !!this.pupils.actors.get(pupil.id)?.figure.visible);
    this.moveCamera(cameraFor(place), newPlace || this.start.reducedMotion);
  }

  private setFurniture(key: string, layout: Layout): void {
    if (key === this.layoutKey) return;
    this.layoutKey = key;
    for (const item of this.furniture) item.destroy();
    this.furniture = [];
    this.chairs = [];
    const base = 1 / RESOLUTION;
    const add = (frame: string, x: number, y: number, scaleX: number, scaleY: number, depth: number) => {
      const image = this.add.image(x, y, ATLAS, frame).setScale(scaleX * base, scaleY * base).setDepth(depth);
      this.furniture.push(image);
      return image;
    };
    for (const chair of layout.chairs) {
      this.chairs.push(add('chair', screenX(chair.u, chair.s), deskTopY(chair.s) - 24 * chair.s, chair.s, chair.s, DEPTH.chair(chair.row)));
    }
    for (const item of layout.furniture) {
      const { s, u, row } = item;
      const x = screenX(u, s);
      const y = deskTopY(s);
      if (item.frame === 'tray') {
        add('tray', x, y - 6 * s, s, s, DEPTH.front(row) - 0.5);
        continue;
      }
      const stretch = item.stretch ?? 1;
      const half = item.frame === 'table' ? 100 * stretch - 14 : DESK_LEGS.x;
      for (const side of [-1, 1]) add('desk-leg', x + side * half * s, y + DESK_LEGS.y * s, s, s, DEPTH.desk(row) - 0.5);
      if (item.frame !== 'table') add('desk-bar', x, y + DESK_LEGS.barY * s, (DESK_LEGS.barWidth / 24) * s, s, DEPTH.desk(row) - 0.5);
      add(item.frame, x, y, s * stretch, s, DEPTH.desk(row));
    }
  }

  /** Chairs show only at empty seats: behind a pupil the chair's back is hidden anyway, and would cost fill. */
  private showChairs(): void {
    this.chairs.forEach((chair, seat) => {
      const actor = this.pupils.seated[seat];
      chair.setVisible(!actor || !actor.figure.visible || actor.walking);
    });
  }

  private moveCamera(spot: CameraSpot, snap: boolean): void {
    const cam = this.cameras.main;
    const apply = () => {
      cam.setZoom(this.camera.zoom);
      cam.centerOn(this.camera.x, this.camera.y);
    };
    if (spot.x === this.camera.x && spot.y === this.camera.y && spot.zoom === this.camera.zoom) return apply();
    this.cameraTween?.stop();
    if (snap) {
      this.camera = { ...spot };
      return apply();
    }
    this.cameraTween = this.tweens.add({ targets: this.camera, x: spot.x, y: spot.y, zoom: spot.zoom, duration: 900, ease: 'Sine.easeInOut', onUpdate: apply });
  }

  /** Keeps each pupil's name element over its head, through camera moves, walks and resizes. */
  private placeNames(): void {
    const canvas = this.game.canvas;
    const scaleX = canvas.offsetWidth / WORLD_WIDTH;
    const scaleY = canvas.offsetHeight / WORLD_HEIGHT;
    if (!scaleX || !scaleY) return;
    const { x: cx, y: cy, zoom } = this.camera;
    const names = this.start.names;
    for (const [id, actor] of this.pupils.actors) {
      const figure = actor.figure;
      names.setVisible(id, figure.visible);
      if (!figure.visible) continue;
      if (actor.walking) figure.syncBubble();
      const head = figure.headWorld();
      const x = ((head.x - cx) * zoom + WORLD_WIDTH / 2) * scaleX + canvas.offsetLeft;
      const y = ((head.y - cy) * zoom + WORLD_HEIGHT / 2) * scaleY + canvas.offsetTop;
      const size = figure.build.headH * 1.15 * head.scale * zoom * scaleX;
      names.place(id, x, y, size);
    }
  }

  private teardown(): void {
    this.idleTimer?.remove(false);
    this.pupils.destroy();
    this.clock.destroy();
    this.sign.destroy();
  }
}
