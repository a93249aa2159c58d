import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lintFiles } from "./lint-files.js";
import { renderLintText } from "./render-lint-text.js";
import { toSarif } from "./to-sarif.js";

const EXAMPLE = fileURLToPath(
  new URL("../../../examples/tasks-as-key-results.okapi.yaml", import.meta.url),
);

describe("lint output", () => {
  const linted = lintFiles([EXAMPLE], {});

  it("shows in text how each key result was read and the rewrite", () => {
    const text = renderLintText(linted, false);
    expect(text).toContain('read: task, because it leads with the work ("Ship")');
    expect(text).toContain('read: threshold, because it states an operating floor ("99.5%")');
    expect(text).toMatch(/fix: .*"Raise .* from .* to .*"/u);
  });

  it("puts the rewrite, the kind and its evidence in SARIF", () => {
    const sarif = toSarif(linted, "0.0.0") as {
      runs: {
        results: {
          ruleId: string;
          message: { text: string };
          properties: Record<string, unknown>;
        }[];
      }[];
    };
    const uptime = sarif.runs[0]?.results.find((r) => r.ruleId === "kr-is-kpi");
    expect(uptime?.properties.rewrite).toMatch(/^Raise uptime from today's value to /u);
    expect(uptime?.message.text).toContain("Fix: ");
    expect(uptime?.properties.parsed).toMatchObject({
      kind: "threshold",
      evidence: { cue: "floor" },
    });
  });
});
