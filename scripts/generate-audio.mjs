#!/usr/bin/env node
/**
 * Synthesises the game's sounds into assets/audio/ as small WAV files (PCM 16-bit mono), from code alone:
 * nothing is recorded or downloaded. Run it with `npm run audio`; the outputs are committed beside it.
 *
 *   bell.wav       the Flemish electric school bell: a hammer striking a gong ~24 times a second, ~2 s
 *   door.wav       the classroom door: the handle, the latch, a soft thud against the door stop
 *   footsteps.wav  four steps on the tiled corridor floor, coming closer
 *   murmur.wav     class chatter that loops seamlessly: a dozen synthetic voices (pitched pulses shaped by
 *                  vowel formants, in syllables, words and pauses) in a small room, muffled so no word is
 *                  heard; every syllable that crosses the end wraps round to the start, so the loop has no seam
 *   choice.wav     a gentle rising two-note chime after a choice
 *   time-up.wav    a gentle falling two-note chime when the time for a choice ran out
 *
 * Deterministic: each sound has its own seeded PRNG and the script uses no clock, so a re-run writes
 * byte-identical files (and changing one sound leaves the others as they are). Plain Node, no dependencies.
 * `node scripts/generate-audio.mjs [folder]` writes to another folder instead (the unit tests compare).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** assets/audio, or the folder given as the first argument (the tests write a second copy to compare). */
const OUT = process.argv[2] ? resolve(process.argv[2]) : join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'audio');
const RATE = 22_050;
/** The murmur is muffled below 3 kHz anyway; a lower rate keeps the longest file small. */
const MURMUR_RATE = 16_000;
const TAU = 2 * Math.PI;

// ---------------------------------------------------------------------------------------------------------
// Tools: PRNG, filters, reverb, envelopes, WAV

/** mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Roughly normal, mean 0, sd 1 (Box–Muller). */
    gauss: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(TAU * next()),
  };
}

/** RBJ cookbook biquad coefficients. */
function biquad(type, freq, q, rate, gainDb = 0) {
  const w = (TAU * freq) / rate;
  const cos = Math.cos(w);
  const alpha = Math.sin(w) / (2 * q);
  const A = 10 ** (gainDb / 40);
  let b0, b1, b2, a0, a1, a2;
  switch (type) {
    case 'lowpass':
      [b0, b1, b2] = [(1 - cos) / 2, 1 - cos, (1 - cos) / 2];
      [a0, a1, a2] = [1 + alpha, -2 * cos, 1 - alpha];
      break;
    case 'highpass':
      [b0, b1, b2] = [(1 + cos) / 2, -(1 + cos), (1 + cos) / 2];
      [a0, a1, a2] = [1 + alpha, -2 * cos, 1 - alpha];
      break;
    case 'bandpass': // constant 0 dB peak gain
      [b0, b1, b2] = [alpha, 0, -alpha];
      [a0, a1, a2] = [1 + alpha, -2 * cos, 1 - alpha];
      break;
    case 'peaking':
      [b0, b1, b2] = [1 + alpha * A, -2 * cos, 1 - alpha * A];
      [a0, a1, a2] = [1 + alpha / A, -2 * cos, 1 - alpha / A];
      break;
    default:
      throw new Error(`unknown filter ${type}`);
  }
  return { b0: b0 / a0, b1: b1 / a0, b2: b2 / a0, a1: a1 / a0, a2: a2 / a0 };
}

/** Filters `x` in place with a biquad (direct form I). */
function filter(x, type, freq, q, rate, gainDb) {
  const { b0, b1, b2, a1, a2 } = biquad(type, freq, q, rate, gainDb);
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const x0 = x[i];
    const y0 = b0 * x0 + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1; x1 = x0; y2 = y1; y1 = y0;
    x[i] = y0;
  }
  return x;
}

/**
 * Filters a loop so that it stays a loop: runs the filter over two copies back to back and keeps the second,
 * whose start has heard the end of the first (the filters here forget within a fraction of the loop).
 */
function filterLoop(x, process) {
  const twice = new Float64Array(x.length * 2);
  twice.set(x, 0);
  twice.set(x, x.length);
  process(twice);
  x.set(twice.subarray(x.length));
  return x;
}

