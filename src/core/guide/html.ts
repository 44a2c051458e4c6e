/**
 * Writes the guide as one standalone HTML document: the layout tree (layout.ts) with every text and
 * attribute escaped, an inline print stylesheet (htmlStyle.ts), and a Content Security Policy that allows
 * no scripts and no requests, so even a hostile scenario text cannot make the page do anything.
 */
import { labelsOf } from './labels.ts';
import { layoutGuide, type GuideNode, type GuideTag } from './layout.ts';
import type { GuideDocument } from './model.ts';
import { GUIDE_STYLESHEET } from './htmlStyle.ts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML shows it, never as markup: the five characters that HTML reads specially are escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

const INLINE: ReadonlySet<GuideTag> = new Set(['strong', 'em', 'span', 'a']);

function attributes(element: GuideNode): string {
  const pairs: [string, string | undefined][] = [
    ['class', element.className],
    ['id', element.id],
    ['href', element.href],
    ['lang', element.lang],
  ];
  return pairs.map(([name, value]) => (value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`)).join('');
}

function write(element: GuideNode, indent: string): string {
  const open = `<${element.tag}${attributes(element)}>`;
  const close = `</${element.tag}>`;
  const blockChildren = element.children.length > 0 && element.children.every((child) => typeof child !== 'string' && !INLINE.has(child.tag));
  if (!blockChildren) {
    const inline = element.children.map((child) => (typeof child === 'string' ? escapeHtml(child) : write(child, ''))).join('');
    return `${indent}${open}${inline}${close}`;
  }
  const inner = element.children.map((child) => write(child as GuideNode, `${indent}  `)).join('\n');
  return `${indent}${open}\n${inner}\n${indent}${close}`;
}

export function renderGuideHtml(guide: GuideDocument): string {
  const title = `${labelsOf(guide).kicker}: ${guide.title}`;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(guide.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${GUIDE_STYLESHEET}</style>`,
    '</head>',
    '<body>',
    write(layoutGuide(guide), ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
