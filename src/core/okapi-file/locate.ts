import { EVENT_ID, type Event, getScalarValue, parseEvents } from "js-yaml";
import { formatPath, type PathSegments } from "./file-error.js";

export interface Position {
  line: number;
  column: number;
}

type Frame =
  | { kind: "map"; path: PathSegments; expectKey: boolean; key?: string; keyOffset?: number }
  | { kind: "seq"; path: PathSegments; index: number };

interface Offsets {
  value: number;
  key?: number;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function toPosition(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

function startOf(event: Event): number {
  if (event.type === EVENT_ID.SCALAR)
    return event.anchorStart >= 0
      ? event.anchorStart
      : event.tagStart >= 0
        ? event.tagStart
        : event.valueStart;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart;
  return 0;
}

/** Where every path of the document starts (its value, and its key inside a mapping). */
function indexOffsets(text: string): Map<string, Offsets> {
  const offsets = new Map<string, Offsets>();
  const stack: Frame[] = [];
  for (const event of parseEvents(text, { maxDepth: 1000 })) {
    if (event.type === EVENT_ID.DOCUMENT) continue;
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const parent = stack.at(-1);
    if (parent?.kind === "map" && parent.expectKey) {
      parent.expectKey = false;
      parent.keyOffset = startOf(event);
      parent.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : "";
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
        stack.push({ kind: "seq", path: [], index: 0 });
      continue;
    }
    let path: PathSegments = [];
    if (parent?.kind === "map") {
      path = [...parent.path, parent.key ?? ""];
      offsets.set(formatPath(path), {
        value: startOf(event),
        ...(parent.keyOffset !== undefined ? { key: parent.keyOffset } : {}),
      });
      parent.expectKey = true;
    } else if (parent?.kind === "seq") {
      path = [...parent.path, parent.index];
      offsets.set(formatPath(path), { value: startOf(event) });
      parent.index++;
    } else {
      offsets.set("", { value: startOf(event) });
    }
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: "map", path, expectKey: true });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: "seq", path, index: 0 });
  }
  return offsets;
}

/**
 * Finds source positions for document paths. Only used once something is wrong, so
 * the happy path pays for neither the event stream nor the index.
 */
export function createLocator(text: string): (path: PathSegments, atKey?: boolean) => Position {
  const starts = lineStarts(text);
  let offsets: Map<string, Offsets>;
  try {
    offsets = indexOffsets(text);
  } catch {
    offsets = new Map();
  }
  return (path, atKey = false) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const entry = offsets.get(formatPath(path.slice(0, depth)));
      if (!entry) continue;
      const offset =
        atKey && depth === path.length && entry.key !== undefined ? entry.key : entry.value;
      return toPosition(starts, offset);
    }
    return { line: 1, column: 1 };
  };
}
