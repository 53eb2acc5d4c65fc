/**
 * Cell values as analysts type them, through the CLI on a real .xlsx (audit17): a count or an index typed in a
 * percent-formatted cell (F2), a fully answered innovation whose Tahapan is blank (F3), a Ditolak cell that says the
 * verification is not done yet (F10).
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, colOf, load, startedTemplate, tmp } from "./helpers.js";

type JsonIssue = { code: string; severity: string; sheet: string | null; cell: string | null; message: string };

describe("values as analysts type them, through the CLI", () => {
  const dir = tmp();
  const path = join(dir, "analis.xlsx");
  let json: { issues: JsonIssue[]; claimed: { counted: number; n: number } };
  let ipmCell = "";
  let stageCell = "";
  let rejectedCell = "";
  let printed = "";
  beforeAll(async () => {
    const { wb, eligible, put } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"], ["Dinas Sosial", "Dinas"]]);
    eligible(2, "Si Sehat", "Dinas Kesehatan");
    // Dinas Sosial's only innovation, fully answered, Tahapan left blank
    eligible(3, "Si Sosial", "Dinas Sosial");
    put(3, "Tahapan", null);
    // a Ditolak cell before verification: "Belum"
    eligible(4, "Si Belum", "Dinas Kesehatan");
    put(4, "Ditolak", "Belum");
    const inv = wb.getWorksheet("Inovasi")!;
    rejectedCell = inv.getCell(4, colOf(inv, "Ditolak")).address;
    stageCell = inv.getCell(3, colOf(inv, "Tahapan")).address;
    const set = wb.getWorksheet("Pengaturan")!;
    set.eachRow((r) => { if (r.getCell(1).value === "Wajib Inovasi per Perangkat Daerah") r.getCell(2).value = 1; });
    const spd = wb.getWorksheet("SPD")!;
    let row = 0;
    spd.eachRow((r, n) => { if (r.getCell(1).value === "SPD-11b") row = n; });
    const ipm = spd.getCell(row, colOf(spd, "Jawaban"));
    // 80 typed into a cell of a column formatted as percent: Excel shows 80,00% and stores 0,8
    ipm.value = 0.8;
    ipm.numFmt = "0.00%";
    ipmCell = ipm.address;
    await wb.xlsx.writeFile(path);
    const run = await cli(["score", path, "-o", join(dir, "a.xlsx"), "--json"]);
    json = JSON.parse(run.out);
    const text = await cli(["score", path, "-o", join(dir, "b.xlsx"), "-q"]);
    printed = text.out + text.err;
  }, 60_000);

  it("F2: IPM 80 in a percent cell is read as 80 (as shown); as 0,8 and 80 score apart, both are said (review18 F2)", async () => {
    const at = json.issues.filter((i) => i.sheet === "SPD" && i.cell === ipmCell);
    expect(at.map((i) => [i.code, i.severity])).toEqual([["percent_cell_shown", "warning"]]);
    expect(at[0]!.message).toBe(`SPD!${ipmCell}: sel berformat persen: dibaca 80 (tingkat 3) seperti tampak; bila maksudnya 0,8 (tingkat 1), hapus format persennya`);
  });

  it("F3: a blank Tahapan on an answered row says the row is not scored nor counted in n; the agency's 0 says which row", () => {
    const at = json.issues.filter((i) => i.sheet === "Inovasi" && i.cell === stageCell);
    expect(at.map((i) => [i.code, i.severity])).toEqual([["required", "error"]]);
    expect(at[0]!.message).toContain("tidak dinilai dan tidak dihitung dalam n (jumlah inovasi yang dilaporkan)");
    expect(json.claimed.counted).toBe(2); // Si Sehat and Si Belum
    const compliance = json.issues.find((i) => i.code === "compliance_rule_not_met")!;
    expect(compliance.message).toContain(`Dinas Sosial memiliki 0 inovasi`);
    expect(compliance.message).toContain(`1 baris inovasinya tidak dihitung karena ada kesalahan (Inovasi!${stageCell})`);
    expect(printed).toContain(`Inovasi!${stageCell}: "Tahapan" wajib diisi; pilihan: "Inisiatif", "Uji Coba", "Penerapan"; sampai diperbaiki, baris ini tidak dinilai`);
    expect(printed).toContain(`(Inovasi!${stageCell}); perbaiki lalu nilai ulang`);
  });

  it("F10: Ditolak \"Belum\" is read as not rejected, with a note; the innovation counts", () => {
    const at = json.issues.filter((i) => i.sheet === "Inovasi" && i.cell === rejectedCell);
    expect(at.map((i) => [i.code, i.severity, i.message])).toEqual([["rejected_word_read", "info", `Inovasi!${rejectedCell}: "Belum" dibaca "Tidak"`]]);
    expect(printed).not.toContain("Si Belum\" ditolak verifikator");
  });
});
