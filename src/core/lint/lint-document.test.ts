import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OkapiFileInput } from "../model/okapi-file.js";
import { parseOkapiFile } from "../okapi-file/parse-okapi-file.js";
import { arbitraryDocument } from "./fixtures/arbitrary-document.js";
import { documentWith, kr, objective } from "./fixtures/build-document.js";
import { LINT_CONFIG_RULE, lintDocument } from "./lint-document.js";
import { LINT_RULES } from "./lint-rules.js";

function example(name: string) {
  const file = new URL(`../../../examples/${name}`, import.meta.url);
  const parsed = parseOkapiFile(readFileSync(file, "utf8"), name);
  if (!parsed.ok) throw new Error(`${name} does not validate`);
  return lintDocument(parsed.document).findings;
}

const at = (findings: { rule: string; path: string }[], path: string) =>
  findings.filter((f) => f.path === path).map((f) => f.rule);

describe("lintDocument on the shared examples (their header comments)", () => {
  it("kpis-dressed-as-okrs: kr-is-kpi on every KR, objective-is-kpi on the objective", () => {
    const findings = example("kpis-dressed-as-okrs.okapi.yaml");
    expect(at(findings, "objectives[0]")).toContain("objective-is-kpi");
    for (const k of [0, 1, 2])
      expect(at(findings, `objectives[0].keyResults[${k}]`)).toContain("kr-is-kpi");
  });

  it("kpis: range and guardrail on tickets-closed, lagging-without-leading on nrr, none on the others", () => {
    const findings = example("kpis.okapi.yaml");
    expect(at(findings, "kpis[2]")).toEqual(
      expect.arrayContaining(["kpi-missing-range", "kpi-missing-guardrail"]),
    );
    expect(at(findings, "kpis[0]")).toContain("lagging-without-leading");
    expect(at(findings, "kpis[1]")).toEqual([]);
    expect(at(findings, "kpis[3]")).toEqual([]);
  });

  it("onboarding-good: no kr-is-kpi, kr-is-task, objective-is-kpi or objective-is-metric", () => {
    const rules = example("onboarding-good.okapi.yaml").map((f) => f.rule);
    for (const rule of ["kr-is-kpi", "kr-is-task", "objective-is-kpi", "objective-is-metric"])
      expect(rules).not.toContain(rule);
  });

  it("tasks-as-key-results: kr-is-task on redesign and feature-x, kr-is-kpi on uptime, nothing of the kind on mttr", () => {
    const findings = example("tasks-as-key-results.okapi.yaml");
    expect(at(findings, "objectives[0].keyResults[0]")).toContain("kr-is-task");
    expect(at(findings, "objectives[0].keyResults[1]")).toContain("kr-is-task");
    expect(at(findings, "objectives[0].keyResults[2]")).toContain("kr-is-kpi");
    expect(at(findings, "objectives[0].keyResults[3]")).not.toEqual(
      expect.arrayContaining(["kr-is-task"]),
    );
    expect(at(findings, "objectives[0].keyResults[3]")).not.toContain("kr-is-kpi");
    expect(at(findings, "objectives[0]")).toContain("missing-kill-criteria");
  });
});

describe("lintDocument settings", () => {
  const document = documentWith({ objectives: [objective("o", [kr("Ship the redesign")])] });

  it("applies the file's lint block, and lets the run's options win over it", () => {
    const fromFile = lintDocument({ ...document, lint: { rules: { "kr-is-task": "warning" } } });
    expect(fromFile.findings.find((f) => f.rule === "kr-is-task")?.severity).toBe("warning");
    const fromRun = lintDocument(
      { ...document, lint: { rules: { "kr-is-task": "warning" } } },
      { rules: { "kr-is-task": "off" } },
    );
    expect(fromRun.findings.map((f) => f.rule)).not.toContain("kr-is-task");
  });

  it("applies named thresholds", () => {
    expect(lintDocument(document).findings.map((f) => f.rule)).toContain("too-few-krs");
    expect(
      lintDocument({ ...document, lint: { thresholds: { minKeyResults: 1 } } }).findings.map(
        (f) => f.rule,
      ),
    ).not.toContain("too-few-krs");
  });

  it("reports unknown rule ids and threshold names as errors with a suggestion, without throwing", () => {
    const result = lintDocument({
      ...document,
      lint: { rules: { "kr-is-kpl": "off" }, thresholds: { maxKrs: 3 } },
    });
    const problems = result.findings.filter((f) => f.rule === LINT_CONFIG_RULE);
    expect(problems.map((p) => p.path)).toEqual(["lint.rules.kr-is-kpl", "lint.thresholds.maxKrs"]);
    expect(problems[0]?.message).toContain("did you mean kr-is-kpi?");
    expect(problems.every((p) => p.severity === "error")).toBe(true);
  });

  it("puts the parsed title on key result findings", () => {
    const finding = lintDocument(document).findings.find((f) => f.rule === "kr-is-task");
    expect(finding?.parsed).toMatchObject({ verb: "ship", direction: "deliver" });
  });

  it("has every DESIGN.md rule id, each with a why", () => {
    const ids = LINT_RULES.map((r) => r.id).sort();
    expect(ids).toEqual(
      [
        "kr-is-kpi",
        "objective-is-kpi",
        "kr-is-task",
        "kr-not-measurable",
        "kr-missing-baseline",
        "kr-missing-target",
        "kr-sandbagged",
        "objective-is-metric",
        "too-few-krs",
        "too-many-krs",
        "too-many-objectives",
        "too-many-kpis",
        "missing-owner",
        "multiple-owners",
        "missing-kill-criteria",
        "kpi-missing-range",
        "kpi-missing-owner",
        "lagging-without-leading",
        "kpi-missing-guardrail",
        "okr-fights-kpi",
        "objective-is-output",
        "objective-length",
        "missing-cycle",
        "kr-activity-volume",
        "kr-lagging-only",
        "double-counted-metric",
        "confidence-sandbagging",
        "orphan-objective",
      ].sort(),
    );
    for (const rule of LINT_RULES) expect(rule.why).toMatch(/[.?]$/);
  });
});

describe("lintDocument properties", () => {
  const valid = arbitraryDocument.filter((d) => OkapiFileInput.safeParse(d).success);

  it("never throws on a schema-valid document and counts its findings in the summary", () => {
    fc.assert(
      fc.property(valid, (document) => {
        const result = lintDocument(OkapiFileInput.parse(document));
        expect(result.summary.total).toBe(result.findings.length);
        expect(result.summary.errors + result.summary.warnings + result.summary.infos).toBe(
          result.findings.length,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same document gives the same findings", () => {
    fc.assert(
      fc.property(valid, (document) => {
        const parsed = OkapiFileInput.parse(document);
        expect(lintDocument(structuredClone(parsed))).toEqual(lintDocument(parsed));
      }),
      { numRuns: 150 },
    );
  });
});
