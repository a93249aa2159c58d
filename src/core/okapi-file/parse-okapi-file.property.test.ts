import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseOkapiFile } from "./parse-okapi-file.js";

describe("parseOkapiFile on hostile input", () => {
  it("never throws on arbitrary text, and every error is located", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const result = parseOkapiFile(text, "f.yaml");
        if (!result.ok) {
          for (const error of result.errors) {
            expect(error.line).toBeGreaterThanOrEqual(1);
            expect(error.column).toBeGreaterThanOrEqual(1);
            expect(error.fix).not.toBe("");
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary JSON values shaped almost like an okapi file", () => {
    const nearly = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.anything()),
        organization: fc.oneof(fc.string(), fc.anything()),
        people: fc.oneof(
          fc.array(fc.record({ id: fc.anything(), name: fc.anything() })),
          fc.anything(),
        ),
        kpis: fc.oneof(fc.array(fc.dictionary(fc.string(), fc.anything())), fc.anything()),
        objectives: fc.oneof(
          fc.array(fc.record({ id: fc.string(), title: fc.anything(), keyResults: fc.anything() })),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(nearly, (value) => {
        const text = JSON.stringify(value) ?? "null";
        expect(() => parseOkapiFile(text, "f.json")).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same answer twice for the same text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(parseOkapiFile(text)).toEqual(parseOkapiFile(text));
      }),
      { numRuns: 200 },
    );
  });
});
