import { describe, expect, it } from "vitest";
import { runOnTitles } from "../fixtures/build-document.js";
import { tooManyKrs } from "./too-many-krs.js";

const titles = (n: number) =>
  Array.from({ length: n }, (_, i) => `Increase metric ${i} from 1 to 2`);

describe("tooManyKrs", () => {
  it("flags more than 5 key results", () => {
    expect(runOnTitles(tooManyKrs, titles(6))).toHaveLength(1);
  });

  it("leaves 5 alone", () => {
    expect(runOnTitles(tooManyKrs, titles(5))).toEqual([]);
  });
});
