import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { testToday } from "../test-today.js";
import {
  ADMIN,
  type DashboardServer,
  describeInBrowser,
  launchBrowser,
  screenshot,
  seriousA11yViolations,
  startDashboardServer,
} from "./harness.js";

describeInBrowser("signing in to the dashboard", () => {
  let server: DashboardServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboardServer(testToday()), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.server.close();
  });

  it("says in words why a wrong password is refused, then signs in with the right one", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/password|credentials/i);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, "sign-in");
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Home");
    await page.close();
  });
});
