// Prints how the decision engine's offline drafts fare on the evaluation set: the pass rate of
// each property on the tuning part and the held-out part. Failures are listed for the tuning
// part only (--failures): the engine is never tuned on held-out items.
import { readFileSync } from "node:fs";
import { evaluateDrafts, loadEvaluationSet } from "../src/core/reasoning/evaluate-drafts.ts";

const items = loadEvaluationSet(
  JSON.parse(
    readFileSync(new URL("../src/core/reasoning/fixtures/decisions.json", import.meta.url), "utf8"),
  ),
);
const result = evaluateDrafts(items);
const pct = (x) => `${(x * 100).toFixed(1)}%`;
for (const [part, scores] of Object.entries(result)) {
  console.log(`\n${part}:`);
  console.table(
    Object.fromEntries(
      Object.entries(scores).map(([property, s]) => [
        property,
        { "pass rate": pct(s.rate), passed: s.passed, asked: s.asked },
      ]),
    ),
  );
}
if (process.argv.includes("--failures")) {
  console.log("\nTuning-part failures:");
  for (const [property, s] of Object.entries(result.tuning))
    for (const decision of s.failures) console.log(`  ${property}: ${decision}`);
}
