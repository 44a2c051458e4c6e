/**
 * The sound files in assets/audio: each a PCM 16-bit mono WAV of the expected length, small in total; the
 * cues start and end in silence (no click), the murmur loops without a seam; and they are exactly what
 * scripts/generate-audio.mjs makes, so the committed files are never stale and the generator is deterministic.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const AUDIO = join(ROOT, 'assets/audio');

interface Wav {
  rate: number;
  channels: number;
  bits: number;
  format: number;
  samples: Float64Array;
}

/** Reads a canonical 44-byte-header PCM WAV (what the generator writes). */
function readWav(bytes: Buffer): Wav {
  expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
  expect(bytes.toString('ascii', 8, 12)).toBe('WAVE');
  expect(bytes.toString('ascii', 12, 16)).toBe('fmt ');
  expect(bytes.toString('ascii', 36, 40)).toBe('data');
  const length = bytes.readUInt32LE(40);
  expect(44 + length).toBe(bytes.length);
  expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
  const samples = new Float64Array(length / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(44 + 2 * i) / 32768;
  return { format: bytes.readUInt16LE(20), channels: bytes.readUInt16LE(22), rate: bytes.readUInt32LE(24), bits: bytes.readUInt16LE(34), samples };
}

const EXPECTED: Record<string, { min: number; max: number; loop?: boolean }> = {
  'bell.wav': { min: 1.8, max: 2.6 },
  'door.wav': { min: 0.6, max: 1.5 },
  'footsteps.wav': { min: 1.5, max: 3 },
  'murmur.wav': { min: 3, max: 8, loop: true },
  'choice.wav': { min: 0.4, max: 1.5 },
  'time-up.wav': { min: 0.4, max: 1.5 },
};

const files = readdirSync(AUDIO).filter((name) => name.endsWith('.wav'));
const wavs = new Map(files.map((name) => [name, readWav(readFileSync(join(AUDIO, name)))]));

describe('the committed sound files', () => {
  it('are the six sounds, under 600 kB together', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    const total = files.reduce((sum, name) => sum + readFileSync(join(AUDIO, name)).length, 0);
    expect(total).toBeLessThan(600_000);
  });

  it.each(Object.entries(EXPECTED))('%s is PCM 16-bit mono of the right length, peaking below full scale', (name, { min, max }) => {
    const wav = wavs.get(name)!;
    expect({ format: wav.format, channels: wav.channels, bits: wav.bits }).toEqual({ format: 1, channels: 1, bits: 16 });
    expect([16_000, 22_050]).toContain(wav.rate);
    const seconds = wav.samples.length / wav.rate;
    expect(seconds).toBeGreaterThanOrEqual(min);
    expect(seconds).toBeLessThanOrEqual(max);
    const peak = wav.samples.reduce((top, v) => Math.max(top, Math.abs(v)), 0);
    expect(peak).toBeGreaterThan(0.2);
    expect(peak).toBeLessThan(0.95);
  });

  it.each(Object.entries(EXPECTED).filter(([, { loop }]) => !loop))('%s starts and ends in silence', (name) => {
    const { samples } = wavs.get(name)!;
    expect(Math.abs(samples[0]!)).toBeLessThan(0.001);
    expect(Math.abs(samples.at(-1)!)).toBeLessThan(0.001);
  });

  it('murmur.wav loops without a click: the step across the seam is an ordinary step', () => {
    const { samples, rate } = wavs.get('murmur.wav')!;
    const steps = Array.from({ length: samples.length - 1 }, (_, i) => Math.abs(samples[i + 1]! - samples[i]!)).sort((a, b) => a - b);
    const seam = Math.abs(samples[0]! - samples.at(-1)!);
    expect(seam).toBeLessThan(steps[Math.floor(steps.length * 0.9)]!);
    // and the level at the end is the level at the start (no fade that would pump at every loop)
    const rms = (from: number, to: number) => Math.sqrt(samples.subarray(from, to).reduce((sum, v) => sum + v * v, 0) / (to - from));
    const tenth = Math.round(rate / 10);
    const [start, end] = [rms(0, tenth), rms(samples.length - tenth, samples.length)];
    expect(Math.abs(start - end) / Math.max(start, end)).toBeLessThan(0.5);
  });

  it('murmur.wav is voices, not hiss: most frames are periodic (voiced), and nearly nothing is above 4 kHz', () => {
    const { samples, rate } = wavs.get('murmur.wav')!;
    const frame = Math.round(rate * 0.04);
    const voiced: number[] = [];
    for (let at = 0; at + frame <= samples.length; at += frame) {
      const x = samples.subarray(at, at + frame);
      const energy = x.reduce((sum, v) => sum + v * v, 0);
      let best = 0;
      // normalised autocorrelation at lags of 80–400 Hz pitch
      for (let lag = Math.floor(rate / 400); lag <= Math.ceil(rate / 80); lag++) {
        let sum = 0;
        for (let i = 0; i + lag < x.length; i++) sum += x[i]! * x[i + lag]!;
        best = Math.max(best, sum / energy);
      }
      voiced.push(best);
    }
    voiced.sort((a, b) => a - b);
    expect(voiced[Math.floor(voiced.length / 2)]!).toBeGreaterThan(0.3);
    // high-frequency share: energy of the first difference (a rough high-pass) relative to the signal
    let diff = 0;
    let all = 0;
    for (let i = 1; i < samples.length; i++) {
      diff += (samples[i]! - samples[i - 1]!) ** 2;
      all += samples[i]! ** 2;
    }
    // white noise gives 2; a voice muffled below ~3 kHz at 16 kHz gives far less
    expect(diff / all).toBeLessThan(0.3);
  });
});

describe('scripts/generate-audio.mjs', () => {
  const out = mkdtempSync(join(tmpdir(), 'klasdeur-audio-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('makes exactly the committed files, byte for byte (deterministic, and the files are not stale)', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/generate-audio.mjs'), out], { stdio: 'pipe' });
    expect(readdirSync(out).sort()).toEqual(files.sort());
    for (const name of files) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(AUDIO, name))), `${name} differs from a fresh run: run npm run audio`).toBe(true);
    }
  });
});
