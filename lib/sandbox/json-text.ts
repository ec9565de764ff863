/**
 * The JSON editor's text: strict parsing with the place of a syntax error, and the text range of
 * a JSON path so validation messages can be shown where the field is.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { parsePath } from "./paths";

export type JsonParse =
  { ok: true; value: unknown } | { ok: false; message: string; from: number; to: number; line: number; column: number };

/** Line and column (1-based) of an offset. */
function position(text: string, offset: number) {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) ?? "").length + 1 };
}

/** Parses strict JSON; on failure says what is wrong and where. */
export function parseJsonText(text: string): JsonParse {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { ok: false, message: (e as Error).message, from: 0, to: 0, ...position(text, 0) };
    }
  }
  const message = printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return { ok: false, message, from: first.offset, to: first.offset + first.length, ...position(text, first.offset) };
}

/** The text range of the value at `path` (or of its nearest existing parent). */
export function rangeOfPath(text: string, path: string): { from: number; to: number } {
  const root = parseTree(text);
  if (!root) return { from: 0, to: 0 };
  const keys = parsePath(path);
  for (let n = keys.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, keys.slice(0, n));
    if (node) {
      // Point at the property name when there is one, so the squiggle sits on the field.
      const prop = node.parent?.type === "property" ? node.parent : node;
      return { from: prop.offset, to: prop.offset + prop.length };
    }
  }
  return { from: 0, to: 0 };
}
