import { describe, expect, it } from "vitest";
import { formatFixed, formatNumber, numberLocaleOf, textLangOf } from "../src/pane/format.js";

describe("pane number format follows the pane's text language", () => {
  it("Bahasa Indonesia → id-ID, English → en-US", () => {
    expect(numberLocaleOf("id")).toBe("id-ID");
    expect(numberLocaleOf("en")).toBe("en-US");
  });

  it("texts are Bahasa Indonesia unless Office displays English", () => {
    expect(textLangOf({ displayLanguage: "id-ID" })).toBe("id");
    expect(textLangOf({ displayLanguage: "fr-FR" })).toBe("id");
    expect(textLangOf({})).toBe("id");
    expect(textLangOf({ displayLanguage: "en-AU" })).toBe("en");
  });

  it("Indonesian uses the decimal comma and the thousands dot; otherwise the dot", () => {
    expect(formatFixed(38.55, "id-ID", 2)).toBe("38,55");
    expect(formatFixed(38.5, "id-ID", 2)).toBe("38,50");
    expect(formatFixed(38.55, "en-US", 2)).toBe("38.55");
    expect(formatFixed(100, "id-ID", 2)).toBe("100,00");
    expect(formatNumber(12345.5, "id-ID")).toBe("12.345,5");
    expect(formatNumber(12345.5, "en-US")).toBe("12,345.5");
    expect(formatNumber(0.125, "id-ID", 2)).toBe("0,13");
    expect(formatNumber(7, "id-ID")).toBe("7");
  });

  it("an unknown number is a dash, never 0 or NaN", () => {
    for (const v of [null, undefined, Number.NaN]) {
      expect(formatFixed(v, "id-ID", 2)).toBe("—");
      expect(formatNumber(v, "en-US")).toBe("—");
    }
  });
});
