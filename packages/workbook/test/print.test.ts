import { describe, expect, it } from "vitest";
import { ACROSS_SCALE, PRINT_WIDTH_POINTS, READABLE_SCALE, RECAP_SHEETS, columnPoints, printSpec, recapWorkbook } from "@inovasi/workbook";

describe("printSpec", () => {
  it("fits a sheet one page wide while that prints at 60 % or more; a wider one runs across pages at 75 %, its titles on every page", () => {
    // columns of 20 characters: 145.75 points each at full size
    const cols = (n: number) => Array.from({ length: n }, () => 20);
    const fits = Math.floor(PRINT_WIDTH_POINTS / READABLE_SCALE / columnPoints(20));
    const titles = { titleRows: { first: 4, last: 4 }, titleCols: { first: 0, last: 0 } };
    expect(printSpec(cols(fits), titles)).toEqual({ fitWidth: true, order: "overThenDown", titleRows: { first: 4, last: 4 } });
    expect(printSpec(cols(fits + 1), titles)).toEqual({ fitWidth: false, scale: ACROSS_SCALE, order: "overThenDown", ...titles });
    // a chart beside a small table counts with its columns at Excel's default width
    expect(printSpec([26, 12, 14], { cols: 16 }).fitWidth).toBe(true);
    expect(printSpec([26, 12, 14], { cols: 60 }).fitWidth).toBe(false);
  });

  it("prints the recap's sheets: Rekap across pages with its header row and region names, the others one page wide", () => {
    const out = recapWorkbook({ target: null, regions: [], distribution: [], editions: [], mixedEditions: false, duplicates: [], years: [], mixedYears: false, provinces: [], expected: null, outsideDistribution: [], totals: { regions: 0, reported: 0, ranked: 0, unranked: { indexUnknown: 0, flawed: 0, notReported: 0 }, innovations: { reported: 0, counted: 0, flawed: 0 }, averageIndex: null, withoutInnovation: [], agenciesWithout: 0 }, year: null, outsideYear: [], notScored: [], unknownTarget: null }, []);
    const print = Object.fromEntries(out.output.ownedSheets.map((s) => [s.name, s.print]));
    const header = out.output.ownedSheets[0]!.headingRows[0]!;
    expect(print[RECAP_SHEETS.recap]).toEqual({ fitWidth: false, scale: 75, order: "overThenDown", titleRows: { first: header, last: header }, titleCols: { first: 0, last: 0 } });
    expect(print[RECAP_SHEETS.ranking]).toMatchObject({ fitWidth: true, titleRows: { first: 2, last: 2 } });
    expect(print[RECAP_SHEETS.problems]).toMatchObject({ fitWidth: true, titleRows: { first: 2, last: 2 } });
    expect(print[RECAP_SHEETS.distribution]).toEqual({ fitWidth: true, order: "overThenDown" });
  });
});
