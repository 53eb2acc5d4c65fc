import { sheetIssue } from "../../packages/workbook/src/messages.js";
import { describe, expect, it } from "vitest";
import { readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

/** A workbook whose Ringkasan and Masalah sheets are the analyst's own, and an output cell someone typed into. */
async function scoredWithOwnSheets(locale: "id" | "en") {
  const seed = regionGrids(3);
  seed["Ringkasan"] = { name: "Ringkasan", cells: [["Catatan saya"]] };
  seed["Masalah"] = { name: "Masalah", cells: [["Daftar masalah saya"]] };
  const host = new FakeExcelHost(structuredClone(seed));
  const first = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }), { locale });
  if (!first.ok) throw new Error("unreadable");
  return first;
}

describe("the pane's remedies name what the pane offers, not the CLI's --overwrite", () => {
  for (const locale of ["id", "en"] as const) {
    it(`a sheet the tool did not make, left alone (${locale})`, async () => {
      const out = await scoredWithOwnSheets(locale);
      const notOurs = out.issues.filter((i) => i.code === "summary_sheet_not_ours");
      expect(notOurs.map((i) => i.sheet).sort()).toEqual(["Masalah", "Ringkasan"]);
      for (const i of notOurs) {
        expect(i.message).not.toMatch(/--overwrite/);
        expect(i.message).toMatch(locale === "id" ? /ganti namanya lalu nilai ulang/ : /rename it and score again/);
      }
      // nor does any text the run writes into the workbook (notes column, summary) name the CLI's switch
      for (const w of out.writes) if (typeof w.value === "string") expect(w.value, w.address).not.toMatch(/--overwrite/);
    });
  }

  it("an output cell someone typed into: clear it, in both languages; the CLI keeps its --overwrite", () => {
    const at = (locale: "id" | "en", host?: "addin") => sheetIssue(locale, "output_cell_not_ours", "warning", "Inovasi", "AZ3", "Skor Klaim", { given: "lama", host }).message;
    expect(at("id", "addin")).toMatch(/kosongkan selnya lalu nilai ulang/);
    expect(at("en", "addin")).toMatch(/clear it and score again/);
    for (const l of ["id", "en"] as const) {
      expect(at(l, "addin")).not.toMatch(/--overwrite/);
      expect(at(l)).toMatch(/--overwrite/);
    }
  });
});
