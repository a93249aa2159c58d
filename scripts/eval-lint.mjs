// Prints how the goal linter classifies published key results (accuracy, precision and
// recall per kind) on the tuning part and the held-out part of the labelled corpus.
// Failures are listed for the tuning part only: rules are never tuned on held-out items.
import { readFileSync } from "node:fs";
import { predictKinds, scorePredictions } from "../src/core/lint/evaluate/evaluate-kinds.ts";
import { loadPublishedKeyResults } from "../src/core/lint/evaluate/published-key-results.ts";

const items = loadPublishedKeyResults(
  JSON.parse(
    readFileSync(
      new URL("../src/core/lint/fixtures/published/key-results.json", import.meta.url),
      "utf8",
    ),
  ),
);
const predictions = predictKinds(items);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
for (const part of ["tuning", "held-out"]) {
  const scored = scorePredictions(predictions.filter((p) => p.part === part));
  console.log(
    `\n${part}: ${scored.count} key results, accuracy ${pct(scored.accuracy)}, outcomes given an error finding ${scored.outcomesWithError} (${pct(scored.outcomeErrorRate)})`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(scored.classes).map(([kind, c]) => [
        kind,
        { precision: pct(c.precision), recall: pct(c.recall), support: c.support },
      ]),
    ),
  );
}
if (process.argv.includes("--failures")) {
  console.log("\nTuning-part failures (label → read, cue):");
  for (const p of predictions)
    if (p.part === "tuning" && p.kind !== p.item.label)
      console.log(`  ${p.item.label} → ${p.kind} (${p.cue}): ${p.item.text}`);
  console.log("\nTuning-part outcomes given an error finding:");
  for (const p of predictions)
    if (p.part === "tuning" && p.item.label === "outcome" && p.errorRules.length > 0)
      console.log(`  ${p.errorRules.join(", ")}: ${p.item.text}`);
}
