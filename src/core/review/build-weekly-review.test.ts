import { describe, expect, it } from "vitest";
import type { OkapiDocument } from "../model/okapi-file.js";
import { buildWeeklyReview } from "./build-weekly-review.js";
import { renderWeeklyHtml } from "./render-weekly-html.js";
import { renderWeeklyMarkdown } from "./render-weekly-markdown.js";

// Twelve stable weeks, then a drop past the alert threshold: red with a beyond-limits signal.
const weeks = Array.from({ length: 14 }, (_, i) => {
  const day = new Date(Date.UTC(2026, 3, 6) + i * 7 * 86_400_000).toISOString().slice(0, 10);
  return { at: day, value: i < 12 ? 50 + (i % 3) : 30 };
});

const DOCUMENT: OkapiDocument = {
  version: 1,
  organization: "Acme <Labs>",
  people: [
    { id: "ana", name: "Ana" },
    { id: "bo", name: "Bo" },
  ],
  teams: [{ id: "growth", name: "Growth", lead: "ana" }],
  kpis: [
    {
      id: "activation",
      name: "Activation",
      unit: "%",
      direction: "higher-is-better",
      owner: "ana",
      team: "growth",
      cadence: "weekly",
      healthy: { min: 45 },
      alert: { below: 40 },
      guardrails: ["csat"],
      measurements: [
        ...weeks.slice(0, -1),
        {
          ...(weeks.at(-1) as { at: string; value: number }),
          note: "<b>pricing</b> page broke",
          by: "ana",
        },
      ],
    },
    {
      id: "csat",
      name: "Customer satisfaction",
      direction: "higher-is-better",
      owner: "bo",
      team: "growth",
      healthy: { min: 80 },
      measurements: [{ at: "2026-07-06", value: 85 }],
    },
  ],
  objectives: [
    {
      id: "onboard",
      title: "Make onboarding the reason customers stay",
      owner: "ana",
      team: "growth",
      cycle: "2026-Q3",
      keyResults: [
        {
          id: "act-kr",
          title: "Raise activation from 40% to 60%",
          kpi: "activation",
          from: 40,
          to: 60,
          owner: "bo",
          checkins: [{ at: "2026-07-01", value: 41, confidence: 6 }],
        },
        { id: "ttv", title: "Cut time to value from 14 to 5 days", from: 14, to: 5 },
        {
          id: "nps",
          title: "Raise onboarding NPS from 20 to 40",
          from: 20,
          to: 40,
          owner: "bo",
          checkins: [{ at: "2026-07-01", value: 24, confidence: 6 }],
        },
      ],
      killCriteria: [{ metric: "act-kr", below: 45 }],
    },
  ],
};

