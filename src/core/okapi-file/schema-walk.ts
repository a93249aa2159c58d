import type { z } from "zod";
import type { PathSegments } from "./file-error.js";

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  if (def.type === "optional" || def.type === "nullable" || def.type === "default") {
    return def.innerType ? unwrap(def.innerType) : [];
  }
  if (def.type === "union") return (def.options ?? []).flatMap(unwrap);
  return [schema];
}

/** The schemas that can stand at `path` inside `root` (several where a union allows). */
function schemasAt(root: z.ZodType, path: PathSegments): z.ZodType[] {
  let current = unwrap(root);
  for (const segment of path) {
    const next: z.ZodType[] = [];
    for (const schema of current) {
      const def = defOf(schema);
      if (def.type === "object" && typeof segment === "string" && def.shape?.[segment]) {
        next.push(...unwrap(def.shape[segment]));
      } else if (def.type === "array" && typeof segment === "number" && def.element) {
        next.push(...unwrap(def.element));
      } else if (def.type === "record" && typeof segment === "string") {
        const valueType = (def as unknown as { valueType?: z.ZodType }).valueType;
        if (valueType) next.push(...unwrap(valueType));
      }
    }
    current = next;
  }
  return current;
}

/** The keys an object at `path` may have. */
export function knownKeysAt(root: z.ZodType, path: PathSegments): string[] {
  const keys = new Set<string>();
  for (const schema of schemasAt(root, path)) {
    const def = defOf(schema);
    if (def.type === "object" && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
  }
  return [...keys];
}

/** The value at `path` in a plain parsed document, or undefined. */
export function valueAt(document: unknown, path: PathSegments): unknown {
  let current: unknown = document;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
