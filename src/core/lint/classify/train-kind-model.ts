import type { KrKind } from "../../language/parsed-key-result.js";

/** Weights of a multinomial logistic regression over named features, one row per kind. */
export interface KindModel {
  kinds: readonly KrKind[];
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
}

/** A training example: the features of a sentence and its label. */
export interface KindExample {
  features: readonly string[];
  label: KrKind;
}

// Fixed settings make training reproducible: full-batch gradient descent from zero.
const TRAINING = { epochs: 400, rate: 0.5, l2: 0.002, minCount: 2 } as const;
const KINDS: readonly KrKind[] = ["outcome", "task", "threshold", "unmeasurable"];

/** Softmax over the kinds for a set of present features. */
export function scoreKinds(model: KindModel, features: readonly string[]): number[] {
  const logits = model.bias.map((b, k) => {
    let sum = b;
    for (const feature of features) sum += model.weights[feature]?.[k] ?? 0;
    return sum;
  });
  const top = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * Trains the learned reading from labelled examples (the tuning part of the published
 * corpus): features seen at least twice, L2-regularised, deterministic for the same input.
 */
export function trainKindModel(examples: readonly KindExample[]): KindModel {
  const counts = new Map<string, number>();
  for (const example of examples)
    for (const feature of new Set(example.features))
      counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= TRAINING.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const rows = examples.map((e) => ({
    features: [...new Set(e.features)].flatMap((f) =>
      index.has(f) ? [index.get(f) as number] : [],
    ),
    label: KINDS.indexOf(e.label),
  }));
  const w = names.map(() => KINDS.map(() => 0));
  const b = KINDS.map(() => 0);
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    const gw = names.map(() => KINDS.map(() => 0));
    const gb = KINDS.map(() => 0);
    for (const row of rows) {
      const logits = b.map((bias, k) => row.features.reduce((s, f) => s + (w[f]?.[k] ?? 0), bias));
      const top = Math.max(...logits);
      const exps = logits.map((l) => Math.exp(l - top));
      const total = exps.reduce((x, y) => x + y, 0);
      exps.forEach((e, k) => {
        const error = e / total - (k === row.label ? 1 : 0);
        gb[k] = (gb[k] ?? 0) + error;
        for (const f of row.features) {
          const g = gw[f];
          if (g) g[k] = (g[k] ?? 0) + error;
        }
      });
    }
    const n = rows.length;
    for (let k = 0; k < KINDS.length; k++) b[k] = (b[k] ?? 0) - (TRAINING.rate * (gb[k] ?? 0)) / n;
    w.forEach((weights, f) => {
      for (let k = 0; k < KINDS.length; k++) {
        const value = weights[k] ?? 0;
        weights[k] = value - TRAINING.rate * ((gw[f]?.[k] ?? 0) / n + TRAINING.l2 * value);
      }
    });
  }
  return {
    kinds: KINDS,
    bias: b.map(round),
    weights: Object.fromEntries(names.map((name, f) => [name, (w[f] ?? []).map(round)])),
  };
}
