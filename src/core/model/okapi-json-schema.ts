import { z } from "zod";
import { OkapiFileInput } from "./okapi-file.js";

/** JSON Schema of the okapi file, for editors to validate and autocomplete goal files. */
export function okapiJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(OkapiFileInput, { io: "input", unrepresentable: "any" }),
    $id: "https://okapi.dev/schema/okapi.schema.json",
    title: "Okapi file (version 1)",
    description: "KPIs and OKRs as code. The format is documented in docs/okapi-file.md.",
  };
}
