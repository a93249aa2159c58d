import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderSparkline } from "./render-sparkline.js";

describe("renderSparkline", () => {
  it("maps the lowest value to ▁ and the highest to █", () => {
    expect(renderSparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe("▁▂▃▄▅▆▇█");
  });

  it("draws a flat series at mid height", () => {
    expect(renderSparkline([5, 5, 5])).toBe("▄▄▄");
  });

  it("has one bar per value and keeps the order of values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 26 }),
        (values) => {
          const line = [...renderSparkline(values)];
          expect(line).toHaveLength(values.length);
          const bars = "▁▂▃▄▅▆▇█";
          for (let i = 1; i < values.length; i++)
            if ((values[i] as number) > (values[i - 1] as number))
              expect(bars.indexOf(line[i] as string)).toBeGreaterThanOrEqual(
                bars.indexOf(line[i - 1] as string),
              );
        },
      ),
    );
  });
});
