import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFromTo } from "./extract-from-to.js";
import { readKeyResultNumbers } from "./read-key-result-numbers.js";

describe("readKeyResultNumbers", () => {
  it("reads baseline, target and unit from a percentage title", () => {
    expect(readKeyResultNumbers("Increase trial conversion from 2.1% to 3.5%")).toEqual({
      from: 2.1,
      to: 3.5,
      unit: "%",
    });
  });

  it("reads a unit written as a word and a currency with a scale", () => {
    expect(readKeyResultNumbers("Cut time to value from 14 days to 5 days")).toEqual({
      from: 14,
      to: 5,
      unit: "days",
    });
    expect(readKeyResultNumbers("Grow ARR from $14.17M to $15M")).toEqual({
      from: 14.17,
      to: 15,
      unit: "$M",
    });
  });

  it("reads a target without a baseline", () => {
    expect(readKeyResultNumbers("Increase week-2 activation to 42%")).toEqual({
      to: 42,
      unit: "%",
    });
  });

  it("reads nothing from a threshold, a task or a title without numbers", () => {
    expect(readKeyResultNumbers("Keep NPS above 45")).toEqual({});
    expect(readKeyResultNumbers("Hire 5 engineers")).toEqual({});
    expect(readKeyResultNumbers("Make customers happier")).toEqual({});
  });

  it("agrees with the linter's from/to on every from-to title", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("Increase", "Reduce", "Grow", "Cut"),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom("%", " days", " h", ""),
        (verb, a, b, unit) => {
          const title = `${verb} weekly signups from ${a / 10}${unit} to ${b / 10}${unit}`;
          const read = readKeyResultNumbers(title);
          const { from, to } = extractFromTo(title);
          expect({ from: read.from, to: read.to }).toEqual({ from, to });
        },
      ),
    );
  });
});
