/**
 * A fully answered innovation left out for a blank or unknown Nama, Perangkat Daerah, Urusan or Tahapan (audit17 F3):
 * the error says it is not scored and not counted in n, and the compliance warning that counts its agency short says
 * which row of the agency was left out; an unmet count target, counted without such rows, names every one (recap27).
 */
import { describe, expect, it } from "vitest";
import { deriveEdition, scoreRegion } from "@inovasi/core";
import { locateIssues, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

function book(over: Record<string, string | null>) {
  const grids = templateAsGrids();
  const set = grids["Pengaturan"]!.cells;
  const rule = set.find((r) => r[0] === "Wajib Inovasi per Perangkat Daerah");
  if (rule) rule[1] = 1;
  else set.push(["Wajib Inovasi per Perangkat Daerah", 1]);
  addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Camat", "Kecamatan Hulu", "Kesehatan"), ...over });
  spdAtTier2(grids);
  return grids;
}

const stageCol = (grids: ReturnType<typeof book>) => String.fromCharCode(65 + grids["Inovasi"]!.cells[0]!.indexOf("Tahapan"));

describe("an answered innovation left out for its profile", () => {
  it.each([
    ["Tahapan blank", { Tahapan: null }, '"Tahapan" wajib diisi'],
    ["Tahapan unknown", { Tahapan: "Pengembangan" }, 'isian "Pengembangan" tidak dikenal untuk "Tahapan"'],
  ])("%s: the error says the row is not scored nor counted in n", (_, over, said) => {
    const grids = book(over);
    const read = readWorkbook(grids);
    const at = read.issues.filter((i) => i.cell === `${stageCol(grids)}3`);
    expect(at.map((i) => i.severity)).toEqual(["error"]);
    expect(at[0]!.text).toContain(said);
    expect(at[0]!.text).toContain("sampai diperbaiki, baris ini tidak dinilai dan tidak dihitung dalam n (jumlah inovasi yang dilaporkan), kepatuhan, maupun yandas");
    expect(read.input!.innovations.map((i) => i.name)).toEqual(["Si Sehat"]);
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.cell === `${stageCol(grids)}3`)!.text).toContain("until it is corrected, this row is not scored and not counted in n");
  });

  it("a blank Urusan or Nama says it too", () => {
    const read = readWorkbook(book({ Urusan: null, "Nama Inovasi": null }));
    const required = read.issues.filter((i) => i.code === "required" && i.sheet === "Inovasi");
    expect(required).toHaveLength(2);
    for (const i of required) expect(i.text).toContain("tidak dihitung dalam n");
  });

  it("the compliance warning on the agency whose only row was left out names that row", () => {
    const grids = book({ Tahapan: null });
    const read = readWorkbook(grids);
    const result = scoreRegion(read.input!, read.edition);
    const located = locateIssues(result.issues, read.source, "id", { result, edition: read.edition });
    const warning = located.find((i) => i.code === "compliance_rule_not_met")!;
    expect(warning.text).toContain("Kecamatan Hulu memiliki 0 inovasi");
    expect(warning.text).toContain(`— 1 baris inovasinya tidak dihitung karena ada kesalahan (Inovasi!${stageCol(grids)}3); perbaiki lalu nilai ulang`);
    // the agency whose rows were all read: as it was
    const full = readWorkbook(book({}));
    const fullResult = scoreRegion(full.input!, full.edition);
    expect(locateIssues(fullResult.issues, full.source, "id", { result: fullResult, edition: full.edition }).filter((i) => i.code === "compliance_rule_not_met")).toEqual([]);
  });

  it("an unmet count target of the edition names the rows left out of its count, one without an agency too (recap27)", () => {
    const derived = deriveEdition(e2026, { id: "prov-uji", compliance: { targets: [{ id: "prov", name: { id: "Target provinsi", en: "Province target" }, count: 3 }] } });
    if (!derived.ok) throw new Error(JSON.stringify(derived.issues));
    const edition = derived.value;
    const grids = book({ "Perangkat Daerah": null });
    const agencyCol = String.fromCharCode(65 + grids["Inovasi"]!.cells[0]!.indexOf("Perangkat Daerah"));
    const read = readWorkbook(grids, { edition });
    const result = scoreRegion(read.input!, edition);
    const target = (locale: "id" | "en") => locateIssues(result.issues, read.source, locale, { result, edition }).find((i) => i.code === "compliance_target_not_met")!.text;
    expect(target("id")).toMatch(new RegExp(`: 1 dari 3 inovasi pada \\d+ — 1 baris inovasi tidak dihitung karena ada kesalahan \\(Inovasi!${agencyCol}3\\); perbaiki lalu nilai ulang$`));
    expect(target("en")).toMatch(new RegExp(` — 1 innovation row is not counted because of an error \\(Inovasi!${agencyCol}3\\); fix and score again$`));
    // no row left out: the count is the file's, and the warning as it was
    const full = readWorkbook(book({}), { edition });
    const fullResult = scoreRegion(full.input!, edition);
    expect(locateIssues(fullResult.issues, full.source, "id", { result: fullResult, edition }).find((i) => i.code === "compliance_target_not_met")!.text).toMatch(/: 2 dari 3 inovasi pada \d+$/);
  });
});
