import { expect, it } from "vitest";
import { addDays } from "../../src/demo/calendar.js";
import { testToday } from "../test-today.js";
import { describeInBrowser, screenshot, seriousA11yViolations } from "./harness.js";
import { signedInDashboard } from "./signed-in-dashboard.js";

const TODAY = testToday();

interface WeeklyReview {
  headline: string;
  kpis: { id: string; name: string; status: string; whatChanged: string }[];
  quadrants: { name: string; label: string }[];
}

describeInBrowser("the weekly review", () => {
  const suite = signedInDashboard();

  it("renders the red KPI with what changed, the quadrants, and links to the HTML and Markdown versions", async () => {
    const api = await suite.page.request.get(
      `${suite.server.url}/api/v1/reviews/weekly?asOf=${TODAY}`,
    );
    const review = (await api.json()) as WeeklyReview;
    const red = review.kpis.find((k) => k.status === "red");
    expect(red, "the demo company has a red KPI this week").toBeDefined();

    await suite.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Review", exact: true })
      .click();
    await suite.page.getByRole("heading", { level: 1, name: "Weekly review" }).waitFor();
    await suite.page.getByText(review.headline).waitFor();
    const card = suite.page.getByTestId(`review-kpi-${red?.id}`);
    expect(await card.getByRole("heading", { level: 3 }).textContent()).toContain(red?.name);
    expect(await card.locator(".badge").first().textContent()).toBe("Red");
    expect(await card.textContent()).toContain(red?.whatChanged);
    const quadrantRows = suite.page
      .getByRole("table", { name: "Operating quadrant per team" })
      .locator("tbody tr");
    expect(await quadrantRows.count()).toBe(review.quadrants.length);
    for (const name of [
      "Decisions required",
      "KPIs that moved",
      "At-risk goals",
      "OKR changes",
      "Stale check-ins by owner",
    ])
      await suite.page.getByRole("heading", { level: 2, name }).waitFor();

    const html = await suite.page.request.get(
      `${suite.server.url}${await suite.page.getByRole("link", { name: "HTML" }).getAttribute("href")}`,
    );
    expect(html.headers()["content-type"]).toContain("text/html");
    const markdown = await suite.page.request.get(
      `${suite.server.url}${await suite.page.getByRole("link", { name: "Markdown" }).getAttribute("href")}`,
    );
    expect(await markdown.text()).toContain(red?.name);
    expect(await seriousA11yViolations(suite.page)).toEqual([]);
    await screenshot(suite.page, "review");
  });

  it("keeps its numbers consistent: one off-track count, limits shown apart, monthly KPIs against last month", async () => {
    const review = (await (
      await suite.page.request.get(`${suite.server.url}/api/v1/reviews/weekly?asOf=${TODAY}`)
    ).json()) as {
      headline: string;
      objectives: { risk: string }[];
      kpis: { id: string }[];
      quadrants: {
        team: string;
        objectives: { onTrack: number; atRisk: number; offTrack: number };
      }[];
    };
    const offTrack = review.objectives.filter((o) => o.risk === "off-track").length;
    expect(review.headline).toContain(
      `${offTrack} of ${review.objectives.length} objectives off track`,
    );
    const company = review.quadrants.find((q) => q.team === "company");
    expect(company?.objectives.offTrack).toBe(offTrack);
    const row = suite.page
      .getByRole("table", { name: "Operating quadrant per team" })
      .locator("tbody tr")
      .first();
    expect(await row.locator("td").last().textContent()).toBe(
      `${company?.objectives.onTrack} / ${company?.objectives.atRisk} / ${offTrack}`,
    );

    // "at X … limit (Y)" never shows X and Y as the same number.
    const signals = await suite.page.locator(".review-kpi li").allTextContents();
    const pastLimit = signals
      .map((text) => /at (-?[\d.]+) on .* natural process limit \((-?[\d.]+)\)/.exec(text))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(pastLimit.length, "the demo's review has a point past its limits").toBeGreaterThan(0);
    for (const [, value, limit] of pastLimit) expect(value).not.toBe(limit);

    // A monthly KPI in the review says how it moved since last month, never "a week ago".
    const kpis = (await (
      await suite.page.request.get(`${suite.server.url}/api/v1/kpis?limit=500`)
    ).json()) as { items: { id: string; cadence?: string }[] };
    const monthly = new Set(kpis.items.filter((k) => k.cadence === "monthly").map((k) => k.id));
    const shown = review.kpis.filter((k) => monthly.has(k.id));
    expect(shown.length, "the demo's review shows a monthly KPI").toBeGreaterThan(0);
    for (const kpi of shown) {
      const card = await suite.page.getByTestId(`review-kpi-${kpi.id}`).textContent();
      expect(card).not.toContain("a week ago");
      expect(card).not.toContain("this week");
    }
  });

  it("prints without the navigation", async () => {
    await suite.page.emulateMedia({ media: "print" });
    expect(await suite.page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await suite.page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(
      await suite.page.getByRole("heading", { level: 2, name: "KPIs that moved" }).isVisible(),
    ).toBe(true);
    await screenshot(suite.page, "review-print");
    await suite.page.emulateMedia({ media: "screen" });
  });

  it("regenerates the review for another as-of day picked from the date field", async () => {
    const earlier = addDays(TODAY, -28);
    await suite.page.getByLabel("As of").fill(earlier);
    await suite.page.waitForURL(`**/review?asOf=${earlier}`);
    const expected = (await (
      await suite.page.request.get(`${suite.server.url}/api/v1/reviews/weekly?asOf=${earlier}`)
    ).json()) as WeeklyReview;
    await suite.page.getByText(expected.headline).waitFor();
  });

  it("falls back to today when the address holds no valid day", async () => {
    await suite.page.goto(`${suite.server.url}/review?asOf=not-a-day`);
    expect(await suite.page.getByLabel("As of").inputValue()).toBe(TODAY);
    await suite.page.getByRole("heading", { level: 2, name: "KPIs that moved" }).waitFor();
  });

  it("shows the API's problem in words when the review cannot be built", async () => {
    await suite.page.route("**/api/v1/reviews/weekly**", (route) =>
      route.fulfill({
        status: 404,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Not found",
          status: 404,
          detail: "nothing has been applied to this workspace yet",
        }),
      }),
    );
    await suite.page.goto(`${suite.server.url}/review?asOf=2020-01-06`);
    const alert = suite.page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("nothing has been applied to this workspace yet");
    await suite.page.unroute("**/api/v1/reviews/weekly**");
  });
});
