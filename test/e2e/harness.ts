// Browser-test harness: a real Okapi server with the demo company on a free port, the built
// dashboard, and Debian's chromium driven by playwright-core. See test/e2e/README.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import axe from "axe-core";
import pino from "pino";
import { type Browser, chromium, type Page } from "playwright-core";
import { describe } from "vitest";
import { fixedDayClock } from "../../src/clock/clock.js";
import { generateDemoWorkspace } from "../../src/demo/index.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import { openStore } from "../../src/store/open-store.js";
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
const WEB_DIST = `${ROOT}web/dist`;
const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;

// CI installs chromium (.ci/run): there, a missing browser is a broken setup, not a skip.
if (!CHROMIUM && process.env.CI === "true")
  throw new Error(
    "CI=true but no chromium: .ci/run should have installed it (apt-get install -y chromium)",
  );
if (!CHROMIUM)
  process.stderr.write(
    `\n[okapi] Browser tests SKIPPED: no chromium at ${CHROMIUM_PATH} (install it with \`apt-get install -y chromium\`, or set OKAPI_CHROMIUM to a Chromium binary).\n\n`,
  );

/** `describe` when chromium is installed; otherwise a skipped suite whose name says why. */
export const describeInBrowser: typeof describe.skip = CHROMIUM
  ? describe
  : (((name: string, ...rest: never[]) =>
      describe.skip(`${name} (skipped: chromium not installed)`, ...rest)) as never);

export const ADMIN = { email: "ceo@example.com", password: "correct horse battery staple" };

export interface DashboardServer {
  url: string;
  server: RunningServer;
}

/** Builds web/dist if it is missing, so a test run never drives a stale placeholder page. */
function ensureDashboardBuilt(): void {
  if (existsSync(`${WEB_DIST}/index.html`)) return;
  execFileSync("npx", ["vite", "build", "web", "--logLevel", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}

/** Starts the real server (in-memory store, demo company dated `asOf`, today fixed to it) on 127.0.0.1:0. */
export async function startDashboardServer(asOf: string): Promise<DashboardServer> {
  ensureDashboardBuilt();
  const store = await openStore({ inMemory: true });
  const server = await startServer({
    store,
    port: 0,
    hostname: "127.0.0.1",
    webDist: WEB_DIST,
    logger: pino({ level: "silent" }),
    clock: fixedDayClock(asOf),
    env: { OKAPI_ADMIN_EMAIL: ADMIN.email, OKAPI_ADMIN_PASSWORD: ADMIN.password },
    seed: async (empty) => {
      await empty.applyDocument(generateDemoWorkspace({ asOf }), { actor: "system:demo" });
    },
  });
  return { url: server.url, server };
}

export function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("chromium is not installed");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Opens the dashboard in a fresh context and signs in through the form, as a person would. */
export async function signedInPage(
  browser: Browser,
  url: string,
  options: { locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel("Email").fill(ADMIN.email);
  await page.getByLabel("Password").fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  return page;
}

/** Saves a full-page screenshot under test/e2e/screenshots/ for review. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

const AXE_SOURCE = axe.source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page; returns the serious and critical violations, described. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // Runs in the page. The test program has no DOM types, so the page's globals are typed here.
  const violations = await page.evaluate(async () => {
    const inPage = globalThis as unknown as {
      document: unknown;
      axe: {
        run: (context: unknown) => Promise<{
          violations: {
            id: string;
            impact: string | null;
            help: string;
            nodes: { target: string[] }[];
          }[];
        }>;
      };
    };
    const result = await inPage.axe.run(inPage.document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