/**
 * A small Schroeder–Freeverb room: four damped combs in parallel, two allpasses in series.
 * `decay` is the T60 in seconds, `damp` 0–1 darkens the tail, `size` scales the room.
 */
function reverb(x, rate, { decay = 0.6, damp = 0.4, size = 1, wet = 0.2 } = {}) {
  const combs = [29.7, 37.1, 41.1, 43.7].map((ms) => Math.round(((ms * size) / 1000) * rate));
  const allpasses = [5.0, 1.7].map((ms) => Math.round((ms / 1000) * rate));
  const out = new Float64Array(x.length);
  for (const delay of combs) {
    const g = 10 ** ((-3 * delay) / rate / decay);
    const buffer = new Float64Array(delay);
    let index = 0;
    let low = 0;
    for (let i = 0; i < x.length; i++) {
      const y = buffer[index];
      low = y * (1 - damp) + low * damp;
      buffer[index] = x[i] + g * low;
      index = (index + 1) % delay;
      out[i] += y / combs.length;
    }
  }
  for (const delay of allpasses) {
    const buffer = new Float64Array(delay);
    let index = 0;
    for (let i = 0; i < out.length; i++) {
      const delayed = buffer[index];
      const input = out[i];
      buffer[index] = input + 0.5 * delayed;
      out[i] = delayed - 0.5 * input;
      index = (index + 1) % delay;
    }
  }
  for (let i = 0; i < x.length; i++) x[i] = x[i] * (1 - wet) + out[i] * wet * 2.5;
  return x;
}

/** Short fades at both ends so no file starts or stops with a click. */
function fadeEnds(x, rate, inMs = 2, outMs = 30) {
  const fadeIn = Math.round((inMs / 1000) * rate);
  const fadeOut = Math.round((outMs / 1000) * rate);
  for (let i = 0; i < fadeIn; i++) x[i] *= i / fadeIn;
  for (let i = 0; i < fadeOut; i++) x[x.length - 1 - i] *= 0.5 - 0.5 * Math.cos((Math.PI * i) / fadeOut);
  return x;
}

/** Removes any DC offset (a one-pole high-pass at ~20 Hz would also do; a mean is exact for a loop). */
function removeDc(x) {
  let sum = 0;
  for (const v of x) sum += v;
  const mean = sum / x.length;
  for (let i = 0; i < x.length; i++) x[i] -= mean;
  return x;
}

/** Scales to a peak (0–1 of full scale). */
function normalise(x, peak) {
  let max = 0;
  for (const v of x) max = Math.max(max, Math.abs(v));
  const gain = max > 0 ? peak / max : 0;
  for (let i = 0; i < x.length; i++) x[i] *= gain;
  return x;
}

/** PCM 16-bit mono WAV bytes. */
function wav(x, rate) {
  const bytes = Buffer.alloc(44 + x.length * 2);
  bytes.write('RIFF', 0, 'ascii');
  bytes.writeUInt32LE(36 + x.length * 2, 4);
  bytes.write('WAVE', 8, 'ascii');
  bytes.write('fmt ', 12, 'ascii');
  bytes.writeUInt32LE(16, 16); // fmt chunk size
  bytes.writeUInt16LE(1, 20); // PCM
  bytes.writeUInt16LE(1, 22); // mono
  bytes.writeUInt32LE(rate, 24);
  bytes.writeUInt32LE(rate * 2, 28); // byte rate
  bytes.writeUInt16LE(2, 32); // block align
  bytes.writeUInt16LE(16, 34); // bits per sample
  bytes.write('data', 36, 'ascii');
  bytes.writeUInt32LE(x.length * 2, 40);
  for (let i = 0; i < x.length; i++) {
    const v = Math.max(-1, Math.min(1, x[i]));
    bytes.writeInt16LE(Math.round(v * 32767), 44 + i * 2);
  }
  return bytes;
}

const samples = (seconds, rate = RATE) => new Float64Array(Math.round(seconds * rate));

