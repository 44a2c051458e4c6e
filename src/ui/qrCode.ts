/**
 * Draws a QR code as inline SVG, built node by node with createElementNS (no markup strings, no data:
 * URL): a white square with the quiet zone of four modules the standard asks for, and one dark rect per
 * horizontal run of modules. Scales to any size, prints sharp. The matrix comes from core/qr.
 */
const SVG = 'http://www.w3.org/2000/svg';
const QUIET_ZONE = 4;

function svgNode<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** The code as an image with an accessible name; `rows[y][x]` true is a dark module. */
export function qrCodeSvg(rows: readonly (readonly boolean[])[], label: string, className = 'qr-code'): SVGSVGElement {
  const side = rows.length + 2 * QUIET_ZONE;
  const svg = svgNode('svg', { viewBox: `0 0 ${side} ${side}`, role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges', class: className });
  svg.append(svgNode('rect', { x: 0, y: 0, width: side, height: side, fill: '#fff' }));
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      svg.append(svgNode('rect', { x: start + QUIET_ZONE, y: y + QUIET_ZONE, width: x - start + 1, height: 1, fill: '#000' }));
    }
  });
  return svg;
}
