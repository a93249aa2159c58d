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

interface LiveKeyResult {
  id: string;
  title: string;
  from: number;
  to: number;
}

/** Key results of the running cycle with a baseline and a target a whole unit apart. */
async function liveKeyResults(page: Page, url: string): Promise<LiveKeyResult[]> {
  const status = (await (await page.request.get(`${url}/api/v1/okr-status`)).json()) as {
    objectives: { id: string; cycle: { start: string; end: string } }[];
  };
  const live = new Set(
    status.objectives
      .filter((o) => o.cycle.start <= TODAY && TODAY <= o.cycle.end)
      .map((o) => o.id),
  );
  const objectives = (await (await page.request.get(`${url}/api/v1/objectives`)).json()) as {
    items: { id: string; keyResults?: Partial<LiveKeyResult>[] }[];
  };
  return objectives.items
    .filter((o) => live.has(o.id))
    .flatMap((o) => o.keyResults ?? [])
    .filter(
      (kr): kr is LiveKeyResult =>
        typeof kr.from === "number" &&
        typeof kr.to === "number" &&
        Math.abs(kr.to - kr.from) >= 2 &&
        kr.from >= 0 &&
        kr.to >= 0 &&
        kr.to < 1000,
    );
}

async function todaysValue(page: Page, url: string, id: string): Promise<number | undefined> {
  const { items } = (await (
    await page.request.get(`${url}/api/v1/key-results/${id}/checkins`)
  ).json()) as { items: { at: string; value: number }[] };
  return items.filter((c) => c.at === TODAY).at(-1)?.value;
}

/** A value with a half inside the key result's span, written with a decimal comma. */
function halfInside(kr: LiveKeyResult): { typed: string; value: number } {
  const whole = Math.floor((kr.from + kr.to) / 2);
  return { typed: `${whole},5`, value: whole + 0.5 };
}

describeInBrowser("check-in values in the viewer's locale", () => {
  let server: DashboardServer;
  let browser: Browser;
  let english: Page;
  let german: Page;
  let krs: LiveKeyResult[];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDashboardServer(TODAY), launchBrowser()]);
    [english, german] = await Promise.all([
      signedInPage(browser, server.url, { locale: "en-US" }),
      signedInPage(browser, server.url, { locale: "de-DE" }),
    ]);
    krs = await liveKeyResults(english, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.server.close();
  });

  it("refuses 12,5 in English at the row and saves nothing", async () => {
    const kr = krs[0];
    if (!kr) throw new Error("the demo has no live key result with a baseline and a target");
    const before = await todaysValue(english, server.url, kr.id);
    await english.getByRole("link", { name: "Check-in" }).click();
    const row = english.getByTestId(`checkin-${kr.id}`);
    const value = row.getByLabel(`New value of ${kr.title}`);
    await value.fill("12,5");
    await expect.poll(() => row.textContent()).toContain("write 12.5 for twelve and a half");
    expect(await value.getAttribute("aria-invalid")).toBe("true");
    await value.press("Enter");
    await english.getByText(/Nothing saved: one row needs a look/).waitFor();
    expect(await todaysValue(english, server.url, kr.id)).toBe(before);
    expect(await seriousA11yViolations(english)).toEqual([]);
    await screenshot(english, "checkin-en-refused");
  });

  it("asks before saving a value far outside the span, and saves it once confirmed", async () => {
    const kr = krs[0];
    if (!kr) throw new Error("no key result");
    const far = Math.max(Math.abs(kr.from), Math.abs(kr.to)) * 100 + 1000;
    const row = english.getByTestId(`checkin-${kr.id}`);
    const value = row.getByLabel(`New value of ${kr.title}`);
    await value.fill(String(far));
    await expect.poll(() => row.textContent()).toContain("is far from");
    await value.press("Enter");
    await english.getByText(/Nothing saved: one row needs a look/).waitFor();
    expect(await todaysValue(english, server.url, kr.id)).not.toBe(far);
    await row.getByLabel(/Save .* anyway/).check();
    await value.press("Enter");
    await english.getByText("Saved 1 check-ins.").waitFor();
    expect(await todaysValue(english, server.url, kr.id)).toBe(far);
  });

  it("refuses a row with only a confidence, with the message at the row", async () => {
    const kr = krs[1] ?? krs[0];
    if (!kr) throw new Error("no key result");
    const before = await todaysValue(english, server.url, kr.id);
    const row = english.getByTestId(`checkin-${kr.id}`);
    await row.getByLabel(/Confidence/).fill("6");
    await expect.poll(() => row.textContent()).toContain("A check-in needs this week's value");
    await row.getByLabel(/Confidence/).press("Enter");
    await english.getByText(/Nothing saved: one row needs a look/).waitFor();
    expect(await todaysValue(english, server.url, kr.id)).toBe(before);
    await row.getByLabel(/Confidence/).fill("");
  });

  it("reads a decimal comma in German, echoes it and saves the value it echoed", async () => {
    const kr = krs[0];
    if (!kr) throw new Error("no key result");
    const { typed, value } = halfInside(kr);
    await german.getByRole("link", { name: "Check-in" }).click();
    const row = german.getByTestId(`checkin-${kr.id}`);
    const input = row.getByLabel(`New value of ${kr.title}`);
    await input.fill(typed);
    await expect.poll(() => row.textContent()).toContain(`reads as ${typed}`);
    expect(await seriousA11yViolations(german)).toEqual([]);
    await screenshot(german, "checkin-de-echo");
    await input.press("Enter");
    await german.getByText("Saved 1 check-ins.").waitFor();
    expect(await todaysValue(german, server.url, kr.id)).toBe(value);
  });
});