/**
 * A bank of damped modes (two-pole resonators) driven by `excitation`; each mode has a frequency, a gain (its
 * amplitude after a unit impulse) and a T60. Adds the result into `out`. `onSample(i, states)` may scale the modes' state (a hammer damping the
 * gong, say).
 */
function modes(out, excitation, rate, list, onSample) {
  for (const { freq, gain, t60 } of list) {
    const r = 10 ** (-3 / (t60 * rate));
    const c1 = 2 * r * Math.cos((TAU * freq) / rate);
    const c2 = -r * r;
    // A unit impulse rings at amplitude `gain`, whatever the frequency (a bare resonator's gain is 1/sin ω).
    const norm = Math.sin((TAU * freq) / rate);
    let y1 = 0, y2 = 0;
    for (let i = 0; i < out.length; i++) {
      const damping = onSample ? onSample(i) : 1;
      y1 *= damping;
      y2 *= damping;
      const y = c1 * y1 + c2 * y2 + excitation[i] * norm;
      y2 = y1;
      y1 = y;
      out[i] += y * gain;
    }
  }
  return out;
}

/** A burst of white noise from `at` for `ms`, shaped by a decaying exponential, added into `x`. */
function noiseBurst(x, rand, rate, at, ms, gain, decayMs = ms / 3) {
  const start = Math.round(at * rate);
  const length = Math.round((ms / 1000) * rate);
  for (let i = 0; i < length && start + i < x.length; i++) {
    x[start + i] += gain * (rand.next() * 2 - 1) * Math.exp(-i / ((decayMs / 1000) * rate));
  }
  return x;
}

// ---------------------------------------------------------------------------------------------------------
// The sounds

/**
 * The electric school bell: an armature hammer strikes a steel gong about 24 times a second for as long as
 * the button is held, then the gong rings out. The gong's modes are inharmonic; the hammer resting on the gong
 * at each strike damps it a little, which gives the "rrr" of the ring.
 */
function bell() {
  const rand = prng(1);
  const ring = 1.75;
  const x = samples(2.3);
  const excitation = new Float64Array(x.length);
  const strikes = [];
  let t = 0.004;
  while (t < ring) {
    strikes.push(Math.round(t * RATE));
    // The armature's rate wobbles a little as the gong swings.
    t += 1 / (24 + 1.2 * Math.sin(TAU * 0.9 * t) + rand.range(-0.4, 0.4));
  }
  for (const at of strikes) {
    const force = rand.range(0.8, 1);
    // Steel on steel: a contact of ~0.1 ms, short enough to ring every mode of the gong.
    const width = 2;
    for (let i = 0; i < width; i++) excitation[at + i] += force * Math.sin((Math.PI * (i + 0.5)) / width);
  }
  const struck = new Set(strikes);
  // Each strike, the hammer rests on the gong for a moment: a little energy lost.
  const damping = (i) => (struck.has(i) ? 0.8 : 1);
  const gong = [
    { freq: 1020, gain: 1.0, t60: 1.3 },
    { freq: 1027, gain: 0.45, t60: 1.1 }, // a near-twin 7 Hz above: the shimmer of a real gong
    { freq: 2290, gain: 0.7, t60: 0.9 },
    { freq: 3115, gain: 0.5, t60: 0.7 },
    { freq: 4205, gain: 0.32, t60: 0.5 },
    { freq: 5440, gain: 0.18, t60: 0.35 },
    { freq: 6890, gain: 0.08, t60: 0.25 },
  ];
  modes(x, excitation, RATE, gong, damping);
  // The click of hammer on steel and the buzz of the contact breaker, under the ring.
  const clicks = new Float64Array(x.length);
  for (const at of strikes) noiseBurst(clicks, rand, RATE, at / RATE, 3, 1, 0.7);
  filter(clicks, 'highpass', 2500, 0.7, RATE);
  const buzz = new Float64Array(x.length);
  for (const at of strikes) noiseBurst(buzz, rand, RATE, at / RATE + 0.012, 6, 1, 2);
  filter(buzz, 'bandpass', 380, 2, RATE);
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  for (let i = 0; i < x.length; i++) x[i] += peak * (0.12 * clicks[i] + 0.25 * buzz[i]);
  // Heard down the corridor: a touch darker, and the hall answers.
  filter(x, 'lowpass', 7000, 0.7, RATE);
  filter(x, 'peaking', 3100, 1.2, RATE, -3);
  reverb(x, RATE, { decay: 1.1, damp: 0.5, size: 1.4, wet: 0.22 });
  removeDc(x);
  return { x: fadeEnds(normalise(x, 0.6), RATE, 1, 60), rate: RATE };
}

