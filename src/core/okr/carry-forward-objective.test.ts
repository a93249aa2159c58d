import { describe, expect, it } from "vitest";
import { parseCycle } from "../model/cycle.js";
import type { Objective } from "../model/index.js";
import { carryForwardObjective } from "./carry-forward-objective.js";

const next = parseCycle("2027-Q1");
const objective: Objective = {
  id: "guided-setup",
  title: "Get every new account to a shared dashboard in its first week",
  owner: "dana",
  team: "growth",
  cycle: "2026-Q4",
  status: "missed",
  retro: "Setup wizard slipped",
  keyResults: [
    {
      id: "completion",
      title: "Increase guided setup completion from 40% to 70%",
      from: 40,
      to: 70,
      grade: { score: 0.3, comment: "late" },
      checkins: [{ at: "2026-11-02", value: 45, confidence: 4 }],
    },
  ],
  killCriteria: [
    {
      metric: "completion",
      below: 45,
      by: "2026-11-15",
      decision: { outcome: "continue", by: "dana", at: "2026-11-16", reason: "v2" },
    },
    { by: "2026-12-10" },
  ],
};

describe("carryForwardObjective", () => {
  if (!next) throw new Error("cycle");
  const carried = carryForwardObjective(objective, next);

  it("keeps the outcome and targets but starts the new cycle without check-ins, grades, status or retro", () => {
    expect(carried).toMatchObject({
      id: "guided-setup-2027-q1",
      cycle: "2027-Q1",
      owner: "dana",
      team: "growth",
    });
    expect(carried.keyResults).toEqual([
      {
        id: "completion-2027-q1",
        title: "Increase guided setup completion from 40% to 70%",
        from: 40,
        to: 70,
      },
    ]);
    expect(carried.status).toBeUndefined();
    expect(carried.retro).toBeUndefined();
    expect(carried.description).toContain("Carried forward from guided-setup (2026-Q4)");
  });

  it("keeps metric tripwires on the renamed key results, drops old dates and decisions, and adds a mid-cycle checkpoint", () => {
    expect(carried.killCriteria).toEqual([
      { metric: "completion-2027-q1", below: 45 },
      { by: "2027-02-15", note: expect.stringContaining("carried forward from 2026-Q4") },
    ]);
  });

  it("leaves the original objective untouched", () => {
    expect(objective.keyResults?.[0]?.checkins).toHaveLength(1);
    expect(objective.killCriteria).toHaveLength(2);
  });
});
