import { describe, expect, it } from "vitest";
import { parseCycle } from "../model/cycle.js";
import type { Objective } from "../model/objective.js";
import type { OkapiDocument } from "../model/okapi-file.js";
import { carryForwardObjective } from "../okr/carry-forward-objective.js";
import { buildKpiTrendReview } from "./build-kpi-trend-review.js";
import { buildQuarterlyReview } from "./build-quarterly-review.js";
import { renderQuarterlyHtml, renderQuarterlyMarkdown } from "./render-quarterly.js";

const won: Objective = {
  id: "upgrades",
  title: "Let customers expand without waiting for sales",
  owner: "ana",
  team: "growth",
  cycle: "2026-Q3",
  type: "aspirational",
  retro: "Upgrades nearly doubled.",
  keyResults: [
    {
      id: "seat-upgrades",
      title: "Increase self-serve seat upgrades from 30 to 60 per month",
      from: 30,
      to: 60,
      checkins: [55, 56, 57, 58, 59, 58, 60, 59].map((value, i) => ({
        at: `2026-0${7 + Math.floor(i / 3)}-${String(5 + (i % 3) * 7).padStart(2, "0")}`,
        value,
      })),
    },
  ],
};
const lost: Objective = {
  id: "renewals",
  title: "Make renewals a process, not a scramble",
  owner: "bo",
  team: "cs",
  cycle: "2026-Q3",
  type: "committed",
  keyResults: [
    {
      id: "on-time",
      title: "Raise on-time renewals from 70% to 90%",
      from: 70,
      to: 90,
      checkins: [{ at: "2026-09-20", value: 80 }],
    },
  ],
};
const q4 = parseCycle("2026-Q4");
if (!q4) throw new Error("2026-Q4 does not parse");

const document = (objectives: Objective[]): OkapiDocument => ({
  version: 1,
  organization: "Acme",
  objectives,
});

describe("buildQuarterlyReview", () => {
  it("grades the quarter that ended, keeps retros and proposes the successful KR as a KPI", () => {
    const review = buildQuarterlyReview(document([won, lost]), { asOf: "2026-10-01" });
    expect(review?.period).toBe("2026-Q3");
    expect(review?.objectives.map((o) => [o.id, o.success])).toEqual([
      ["upgrades", true],
      ["renewals", false],
    ]);
    expect(review?.objectives[0]?.retro).toBe("Upgrades nearly doubled.");
    expect(review?.promotions.map((p) => p.keyResult)).toEqual(["seat-upgrades"]);
    expect(review?.unfinished).toEqual(["renewals"]);
  });

  it("lists an objective carried into the next cycle as carried over, not unfinished", () => {
    const carried = carryForwardObjective(lost, q4);
    const review = buildQuarterlyReview(document([won, lost, carried]), { asOf: "2026-10-01" });
    expect(review?.carriedOver).toEqual([
      { from: "renewals", to: "renewals-2026-q4", cycle: "2026-Q4", title: lost.title },
    ]);
    expect(review?.unfinished).toEqual([]);
    expect(renderQuarterlyMarkdown(review as never)).toContain(
      "- renewals → renewals-2026-q4 (2026-Q4)",
    );
  });

  it("returns null for a cycle that does not resolve, and escapes names in HTML", () => {
    expect(
      buildQuarterlyReview(document([won]), { asOf: "2026-10-01", cycle: "someday" }),
    ).toBeNull();
    const review = buildQuarterlyReview(
      { ...document([{ ...won, title: "Ship <script>" }]) },
      { asOf: "2026-10-01" },
    );
    expect(renderQuarterlyHtml(review as never)).toContain("Ship &lt;script&gt;");
  });
});

describe("buildKpiTrendReview", () => {
  it("reports each KPI's trend for the month it runs in", () => {
    const review = buildKpiTrendReview(
      {
        version: 1,
        organization: "Acme",
        kpis: [
          {
            id: "mrr",
            name: "MRR",
            direction: "higher-is-better",
            cadence: "monthly",
            measurements: Array.from({ length: 12 }, (_, i) => ({
              at: `2026-${String(i + 1).padStart(2, "0")}-28`,
              value: 100 + i * 10,
            })),
          },
        ],
      },
      "2026-12-01",
    );
    expect(review.period).toBe("2026-12");
    expect(review.kpis[0]).toMatchObject({ id: "mrr", trend: "rising" });
  });
});
