import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { okapiJsonSchema } from "./okapi-json-schema.js";

describe("okapiJsonSchema", () => {
  it("matches the schema shipped in schema/okapi.schema.json (run npm run schema:generate after a model change)", () => {
    const shipped = JSON.parse(
      readFileSync(new URL("../../../schema/okapi.schema.json", import.meta.url), "utf8"),
    );
    expect(shipped).toEqual(okapiJsonSchema());
  });

  it("rejects unknown keys so editors flag typos", () => {
    const schema = okapiJsonSchema() as { additionalProperties?: boolean };
    expect(schema.additionalProperties).toBe(false);
  });
});
