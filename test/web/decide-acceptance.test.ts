import { describe, expect, it } from "vitest";
import {
  acceptanceOf,
  type Draft,
  type DraftOkr,
  editsOf,
} from "../../web/src/screens/decide/draft-types.js";

const okr: DraftOkr = {
  objective: "Prove the new market can grow",
  cycle: "2026-H2",
  keyResults: [
    {
      id: "pipeline",
      title: "Increase pipeline by 20%",
      metric: "pipeline",
      name: "Pipeline",
      from: null,
      to: null,
      unit: "USD",
      direction: "higher-is-better",
      kind: "lagging",
      baseline: "measure baseline in week 1",
    },
  ],
  leadingIndicators: [],
  killCriteria: [],
};
const draft = {
  id: "d1",
  decision: "Expand?",
  status: "open",
  createdAt: "2026-11-23T00:00:00Z",
  createdBy: "admin",
  result: { candidates: [{ metric: "pipeline", workspaceKpi: "pipeline-kpi" }] },
} as unknown as Draft;

describe("acceptanceOf", () => {
  it("sends nothing for an untouched draft, so it is accepted exactly as drafted", () => {
    expect(acceptanceOf(draft, okr, editsOf(okr, undefined, ""))).toEqual({});
  });

  it("sends only what changed; edited key results keep their id, KPI link, kind and direction", () => {
    const edits = editsOf(okr, undefined, "maria");
    edits.title = "Win mid-market customers who stay";
    edits.keyResults = [{ title: "Grow pipeline to 250k", from: "", to: "250,000", unit: "USD" }];
    expect(acceptanceOf(draft, okr, edits)).toEqual({
      objective: {
        title: "Win mid-market customers who stay",
        owner: "maria",
        keyResults: [
          {
            id: "pipeline",
            title: "Grow pipeline to 250k",
            to: 250000,
            unit: "USD",
            direction: "higher-is-better",
            kpi: "pipeline-kpi",
            kind: "lagging",
          },
        ],
      },
    });
  });
});
