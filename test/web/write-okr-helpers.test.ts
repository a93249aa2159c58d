import { describe, expect, it } from "vitest";
import {
  blankDraft,
  fromObjective,
  slugOf,
  toObjective,
} from "../../web/src/screens/write-okr/objective-draft.js";
import {
  type Finding,
  fieldOf,
  firstPlaceholder,
  titleRewrite,
} from "../../web/src/screens/write-okr/place-findings.js";

const finding = (rule: string, path: string, fix: string): Finding => ({
  rule,
  severity: "error",
  path,
  message: "",
  fix,
});

describe("fieldOf", () => {
  it("places a key result's finding on that key result, by position", () => {
    expect(fieldOf(finding("kr-is-task", "objectives[3].keyResults[1]", ""), 3)).toBe("kr:1");
  });
  it("places objective-level findings on the field they are about, others on the objective", () => {
    expect(fieldOf(finding("missing-owner", "objectives[0]", ""), 0)).toBe("owner");
    expect(fieldOf(finding("objective-is-output", "objectives[0]", ""), 0)).toBe("title");
    expect(fieldOf(finding("missing-kill-criteria", "objectives[0]", ""), 0)).toBe("killCriteria");
    expect(fieldOf(finding("too-many-objectives", "objectives[0]", ""), 0)).toBe("general");
  });
  it("ignores findings about other objectives, including ones whose index starts the same", () => {
    expect(fieldOf(finding("kr-is-task", "objectives[1].keyResults[0]", ""), 0)).toBeUndefined();
    expect(fieldOf(finding("kr-is-task", "objectives[10].keyResults[0]", ""), 1)).toBeUndefined();
  });
});

describe("titleRewrite", () => {
  it("takes the quoted example after e.g., not the current title quoted as the plan", () => {
    const fix =
      'Name the change it should cause, e.g. "Increase <metric the wizard should move> from <today> to <target>", and keep "Ship the wizard" in the plan as the work';
    expect(titleRewrite(finding("kr-is-task", "p", fix), "Ship the wizard")).toBe(
      "Increase <metric the wizard should move> from <today> to <target>",
    );
  });
  it("drops the aside after a dash and skips a one-word quote", () => {
    const kpi =
      '"Raise NPS from <today\'s value> to <a target that needs a change> — and keep NPS ≥ 45 as a KPI"';
    expect(titleRewrite(finding("kr-is-kpi", "p", kpi), "Keep NPS above 45")).toBe(
      "Raise NPS from <today's value> to <a target that needs a change>",
    );
    const measurable =
      'Pick the number that would show it ("delight" — a rate, a time, a count) and write "Increase <metric> from <today> to <target>"';
    expect(titleRewrite(finding("kr-not-measurable", "p", measurable), "Delight users")).toBe(
      "Increase <metric> from <today> to <target>",
    );
  });
  it("offers nothing for rules whose fix is advice rather than a title", () => {
    const guardrail =
      'Add a guardrail key result to this objective: "Keep churn inside its healthy range"';
    expect(titleRewrite(finding("okr-fights-kpi", "p", guardrail), "Grow signups")).toBeUndefined();
  });
});

describe("firstPlaceholder", () => {
  it("finds the first <…> so the editor can select it for typing over", () => {
    expect(firstPlaceholder("Increase x from <today> to <target>")).toEqual({ start: 16, end: 23 });
    expect(firstPlaceholder("Increase x from 3 to 5")).toBeUndefined();
  });
});

describe("toObjective", () => {
  it("numbers key results after the objective and points tripwires at them, leaving blanks out", () => {
    const draft = {
      ...blankDraft("maria", "2026-Q3"),
      title: "Make onboarding the reason customers renew!",
      keyResults: [
        { title: "Increase adoption from 34% to 60%", from: "34", to: "60", unit: "%" },
        { title: "Cut time to value", from: "", to: "not a number", unit: "" },
      ],
      killCriteria: [
        { keyResult: "0", side: "below" as const, value: "40", by: "2026-08-15" },
        { keyResult: "", side: "below" as const, value: "", by: "2026-09-01" },
      ],
    };
    const objective = toObjective(draft);
    expect(objective).toMatchObject({
      id: "make-onboarding-the-reason-customers",
      owner: "maria",
      cycle: "2026-Q3",
      keyResults: [
        { id: "make-onboarding-the-reason-customers-kr1", from: 34, to: 60, unit: "%" },
        { id: "make-onboarding-the-reason-customers-kr2", title: "Cut time to value" },
      ],
      killCriteria: [
        { metric: "make-onboarding-the-reason-customers-kr1", below: 40, by: "2026-08-15" },
        { by: "2026-09-01" },
      ],
    });
    expect(objective.keyResults?.[1]).not.toHaveProperty("to");
    expect(fromObjective(objective as Record<string, unknown>)).toMatchObject({
      title: draft.title,
      keyResults: [
        { from: "34", to: "60" },
        { from: "", to: "" },
      ],
      killCriteria: [{ keyResult: "0", value: "40" }, { keyResult: "" }],
    });
  });
  it("slugs titles into ids of at most five words", () => {
    expect(slugOf("Réduire le churn — vite, en Q3 2026")).toBe("reduire-le-churn-vite-en");
  });
});
