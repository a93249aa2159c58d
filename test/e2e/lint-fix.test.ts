import { expect, it } from "vitest";
import { describeInBrowser, screenshot, seriousA11yViolations } from "./harness.js";
import { signedInDashboard } from "./signed-in-dashboard.js";

describeInBrowser("writing an OKR with the linter running as you type", () => {
  const suite = signedInDashboard();

  it("flags a task dressed as a key result inline, and one click on its fix makes it go away", async () => {
    await suite.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Write", exact: true })
      .click();
    await suite.page.getByRole("heading", { level: 1, name: "Write an OKR" }).waitFor();
    await suite.page
      .getByLabel("Title", { exact: true })
      .fill("Make onboarding the reason customers renew");
    await suite.page.getByLabel("Owner").selectOption({ index: 1 });
    await suite.page.getByLabel("Key result 1: title").fill("Ship the onboarding wizard");
    await suite.page
      .getByLabel("Key result 2: title")
      .fill("Increase week-2 activation from 30% to 45%");

    const firstKr = suite.page.getByTestId("kr-0");
    const task = firstKr.locator('[data-rule="kr-is-task"]');
    await task.waitFor();
    expect(await task.textContent()).toContain('is a task: it leads with the work ("Ship")');
    await expect
      .poll(() => suite.page.getByTestId("lint-summary").textContent())
      .toMatch(/, 1 error\./);
    expect(await suite.page.getByRole("button", { name: "Save objective" }).isDisabled()).toBe(
      true,
    );
    expect(await seriousA11yViolations(suite.page)).toEqual([]);
    await screenshot(suite.page, "write-okr");

    await task.getByRole("button", { name: /Apply fix/ }).click();
    await task.waitFor({ state: "detached" });
    const title = suite.page.getByLabel("Key result 1: title");
    const rewritten = await title.inputValue();
    // The rewrite names a workspace or knowledge-base metric when one fits, else placeholders.
    expect(rewritten).toMatch(/^(?:Raise|Reduce) \S.* from .+ to .+$/);
    if (rewritten.includes("<")) {
      // The cursor sits on the first placeholder, ready to be typed over.
      const selected = await title.evaluate((el) => {
        const input = el as unknown as {
          value: string;
          selectionStart: number;
          selectionEnd: number;
        };
        return input.value.slice(input.selectionStart, input.selectionEnd);
      });
      expect(selected).toMatch(/^<.*>$/);
    }
    expect(await firstKr.locator('[data-rule="kr-is-task"]').count()).toBe(0);
  });

  it("saves an objective the linter has no errors for, and the API then has it", async () => {
    // From, to and unit fill from the title as the linter reads it, and the form says what it read.
    await suite.page
      .getByLabel("Key result 1: title")
      .fill("Increase 90-day adoption from 34% to 60%");
    await suite.page
      .getByLabel("Key result 2: title")
      .fill("Increase trial conversion from 2.1% to 3.5%");
    expect(await suite.page.getByLabel("Key result 1: from").inputValue()).toBe("34");
    expect(await suite.page.getByLabel("Key result 2: from").inputValue()).toBe("2.1");
    expect(await suite.page.getByLabel("Key result 2: to").inputValue()).toBe("3.5");
    expect(await suite.page.getByLabel("Key result 2: unit").inputValue()).toBe("%");
    expect(await suite.page.getByTestId("kr-read-1").textContent()).toBe(
      "Read from the title: from 2.1, to 3.5, unit %.",
    );
    // A number the person types is theirs: a later title edit does not overwrite it.
    await suite.page.getByLabel("Key result 1: to").fill("65");
    await suite.page
      .getByLabel("Key result 1: title")
      .fill("Increase 90-day adoption from 34% to 62%");
    expect(await suite.page.getByLabel("Key result 1: to").inputValue()).toBe("65");
    await suite.page.getByLabel("Key result 1: to").fill("62");
    await suite.page.getByLabel("ID").fill("e2e-onboarding-renewals");
    await expect
      .poll(() => suite.page.getByTestId("lint-summary").textContent())
      .toMatch(/(0 errors|No findings)/);
    await suite.page.getByRole("button", { name: "Save objective" }).click();
    await suite.page
      .getByRole("link", { name: /Open “Make onboarding the reason customers renew”/ })
      .waitFor();
    const stored = await suite.page.request.get(
      `${suite.server.url}/api/v1/objectives/e2e-onboarding-renewals`,
    );
    expect(stored.status()).toBe(200);
    const body = (await stored.json()) as {
      keyResults: { id: string; from?: number; to?: number; unit?: string }[];
    };
    expect(body.keyResults.map((kr) => kr.id)).toEqual([
      "e2e-onboarding-renewals-kr1",
      "e2e-onboarding-renewals-kr2",
    ]);
    expect(body.keyResults[0]).toMatchObject({ from: 34, to: 62, unit: "%" });
    expect(body.keyResults[1]).toMatchObject({ from: 2.1, to: 3.5, unit: "%" });

    // Saved weeks into its cycle, it waits for its first check-in: pending, not stale.
    const okr = (await (
      await suite.page.request.get(`${suite.server.url}/api/v1/okr-status`)
    ).json()) as { objectives: { id: string; health: string; reasons: { code: string }[] }[] };
    const saved = okr.objectives.find((o) => o.id === "e2e-onboarding-renewals");
    expect(saved?.health).toBe("pending");
    expect(saved?.reasons.map((r) => r.code)).not.toContain("stale-checkin");
    // In a second tab, so the form keeps what was just saved for the YAML test below.
    const detail = await suite.page.context().newPage();
    await detail.goto(`${suite.server.url}/objectives/e2e-onboarding-renewals`);
    const badges = detail.locator("main .badge");
    await badges.first().waitFor();
    const words = await badges.allTextContents();
    expect(words).toContain("Pending");
    expect(words).not.toContain("Stale");
    expect(await seriousA11yViolations(detail)).toEqual([]);
    await screenshot(detail, "objective-pending");
    // Nothing to decide about it yet: home does not list it among the objectives at risk.
    await detail.goto(suite.server.url);
    await detail.locator(".decision-list li").first().waitFor();
    expect(await detail.locator(".decision-list").textContent()).not.toContain(
      "Make onboarding the reason customers renew",
    );
    expect(
      await detail
        .getByTestId("objective-e2e-onboarding-renewals")
        .locator(".badge")
        .allTextContents(),
    ).toContain("Pending");
    await detail.close();
  });

  it("lints YAML too and says on which line a syntax error is", async () => {
    await suite.page.getByRole("radio", { name: "YAML" }).check();
    const editor = suite.page.getByLabel("Objective (YAML)");
    expect(await editor.inputValue()).toContain(
      "title: Make onboarding the reason customers renew",
    );
    await editor.fill("title: Launch the new pricing page\nkeyResults: [\n");
    await expect(suite.page.locator(".field-error").textContent()).resolves.toMatch(
      /^Line \d+, column \d+:/,
    );
    await editor.fill(
      "id: pricing\ntitle: Launch the new pricing page\nkeyResults:\n  - { id: p1, title: Raise trial-to-paid conversion from 4% to 6% }\n",
    );
    await suite.page.locator('[data-rule="objective-is-output"]').waitFor();
    await screenshot(suite.page, "write-okr-yaml");
  });
});
