import { describe, expect, it } from "vitest";
import type { Kpi } from "../model/kpi.js";
import type { Objective } from "../model/objective.js";
import { assessObjective, type ObjectiveContext } from "./assess-objective.js";

const cycles = [{ id: "c", start: "2026-01-01", end: "2026-01-11" }];
const context = (asOf: string, kpis: Kpi[] = []): ObjectiveContext => ({
  asOf,
  staleDays: 7,
  kpis: new Map(kpis.map((kpi) => [kpi.id, kpi])),
  cycles,
});

const objective: Objective = {
  id: "grow",
  title: "Become the tool new teams pick first",
  cycle: "c",
  keyResults: [
    // 50% at the middle.
    {
      id: "a",
      title: "a",
      from: 0,
      to: 10,
      checkins: [{ at: "2026-01-06", value: 5, confidence: 8 }],
    },
    // 100% at the middle, weighted 3.
    {
      id: "b",
      title: "b",
      from: 0,
      to: 10,
      weight: 3,
      checkins: [{ at: "2026-01-06", value: 10, confidence: 8 }],
    },
  ],
};

describe("assessObjective", () => {
  it("weights the mean of its key results' progress", () => {
    const status = assessObjective(objective, context("2026-01-06"));
    // (1·0.5 + 3·1) / 4
    expect(status.progress).toBeCloseTo(0.875, 12);
    expect(status.expected).toBe(0.5);
    expect(status.risk).toBe("on-track");
  });

  it("requires a decision when a tripwire fires and nobody has recorded one", () => {
    const wired: Objective = {
      ...objective,
      killCriteria: [{ metric: "a", below: 6, by: "2026-01-06" }],
    };
    const status = assessObjective(wired, context("2026-01-07"));
    expect(status.decisionRequired).toBe(true);
    expect(status.risk).toBe("off-track");
    expect(status.reasons[0]).toMatchObject({
      code: "tripwire-hit",
      message: expect.stringContaining("decision required"),
    });
    expect(status.keyResults[0]?.reasons.map((r) => r.code)).toEqual(["tripwire-hit"]);
  });

  it("shows the recorded decision instead of asking for one", () => {
    const decision = {
      outcome: "continue",
      by: "sam",
      at: "2026-01-07",
      reason: "the fix ships Monday",
    } as const;
    const wired: Objective = { ...objective, killCriteria: [{ by: "2026-01-06", decision }] };
    const status = assessObjective(wired, context("2026-01-07"));
    expect(status.decisionRequired).toBe(false);
    expect(status.decisions).toEqual([decision]);
    expect(status.reasons[0]?.message).toContain("decided continue by sam");
  });

  it("requires no decision while its tripwires hold", () => {
    const wired: Objective = {
      ...objective,
      killCriteria: [{ metric: "a", below: 4 }, { by: "2026-01-10" }],
    };
    const status = assessObjective(wired, context("2026-01-07"));
    expect(status.decisionRequired).toBe(false);
    expect(status.tripwires.map((w) => w.state)).toEqual(["armed", "armed"]);
  });

  it("flags a red leading indicator KPI", () => {
    const kpi: Kpi = {
      id: "wau",
      name: "WAU",
      alert: { below: 100 },
      measurements: [{ at: "2026-01-05", value: 80 }],
    };
    const status = assessObjective(
      { ...objective, leadingIndicators: ["wau"] },
      context("2026-01-06", [kpi]),
    );
    expect(status.reasons.map((r) => r.code)).toContain("kpi-red");
    const healthy = { ...kpi, measurements: [{ at: "2026-01-05", value: 120 }] };
    expect(
      assessObjective(
        { ...objective, leadingIndicators: ["wau"] },
        context("2026-01-06", [healthy]),
      ).reasons,
    ).toEqual([]);
  });

  it("is graded once its cycle is over, not before", () => {
    expect(assessObjective(objective, context("2026-01-10")).grade).toBeUndefined();
    expect(assessObjective(objective, context("2026-01-11")).grade?.score).toBe(0.88);
  });

  it("keeps only the tripwire record of a closed objective", () => {
    const decision = { outcome: "stop", by: "sam", at: "2026-01-07", reason: "no demand" } as const;
    const closed: Objective = {
      ...objective,
      status: "missed",
      keyResults: [
        {
          id: "a",
          title: "a",
          from: 0,
          to: 10,
          checkins: [{ at: "2026-01-06", value: 1, confidence: 2 }],
        },
      ],
      killCriteria: [{ by: "2026-01-06", decision }],
    };
    const status = assessObjective(closed, context("2026-01-20"));
    expect([status.health, status.risk]).toEqual(["missed", "off-track"]);
    expect(status.reasons.map((r) => r.code)).toEqual(["tripwire-hit"]);
  });

  it("is at risk, not off track, when one KR of several is off track", () => {
    const mixed: Objective = {
      ...objective,
      keyResults: [
        {
          id: "a",
          title: "a",
          from: 0,
          to: 10,
          checkins: [{ at: "2026-01-06", value: 0, confidence: 8 }],
        },
        {
          id: "b",
          title: "b",
          from: 0,
          to: 10,
          checkins: [{ at: "2026-01-06", value: 6, confidence: 8 }],
        },
        {
          id: "c",
          title: "c",
          from: 0,
          to: 10,
          checkins: [{ at: "2026-01-06", value: 6, confidence: 8 }],
        },
      ],
    };
    const status = assessObjective(mixed, context("2026-01-06"));
    expect(status.keyResults[0]?.risk).toBe("off-track");
    // Mean progress 40% against 50% expected: 10 points behind.
    expect(status.risk).toBe("at-risk");
  });

  it("carries KR reasons up tagged with the key result's id and title", () => {
    const lagging: Objective = {
      ...objective,
      keyResults: [
        {
          id: "a",
          title: "Raise activation from 0 to 10",
          from: 0,
          to: 10,
          checkins: [{ at: "2026-01-06", value: 1, confidence: 8 }],
        },
      ],
    };
    const status = assessObjective(lagging, context("2026-01-06"));
    expect(status.reasons).toContainEqual(
      expect.objectContaining({
        code: "behind-pace",
        keyResult: "a",
        keyResultTitle: "Raise activation from 0 to 10",
      }),
    );
    // The objective's own reasons are about the objective: no key result named.
    expect(status.reasons.filter((r) => r.keyResult === undefined)).toEqual(
      status.reasons.filter((r) => r.keyResultTitle === undefined),
    );
  });
});

