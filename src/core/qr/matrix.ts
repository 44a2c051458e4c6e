/**
 * A QR code as a square of dark and light modules, for the UI to draw (as SVG) however it likes. The
 * encoding is the `qrcode` package's (its browser entry: no Node built-ins), at error correction level M,
 * which survives a smudged print or a projector's glare. Drawing and the quiet zone are the caller's.
 */
import { create } from 'qrcode';

/** rows[y][x] is true for a dark module; undefined when the text is too long for any QR code. */
export function qrMatrix(text: string): boolean[][] | undefined {
  try {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const rows: boolean[][] = [];
    for (let y = 0; y < modules.size; y++) {
      const row: boolean[] = [];
      for (let x = 0; x < modules.size; x++) row.push(Boolean(modules.get(y, x)));
      rows.push(row);
    }
    return rows;
  } catch {
    return undefined;
  }
}
