import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OkapiDocument } from "../core/model/index.js";
import { storeDrivers, type TestStore } from "../store/test-support/test-stores.js";
import { VisibleDocumentCache } from "./visible-document-cache.js";

const DOCUMENT: OkapiDocument = {
  version: 1,
  organization: "Acme",
  people: [{ id: "maria", name: "Maria Lopez" }],
  teams: [{ id: "growth", name: "Growth", lead: "maria" }],
  kpis: [{ id: "nrr", name: "Net revenue retention", owner: "maria", team: "growth" }],
};
const ADMIN = { admin: true, teams: [] };
const read = (cache: VisibleDocumentCache) => cache.view(ADMIN, "document", (d) => d);

describe.each(storeDrivers)("VisibleDocumentCache on $name", ({ open }) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await open();
    await test.store.applyDocument(DOCUMENT, { actor: "test" });
  });
  afterAll(() => test.dispose());

  it("exports once for concurrent reads of the same audience", async () => {
    const cache = new VisibleDocumentCache(test.store);
    const [a, b] = await Promise.all([read(cache), read(cache)]);
    expect(a).toBe(b);
    expect(a?.kpis?.map((k) => k.id)).toEqual(["nrr"]);
  });

  it("computes a view once per key and document", async () => {
    const cache = new VisibleDocumentCache(test.store);
    let computed = 0;
    const count = (d: OkapiDocument | null) => {
      computed++;
      return d?.kpis?.length;
    };
    await cache.view(ADMIN, "kpis", count);
    expect(await cache.view(ADMIN, "kpis", count)).toBe(1);
    expect(computed).toBe(1);
    await cache.view(ADMIN, "kpis as of another day", count);
    expect(computed).toBe(2);
  });

  it("sees a write made outside this server, because the workspace revision moved", async () => {
    const cache = new VisibleDocumentCache(test.store);
    const before = await read(cache);
    const kpis = [...(DOCUMENT.kpis ?? []), { id: "csat", name: "Customer satisfaction" }];
    await test.store.applyDocument({ ...DOCUMENT, kpis }, { actor: "other process" });
    const after = await read(cache);
    expect(after).not.toBe(before);
    expect(after?.kpis?.map((k) => k.id).sort()).toEqual(["csat", "nrr"]);
  });

  it("re-exports after the entry is older than ten seconds", async () => {
    let now = 0;
    const cache = new VisibleDocumentCache(test.store, () => now);
    const first = await read(cache);
    now = 9_999;
    expect(await read(cache)).toBe(first);
    now = 10_000;
    expect(await read(cache)).not.toBe(first);
  });
});
