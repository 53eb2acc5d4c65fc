/** A number on an indicator with several bases and no Dasar Ukur: said as the sheet asks it (audit16 F12). */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { a1, locateIssues, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("a number without its Dasar Ukur", () => {
  const grids = templateAsGrids();
  const answer = grids["Inovasi"]!.cells[0]!.find((h) => typeof h === "string" && h.startsWith("18. ") && !/Bukti|Dasar Ukur/.test(h)) as string;
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), [answer]: 1234, "18. Dasar Ukur": null });
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, read.edition);
  const col = grids["Inovasi"]!.cells[0]!.indexOf("18. Dasar Ukur");

  it("names the Dasar Ukur column and the labels its list offers, at its cell, not the measures' ids", () => {
    const labels = e2026.indicators.find((i) => i.id === "SID-18")!.measures.map((m) => `"${m.name.id}"`).join(", ");
    for (const locale of ["id", "en"] as const) {
      const said = locateIssues(result.issues, read.source, locale, { result, edition: read.edition }).filter((i) => i.code === "measure_label_required");
      expect(said.map((i) => [i.sheet, i.cell, i.severity])).toEqual([["Inovasi", a1(1, col), "error"]]);
      expect(said[0]!.text).toBe(
        locale === "id"
          ? `indikator SID-18 punya beberapa dasar ukur; isi kolom 18. Dasar Ukur: ${labels}`
          : `indicator SID-18 has several bases; fill in the 18. Dasar Ukur column: ${labels}`,
      );
    }
    expect(labels).toContain('"Jumlah orang terlayani"');
  });
});

// read23: "45%" without a Dasar Ukur was asked for one naming all six bases, persons and products too: the sign says
// the value is one of the bases in percent, so only they are named (the English names them in Bahasa too: the list's labels);
// read25: "45 percent" too (it got the core's unknown option: the word was no percent sign to readNumber)
describe("a percentage without its Dasar Ukur", () => {
  const col = templateAsGrids()["Inovasi"]!.cells[0]!.indexOf("18. Dasar Ukur");
  const percent = e2026.indicators.find((i) => i.id === "SID-18")!.measures.filter((m) => m.unit === "%").map((m) => `"${m.name.id}"`).join(", ");
  it.each(["45%", "45 %", "45 persen", "45 percent", "45 Persen"])("%j names the bases in percent only", (typed) => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), "18. Kemanfaatan inovasi": typed, "18. Dasar Ukur": null });
    const read = readWorkbook(grids);
    const result = scoreRegion(read.input!, read.edition);
    for (const locale of ["id", "en"] as const) {
      const said = locateIssues(result.issues, read.source, locale, { result, edition: read.edition }).filter((i) => i.code === "measure_label_required");
      expect(said.map((i) => [i.sheet, i.cell, i.severity])).toEqual([["Inovasi", a1(1, col), "error"]]);
      expect(said[0]!.text).toBe(
        locale === "id"
          ? `indikator SID-18 punya beberapa dasar ukur; isi kolom 18. Dasar Ukur: ${percent} (dasar ukur dalam persen, untuk "${typed}")`
          : `indicator SID-18 has several bases; fill in the 18. Dasar Ukur column: ${percent} (the bases in percent, for "${typed}")`,
      );
    }
    expect(percent).toBe('"Cakupan unit layanan", "Efisiensi belanja", "Peningkatan pendapatan"');
  });
});

describe("an unknown option on an indicator that takes a number (audit16 F13)", () => {
  const grids = templateAsGrids();
  const header = (n: number) => grids["Inovasi"]!.cells[0]!.find((h) => typeof h === "string" && h.startsWith(`${n}. `) && !/Bukti|Dasar Ukur/.test(h)) as string;
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), [header(2)]: "banyak", [header(18)]: "entahlah", [header(1)]: "SK Camat Lama" });
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, read.edition);
  const said = (locale: "id" | "en", indicator: string) =>
    locateIssues(result.issues, read.source, locale, { result, edition: read.edition }).find((i) => i.code === "unknown_option" && i.issue?.params.indicator === indicator)!.text;

  it("says a number is allowed too: with its unit, or with its basis when there are several; not for an indicator without measures", () => {
    expect(said("id", "SID-2")).toMatch(/; pilihan yang sah: "1–10 orang", "11–30 orang", "Lebih dari 30 orang"; atau tulis angka, mis\. 25 orang; indikator wajib: /);
    expect(said("en", "SID-2")).toMatch(/; or write a number, e\.g\. 25 persons; mandatory indicator: /);
    expect(said("id", "SID-18")).toMatch(/; atau tulis angka beserta dasar ukurnya; indikator wajib: /);
    expect(said("id", "SID-1")).not.toContain("tulis angka");
  });
});
