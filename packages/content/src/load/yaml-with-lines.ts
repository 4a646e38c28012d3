import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from "yaml";

/** A path into a parsed YAML value, as zod reports it. */
export type YamlPath = readonly PropertyKey[];

export interface YamlWithLines {
  /** The plain JavaScript value (undefined when the YAML could not be parsed). */
  value: unknown;
  /** Syntax errors, with 1-based lines in the original file. */
  errors: { line: number; message: string }[];
  /** The 1-based line (in the original file) of the node at `path`, or of its nearest existing parent. */
  lineOf: (path: YamlPath) => number;
}

/**
 * Parse YAML keeping line numbers. `firstLine` is the file line the text starts on
 * (2 for front matter after `---`), so reported lines point into the real file.
 */
export function parseYamlWithLines(source: string, firstLine = 1): YamlWithLines {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const toLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const errors = doc.errors.map((error) => ({
    line: toLine(error.pos[0]),
    message: `YAML: ${error.message.split("\n")[0] ?? error.message}`,
  }));

  const lineOf = (path: YamlPath): number => {
    let node: unknown = doc.contents;
    const root = (node as Node | null)?.range;
    let line = root ? toLine(root[0]) : firstLine;
    for (const segment of path) {
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        const keyRange = (pair?.key as Node | undefined)?.range;
        if (keyRange) line = toLine(keyRange[0]);
        next = pair?.value;
      } else if (isSeq(node) && typeof segment === "number") {
        next = node.items[segment];
        const range = (next as Node | undefined)?.range;
        if (range) line = toLine(range[0]);
      }
      if (next === undefined || next === null) break;
      node = next;
    }
    return line;
  };

  return { value: errors.length > 0 ? undefined : doc.toJS(), errors, lineOf };
}
