import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeOkrStatus } from "../../core/okr/compute-okr-status.js";
import { generateDemoWorkspace } from "../../demo/index.js";
import { openStore, type Store } from "../open-store.js";
import { assessStoredObjectives } from "./objective-status.js";
import { listObjectives } from "./objectives.js";

const AS_OF = "2026-11-23";

describe("assessStoredObjectives", () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ inMemory: true });
    await store.applyDocument(generateDemoWorkspace({ asOf: AS_OF }), { actor: "test" });
  });
  afterAll(() => store.close());

  it.each([AS_OF, "2026-10-15", "2026-12-31"])(
    "reads only the measurements it needs yet agrees with the whole-workspace status at %s",
    async (asOf) => {
      const document = await store.exportDocument();
      if (!document) throw new Error("the demo was not applied");
      const expected = computeOkrStatus(document, { asOf }).objectives;
      const { items } = await listObjectives(
        store.db,
        { admin: true, teams: [] },
        {},
        { limit: 500 },
      );
      const tracked = items.filter((objective) => objective.status !== "draft");
      const assessed = await assessStoredObjectives(store.db, tracked, asOf);
      expect(expected.length).toBeGreaterThan(0);
      for (const status of expected) {
        const { alignment: _alignment, ...own } = status;
        expect(assessed.get(status.id)).toEqual(own);
      }
    },
  );
});
