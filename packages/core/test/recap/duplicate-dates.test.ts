/**
 * Two copies of one region told apart by the files' times: the recap says why the workbooks' own saved dates did not
 * decide (audit36: a scored copy and a re-sent file with the same dcterms:modified, after e-mail/USB copies).
 */
import { describe, expect, it } from "vitest";
import { recapRegions, type RecapEntry } from "../../src/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { edition2026 } from "../engine/fixtures.js";

const e = edition2026;
const kab = (n: number) => region({ region: { name: "Kota Baru Contoh", level: "kota", year: 2026 }, spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, n, 2) });
const entry = (id: string, n: number, saved: RecapEntry["saved"]): RecapEntry => { const input = kab(n); return { id, input, result: scoreRegion(input, e), edition: e, saved }; };

describe("duplicates decided by the file's time", () => {
  it("the workbooks' dates tie: the shared date is given", () => {
    const [d] = recapRegions([
      entry("kota-baru.scored.xlsx", 12, { workbook: "2026-05-15T00:00:00.000Z", file: "2026-12-02T06:37:02.000Z" }),
      entry("kota-baru.xlsx", 14, { workbook: "2026-05-15T00:00:00.000Z", file: "2026-12-02T06:50:38.000Z" }),
    ]).duplicates;
    expect(d).toMatchObject({ kept: "kota-baru.xlsx", by: "file", workbookDates: { tie: "2026-05-15T00:00:00.000Z" } });
  });

  it("a copy without a saved date in its workbook: named", () => {
    const [d] = recapRegions([entry("a.xlsx", 12, { workbook: null, file: "2026-12-02T06:37:02.000Z" }), entry("b.xlsx", 14, { workbook: "2026-05-15T00:00:00.000Z", file: "2026-12-02T06:50:38.000Z" })]).duplicates;
    expect(d).toMatchObject({ kept: "b.xlsx", by: "file", workbookDates: { missing: ["a.xlsx"] } });
  });

  it("decided by the workbooks' dates: nothing more to say", () => {
    const [d] = recapRegions([entry("a.xlsx", 12, { workbook: "2026-05-15T00:00:00.000Z", file: "2026-12-02T06:59:00.000Z" }), entry("b.xlsx", 14, { workbook: "2026-05-16T00:00:00.000Z", file: "2026-12-02T06:50:38.000Z" })]).duplicates;
    expect(d!.by).toBe("workbook");
    expect(d!.kept).toBe("b.xlsx");
    expect(d).not.toHaveProperty("workbookDates");
  });
});
