import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { kindExamples } from "../classify/kind-examples.js";
import { KIND_MODEL } from "../classify/kind-model.generated.js";
import { trainKindModel } from "../classify/train-kind-model.js";
import { partOf, predictKinds, scorePredictions } from "./evaluate-kinds.js";
import { loadPublishedKeyResults } from "./published-key-results.js";

const items = loadPublishedKeyResults(
  JSON.parse(
    readFileSync(new URL("../fixtures/published/key-results.json", import.meta.url), "utf8"),
  ),
);
const predictions = predictKinds(items);
const score = (part: string) => scorePredictions(predictions.filter((p) => p.part === part));

// The floors reached when the linter learned to read published key results
// (npm run eval:lint prints the whole table). Lower them only with a reason.
const FLOORS = {
  tuning: { accuracy: 0.93, task: 0.95, threshold: 0.93, outcomeErrors: 0.02 },
  "held-out": { accuracy: 0.85, task: 0.88, threshold: 0.84, outcomeErrors: 0.13 },
};

describe("the published key results corpus", () => {
  it("has at least 300 items from at least 10 organisations, each once, with a source address", () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    expect(new Set(items.map((i) => i.org)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((i) => i.text)).size).toBe(items.length);
    for (const item of items) expect(item.url).toMatch(/^https:\/\//u);
  });

  it("holds out about a third, by a hash of the text", () => {
    const share = items.filter((i) => partOf(i.text) === "held-out").length / items.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.38);
  });
});

describe("the linter on published key results", () => {
  it.each(Object.entries(FLOORS))("stays above the floors on the %s part", (part, floor) => {
    const figures = score(part);
    expect(figures.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
    expect(figures.classes.task.recall).toBeGreaterThanOrEqual(floor.task);
    expect(figures.classes.threshold.recall).toBeGreaterThanOrEqual(floor.threshold);
    expect(figures.outcomeErrorRate).toBeLessThanOrEqual(floor.outcomeErrors);
  });
});

describe("the learned reading", () => {
  it("is the model the training script makes from the tuning part (training is reproducible)", () => {
    expect(trainKindModel(kindExamples(items))).toEqual(KIND_MODEL);
  });

  it("never sees a held-out item while training", () => {
    const tuning = items.filter((i) => partOf(i.text) === "tuning").length;
    expect(kindExamples(items)).toHaveLength(tuning);
  });
});
