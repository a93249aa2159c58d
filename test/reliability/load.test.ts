import autocannon, { type Result } from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE } from "../api/api-server.js";
import { type Child, killHard, liveHeapMb, startServe } from "./support/child-process.js";
import { type CrashStore, crashStores } from "./support/crash-stores.js";
import { residentMb, slopeMbPerMinute, troughs } from "./support/memory-trend.js";

/** `npm test` runs 40 s; `npm run test:load` sets OKAPI_LOAD_SECONDS=300. */
const SECONDS = Number(process.env.OKAPI_LOAD_SECONDS) || 40;
const CONNECTIONS = 16;
/**
 * A leak is memory still reachable after a full collection that grows with the requests
 * served. The server runs with a probe that collects garbage and reports the live heap
 * (heap, external and array buffers) every two seconds; the slope is fitted to those
 * samples after the caches have filled. A leak of one kilobyte per request at this
 * machine's ~150 requests per second is ~9 MB a minute. RSS is reported beside it: it
 * includes the heap growing toward its working size, which a short run cannot tell apart
 * from a leak.
 */
const MAX_LIVE_HEAP_SLOPE_MB_PER_MINUTE = 5;
const WARM_UP_SECONDS = SECONDS / 4;
const HEAP_SAMPLE_MS = 2000;
const RSS_WINDOW_SECONDS = Math.max(2, SECONDS / 30);
const ADMIN = { email: "admin@example.com", password: "a long enough password" };

describe(`mixed API traffic for ${SECONDS} s at the highest rate the machine sustains (${(crashStores.at(-1) as { name: string }).name})`, () => {
  let store: CrashStore;
  let server: Child & { url: string };
  let token: string;

  beforeAll(async () => {
    // PostgreSQL when CI provides it (the deployment the load stands for), else PGlite.
    const driver = crashStores.at(-1) as (typeof crashStores)[number];
    store = await driver.create();
    server = await startServe(
      { ...store.env, OKAPI_ADMIN_EMAIL: ADMIN.email, OKAPI_ADMIN_PASSWORD: ADMIN.password },
      { heapProbe: true },
    );
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
      const rss: { seconds: number; mb: number }[] = [];
      const live: { seconds: number; mb: number }[] = [];
      const started = Date.now();
      const elapsed = () => (Date.now() - started) / 1000;
      const pid = server.process.pid as number;
      const rssSampler = setInterval(
        () => rss.push({ seconds: elapsed(), mb: residentMb(pid) }),
        250,
      );
      let loading = true;
      const heapSampling = (async () => {
        while (loading) {
          await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_MS));
          if (loading) live.push({ seconds: elapsed(), mb: await liveHeapMb(server) });
        }
      })();
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
      clearInterval(rssSampler);
      loading = false;
      await heapSampling;
      const steadyRss = rss.filter((s) => s.seconds > WARM_UP_SECONDS);
      const steadyLive = live.filter((s) => s.seconds > WARM_UP_SECONDS);
      const liveSlope = slopeMbPerMinute(steadyLive);
      const figures = {
        seconds: SECONDS,
        requestsPerSecond: Math.round(result.requests.average),
        total: result.requests.total,
        p50ms: result.latency.p50,
        p99ms: result.latency.p99,
        rssStartMb: Math.round(steadyRss[0]?.mb ?? 0),
        rssEndMb: Math.round(steadyRss.at(-1)?.mb ?? 0),
        rssSlopeMbPerMinute: Number(
          slopeMbPerMinute(troughs(steadyRss, RSS_WINDOW_SECONDS)).toFixed(2),
        ),
        liveHeapStartMb: Number((steadyLive[0]?.mb ?? 0).toFixed(1)),
        liveHeapEndMb: Number((steadyLive.at(-1)?.mb ?? 0).toFixed(1)),
        liveHeapSlopeMbPerMinute: Number(liveSlope.toFixed(2)),
      };
      console.info(`load: ${JSON.stringify(figures)}`);
      expect(
        result.errors + result.timeouts + result.non2xx,
        JSON.stringify(result.statusCodeStats),
      ).toBe(0);
      expect(result.requests.total).toBeGreaterThan(SECONDS * 20);
      expect(steadyLive.length).toBeGreaterThanOrEqual(5);
      expect(liveSlope).toBeLessThan(MAX_LIVE_HEAP_SLOPE_MB_PER_MINUTE);
    },
    (SECONDS + 120) * 1000,
  );
});
