import { parseKeyResult } from "../../language/parse-key-result.js";
import { type LabelledKeyResult, partOf } from "../evaluate/evaluate-kinds.js";
import { kindFeatures } from "./kind-features.js";
import type { KindExample } from "./train-kind-model.js";

/** The training examples: tuning-part items only, so the held-out part stays unseen. */
export function kindExamples(items: readonly LabelledKeyResult[]): KindExample[] {
  return items
    .filter((item) => partOf(item.text) === "tuning")
    .map((item) => ({
      features: kindFeatures(item.text, parseKeyResult(item.text)).map((f) => f.name),
      label: item.label,
    }));
}
