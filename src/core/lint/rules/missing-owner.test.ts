import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { missingOwner } from "./missing-owner.js";

describe("missingOwner", () => {
  it("flags an objective without an owner and proposes the team lead", () => {
    const hits = runOnTitles(missingOwner, [], { owner: undefined });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.fix).toContain("owner: sam");
  });

  it("leaves an owned objective alone", () => {
    expect(runOnTitles(missingOwner, [])).toEqual([]);
  });
});
