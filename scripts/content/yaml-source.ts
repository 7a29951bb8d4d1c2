/** Parses YAML while keeping line numbers, so every error can say where in the file it is. */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import type { ErrorSink } from './content-error';

export type Path = readonly (string | number)[];

export interface YamlSource {
  data: unknown;
  /** The 1-based file line of the value at `path`, falling back to the nearest known parent. */
  lineOf(path: Path): number;
}

export function parseYamlSource(text: string, sink: ErrorSink, lineOffset = 0): YamlSource | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
      sink.add(`YAML cannot be read: ${error.message.split('\n')[0]}`, { line });
    }
    return null;
  }
  const lineOf = (path: Path): number => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      const pair = depth > 0 ? findKeyNode(doc.contents, path.slice(0, depth)) : undefined;
      const offset = pair?.range?.[0] ?? node?.range?.[0];
      if (offset !== undefined) return counter.linePos(offset).line + lineOffset;
    }
    return 1 + lineOffset;
  };
  return { data: doc.toJS(), lineOf };
}

/** Finds the key node for a map entry, which points at the line people look for. */
function findKeyNode(root: unknown, path: Path): Node | undefined {
  let current: unknown = root;
  let keyNode: Node | undefined;
  for (const step of path) {
    if (isMap(current) && typeof step === 'string') {
      const pair = current.items.find((item) => isScalar(item.key) && item.key.value === step);
      if (!pair) return undefined;
      keyNode = pair.key as Node;
      current = pair.value;
    } else if (isSeq(current) && typeof step === 'number') {
      const item = current.items[step] as Node | undefined;
      keyNode = item;
      current = item;
    } else {
      return undefined;
    }
  }
  return keyNode;
}
