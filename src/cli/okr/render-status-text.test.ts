import { describe, expect, it } from "vitest";
import { computeOkrStatus } from "../../core/okr/compute-okr-status.js";
import { progressBar, renderStatusText } from "./render-status-text.js";

describe("progressBar", () => {
  it("fills the bar to the progress and marks where progress is expected", () => {
    expect(progressBar(0.5, 0.75)).toBe(`[${"█".repeat(10)}░░░░░|${"░".repeat(4)}]`);
    expect(progressBar(null, 0)).toBe(`[|${"░".repeat(19)}]`);
  });

  it("keeps the expected marker inside the bar at the cycle's end", () => {
    expect(progressBar(1, 1)).toBe(`[${"█".repeat(19)}|]`);
  });
});

describe("renderStatusText", () => {
  it("says so when there is nothing to track", () => {
    const status = computeOkrStatus({ version: 1, organization: "Acme" }, { asOf: "2026-08-14" });
    expect(renderStatusText(status)).toContain("no objectives to track");
  });

  it("shows a graded objective's score and the promotion candidates once the cycle is over", () => {
    const status = computeOkrStatus(
      {
        version: 1,
        organization: "Acme",
        objectives: [
          {
            id: "o",
            title: "Win the mid-market",
            cycle: "2026-Q3",
            keyResults: [
              {
                id: "k",
                title: "Grow demos from 10 to 20",
                from: 10,
                to: 20,
                metric: "demos",
                checkins: [{ at: "2026-09-28", value: 20 }],
              },
            ],
          },
        ],
      },
      { asOf: "2026-10-02" },
    );
    const text = renderStatusText(status);
    expect(text).toContain("grade 1.00 (aspirational, success)");
    expect(text).toContain("k succeeded on a metric that is not a KPI");
    expect(text).toContain("2026-Q3: all 1 aspirational key results scored ~1.0");
  });
});
