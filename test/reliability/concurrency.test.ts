import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, drivers, startTestServer, type TestServer } from "../api/api-server.js";

const EDITORS = 50;
const CONTESTED = ["kr-a", "kr-b", "kr-c", "kr-d", "kr-e"];

describe.each(drivers)("50 concurrent editors on $name", ({ open }) => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer(open);
    token = (await createAccounts(server)).editor;
    // Five key results share the 50 editors: ten writers race on each.
    const created = await api("POST", "/objectives", {
      id: "contested",
      title: "Make every renewal predictable",
      team: "growth",
      keyResults: CONTESTED.map((id) => ({ id, title: `Raise ${id} from 1 to 2`, from: 1, to: 2 })),
    });
    expect(created.status).toBe(201);
  });
  afterAll(() => server?.stop());

  function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  async function readTitle(kr: string): Promise<{ title: string; etag: string }> {
    const response = await api("GET", `/key-results/${kr}`);
    const body = (await response.json()) as { title: string };
    return { title: body.title, etag: response.headers.get("etag") ?? "" };
  }

  it("lets exactly one of 50 writers holding the same ETag win; the others get 412", async () => {
    const { etag } = await readTitle("ttv");
    const statuses = await Promise.all(
      Array.from({ length: EDITORS }, async (_, i) => {
        const response = await api(
          "PATCH",
          "/key-results/ttv",
          { unit: `days-${i}` },
          { "if-match": etag },
        );
        await response.arrayBuffer();
        return response.status;
      }),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(EDITORS - 1);
  });

  it("loses no update when every editor retries read-modify-write on 412", async () => {
    const krs = CONTESTED;
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: EDITORS }, async (_, i) => {
        const kr = krs[i % krs.length] as string;
        for (;;) {
          const { title, etag } = await readTitle(kr);
          const response = await api(
            "PATCH",
            `/key-results/${kr}`,
            { title: `${title} #${i}` },
            {
              "if-match": etag,
            },
          );
          await response.arrayBuffer();
          if (response.status === 200) return;
          expect(response.status).toBe(412);
          conflicts++;
        }
      }),
    );
    for (const [k, kr] of krs.entries()) {
      const { title } = await readTitle(kr);
      const marks = title.match(/#\d+/g) ?? [];
      const mine = Array.from({ length: EDITORS }, (_, i) => i).filter((i) => i % krs.length === k);
      expect(marks.map((m) => Number(m.slice(1))).sort((a, b) => a - b)).toEqual(mine);
    }
    expect(conflicts).toBeGreaterThan(0);
  });

  it("records every one of 50 concurrent check-ins and measurements", async () => {
    const day = (i: number) =>
      `2026-08-${String((i % 28) + 1).padStart(2, "0")}T${String(Math.floor(i / 28)).padStart(2, "0")}:00:00Z`;
    const before = (await (await api("GET", "/key-results/adoption/checkins")).json()) as {
      items: unknown[];
    };
    const statuses = await Promise.all(
      Array.from({ length: EDITORS }, async (_, i) => {
        const [checkin, measurement] = await Promise.all([
          api("POST", "/key-results/adoption/checkins", {
            at: day(i),
            value: 40 + i,
            confidence: 6,
          }),
          api("POST", "/kpis/nrr/measurements", {
            at: `2027-01-01T00:${String(i).padStart(2, "0")}:00Z`,
            value: 100 + i,
          }),
        ]);
        await Promise.all([checkin.arrayBuffer(), measurement.arrayBuffer()]);
        return [checkin.status, measurement.status];
      }),
    );
    expect(statuses.flat().every((s) => s === 201)).toBe(true);
    const after = (await (await api("GET", "/key-results/adoption/checkins")).json()) as {
      items: { value: number }[];
    };
    const values = new Set(after.items.map((c) => c.value));
    for (let i = 0; i < EDITORS; i++) expect(values.has(40 + i)).toBe(true);
    expect(after.items.length).toBeGreaterThanOrEqual(before.items.length + EDITORS);
    const series = (await (
      await api("GET", "/kpis/nrr/measurements?from=2027-01-01&to=2027-01-02")
    ).json()) as { points?: { value: number }[]; items?: { value: number }[] };
    const points = series.points ?? series.items ?? [];
    expect(points.filter((p) => p.value >= 100 && p.value < 100 + EDITORS)).toHaveLength(EDITORS);
  });
});
