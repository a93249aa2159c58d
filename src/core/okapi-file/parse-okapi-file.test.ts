import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOkapiFile } from "./parse-okapi-file.js";

const EXAMPLES = new URL("../../../examples/", import.meta.url);

const header = `version: 1
organization: Acme
people:
  - { id: maria, name: Maria Lopez, email: maria@example.com }
teams:
  - { id: growth, name: Growth, lead: maria }
`;

function errorsOf(text: string) {
  const result = parseOkapiFile(text, "goals.yaml");
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("parseOkapiFile", () => {
  it("accepts every shared example", () => {
    const names = readdirSync(EXAMPLES).filter((f) => f.endsWith(".yaml"));
    expect(names).toEqual(
      expect.arrayContaining(["acme.okapi.yaml", "onboarding-good.okapi.yaml"]),
    );
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const result = parseOkapiFile(readFileSync(new URL(name, EXAMPLES), "utf8"), name);
      expect(result.ok, name).toBe(true);
    }
  });

  it("reports an alias inside its own anchor instead of looping, and accepts other aliases", () => {
    const loops = [
      ["teams: &loop\n  - *loop\n", 4],
      ["teams: &loop [*loop]\n", 3],
    ] as const;
    for (const [loop, line] of loops) {
      const [error] = errorsOf(`version: 1\norganization: Acme\n${loop}`);
      expect(error?.message).toContain("refers to its own anchor");
      expect(error?.line).toBe(line);
    }
    const shared = `${header}cycles:\n  - &q { id: q3, start: 2026-07-01, end: 2026-09-30 }\n`;
    expect(parseOkapiFile(shared).ok).toBe(true);
  });

  it("accepts JSON with the same shape", () => {
    const result = parseOkapiFile(
      JSON.stringify({ version: 1, organization: "Acme", people: [] }),
      "g.json",
    );
    expect(result.ok).toBe(true);
  });

  it("keeps dates as text instead of turning them into Date objects", () => {
    const result = parseOkapiFile(
      `${header}kpis:\n  - { id: nrr, name: NRR, measurements: [{ at: 2026-06-30, value: 103.5 }] }\n`,
    );
    expect(result.ok && result.document.kpis?.[0]?.measurements?.[0]?.at).toBe("2026-06-30");
  });

  it("rejoins a title YAML split at a thousands comma and warns", () => {
    const result = parseOkapiFile(
      `${header}objectives:\n  - id: o\n    title: Grow\n    keyResults:\n      - { id: k, title: Reach 1,000 users }\n`,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.document.objectives?.[0]?.keyResults?.[0]?.title).toBe(
      "Reach 1,000 users",
    );
    expect(result.warnings[0]).toMatchObject({
      line: 11,
      path: "objectives[0].keyResults[0].title",
    });
  });

  it("reports a YAML syntax error at its line and column", () => {
    const [error] = errorsOf("version: 1\norganization: [Acme\n");
    expect(error).toMatchObject({ file: "goals.yaml", code: "syntax", line: 3 });
  });

  it("reports every mistake of a file at once, each located and with a fix", () => {
    const text = `version: 1
organization: Acme
people:
  - { id: maria, name: Maria, emial: m@example.com }
  - { id: maria, name: Maria Again }
  - { id: li, name: Li, email: not-an-email }
teams:
  - { id: growth, name: Growth, lead: mario }
kpis:
  - id: nrr
    name: NRR
    direction: up
    healthy: { min: "105%" }
    alert: { below: 110, above: 90 }
    guardrails: [gross-margin]
    status: retired
objectives:
  - id: o1
    title: Grow
    ownr: maria
    cycle: 2026-Q5
    keyResults:
      - { id: k1, title: Increase activation from 3% to 5%, from: 4 }
      - { id: k1, title: Second, kpi: nps, checkins: [{ at: 2026-02-30, value: 3, confidence: 12 }] }
    killCriteria:
      - { below: 40 }
`;
    const errors = errorsOf(text);
    const byCode = (code: string) => errors.filter((e) => e.code === code);
    expect(byCode("unknown-key").map((e) => e.path)).toEqual([
      "people[0].emial",
      "objectives[0].ownr",
    ]);
    expect(byCode("unknown-key")[0]?.fix).toContain('"email"');
    expect(byCode("unknown-key")[1]).toMatchObject({ line: 20, column: 5 });
    const paths = errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "people[2].email",
        "kpis[0].direction",
        "kpis[0].healthy.min",
        "objectives[0].keyResults[1].checkins[0].at",
        "objectives[0].keyResults[1].checkins[0].confidence",
        "objectives[0].killCriteria[0].metric",
      ]),
    );
    for (const error of errors) {
      expect(error.line).toBeGreaterThan(0);
      expect(error.column).toBeGreaterThan(0);
      expect(error.fix.length).toBeGreaterThan(5);
    }
    expect(errors.find((e) => e.path === "kpis[0].direction")?.line).toBe(12);
    expect(errors.find((e) => e.path === "kpis[0].healthy.min")?.message).toContain(
      "expected a number",
    );
  });

  it("reports duplicate ids, dangling references, bad cycles and title contradictions", () => {
    const text = `${header}kpis:
  - { id: nrr, name: NRR, owner: mario, guardrails: [gross-margin], leading: [{ kpi: activaton }] }
  - { id: nrr, name: Duplicate }
objectives:
  - id: o1
    title: Grow
    owner: maria
    team: growht
    cycle: 2026-Q5
    parent: company
    leadingIndicators: [nrr]
    keyResults:
      - { id: k1, title: Increase activation from 3% to 5%, from: 4, to: 5 }
      - { id: k1, title: Second, kpi: nps }
    killCriteria:
      - { metric: adoption, below: 40, by: 2026-08-15 }
`;
    const errors = errorsOf(text);
    const summary = errors.map((e) => `${e.code} ${e.path}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        "dangling-reference kpis[0].owner",
        "dangling-reference kpis[0].guardrails[0]",
        "dangling-reference kpis[0].leading[0].kpi",
        "duplicate-id kpis[1].id",
        "dangling-reference objectives[0].team",
        "bad-value objectives[0].cycle",
        "dangling-reference objectives[0].parent",
        "contradiction objectives[0].keyResults[0].from",
        "duplicate-id objectives[0].keyResults[1].id",
        "dangling-reference objectives[0].keyResults[1].kpi",
        "dangling-reference objectives[0].killCriteria[0].metric",
      ]),
    );
    expect(errors.find((e) => e.path === "kpis[0].owner")?.fix).toContain('"maria"');
    expect(errors.find((e) => e.path === "objectives[0].team")?.fix).toContain('"growth"');
    expect(errors.find((e) => e.path === "objectives[0].keyResults[0].from")?.line).toBe(19);
  });

  it("says what is missing when a required key is absent", () => {
    const errors = errorsOf("version: 1\npeople:\n  - { id: ana }\n");
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['"organization" is required', '"name" is required']),
    );
  });

  it("asks for a reason when a KPI is retired", () => {
    const [error] = errorsOf(`${header}kpis:\n  - { id: nrr, name: NRR, status: retired }\n`);
    expect(error).toMatchObject({ path: "kpis[0].retiredReason", line: 8 });
    expect(error?.fix).toContain("say why");
  });

  it("rejects a version other than 1", () => {
    const [error] = errorsOf("version: 2\norganization: Acme\n");
    expect(error).toMatchObject({ path: "version", line: 1, column: 10 });
  });

  it("rejects duplicate YAML keys instead of keeping the last one", () => {
    const [error] = errorsOf("version: 1\norganization: Acme\norganization: Other\n");
    expect(error?.code).toBe("syntax");
  });
});
