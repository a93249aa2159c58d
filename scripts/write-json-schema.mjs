#!/usr/bin/env node
// Writes schema/okapi.schema.json from the zod model (run after `npm run build`).
import { mkdirSync, writeFileSync } from "node:fs";
import { okapiJsonSchema } from "../dist/core/model/okapi-json-schema.js";

const folder = new URL("../schema/", import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(
  new URL("okapi.schema.json", folder),
  `${JSON.stringify(okapiJsonSchema(), null, 2)}\n`,
);
process.stdout.write("wrote schema/okapi.schema.json\n");
