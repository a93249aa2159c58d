import { expect, it } from "vitest";
import { describeInBrowser, screenshot, seriousA11yViolations } from "./harness.js";
import { signedInDashboard } from "./signed-in-dashboard.js";

const DECISION = "Should we expand into mid-market EMEA in H2?";

describeInBrowser("drafting an OKR from a decision and accepting it", () => {
  const suite = signedInDashboard();

  it("shows the loop's steps, the reframed question and the candidates with their red team", async () => {
    await suite.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Decide", exact: true })
      .click();
    await suite.page.getByRole("heading", { level: 1, name: "Decision engine" }).waitFor();
    await expect(suite.page.getByText("No drafts yet").textContent()).resolves.toContain(
      "No drafts yet",
    );
    await suite.page.getByLabel("The decision").fill(DECISION);
    await suite.page.getByRole("button", { name: "Draft", exact: true }).click();
    const draft = suite.page.getByTestId("draft");
    await draft.waitFor();
    expect(new URL(suite.page.url()).searchParams.get("draft")).toBeTruthy();

    const steps = await suite.page
      .getByRole("list", { name: "Steps of the reasoning loop" })
      .locator("li")
      .allTextContents();
    expect(steps.map((s) => s.split(" (")[0])).toEqual([
      "Reframe the decision",
      "Generate candidate metrics",
      "Score observability, gameability, relevance",
      "Red-team each candidate",
      "Draft the OKR",
      "Lint the draft",
    ]);
    const structure = await suite.page.getByLabel("The decision's structure").textContent();
    expect(structure).toContain("EMEA (region)");
    expect(structure).toContain("mid-market (segment)");
    expect(structure).toMatch(/\d{4}-H2/);
    const kills = await draft
      .getByRole("heading", { name: "Kill criteria" })
      .locator("xpath=..")
      .textContent();
    expect(kills).toMatch(/pipeline-coverage below [\d.]+ by \d{4}-\d\d-\d\d/);
    const table = suite.page.getByRole("table", { name: /Candidate metrics/ });
    const headers = await table.locator("thead th").allTextContents();
    expect(headers).toEqual([
      "Metric",
      "Kind",
      "Axis",
      "Observability",
      "Gameability (lower is better)",
      "Decision relevance",
      "Red team: exploit",
      "Guardrail",
    ]);
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(2);
    expect(await suite.page.locator(".draft-list li").filter({ hasText: DECISION }).count()).toBe(
      1,
    );
    expect(await seriousA11yViolations(suite.page)).toEqual([]);
    await screenshot(suite.page, "decide");
  });

  it("accepts the edited draft, links to the objective, and the objective exists via the API", async () => {
    await suite.page
      .getByLabel("Objective", { exact: true })
      .fill("Win mid-market EMEA customers who stay");
    await suite.page.getByLabel("Owner").selectOption({ index: 1 });
    await suite.page.getByLabel("Key result 1: to").fill("250000");
    await suite.page.getByRole("button", { name: "Accept draft" }).click();
    const link = suite.page.getByRole("link", { name: "Win mid-market EMEA customers who stay" });
    await link.waitFor();
    const href = (await link.getAttribute("href")) ?? "";
    const id = href.replace("/objectives/", "");
    const stored = await suite.page.request.get(`${suite.server.url}/api/v1/objectives/${id}`);
    expect(stored.status()).toBe(200);
    const objective = (await stored.json()) as {
      title: string;
      keyResults: { to?: number }[];
      draftedFrom?: { decision: string };
      killCriteria?: unknown[];
    };
    expect(objective.title).toBe("Win mid-market EMEA customers who stay");
    expect(objective.keyResults[0]?.to).toBe(250000);
    expect(objective.draftedFrom?.decision).toBe(DECISION);
    expect(objective.killCriteria?.length).toBeGreaterThan(0);
    await suite.page
      .locator(".draft-list li")
      .filter({ hasText: DECISION })
      .getByText("Accepted")
      .waitFor();
    await screenshot(suite.page, "decide-accepted");
    await link.click();
    await suite.page
      .getByRole("heading", { level: 1, name: "Win mid-market EMEA customers who stay" })
      .waitFor();
  });
});
