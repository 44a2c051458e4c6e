/**
 * Finds where a field path stands in the YAML text: the line and column of its value, or of its key.
 * When the path leads to something that is not there (a missing field), it answers with the deepest
 * part that is there, so the lecturer is sent to the map where the field should be added.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PathPart } from './problems.ts';

export interface Position {
  line: number;
  column: number;
}

export function locate(doc: Document, lines: LineCounter, path: readonly PathPart[], atKey = false): Position {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const part of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof part === 'number' && node.items[part] !== undefined) {
      keyNode = undefined;
      node = node.items[part];
    } else {
      break;
    }
  }
  const target = atKey && keyNode ? keyNode : (node as Node | null | undefined);
  const offset = target?.range?.[0] ?? 0;
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
