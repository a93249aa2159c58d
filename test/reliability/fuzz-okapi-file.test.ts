import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOkapiFile } from "../../src/core/okapi-file/parse-okapi-file.js";
import { hostileString } from "./support/hostile-values.js";

const VALID = `version: 1
organization: Acme
people:
  - { id: maria, name: Maria Lopez }
teams:
  - { id: growth, name: Growth, lead: maria }
kpis:
  - id: nrr
    name: Net revenue retention
    unit: "%"
    owner: maria
    measurements: [{ at: 2026-06-30, value: 103.5 }]
objectives:
  - id: onboarding
    title: Make our onboarding the reason customers renew
    owner: maria
    cycle: 2026-Q3
    keyResults:
      - { id: adoption, title: Increase adoption from 34% to 60%, from: 34, to: 60 }
`;

/** Parses without throwing; an invalid file reports every error at a line and column with a fix. */
function expectLocatedOutcome(text: string, file = "hostile.okapi.yaml") {
  const result = parseOkapiFile(text, file);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.line).toBeGreaterThanOrEqual(1);
      expect(error.column).toBeGreaterThanOrEqual(1);
      expect(error.message).not.toBe("");
    }
  }
  return result;
}

/** Replaces the value on one line of VALID with a hostile one, keeping the YAML shape. */
const mutatedLine = fc
  .record({
    line: fc.integer({ min: 0, max: VALID.split("\n").length - 1 }),
    value: fc.oneof(
      hostileString.map((s) => JSON.stringify(s)),
      fc.constantFrom(
        ".nan",
        ".inf",
        "-.inf",
        "1e999",
        "NaN",
        "0x7FFFFFFFFFFFFFFFFFFF",
        "2026-02-30",
        "99999-01-01",
        "-2026-01-01",
        "2026-06-30T25:61:61Z",
        "[]",
        "{}",
        "null",
        "~",
        "!!binary aGVsbG8=",
        "&a [*a]",
        "*undefined_alias",
        "{ id: x, id: y }",
      ),
    ),
  })
  .map(({ line, value }) =>
    VALID.split("\n")
      .map((text, i) =>
        i === line && text.includes(":") ? text.replace(/:.*$/, `: ${value}`) : text,
      )
      .join("\n"),
  );

describe("parseOkapiFile on hostile files", () => {
  it("never throws when any field of a valid file holds a hostile value", () => {
    fc.assert(
      fc.property(mutatedLine, (text) => {
        expectLocatedOutcome(text);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on hostile JSON files, and rejects wrong types with located errors", () => {
    const json = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.constant(Number.MAX_VALUE), fc.string()),
        organization: fc.oneof(hostileString, fc.integer()),
        people: fc.array(fc.record({ id: hostileString, name: hostileString }), { maxLength: 3 }),
        kpis: fc.array(
          fc.record({
            id: hostileString,
            name: hostileString,
            measurements: fc.array(
              fc.record({ at: hostileString, value: fc.oneof(fc.double(), hostileString) }),
              { maxLength: 3 },
            ),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(json, (value) => {
        expectLocatedOutcome(JSON.stringify(value), "hostile.okapi.json");
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["deep flow nesting", `version: 1\norganization: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`],
    [
      "deep block nesting",
      `version: 1\norganization:\n${Array.from({ length: 3_000 }, (_, i) => `${" ".repeat(i + 1)}- `).join("\n")}x\n`,
    ],
    [
      "deep JSON nesting",
      `{"version":1,"organization":${'{"a":'.repeat(30_000)}1${"}".repeat(30_000)}}`,
    ],
    [
      "a billion laughs",
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
    ],
    ["a 5 MB organization name", `version: 1\norganization: "${"🦒".repeat(1_250_000)}"\n`],
    ["duplicate keys", `${VALID}organization: Other\n`],
    ["an alias inside its own anchor", `version: 1\norganization: Acme\npeople: &loop [*loop]\n`],
    ["NUL bytes", `version: 1\norganization: "a\u0000b"\n`],
    ["a byte-order mark and CRLF", `\uFEFF${VALID.replaceAll("\n", "\r\n")}`],
  ])("answers %s with a result, not an exception", (_, text) => {
    const started = performance.now();
    const result = expectLocatedOutcome(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    if (_ === "duplicate keys" || _.startsWith("deep") || _.startsWith("an alias"))
      expect(result.ok).toBe(false);
  });
});
