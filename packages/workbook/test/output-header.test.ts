/**
 * One predicate for "is this an output column" (`isOutputHeader`): the reader skips such a column, a re-run reads only
 * its extent. The reader once added every indicator's points headers of the edition to the tool's own headers; the
 * edition's numbers (`knownNumbers`) say as much, held here for every shipped edition.
 */
import { describe, expect, it } from "vitest";
import { editions } from "@inovasi/core";
import { OUTPUT_COLUMNS, indicatorScoreHeaders, indicatorsOf, isOutputHeader, knownNumbers } from "../src/layout.js";
import { isScoreColumnHeader } from "../src/rerun-reading.js";

describe("isOutputHeader", () => {
  it.each(Object.values(editions).map((e) => [e.id, e] as const))("%s: the tool's columns and every indicator's points columns", (_, e) => {
    const numbers = knownNumbers(e, []);
    const headers = [...Object.values(OUTPUT_COLUMNS), ...indicatorsOf(e, "SID").flatMap((i) => Object.values(indicatorScoreHeaders(i)))];
    expect(headers.filter((h) => !isOutputHeader(h, numbers))).toEqual([]);
  });

  it("an analyst's own column is input; a model's own numbering only with its numbers", () => {
    expect(["Skor Akhir Klaim", "Skor 2023 Klaim", "Nama Inovasi"].some((h) => isOutputHeader(h, new Set(["p1"])))).toBe(false);
    expect([isOutputHeader("Skor P1 Klaim"), isOutputHeader("Skor P1 Klaim", new Set(["p1"])), isOutputHeader(" skor  klaim ")]).toEqual([false, true, true]);
    expect([isScoreColumnHeader("Skor 18 Terverifikasi"), isScoreColumnHeader("Skor P1 Klaim"), isScoreColumnHeader(3)]).toEqual([true, false, false]);
  });
});
