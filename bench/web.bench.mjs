// Dashboard: first meaningful paint of the home screen on loopback with the demo company
// (`okapi serve --demo`, the built web/dist, Debian's chromium via playwright-core), and the
// JavaScript the first screen downloads, gzipped. Targets: < 1 s and < 300 KB.

import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../test/e2e/chromium.mjs";
import { QUICK, size } from "./lib/quick.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/okapi.js");
const DIST = join(ROOT, "web/dist");
const RUNS = size("BENCH_WEB_RUNS", 7, 1);
const KB = 1024;

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startDemoServer(dataDir) {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, "serve", "--demo", "--port", String(port)], {
    env: {
      ...process.env,
      OKAPI_DATA_DIR: dataDir,
      OKAPI_AUTH: "off",
      DATABASE_URL: "",
      LOG_LEVEL: "error",
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, child };
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error("okapi serve --demo did not become ready in 60 s");
}

/** One cold load (new context, empty cache): ms to FCP and to the home screen with its data. */
async function loadHome(browser, url, scripts) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (scripts)
    page.on("response", async (response) => {
      if (response.request().resourceType() === "script")
        scripts.set(response.url(), await response.body());
    });
  await page.goto(url);
  // Meaningful: the decisions card, the KPI tiles and the objectives are all drawn.
  const meaningful = await page.waitForFunction(
    () =>
      document.querySelector(".decision-list, .card p.muted") &&
      document.querySelector(".kpi-tile") &&
      document.querySelector("[data-testid^=objective-]") &&
      performance.now(),
    undefined,
    { polling: "raf", timeout: 30_000 },
  );
  const fmp = await meaningful.jsonValue();
  const fcp = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
  );
  await context.close();
  return { fmp, fcp };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gz = (buffer) => gzipSync(buffer).length;

export async function run() {
  if (!CHROMIUM)
    return [
      {
        name: "home first meaningful paint",
        value: "skipped",
        unit: "",
        note: "no chromium (apt-get install -y chromium, or set OKAPI_CHROMIUM)",
      },
    ];
  // Full runs measure the current code; a quick run only proves the bench still works.
  if (!QUICK || !existsSync(join(DIST, "index.html")))
    execFileSync("npx", ["vite", "build", "web", "--logLevel", "warn"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  const dataDir = mkdtempSync(join(tmpdir(), "okapi-web-bench-"));
  const { url, child } = await startDemoServer(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const scripts = new Map();
    const runs = [await loadHome(browser, url, scripts)];
    for (let i = 1; i < RUNS; i++) runs.push(await loadHome(browser, url));
    const fmp = median(runs.map((r) => r.fmp));
    const fcp = median(runs.map((r) => r.fcp ?? Number.NaN));
    const firstScreen = [...scripts.values()].reduce((sum, body) => sum + gz(body), 0);
    const assets = readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"));
    const all = assets.reduce((sum, f) => sum + gz(readFileSync(join(DIST, "assets", f))), 0);
    return [
      {
        name: "home first meaningful paint (cold cache, loopback, demo)",
        value: Math.round(fmp),
        unit: "ms",
        target: "< 1000 ms",
        note: `median of ${RUNS}; first contentful paint ${Math.round(fcp)} ms; meaningful = decisions, KPI tiles and objectives drawn with data; machine load average ${loadavg()[0]?.toFixed(1)}`,
      },
      {
        name: "JS for the first screen, gzipped",
        value: Math.round((firstScreen / KB) * 10) / 10,
        unit: "KB",
        target: "< 300 KB",
        note: `${scripts.size} scripts; the whole dashboard is ${Math.round(all / KB)} KB gzipped in ${assets.length} chunks (charts and other screens load on demand)`,
      },
    ];
  } finally {
    await browser.close();
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
