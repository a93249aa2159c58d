import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { echoNumber, readNumber } from "../../web/src/lib/read-number.js";

const LOCALES = [
  "en",
  "en-US",
  "en-GB",
  "de",
  "de-CH",
  "fr",
  "es",
  "it",
  "nl",
  "pt-BR",
  "sv",
  "pl",
];

const read = (text: string, locale: string) => {
  const reading = readNumber(text, locale);
  return reading.kind === "number" ? reading.value : reading.kind;
};

describe("readNumber", () => {
  it("reads back any number Intl.NumberFormat writes in the locale", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.integer({ min: 0, max: 4 }),
        (locale, scaled, places) => {
          const value = scaled / 10 ** places;
          const text = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);
          expect(read(text, locale)).toBe(value);
        },
      ),
    );
  });

  it("reads the echo it writes, so the echo is what will be saved", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (locale, raw) => {
          const value = Math.round(raw * 1000) / 1000 || 0;
          expect(read(echoNumber(value, locale), locale)).toBe(value);
        },
      ),
    );
  });

  it("reads 12,5 as twelve and a half in German and refuses it in English", () => {
    expect(read("12,5", "de")).toBe(12.5);
    expect(read("12,5", "en")).toBe("refused");
    expect(readNumber("12,5", "en")).toMatchObject({
      reason: expect.stringContaining("write 12.5 for twelve and a half"),
    });
  });

  it("reads the locale's thousands separators and refuses the other locale's decimal mark", () => {
    expect(read("1.250", "de")).toBe(1250);
    expect(read("1,250", "en")).toBe(1250);
    expect(read("1,250.75", "en")).toBe(1250.75);
    expect(read("1.250,75", "de")).toBe(1250.75);
    expect(read("12.5", "de")).toBe("refused");
    expect(read("1 250,5", "fr")).toBe(1250.5);
    expect(read("1’250.5", "de-CH")).toBe(1250.5);
  });

  it("reads currency, percent and k/M/B scales", () => {
    expect(read("$1.2M", "en")).toBe(1_200_000);
    expect(read("1,2 M€", "de")).toBe(1_200_000);
    expect(read("35 %", "de")).toBe(35);
    expect(read("35%", "en")).toBe(35);
    expect(read("40k", "en")).toBe(40_000);
    expect(read("-$3.5", "en")).toBe(-3.5);
    expect(read("−2,5", "sv")).toBe(-2.5);
  });

  it("says empty for blank text and refuses words, doubled marks and bare separators", () => {
    expect(read("  ", "en")).toBe("empty");
    expect(read("twelve", "en")).toBe("refused");
    expect(read("1.2.3", "en")).toBe("refused");
    expect(read(",", "de")).toBe("refused");
    expect(read("12,", "en")).toBe("refused");
  });
});