/**
 * The classroom door: the handle pressed (a small metallic click), the latch drawn (a louder clack), a soft
 * swish of the door moving, and a soft wooden thud as it comes to rest against the stop, in a small room.
 */
function door() {
  const rand = prng(2);
  const x = samples(1.1);
  // Handle: a short tick exciting small metal parts.
  const handle = new Float64Array(x.length);
  noiseBurst(handle, rand, RATE, 0.02, 2, 1, 0.4);
  const handleModes = [
    { freq: 2750, gain: 0.5, t60: 0.05 },
    { freq: 4150, gain: 0.35, t60: 0.035 },
    { freq: 1800, gain: 0.25, t60: 0.06 },
  ];
  modes(x, handle, RATE, handleModes);
  // Latch: the spring-loaded bolt snaps back, a little later and louder.
  const latch = new Float64Array(x.length);
  noiseBurst(latch, rand, RATE, 0.095, 3, 1.6, 0.6);
  modes(x, latch, RATE, [
    { freq: 1950, gain: 0.6, t60: 0.07 },
    { freq: 3300, gain: 0.45, t60: 0.05 },
    { freq: 980, gain: 0.3, t60: 0.09 },
  ]);
  // The door swings: air and hinge, very soft.
  const swish = new Float64Array(x.length);
  const from = Math.round(0.16 * RATE);
  const to = Math.round(0.6 * RATE);
  for (let i = from; i < to; i++) {
    const p = (i - from) / (to - from);
    swish[i] = (rand.next() * 2 - 1) * Math.sin(Math.PI * p) ** 2;
  }
  filter(swish, 'bandpass', 420, 0.8, RATE);
  filter(swish, 'lowpass', 900, 0.7, RATE);
  let clickPeak = 0;
  for (const v of x) clickPeak = Math.max(clickPeak, Math.abs(v));
  for (let i = 0; i < x.length; i++) x[i] += swish[i] * clickPeak * 0.35;
  // Thud: the door's panel resting against the stop — low, soft, short.
  // A soft push (~1.5 ms, a rubber stop) rings the panel's low modes; most of it sits at 150–600 Hz, where
  // even a laptop's small speakers reach.
  const thudAt = Math.round(0.6 * RATE);
  const push = new Float64Array(x.length);
  const pushWidth = Math.round(0.0015 * RATE);
  for (let i = 0; i < pushWidth; i++) push[thudAt + i] = Math.sin((Math.PI * (i + 0.5)) / pushWidth);
  noiseBurst(push, rand, RATE, 0.6, 8, 0.15, 2);
  const thud = new Float64Array(x.length);
  modes(thud, push, RATE, [
    { freq: 96, gain: 0.5, t60: 0.16 },
    { freq: 188, gain: 0.7, t60: 0.13 },
    { freq: 335, gain: 0.55, t60: 0.1 },
    { freq: 560, gain: 0.3, t60: 0.07 },
  ]);
  let thudPeak = 0;
  for (const v of thud) thudPeak = Math.max(thudPeak, Math.abs(v));
  for (let i = 0; i < x.length; i++) x[i] += (thud[i] / thudPeak) * clickPeak * 1.1;
  // A last little rattle of the latch in its keeper.
  const rattle = new Float64Array(x.length);
  noiseBurst(rattle, rand, RATE, 0.625, 2, 0.5, 0.4);
  modes(x, rattle, RATE, [{ freq: 2100, gain: 0.4, t60: 0.04 }]);
  filter(x, 'highpass', 40, 0.7, RATE);
  reverb(x, RATE, { decay: 0.45, damp: 0.45, size: 0.8, wet: 0.18 });
  removeDc(x);
  return { x: fadeEnds(normalise(x, 0.55), RATE, 1, 80), rate: RATE };
}