describe("assessObjective for an objective set mid-cycle", () => {
  const quarter = [{ id: "q", start: "2026-01-01", end: "2026-03-31" }];
  const fresh: Objective = {
    id: "fresh",
    title: "Make the first week the reason teams stay",
    cycle: "q",
    since: "2026-02-20",
    keyResults: [
      { id: "k1", title: "Raise week-1 activation from 30% to 45%", from: 30, to: 45 },
      { id: "k2", title: "Cut time to first chart from 9 to 4 days", from: 9, to: 4 },
    ],
  };
  const at = (asOf: string) =>
    assessObjective(fresh, { asOf, staleDays: 7, kpis: new Map(), cycles: quarter });

  it("is pending, not stale, until its first check-in is due", () => {
    const status = at("2026-02-20");
    expect(status.health).toBe("pending");
    expect(status.keyResults.map((kr) => kr.health)).toEqual(["pending", "pending"]);
    // Silence is never green: pending is still at risk, and says when the first check-in is due.
    expect(status.risk).toBe("at-risk");
    expect(status.reasons.map((r) => r.code)).not.toContain("stale-checkin");
    expect(status.reasons[0]?.message).toContain("the first is due by 2026-02-27");
    expect(at("2026-02-27").health).toBe("pending");
  });

  it("is stale once its first check-in is overdue", () => {
    expect(at("2026-02-28").health).toBe("stale");
  });

  it("is stale at once without a set day, as before (weeks into the cycle, never checked in)", () => {
    const { since: _since, ...undated } = fresh;
    const status = assessObjective(undated, {
      asOf: "2026-02-20",
      staleDays: 7,
      kpis: new Map(),
      cycles: quarter,
    });
    expect(status.health).toBe("stale");
  });
});
