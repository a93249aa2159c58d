import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { missingKillCriteria } from "./missing-kill-criteria.js";

describe("missingKillCriteria", () => {
  it("flags an open objective without tripwires and proposes one on a measured key result", () => {
    const hits = runOnTitles(
      missingKillCriteria,
      ["Ship the redesign", "Reduce MTTR from 25 min to 10 min"],
      { killCriteria: [] },
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.fix).toContain("above:");
  });

  it("leaves objectives with a tripwire, and closed ones, alone", () => {
    expect(runOnTitles(missingKillCriteria, [])).toEqual([]);
    expect(runOnTitles(missingKillCriteria, [], { killCriteria: [], status: "achieved" })).toEqual(
      [],
    );
  });
});