/**
 * Footsteps on the corridor's tiles, coming closer: each step a heel strike (a low thump, a knock and a click)
 * and, a moment later, the sole slapping down; each a little different, each a little louder; the corridor
 * rings after them.
 */
function footsteps() {
  const rand = prng(3);
  const x = samples(2.3);
  const steps = 4;
  let t = 0.05;
  for (let step = 0; step < steps; step++) {
    const near = 0.65 + (0.35 * step) / (steps - 1);
    // The heel lands: a hard rounded push of ~0.3 ms (so every step sounds like a step) with a little grit.
    const heel = new Float64Array(x.length);
    const at = Math.round(t * RATE);
    const width = Math.round(0.0003 * RATE);
    for (let i = 0; i < width; i++) heel[at + i] = Math.sin((Math.PI * (i + 0.5)) / width);
    noiseBurst(heel, rand, RATE, t, 4, 0.3, 0.8);
    const body = new Float64Array(x.length);
    modes(body, heel, RATE, [
      { freq: rand.range(100, 120), gain: 0.35, t60: 0.06 },
      { freq: rand.range(230, 270), gain: 0.5, t60: 0.05 },
      { freq: rand.range(620, 720), gain: 0.45, t60: 0.035 },
      { freq: rand.range(1500, 1800), gain: 0.35, t60: 0.025 },
      { freq: rand.range(3000, 3400), gain: 0.2, t60: 0.015 },
    ]);
    // The heel's click on hard tiles.
    const click = new Float64Array(x.length);
    noiseBurst(click, rand, RATE, t, 5, 1, 1);
    filter(click, 'highpass', 2200, 0.7, RATE);
    // The sole slaps down ~80 ms later: broader, softer.
    const slap = new Float64Array(x.length);
    const slapAt = t + rand.range(0.07, 0.09);
    noiseBurst(slap, rand, RATE, slapAt, 30, 1, 7);
    filter(slap, 'bandpass', rand.range(1100, 1500), 0.7, RATE);
    for (let i = 0; i < x.length; i++) x[i] += near * (body[i] * 0.6 + click[i] * 0.3 + slap[i] * 0.45);
    t += rand.range(0.5, 0.56);
  }
  filter(x, 'highpass', 50, 0.7, RATE);
  // The corridor's hard walls ring after each step.
  reverb(x, RATE, { decay: 0.9, damp: 0.35, size: 1.5, wet: 0.3 });
  removeDc(x);
  return { x: fadeEnds(normalise(x, 0.55), RATE, 1, 120), rate: RATE };
}

/** Dutch-ish vowels as formant frequencies (Hz) for an adult; children's and girls' are scaled up. */
const VOWELS = [
  [750, 1250, 2600], // a
  [600, 1000, 2500], // aa (back)
  [450, 1900, 2600], // e
  [350, 2100, 2800], // ee
  [300, 2250, 2950], // i
  [450, 850, 2500], // o
  [320, 780, 2300], // oe
  [330, 1650, 2300], // uu
  [500, 1500, 2500], // schwa
  [550, 1450, 2400], // ui
  [650, 1650, 2550], // ei
];
/** Where formants start from after a consonant: labial, alveolar, velar. */
const LOCI = [
  [250, 900, 2200],
  [300, 1700, 2700],
  [300, 1400, 2300],
];
const BANDWIDTHS = [90, 120, 170];

/** Gain of the spectral envelope of three formants at frequency f (resonance curves, summed in power). */
function envelope(f, formants) {
  let power = 0;
  for (let k = 0; k < 3; k++) {
    const F = formants[k];
    const B = BANDWIDTHS[k];
    const g = [1, 0.6, 0.25][k];
    // A second-order resonance's magnitude, normalised to 1 at its peak.
    const m = (F * B) / Math.sqrt((F * F - f * f) ** 2 + (f * B) ** 2);
    power += (g * m) ** 2;
  }
  return Math.sqrt(power);
}

/**
 * One syllable of one voice, added into the loop `x` (positions wrap round the end): a voiced vowel built
 * additively (harmonics of f0 weighted by the formant envelope, -12 dB/oct source tilt), formants gliding in
 * from a consonant locus, with a short noise onset for a consonant now and then.
 */
