import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { testToday } from "../test-today.js";
import {
  type DashboardServer,
  describeInBrowser,
  launchBrowser,
  screenshot,
  seriousA11yViolations,
  signedInPage,
  startDashboardServer,
} from "./harness.js";

const TODAY = testToday();

interface KrStatus {
  id: string;
  title: string;
  risk: string;
  target: number | null;
  reasons: { code: string }[];
}

/** Reasons a fresh on-target check-in with high confidence clears. */
const CLEARED_BY_CHECKIN = new Set([
  "behind-pace",
  "stale-checkin",
  "no-checkin",
  "low-confidence",
  "value-flat",
  "projection-misses-target",
]);

describeInBrowser("the dashboard over the demo company", () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboardServer(TODAY), launchBrowser()]);
    page = await signedInPage(browser, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.server.close();
  });

  it("puts what needs a decision first, then KPI tiles and objectives", async () => {
    const decisions = page.getByRole("heading", { name: "What needs a decision" });
    await decisions.waitFor();
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual([
      "What needs a decision",
      "KPIs",
      "Objectives this cycle",
    ]);
    expect(await page.locator(".kpi-tile").count()).toBeGreaterThan(5);
    expect(await page.locator(".kpi-tile svg.sparkline").count()).toBeGreaterThan(5);
    expect(await page.locator("[data-testid^=objective-] [role=meter]").count()).toBeGreaterThan(3);
    expect(await page.locator(".decision-list li").count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "home");
  });

  it("draws a KPI's process behaviour chart with its signals marked", async () => {
    const health = (await (await page.request.get(`${server.url}/api/v1/kpi-health`)).json()) as {
      items: { kpi: string; name: string; signals: { message: string }[] }[];
    };
    const kpi = health.items.find((k) => k.signals.length > 0);
    if (!kpi) throw new Error("the demo has no KPI with a signal");
    await page.goto(`${server.url}/kpis/${kpi.kpi}`);
    await page.getByRole("heading", { level: 1, name: kpi.name }).waitFor();
    const chart = page.getByRole("img", { name: /Process behaviour chart/ });
    await chart.locator("canvas").waitFor();
    await expect(chart.getAttribute("aria-label")).resolves.toMatch(/[1-9]\d* signals marked/);
    // uPlot's legend lists the series, the signal markers among them.
    expect(await chart.locator(".u-legend").textContent()).toContain("Signal");
    const listed = await page.getByTestId("signals").locator("li").allTextContents();
    expect(listed.length).toBe(kpi.signals.length);
    expect(listed.join(" ")).toContain(kpi.signals[0]?.message.slice(0, 40));
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "kpi-detail");
  });

  it("shows the API's problem in words for a KPI that does not exist", async () => {
    await page.goto(`${server.url}/kpis/no-such-kpi`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain('no KPI "no-such-kpi"');
    await screenshot(page, "kpi-not-found");
  });

  it("turns a key result's risk badge to on track after an on-target check-in", async () => {
    const status = (await (await page.request.get(`${server.url}/api/v1/okr-status`)).json()) as {
      objectives: { cycle: { start: string; end: string }; keyResults: KrStatus[] }[];
    };
    // A key result of the live quarter (closed cycles take no more check-ins).
    const kr = status.objectives
      .filter((o) => o.cycle.start <= TODAY && TODAY <= o.cycle.end)
      .flatMap((o) => o.keyResults)
      .find(
        (k) =>
          k.risk !== "on-track" &&
          k.target !== null &&
          k.reasons.every((r) => CLEARED_BY_CHECKIN.has(r.code)),
      );
    expect(kr, "the demo has a KR a check-in can put back on track").toBeDefined();
    if (!kr) return;
    await page.getByRole("link", { name: "Check-in" }).click();
    const row = page.getByTestId(`checkin-${kr.id}`);
    await row.waitFor();
    expect(await row.locator(".badge").textContent()).not.toBe("On track");
    await screenshot(page, "checkin");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await row.getByLabel(`New value of ${kr.title}`).fill(String(kr.target));
    await row.getByLabel(/Confidence/).fill("9");
    await row.getByLabel(/Note/).press("Enter");
    await page.getByText("Saved 1 check-ins.").waitFor();
    await expect
      .poll(() => row.locator(".badge").textContent(), { timeout: 10_000 })
      .toBe("On track");
  });

  it("shows the OKR tree with aligned objectives and filters it by risk", async () => {
    await page.getByRole("link", { name: "OKRs" }).click();
    await page.getByRole("heading", { level: 1, name: "OKR tree" }).waitFor();
    const nested = page.locator(".okr-tree .okr-tree > li");
    expect(await nested.count()).toBeGreaterThan(0);
    const all = await page.locator(".okr-tree li").count();
    await page.getByLabel("Risk", { exact: true }).selectOption("off-track");
    await expect.poll(() => page.locator(".okr-tree li").count()).toBeLessThan(all);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "okr-tree");
    await page.getByLabel("Risk", { exact: true }).selectOption("");
  });

  it("shows an objective's key results, history, tripwires and linter findings", async () => {
    await page.locator(".okr-tree a").first().click();
    await page.getByRole("heading", { name: "Key results" }).waitFor();
    await page
      .getByRole("img", { name: /Check-in history/ })
      .locator("canvas")
      .waitFor();
    await page.getByRole("heading", { name: "Linter findings" }).waitFor();
    expect(await page.locator("table").first().locator("tbody tr").count()).toBeGreaterThan(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "objective-detail");
  });

  it("creates an API token and shows its secret once", async () => {
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Token name").fill("ci export");
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = await page.getByTestId("new-token").textContent();
    expect(secret?.length).toBeGreaterThan(20);
    expect(await page.getByRole("cell", { name: "ci export", exact: true }).count()).toBe(1);
    await page.getByLabel("Name", { exact: true }).fill("Dana Reviewer");
    await page.getByLabel("Email", { exact: true }).fill("dana@example.com");
    await page.getByLabel("Initial password").fill("a long enough password");
    await page.getByRole("button", { name: "Add user" }).click();
    const role = page.getByLabel("Role of Dana Reviewer");
    await role.selectOption("editor");
    await expect
      .poll(async () => {
        const users = (await (await page.request.get(`${server.url}/api/v1/users`)).json()) as {
          items: { email: string; role: string }[];
        };
        return users.items.find((u) => u.email === "dana@example.com")?.role;
      })
      .toBe("editor");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "settings");
  });

  it("follows the system's dark mode with the same accessibility", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByRole("link", { name: "Home" }).click();
    await page.locator(".kpi-tile").first().waitFor();
    const background = await page.evaluate(
      "getComputedStyle(document.documentElement).backgroundColor",
    );
    expect(background).toBe("rgb(15, 18, 22)");
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "home-dark");
  });
});