describe("buildWeeklyReview", () => {
  const review = buildWeeklyReview(DOCUMENT, { asOf: "2026-07-13" });

  it("lists the red KPI first with its signal, its change since last week and its owner's note", () => {
    const kpi = review.kpis[0];
    expect(kpi).toMatchObject({ id: "activation", status: "red", value: 30, previousValue: 30 });
    expect(kpi?.signals.some((s) => s.rule === "beyond-limits" && !s.favourable)).toBe(true);
    expect(kpi?.annotation).toEqual({
      at: "2026-07-06",
      note: "<b>pricing</b> page broke",
      by: "ana",
    });
  });

  it("says which objectives and guardrails the KPI touches", () => {
    const kpi = review.kpis[0];
    expect(kpi?.touchedObjectives).toEqual([
      { id: "onboard", title: "Make onboarding the reason customers stay", via: "key-result" },
    ]);
    expect(kpi?.guardrails).toEqual([{ id: "csat", status: "green" }]);
    expect(kpi?.guardrailOf).toEqual([]);
    expect(csatIsNotListed()).toBe(true);
  });

  const csatIsNotListed = () => !review.kpis.some((k) => k.id === "csat");

  it("requires a decision for a fired tripwire and lists overdue and never-made check-ins by owner", () => {
    // act-kr reads its value from the KPI, so it is never stale; nps was last checked in 12 days ago.
    expect(review.decisions).toEqual([
      {
        objective: "onboard",
        title: "Make onboarding the reason customers stay",
        owner: "ana",
        tripwires: [expect.stringContaining("below 45")],
      },
    ]);
    expect(review.staleCheckins.map((o) => [o.owner, o.keyResults.map((kr) => kr.id)])).toEqual([
      ["ana", ["ttv"]],
      ["bo", ["nps"]],
    ]);
  });

  it("names the key result each at-risk reason is about, in the data and in both renderings", () => {
    const reasons = review.atRisk.flatMap((g) => g.reasons);
    const aboutNps = reasons.find((r) => r.keyResult === "nps");
    expect(aboutNps?.keyResultTitle).toBe("Raise onboarding NPS from 20 to 40");
    const line = `Raise onboarding NPS from 20 to 40: ${aboutNps?.message}`;
    expect(renderWeeklyMarkdown(review)).toContain(`  - ${line}`);
    expect(renderWeeklyHtml(review)).toContain(`<li>${line}</li>`);
  });

  it("counts off-track objectives once, the same in the headline and the company's quadrant", () => {
    const company = review.quadrants.find((q) => q.team === "company");
    const offTrack = review.objectives.filter((o) => o.risk === "off-track").length;
    const atRisk = review.objectives.filter((o) => o.risk === "at-risk").length;
    expect(company?.objectives).toEqual({
      onTrack: review.objectives.length - offTrack - atRisk,
      atRisk,
      offTrack,
    });
    expect(review.headline).toContain(
      `${offTrack} of ${review.objectives.length} objectives off track`,
    );
  });

  it("compares a monthly KPI with last month, not with a week ago", () => {
    const months = Array.from({ length: 14 }, (_, i) => ({
      at: new Date(Date.UTC(2025, 5 + i, 1)).toISOString().slice(0, 10),
      value: i < 13 ? 50 + (i % 3) : 30,
    }));
    const monthly = buildWeeklyReview(
      {
        ...DOCUMENT,
        kpis: [
          {
            id: "mrr-growth",
            name: "MRR growth",
            unit: "%",
            direction: "higher-is-better",
            cadence: "monthly",
            healthy: { min: 45 },
            alert: { below: 40 },
            measurements: months,
          },
        ],
      },
      { asOf: "2026-07-13" },
    );
    const kpi = monthly.kpis.find((k) => k.id === "mrr-growth");
    expect(kpi).toMatchObject({ value: 30, previousValue: months[12]?.value });
    expect(kpi?.whatChanged).toContain(`from ${months[12]?.value}% a month ago`);
    expect(kpi?.whatChanged).not.toContain("week");
  });

  it("places the team in a quadrant from KPI health and OKR progress", () => {
    expect(review.quadrants.map((q) => [q.team, q.quadrant])).toEqual([
      ["company", "both-bad"],
      ["growth", "both-bad"],
    ]);
  });

  it("leaves out objectives whose cycle is not live", () => {
    const later = buildWeeklyReview(DOCUMENT, { asOf: "2026-10-05" });
    expect(later.objectives).toEqual([]);
    expect(later.period).toBe("2026-W41");
  });

  it("marks a KPI whose source is failing as stale, even when it is green", () => {
    const failing = buildWeeklyReview(DOCUMENT, {
      asOf: "2026-07-13",
      sourceFailures: new Map([
        ["csat", { kind: "auth", message: "token rejected", since: "2026-07-12T06:00:00Z" }],
      ]),
    });
    const csat = failing.kpis.find((k) => k.id === "csat");
    expect(csat?.sourceFailing?.message).toBe("token rejected");
    expect(failing.headline).toContain("1 source failing");
  });

  it("renders Markdown with the note beside the number and HTML with user text escaped", () => {
    const markdown = renderWeeklyMarkdown(review);
    expect(markdown).toContain("### Activation — 30% (red)");
    expect(markdown).toContain("> <b>pricing</b> page broke — ana, 2026-07-06");
    const html = renderWeeklyHtml(review);
    expect(html).toContain("&lt;b&gt;pricing&lt;/b&gt; page broke");
    expect(html).toContain("Acme &lt;Labs&gt;");
    expect(html).not.toContain("<b>pricing");
  });
});
