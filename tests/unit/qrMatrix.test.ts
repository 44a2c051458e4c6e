/**
 * The QR code of an assignment link: a square of the size its version dictates, with the three finder
 * patterns in their corners, the same for the same text; and no code (rather than an exception) for a
 * text too long for any QR code.
 */
import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../src/core/qr/matrix.ts';

const LINK = 'https://lectoren.example/klasdeur/#opdracht?s=september-eerste-les,maandag-eerste-uur&taal=nl&feedback=woorden&tijd=uit&titel=Week+3';

/** A finder pattern: a dark 7×7 ring, a light ring inside it, a dark 3×3 core. */
function isFinder(rows: boolean[][], top: number, left: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(y - 3), Math.abs(x - 3));
      if (rows[top + y]![left + x] !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('qrMatrix', () => {
  it('gives a square of 17 + 4 × version modules with the finder patterns in three corners', () => {
    const rows = qrMatrix(LINK)!;
    const size = rows.length;
    expect((size - 17) % 4).toBe(0);
    expect(size).toBeGreaterThanOrEqual(21);
    for (const row of rows) expect(row).toHaveLength(size);
    expect(isFinder(rows, 0, 0)).toBe(true);
    expect(isFinder(rows, 0, size - 7)).toBe(true);
    expect(isFinder(rows, size - 7, 0)).toBe(true);
    expect(isFinder(rows, size - 7, size - 7)).toBe(false);
  });

  it('is the same for the same text, and different for another', () => {
    expect(qrMatrix(LINK)).toEqual(qrMatrix(LINK));
    expect(qrMatrix(LINK)).not.toEqual(qrMatrix(`${LINK}4`));
  });

  it('gives no code for a text longer than any QR code holds', () => {
    expect(qrMatrix('x'.repeat(5000))).toBeUndefined();
  });
});
