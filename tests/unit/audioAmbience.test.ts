/**
 * The class's murmur as a function of restlessness (src/audio/ambience.ts): silent at 0, a smooth rising
 * curve up to its ceiling, heard only in the classroom; and its captions, which change with some hysteresis
 * so a class hovering round a threshold does not make them flicker.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMBIENCE, ambienceLevel, heardRestlessness, MURMUR_BANDS, murmurBand, murmurCaption, type MurmurBand } from '../../src/audio/ambience.ts';
import { captionFor } from '../../src/audio/cues.ts';

describe('the ambience level', () => {
  it('is silent for a calm class, and for anything that is not a restlessness', () => {
    expect(ambienceLevel(0)).toBe(0);
    expect(ambienceLevel(-0.3)).toBe(0);
    expect(ambienceLevel(Number.NaN)).toBe(0);
    expect(ambienceLevel(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('reaches its ceiling at full restlessness and stays there above it', () => {
    expect(ambienceLevel(1)).toBeCloseTo(AMBIENCE.ceiling);
    expect(ambienceLevel(7)).toBeCloseTo(AMBIENCE.ceiling);
    expect(AMBIENCE.ceiling).toBeLessThanOrEqual(1);
  });

  it('keeps a calm class quiet: a tenth of the way is well under a tenth of the level', () => {
    expect(ambienceLevel(0.1)).toBeLessThan(0.06 * AMBIENCE.ceiling);
    expect(ambienceLevel(0.5)).toBeGreaterThan(0.25 * AMBIENCE.ceiling);
  });

  it('rises with restlessness, and never jumps (a small step changes the level little)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.01, noNaN: true }), (r, step) => {
        const a = ambienceLevel(r);
        const b = ambienceLevel(Math.min(1, r + step));
        expect(b).toBeGreaterThanOrEqual(a);
        expect(b - a).toBeLessThanOrEqual(AMBIENCE.ceiling * AMBIENCE.exponent * step + 1e-12);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(AMBIENCE.ceiling);
      }),
    );
  });
});

describe('where the chatter is heard', () => {
  const class3a = [{ id: 'kobe' }] as never[];
  const going = { kind: 'continue' } as const;
  it('in the classroom, from the door to between the desks', () => {
    for (const place of ['klasdeur', 'bureau', 'tussen-de-banken'] as const) {
      expect(heardRestlessness({ place, restlessness: 0.4, pupils: class3a, prompt: going })).toBe(0.4);
    }
  });

  it('not in the staff room, the corridor or the playground, nor in an empty classroom, nor at the ending', () => {
    for (const place of ['lerarenkamer', 'gang', 'speelplaats', 'refter', 'schoolpoort'] as const) {
      expect(heardRestlessness({ place, restlessness: 0.9, pupils: class3a, prompt: going })).toBe(0);
    }
    expect(heardRestlessness({ place: 'bureau', restlessness: 0.9, pupils: [], prompt: going })).toBe(0);
    const ending = { kind: 'ending' as const, ending: 'gezien', title: '', narration: '', debrief: [] };
    expect(heardRestlessness({ place: 'klasdeur', restlessness: 0.9, pupils: class3a, prompt: ending })).toBe(0);
  });
});

describe('the murmur captions', () => {
  /** The captions a sequence of restlessness values gives, starting from a quiet class. */
  function captions(levels: number[]): string[] {
    let band: MurmurBand = 0;
    const said: string[] = [];
    for (const level of levels) {
      const next = murmurBand(band, level);
      const key = murmurCaption(band, next);
      if (key) said.push(key);
      band = next;
    }
    return said;
  }

  it('says when the chatter starts, when it grows loud and when the class falls quiet', () => {
    expect(captions([0, 0.3, 0.6, 0.3, 0.05])).toEqual(['murmur', 'murmurLoud', 'quiet']);
    expect(captionFor('murmur').nl).toBe('Geroezemoes in de klas');
  });

  it('jumps straight to "loud" when a calm class erupts', () => {
    expect(captions([0, 0.8])).toEqual(['murmurLoud']);
  });

  it('does not flicker for a class hovering round a threshold', () => {
    const hovering = [0.52, 0.56, 0.5, 0.57, 0.48, 0.56, 0.47];
    expect(captions([0.3, ...hovering])).toEqual(['murmur', 'murmurLoud']);
    const nearSilence = [0.16, 0.12, 0.16, 0.11, 0.15];
    expect(captions(nearSilence)).toEqual(['murmur']);
  });

  it('leaves a band only below its own lower edge', () => {
    expect(murmurBand(2, MURMUR_BANDS.loud.leave)).toBe(2);
    expect(murmurBand(2, MURMUR_BANDS.loud.leave - 0.01)).toBe(1);
    expect(murmurBand(1, MURMUR_BANDS.murmur.leave)).toBe(1);
    expect(murmurBand(1, MURMUR_BANDS.murmur.leave - 0.01)).toBe(0);
    expect(murmurBand(0, Number.NaN)).toBe(0);
  });
});
