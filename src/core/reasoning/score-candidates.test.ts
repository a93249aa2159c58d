import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecisionType, MetricEntry } from "../knowledge/metric-knowledge.js";
import { Cadence } from "../model/primitives.js";
import { draftKeyResult, stretchTarget } from "./draft-key-result.js";
import type { Reframe } from "./draft-types.js";
import { readDecisionStructure } from "./read-decision-structure.js";
import { scoreCandidates } from "./score-candidates.js";

const metricArbitrary = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    name: fc.string({ minLength: 1, maxLength: 30 }),
    definition: fc.string({ minLength: 1 }),
    formula: fc.string({ minLength: 1 }),
    unit: fc.constantFrom("%", "USD", "days", "count", "x"),
    direction: fc.constantFrom("higher-is-better", "lower-is-better", "within-range"),
    kind: fc.constantFrom("leading", "lagging"),
    axis: fc.constantFrom("quality", "quantity"),
    cadence: fc.constantFrom(...Cadence.options),
    gameability: fc.double({ min: 0, max: 1, noNaN: true }),
    gamingStrategies: fc.array(fc.string({ minLength: 1 }), { maxLength: 2 }),
    decisionTypes: fc.uniqueArray(fc.constantFrom(...DecisionType.options), { maxLength: 3 }),
    source: fc.constantFrom("CRM", "survey tool", "finance model", "billing system"),
    domain: fc.constant("saas"),
  })
  .map((raw) => MetricEntry.parse(raw));

const reframeArbitrary = fc.record({
  decisionType: fc.constantFrom(...DecisionType.options),
  relatedTypes: fc.uniqueArray(fc.constantFrom(...DecisionType.options), { maxLength: 2 }),
});

const NO_STRUCTURE = readDecisionStructure("", "2026-05-20");

describe("scoreCandidates", () => {
  it("keeps every score within 0–1 and gives every score a reason", () => {
    fc.assert(
      fc.property(
        metricArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        reframeArbitrary,
        (metric, retrieval, types) => {
          const reframe = {
            ...types,
            question: "q?",
            constraint: "demand",
            sharpened: false,
            subject: "s",
            reason: "r",
            structure: NO_STRUCTURE,
          } as Reframe;
          const [candidate] = scoreCandidates([{ metric, retrieval, rank: retrieval }], reframe);
          if (!candidate) return false;
          return (
            Object.values(candidate.scores).every((score) => score >= 0 && score <= 1) &&
            Object.values(candidate.reasons).every((reason) => reason.length > 0)
          );
        },
      ),
    );
  });

  it("never rates a metric less relevant when it matches the decision type", () => {
    fc.assert(
      fc.property(
        metricArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        reframeArbitrary,
        (metric, retrieval, types) => {
          const reframe = {
            ...types,
            question: "q?",
            constraint: "demand",
            sharpened: false,
            subject: "s",
            reason: "r",
            structure: NO_STRUCTURE,
          } as Reframe;
          const matching = { ...metric, decisionTypes: [types.decisionType] };
          const other = { ...metric, decisionTypes: [] };
          const [a] = scoreCandidates([{ metric: matching, retrieval, rank: 0 }], reframe);
          const [b] = scoreCandidates([{ metric: other, retrieval, rank: 0 }], reframe);
          return (a?.scores.decisionRelevance ?? 0) >= (b?.scores.decisionRelevance ?? 1);
        },
      ),
    );
  });
});

describe("stretchTarget", () => {
  it("moves the target strictly in the metric's good direction and keeps shares at or under 100%", () => {
    fc.assert(
      fc.property(
        metricArbitrary,
        fc.double({ min: 0.01, max: 99, noNaN: true }),
        (metric, baseline) => {
          if (metric.direction === "within-range") return true;
          const [candidate] = scoreCandidates([{ metric, retrieval: 0, rank: 0 }], {
            decisionType: "pricing",
            relatedTypes: [],
            question: "q?",
            constraint: "cash",
            sharpened: false,
            subject: "s",
            reason: "r",
            structure: NO_STRUCTURE,
          });
          if (!candidate) return false;
          const target = stretchTarget(baseline, candidate, 0.2);
          const better =
            metric.direction === "lower-is-better" ? target < baseline : target > baseline;
          return better && (metric.unit !== "%" || target <= 100);
        },
      ),
    );
  });
});

describe("draftKeyResult", () => {
  it("marks a KR without workspace data as measured in week 1, with a relative target in the title", () => {
    const [candidate] = scoreCandidates(
      [
        {
          metric: MetricEntry.parse({
            id: "win-rate",
            name: "Win rate",
            domain: "sales",
            definition: "d",
            formula: "f",
            unit: "%",
            direction: "higher-is-better",
            kind: "lagging",
            axis: "quality",
            cadence: "monthly",
            gameability: 0.4,
            source: "CRM",
          }),
          retrieval: 1,
          rank: 1,
        },
      ],
      {
        decisionType: "acquisition",
        relatedTypes: [],
        question: "q?",
        constraint: "demand",
        sharpened: false,
        subject: "s",
        reason: "r",
        structure: NO_STRUCTURE,
      },
    );
    if (!candidate) throw new Error("candidate expected");
    const kr = draftKeyResult(candidate, undefined, 0.2);
    expect(kr).toMatchObject({ from: null, to: null, baseline: "measure baseline in week 1" });
    expect(kr.title).toBe("Increase win rate by 20% against its week-1 baseline");
    expect(draftKeyResult(candidate, 30, 0.2).title).toBe("Increase win rate from 30% to 36%");
  });

  it("closes part of the gap to 100% for a share, so an unknown baseline never targets more than 100%", () => {
    const share = MetricEntry.parse({
      id: "otd",
      name: "On-time delivery rate",
      domain: "logistics",
      definition: "Share of orders delivered by the promised date.",
      formula: "f",
      unit: "%",
      direction: "higher-is-better",
      kind: "lagging",
      axis: "quality",
      cadence: "weekly",
      gameability: 0.4,
      source: "carrier tracking",
    });
    const [candidate] = scoreCandidates([{ metric: share, retrieval: 1, rank: 1 }], {
      decisionType: "quality",
      relatedTypes: [],
      question: "q?",
      constraint: "quality",
      sharpened: false,
      subject: "s",
      reason: "r",
      structure: NO_STRUCTURE,
    });
    if (!candidate) throw new Error("candidate expected");
    expect(draftKeyResult(candidate, undefined, 0.2).title).toBe(
      "Increase on-time delivery rate by 20% of the gap between its week-1 baseline and 100%",
    );
  });
});