function syllable(x, rate, rand, { at, duration, f0, f0End, scale, gain }) {
  const length = Math.round(duration * rate);
  const start = Math.round(at * rate);
  const vowel = rand.pick(VOWELS).map((f) => f * scale);
  const locus = rand.pick(LOCI).map((f) => f * scale);
  const glide = rand.range(0.2, 0.35);
  const harmonics = Math.floor(3400 / Math.max(f0, f0End));
  const phases = new Float64Array(harmonics + 1);
  for (let k = 1; k <= harmonics; k++) phases[k] = rand.next() * TAU;
  const attack = 0.02 * rate;
  const release = 0.05 * rate;
  const formants = [0, 0, 0];
  const voice = new Float64Array(length);
  // Formants and harmonic weights move slowly: recompute them every 32 samples.
  const weights = new Float64Array(harmonics + 1);
  for (let i = 0; i < length; i++) {
    const p = i / length;
    const f = f0 + (f0End - f0) * p + f0 * 0.01 * Math.sin(TAU * 5.5 * (i / rate)); // slight vibrato-ish jitter
    if (i % 32 === 0) {
      const q = Math.min(1, p / glide);
      const smooth = q * q * (3 - 2 * q);
      for (let k = 0; k < 3; k++) formants[k] = locus[k] + (vowel[k] - locus[k]) * smooth;
      for (let k = 1; k <= harmonics; k++) weights[k] = envelope(k * f, formants) / k;
    }
    let sum = 0;
    for (let k = 1; k <= harmonics; k++) {
      phases[k] += (TAU * k * f) / rate;
      sum += weights[k] * Math.sin(phases[k]);
    }
    const env = Math.min(1, i / attack, (length - i) / release) * (1 - 0.3 * p);
    voice[i] = sum * env;
  }
  // Consonant onset: a soft burst or a short fricative before the vowel (kept quiet; the room muffles it).
  if (rand.next() < 0.6) {
    const noiseLength = Math.round(rand.range(0.015, 0.05) * rate);
    const noise = new Float64Array(noiseLength);
    for (let i = 0; i < noiseLength; i++) noise[i] = (rand.next() * 2 - 1) * Math.sin((Math.PI * i) / noiseLength);
    filter(noise, 'bandpass', rand.pick([1600, 2400, 3000]) * scale, 1.5, rate);
    for (let i = 0; i < noiseLength; i++) voice[i] += noise[i] * 0.5;
  }
  for (let i = 0; i < length; i++) {
    const j = (((start + i) % x.length) + x.length) % x.length;
    x[j] += voice[i] * gain;
  }
}

/**
 * Class chatter as a seamless loop: twelve voices of teenagers (lower and higher), each talking in phrases of a
 * few words with pauses between, at its own distance; mixed with a low room tone, then the room's reverb and a
 * muffling low-pass, all applied round the loop so its end flows into its start.
 */
