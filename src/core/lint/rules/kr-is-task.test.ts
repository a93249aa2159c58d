import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { krIsTask } from "./kr-is-task.js";

describe("krIsTask", () => {
  it.each([
    "Ship the redesign",
    "Launch feature X",
    "Migrate billing to Stripe",
    "Hire 5 engineers",
    "Roll out SSO to all customers",
  ])("flags the activity %s", (title) => {
    const hits = runOnTitles(krIsTask, [title]);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.atMost).toBeUndefined();
  });

  it("caps a task that also names a measured outcome at a warning", () => {
    const hits = runOnTitles(krIsTask, [
      "Launch self-serve checkout to lift conversion from 2% to 3%",
    ]);
    expect(hits[0]?.atMost).toBe("warning");
  });

  it.each([
    "Reduce mean time to recovery from 25 min to 10 min",
    "Increase weekly active accounts to 50,000",
    "Improve bookkeeping accuracy from 90% to 98%",
  ])("leaves the outcome %s alone", (title) => {
    expect(runOnTitles(krIsTask, [title])).toEqual([]);
  });
});
