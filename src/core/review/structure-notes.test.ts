import { describe, expect, it } from "vitest";
import type { OkapiDocument } from "../model/okapi-file.js";
import type { ReasoningModel } from "../reasoning/reasoning-model.js";
import { classifyStatement, splitStatements, structureNotes } from "./structure-notes.js";
import { structureNotesWithModel } from "./structure-notes-with-model.js";

const DOCUMENT: OkapiDocument = {
  version: 1,
  organization: "Acme",
  kpis: [
    { id: "nrr", name: "Net revenue retention" },
    { id: "burn", name: "Net burn" },
    { id: "activation-w2", name: "Week-2 activation" },
  ],
  objectives: [{ id: "guided-setup", title: "Get every new account to a dashboard in week one" }],
};

describe("splitStatements", () => {
  it("splits bullets and sentences, dropping empty lines and list markers", () => {
    expect(splitStatements("- One thing. Another thing!\n\n2) Third\n* ")).toEqual([
      "One thing.",
      "Another thing!",
      "Third",
    ]);
  });
});

describe("classifyStatement", () => {
  it("reads movements as what changed, consequences as why it matters, plans as what to test", () => {
    expect(classifyStatement("Activation dropped from 42% to 33%")).toBe("whatChanged");
    expect(classifyStatement("This matters because renewals depend on it")).toBe("whyItMatters");
    expect(classifyStatement("Next we should test a setup checklist")).toBe("whatToTestNext");
    expect(classifyStatement("Thanks everyone")).toBe("other");
  });
});

describe("structureNotes", () => {
  it("links statements to the KPIs and objectives they name, by name or id", () => {
    const insight = structureNotes(
      "Net revenue retention fell to 101%.\nActivation dropped again.\nNext: test the guided setup flow.",
      DOCUMENT,
    );
    expect(insight.whatChanged.map((i) => i.links)).toEqual([
      [{ kind: "kpi", id: "nrr" }],
      [{ kind: "kpi", id: "activation-w2" }],
    ]);
    expect(insight.whatToTestNext[0]?.links).toEqual([{ kind: "objective", id: "guided-setup" }]);
    expect(insight.links.map((l) => l.id).sort()).toEqual(["activation-w2", "guided-setup", "nrr"]);
  });

  it("does not link a name from one shared common word", () => {
    expect(structureNotes("The net effect was small.", DOCUMENT).links).toEqual([]);
  });
});

describe("structureNotesWithModel", () => {
  const notes = "NRR fell. Test a renewal call.";

  it("takes the model's sections and links them offline", async () => {
    const model: ReasoningModel = {
      ask: async () => ({
        whatChanged: ["NRR fell."],
        whyItMatters: [],
        whatToTestNext: ["Test a renewal call."],
      }),
    };
    const insight = await structureNotesWithModel(notes, DOCUMENT, model);
    expect(insight.engine).toBe("llm");
    expect(insight.whatChanged).toEqual([
      { text: "NRR fell.", links: [{ kind: "kpi", id: "nrr" }] },
    ]);
  });

  it("falls back to the offline engine when the model fails or answers off-schema", async () => {
    const broken: ReasoningModel = { ask: async () => ({ sections: [] }) };
    const failing: ReasoningModel = {
      ask: async () => {
        throw new Error("connection refused");
      },
    };
    expect((await structureNotesWithModel(notes, DOCUMENT, broken)).engine).toBe("offline");
    expect((await structureNotesWithModel(notes, DOCUMENT, failing)).engine).toBe("offline");
  });
});
