import autocannon, { type Result } from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE } from "../api/api-server.js";
import { type Child, killHard, startServe } from "./support/child-process.js";
import { type CrashStore, crashStores } from "./support/crash-stores.js";
import { residentMb, slopeMbPerMinute, troughs } from "./support/memory-trend.js";

/** `npm test` runs 40 s; `npm run test:load` sets OKAPI_LOAD_SECONDS=300. */
const SECONDS = Number(process.env.OKAPI_LOAD_SECONDS) || 40;
const CONNECTIONS = 16;
/**
 * The slope is fitted to the RSS troughs of each window after the warm-up. A leak of
 * one kilobyte per request at this machine's ~150 requests per second is ~9 MB a minute:
 * the 5-minute run holds it under 5 MB a minute. The heap still grows toward its working
 * size for the first ~20 s, so the short run skips half its length and catches gross
 * leaks only.
 */
const MAX_SLOPE_MB_PER_MINUTE = SECONDS >= 120 ? 5 : 120;
const WARM_UP_SECONDS = SECONDS >= 120 ? SECONDS / 4 : SECONDS / 2;
const WINDOW_SECONDS = Math.max(2, SECONDS / 30);
const ADMIN = { email: "admin@example.com", password: "a long enough password" };

describe(`mixed API traffic for ${SECONDS} s at the highest rate the machine sustains (${(crashStores.at(-1) as { name: string }).name})`, () => {
  let store: CrashStore;
  let server: Child & { url: string };
  let token: string;

  beforeAll(async () => {
    // PostgreSQL when CI provides it (the deployment the load stands for), else PGlite.
    const driver = crashStores.at(-1) as (typeof crashStores)[number];
    store = await driver.create();
    server = await startServe({
      ...store.env,
      OKAPI_ADMIN_EMAIL: ADMIN.email,
      OKAPI_ADMIN_PASSWORD: ADMIN.password,
    });
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(ADMIN),
    });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const created = await fetch(`${server.url}/api/v1/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ name: "load", scope: "write" }),
    });
    token = ((await created.json()) as { token: string }).token;
    const seed = await fetch(`${server.url}/api/v1/workspace`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(FIXTURE),
    });
    expect(seed.status).toBe(200);
  }, 180_000);
  afterAll(async () => {
    if (server) await killHard(server);
    await store?.dispose();
  });

  it(
    "answers every request without an error, and its memory does not trend upward",
    async () => {
      const samples: { seconds: number; mb: number }[] = [];
      const started = Date.now();
      const pid = server.process.pid as number;
      const sampler = setInterval(
        () => samples.push({ seconds: (Date.now() - started) / 1000, mb: residentMb(pid) }),
        250,
      );
      let tick = 0;
      const result = await new Promise<Result>((resolve, reject) => {
        autocannon(
          {
            url: server.url,
            connections: CONNECTIONS,
            duration: SECONDS,
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            requests: [
              { path: "/api/v1/summary" },
              { path: "/api/v1/kpis?limit=50" },
              { path: "/api/v1/objectives?limit=50" },
              { path: "/api/v1/kpis/nrr/measurements?points=200" },
              { path: "/api/v1/key-results/adoption/checkins" },
              {
                method: "POST",
                path: "/api/v1/kpis/nrr/measurements",
                setupRequest: (request) => ({
                  ...request,
                  body: JSON.stringify({
                    at: new Date(Date.UTC(2026, 0, 1) + ++tick * 1000).toISOString(),
                    value: tick % 100,
                  }),
                }),
              },
              {
                method: "POST",
                path: "/api/v1/key-results/adoption/checkins",
                setupRequest: (request) => ({
                  ...request,
                  body: JSON.stringify({
                    at: "2026-07-20",
                    value: 40 + (tick % 10),
                    confidence: 7,
                  }),
                }),
              },
            ],
          },
          (error, r) => (error ? reject(error) : resolve(r)),
        );
      });
      clearInterval(sampler);
      const steady = samples.filter((s) => s.seconds > WARM_UP_SECONDS);
      const slope = slopeMbPerMinute(troughs(steady, WINDOW_SECONDS));
      const figures = {
        seconds: SECONDS,
        requestsPerSecond: Math.round(result.requests.average),
        total: result.requests.total,
        p50ms: result.latency.p50,
        p99ms: result.latency.p99,
        rssStartMb: Math.round(steady[0]?.mb ?? 0),
        rssEndMb: Math.round(steady.at(-1)?.mb ?? 0),
        rssSlopeMbPerMinute: Number(slope.toFixed(2)),
      };
      console.info(`load: ${JSON.stringify(figures)}`);
      expect(
        result.errors + result.timeouts + result.non2xx,
        JSON.stringify(result.statusCodeStats),
      ).toBe(0);
      expect(result.requests.total).toBeGreaterThan(SECONDS * 20);
      expect(slope).toBeLessThan(MAX_SLOPE_MB_PER_MINUTE);
    },
    (SECONDS + 120) * 1000,
  );
});
