import { describe, expect, it } from "vitest";
import { describeReading, fillFromTitle } from "../../web/src/screens/okr-form/fill-from-title.js";

const blank = { title: "", from: "", to: "", unit: "" };

describe("fillFromTitle", () => {
  it("fills from, to and unit from a title that states them", () => {
    expect(fillFromTitle(blank, "Increase trial conversion from 2.1% to 3.5%")).toMatchObject({
      title: "Increase trial conversion from 2.1% to 3.5%",
      from: "2.1",
      to: "3.5",
      unit: "%",
    });
  });

  it("keeps a number the person typed and follows the title elsewhere", () => {
    const typed = { ...blank, to: "4" };
    expect(fillFromTitle(typed, "Increase trial conversion from 2.1% to 3.5%")).toMatchObject({
      from: "2.1",
      to: "4",
      unit: "%",
    });
  });

  it("updates what it filled when the title changes, and clears it when the title no longer states it", () => {
    const first = fillFromTitle(blank, "Cut time to value from 14 days to 5 days");
    const second = fillFromTitle(first, "Cut time to value from 14 days to 4 days");
    expect(second).toMatchObject({ from: "14", to: "4", unit: "days" });
    expect(fillFromTitle(second, "Cut time to value")).toMatchObject({
      from: "",
      to: "",
      unit: "",
    });
  });
});

describe("describeReading", () => {
  it("says what was read, and nothing when the title stated no number", () => {
    const read = fillFromTitle(blank, "Increase trial conversion from 2.1% to 3.5%").read;
    expect(describeReading(read)).toBe("from 2.1, to 3.5, unit %");
    expect(describeReading(fillFromTitle(blank, "Delight customers").read)).toBeUndefined();
  });
});
