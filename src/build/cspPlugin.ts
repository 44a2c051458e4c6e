/**
 * Vite plugin that puts the game's Content Security Policy into the built index.html (DESIGN §8): the page
 * may load and connect to its own origin only, plus data: and blob: for images and media (Phaser and Howler
 * make those). Build only: the dev server needs websockets and inline styles for hot reload.
 * The meta goes right after <meta charset> (or first in <head>), before any script or stylesheet it governs.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const META = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}">`;
const CHARSET = /<meta\s+charset=[^>]*>/i;

export function cspPlugin(): Plugin {
  return {
    name: 'klasdeur:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (CHARSET.test(html)) return html.replace(CHARSET, (charset) => `${charset}\n    ${META}`);
        return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${META}`);
      },
    },
  };
}
