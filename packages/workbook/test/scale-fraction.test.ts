/**
 * A 0–1 ratio typed for a measure on a 0–100 scale that is not a percentage (audit22 F4): the IPM as UNDP writes the
 * HDI (0,7123) scored tier 1 silently, while the same slip in a share was asked (`percent_as_fraction`).
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/index.js";
import { oneInnovationBook, readSpdRow } from "./helpers.js";

const at = (v: CellValue, code = "SPD-11b", locale: "id" | "en" = "id") => readSpdRow(oneInnovationBook({ spd: { [code]: v } }), code, { locale });

describe("a ratio typed for the IPM (edition maximum 100)", () => {
  it.each([[0.7123], ["0,7123"]])("%j is read as typed and asked with both readings and tiers", (typed) => {
    const { issues, value } = at(typed);
    expect(value).toBe(0.7123);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["percent_as_fraction", "warning"]]);
    expect(issues[0]!.text).toBe(
      // text typed is quoted as typed, a number cell is "nilai …" (read23)
      `${typeof typed === "string" ? `"${typed}"` : "nilai 0,7123"} dibaca sebagai 0,7123 (tingkat 1), padahal "Nilai IPM" bernilai 0–100, bukan rasio 0–1; bila maksudnya 71,23 (tingkat 2), tulis 71,23`,
    );
  });

  it("says it in English with the decimal point", () => {
    const { issues } = at(0.8123, "SPD-11b", "en");
    expect(issues[0]!.text).toContain("the value 0.8123 is read as 0.8123 (tier 1)");
    expect(issues[0]!.text).toContain(`"IPM value" runs from 0 to 100, not from 0 to 1; if 81.23 (tier 3) is meant, write 81.23`);
  });

  it("says nothing where both readings reach one tier, for an IPM typed as BPS writes it, or above 1", () => {
    expect(at(0.65).issues).toEqual([]);
    expect(at(71.23).issues).toEqual([]);
    expect(at(1.5).issues).toEqual([]);
  });

  it("leaves the percentage rows with a maximum of 100 to their own check: 1 % unemployment is a real rate", () => {
    expect(at(1, "SPD-5b").issues).toEqual([]);
    expect(at(0.0452, "SPD-5b").issues.map((i) => i.code)).toEqual(["percent_as_fraction"]);
  });
});
