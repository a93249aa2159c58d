import { expect, it } from "vitest";
import { testToday } from "../test-today.js";
import { describeInBrowser, screenshot, seriousA11yViolations } from "./harness.js";
import { signedInDashboard } from "./signed-in-dashboard.js";

const TODAY = testToday();

interface NamedReason {
  message: string;
  keyResult?: string;
  keyResultTitle?: string;
}

describeInBrowser("every reason names what it is about", () => {
  const suite = signedInDashboard();

  /** Objectives whose first reason is one key result's, as the cards and the tree show it. */
  async function ledByKeyResult() {
    const status = (await (
      await suite.page.request.get(`${suite.server.url}/api/v1/okr-status`)
    ).json()) as { objectives: { id: string; reasons: NamedReason[] }[] };
    const led = status.objectives.filter((o) => o.reasons[0]?.keyResult !== undefined);
    expect(led.length, "the demo has objectives whose first reason is a KR's").toBeGreaterThan(0);
    return led;
  }

  it("names the key result beside its reason on the home screen's objective cards", async () => {
    const led = await ledByKeyResult();
    await suite.page.locator("[data-testid^=objective-]").first().waitFor();
    let shown = 0;
    for (const o of led) {
      const reason = suite.page.getByTestId(`objective-${o.id}`).getByTestId("lead-reason");
      if ((await reason.count()) === 0) continue;
      const first = o.reasons[0] as NamedReason;
      expect(await reason.textContent()).toBe(`${first.keyResultTitle}: ${first.message}`);
      shown++;
    }
    expect(shown, "home shows at least one objective led by a KR's reason").toBeGreaterThan(0);
    expect(await seriousA11yViolations(suite.page)).toEqual([]);
    await screenshot(suite.page, "home-named-reasons");
  });

  it("names the key result beside its reason in the OKR tree", async () => {
    const led = await ledByKeyResult();
    await suite.page.getByRole("link", { name: "OKRs" }).click();
    await suite.page.getByRole("heading", { level: 1, name: "OKR tree" }).waitFor();
    for (const o of led) {
      const first = o.reasons[0] as NamedReason;
      const reason = suite.page.getByTestId(`tree-${o.id}`).getByTestId("lead-reason").first();
      expect(await reason.textContent()).toBe(`${first.keyResultTitle}: ${first.message}`);
    }
    expect(await seriousA11yViolations(suite.page)).toEqual([]);
    await screenshot(suite.page, "okr-tree-named-reasons");
  });

  it("names the key result beside each at-risk reason in the weekly review", async () => {
    const review = (await (
      await suite.page.request.get(`${suite.server.url}/api/v1/reviews/weekly?asOf=${TODAY}`)
    ).json()) as { atRisk: { reasons: NamedReason[] }[] };
    const named = review.atRisk.flatMap((g) => g.reasons).filter((r) => r.keyResult);
    expect(named.length).toBeGreaterThan(0);
    await suite.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Review", exact: true })
      .click();
    await suite.page.getByRole("heading", { level: 2, name: "At-risk goals" }).waitFor();
    const lines = await suite.page.locator(".review-at-risk ul li").allTextContents();
    for (const r of named) expect(lines).toContain(`${r.keyResultTitle}: ${r.message}`);
    // Every line is either the objective's own reason or names its key result.
    const own = review.atRisk
      .flatMap((g) => g.reasons)
      .filter((r) => !r.keyResult)
      .map((r) => r.message);
    for (const line of lines)
      expect(
        own.includes(line) || named.some((r) => line.startsWith(`${r.keyResultTitle}: `)),
      ).toBe(true);
  });
});
