import fc from "fast-check";
import { type JsonSchema, type OpenApiDocument, resolveSchema } from "./openapi-operations.js";

/** Strings that have broken parsers, databases and renderers before. */
const NASTY_STRINGS = [
  "",
  " ",
  "a".repeat(70_000),
  "🦒".repeat(5_000),
  "\u0000",
  "null\u0000byte",
  "\u202Eright-to-left",
  "e\u0301\u0301\u0301",
  "'; DROP TABLE kpis; --",
  '" OR 1=1 --',
  "../../../../etc/passwd",
  "%00%2e%2e%2f",
  "<script>alert(1)</script>",
  // A template-injection probe, on purpose a plain string.
  `$${"{"}7*7}{{7*7}}`,
  "__proto__",
  "constructor",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e309",
  "-0",
  "0x1F",
  "2026-02-30",
  "2026-13-01",
  "0000-01-01",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00Z",
  "-271821-04-20",
  "2026-Q9",
  "\r\n\r\nX-Injected: 1",
];

const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  1e308,
  -1e308,
  5e-324,
  2 ** 31,
  2 ** 53 + 2,
  -(2 ** 63),
  Number.MAX_SAFE_INTEGER,
  0.1 + 0.2,
];

/** Any string, including lone surrogates and control characters. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);

/** Numbers JSON can carry that a store or a formula may not expect. */
const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...NASTY_NUMBERS),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Any JSON value, nested a few levels: the wrong type for almost any field. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  hostileString,
  fc.jsonValue({ maxDepth: 3 }),
);

function scalarFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "number" || type === "integer") return hostileNumber;
  if (type === "boolean") return fc.boolean();
  if (type === "string") return hostileString;
  return wrongType;
}

/**
 * Values shaped like the schema (so handlers get past the outer checks) whose leaves are
 * hostile, with any node sometimes replaced by a value of the wrong type.
 */
export function valueFor(
  document: OpenApiDocument,
  raw: JsonSchema,
  depth = 0,
): fc.Arbitrary<unknown> {
  const schema = resolveSchema(document, raw);
  const alternatives = schema.anyOf ?? schema.oneOf;
  let shaped: fc.Arbitrary<unknown>;
  if (depth > 5) shaped = wrongType;
  else if (alternatives?.length)
    shaped = fc.oneof(...alternatives.map((s) => valueFor(document, s, depth + 1)));
  else if (schema.allOf?.length) shaped = valueFor(document, schema.allOf[0] ?? {}, depth + 1);
  else if (schema.type === "object" || schema.properties) {
    const properties = Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([name, s]) => [
        name,
        valueFor(document, s, depth + 1),
      ]),
    );
    shaped = fc.record(properties, { requiredKeys: schema.required ?? [] });
  } else if (schema.type === "array")
    shaped = fc.array(valueFor(document, schema.items ?? {}, depth + 1), { maxLength: 4 });
  else shaped = scalarFor(schema);
  return fc.oneof({ weight: 9, arbitrary: shaped }, { weight: 1, arbitrary: wrongType });
}

/** Request bodies no JSON parser should accept, or that are too big or too deep to be fair. */
export const MALFORMED_BODIES: { name: string; body: string; contentType?: string }[] = [
  { name: "empty", body: "" },
  { name: "not JSON", body: "{ id: nrr" },
  { name: "NaN literal", body: '{"value": NaN}' },
  { name: "Infinity literal", body: '{"value": Infinity}' },
  { name: "duplicate keys", body: '{"id":"dup","id":{"nested":true},"name":"x","name":[1]}' },
  { name: "deep nesting", body: `${"[".repeat(100_000)}${"]".repeat(100_000)}` },
  {
    name: "deep object nesting",
    body: `${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}`,
  },
  { name: "a JSON string", body: '"just a string"' },
  { name: "a JSON array", body: "[1,2,3]" },
  { name: "wrong content type", body: "id=nrr", contentType: "application/x-www-form-urlencoded" },
  { name: "twelve megabytes", body: `{"name":"${"x".repeat(12 * 1024 * 1024)}"}` },
];
