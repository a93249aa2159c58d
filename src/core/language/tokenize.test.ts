import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

describe("tokenize", () => {
  it("reads currency, scale, percent and multiplier suffixes on numbers", () => {
    const numbers = tokenize("$14.37M 40% 3.5x 50,000 55+").map((t) => [
      t.value,
      t.unit ?? "",
      t.plus ?? false,
    ]);
    expect(numbers).toEqual([
      [14.37, "$M", false],
      [40, "%", false],
      [3.5, "x", false],
      [50000, "", false],
      [55, "", true],
    ]);
  });

  it("keeps digits glued to letters as words", () => {
    expect(tokenize("p95 90-day Sev-1 2026-Q3").map((t) => t.kind)).toEqual([
      "word",
      "word",
      "word",
      "word",
    ]);
  });
});