function murmur() {
  const rand = prng(4);
  const seconds = 6;
  const rate = MURMUR_RATE;
  const x = samples(seconds, rate);
  // Three pupils near the front, four in the middle, five at the back: the near ones stand out as voices,
  // the far ones make the crowd.
  const distances = [1, 0.9, 0.8, 0.5, 0.45, 0.4, 0.35, 0.25, 0.22, 0.2, 0.18, 0.16];
  for (const [v, distance] of distances.entries()) {
    const low = v % 2 === 0;
    const base = low ? rand.range(105, 145) : rand.range(195, 245);
    const scale = low ? rand.range(1.0, 1.08) : rand.range(1.12, 1.22);
    let t = rand.range(0, seconds);
    const end = t + seconds;
    while (t < end) {
      // A phrase: a few words, pitch falling across it (declination), the first syllable of each word stressed.
      const syllables = rand.int(3, 11);
      const top = base * rand.range(1.05, 1.35);
      for (let s = 0; s < syllables && t < end; s++) {
        const duration = rand.range(0.11, 0.24);
        const p = s / syllables;
        const pitch = top * (1 - 0.25 * p) * (1 + 0.06 * rand.gauss());
        const stressed = s === 0 || rand.next() < 0.3;
        syllable(x, rate, rand, {
          at: t,
          duration,
          f0: pitch,
          f0End: pitch * rand.range(0.88, 1.06),
          scale,
          gain: distance * (stressed ? 1 : 0.65),
        });
        t += duration + rand.range(0.0, 0.05);
      }
      t += rand.range(0.2, 1.4);
    }
  }
  // Room tone: a faint low rumble, so the gaps are not dead silence.
  const tone = samples(seconds, rate);
  for (let i = 0; i < tone.length; i++) tone[i] = rand.next() * 2 - 1;
  filterLoop(tone, (y) => filter(filter(y, 'lowpass', 300, 0.7, rate), 'lowpass', 300, 0.7, rate));
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  let tonePeak = 0;
  for (const v of tone) tonePeak = Math.max(tonePeak, Math.abs(v));
  for (let i = 0; i < x.length; i++) x[i] += (tone[i] / tonePeak) * peak * 0.03;
  // Muffle (no word should be understood) and put it in the classroom.
  filterLoop(x, (y) => {
    filter(y, 'highpass', 90, 0.7, rate);
    filter(y, 'lowpass', 2600, 0.6, rate);
    filter(y, 'lowpass', 3200, 0.7, rate);
    reverb(y, rate, { decay: 0.7, damp: 0.5, size: 1.1, wet: 0.35 });
  });
  removeDc(x);
  // No fades: the loop must run on without a seam.
  return { x: normalise(x, 0.7), rate };
}

/** A soft mallet note: a sine with a faint inharmonic overtone, a quick attack and a long gentle decay. */
function note(x, rate, at, freq, { gain = 1, decay = 0.45, attackMs = 4, bright = 0.12 } = {}) {
  const start = Math.round(at * rate);
  const attack = (attackMs / 1000) * rate;
  for (let i = 0; start + i < x.length; i++) {
    const t = i / rate;
    const env = Math.min(1, i / attack) * Math.exp(-t / decay);
    const over = bright * Math.exp(-t / 0.06) * Math.sin(TAU * freq * 2.76 * t);
    x[start + i] += gain * env * (Math.sin(TAU * freq * t) + 0.08 * Math.sin(TAU * 2 * freq * t) + over);
  }
}

/** After a choice: G5 then C6, rising, soft. */
function choice() {
  const x = samples(1.0);
  note(x, RATE, 0.005, 783.99, { gain: 0.8, decay: 0.3 });
  note(x, RATE, 0.13, 1046.5, { gain: 1, decay: 0.35 });
  reverb(x, RATE, { decay: 0.6, damp: 0.3, size: 0.9, wet: 0.2 });
  return { x: fadeEnds(normalise(x, 0.35), RATE, 1, 150), rate: RATE };
}

/** When time ran out: E5 then B4, falling, rounder and a little slower — a nudge, not a buzzer. */
function timeUp() {
  const x = samples(1.1);
  note(x, RATE, 0.005, 659.25, { gain: 0.9, decay: 0.32, attackMs: 8, bright: 0.05 });
  note(x, RATE, 0.19, 493.88, { gain: 1, decay: 0.42, attackMs: 8, bright: 0.05 });
  reverb(x, RATE, { decay: 0.6, damp: 0.3, size: 0.9, wet: 0.2 });
  return { x: fadeEnds(normalise(x, 0.35), RATE, 1, 150), rate: RATE };
}

// ---------------------------------------------------------------------------------------------------------

const SOUNDS = { bell, door, footsteps, murmur, choice, 'time-up': timeUp };

mkdirSync(OUT, { recursive: true });
let total = 0;
for (const [name, make] of Object.entries(SOUNDS)) {
  const { x, rate } = make();
  const bytes = wav(x, rate);
  writeFileSync(join(OUT, `${name}.wav`), bytes);
  total += bytes.length;
  console.log(`${name}.wav  ${(x.length / rate).toFixed(2)} s  ${rate} Hz  ${(bytes.length / 1024).toFixed(1)} KiB`);
}
console.log(`total ${(total / 1024).toFixed(1)} KiB in ${OUT}`);
