import { join } from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { OUTPUT_COLUMNS } from "@inovasi/workbook";
import { cli, colOf, load, tmp } from "./helpers.js";

const e = getEdition("iid-2026")!;
const sid = e.indicators.filter((i) => i.aspect === "SID");
const complaints = sid.find((i) => i.id === "SID-14")!; // in %: ≤ 50 / 51–90 / ≥ 91

describe("percent cells in a real .xlsx", () => {
  it("scores 95 typed as a percent cell (0.95 shown as 95 %) like 95, through exceljs and back", async () => {
    const dir = tmp();
    const path = join(dir, "persen.xlsx");
    expect((await cli(["template", path])).code).toBe(0);
    const wb = await load(path);
    wb.getWorksheet("Pengaturan")!.getCell("B2").value = "Kabupaten Uji";
    wb.getWorksheet("Pengaturan")!.getCell("B3").value = "Kabupaten";
    const ag = wb.getWorksheet("Perangkat Daerah")!;
    ag.getCell("A2").value = "Dinas Kesehatan";
    ag.getCell("B2").value = "Dinas";
    const inv = wb.getWorksheet("Inovasi")!;
    // the same innovation five times; only the SID-14 cell differs: how an analyst may type 95 %
    const cases: [ExcelJS.CellValue, string | undefined][] = [[95, undefined], ["95%", undefined], ["95,5%", undefined], [0.95, "0%"], [0.955, "0.0%"], [0.95, undefined]];
    cases.forEach(([value, numFmt], k) => {
      const r = k + 2;
      const put = (header: string, v: ExcelJS.CellValue) => (inv.getCell(r, colOf(inv, header)).value = v);
      put("Nama Inovasi", `Lapor Cepat ${k + 1}`);
      put("Perangkat Daerah", "Dinas Kesehatan");
      put("Tahapan", "Penerapan");
      put("Urusan", "Kesehatan");
      put("Tanggal Penerapan", new Date(Date.UTC(2025, 1, 1)));
      put("Jumlah Kata Rancang Bangun", 400);
      for (const ind of sid) {
        put(`${ind.number}. ${ind.name.id}`, ind.options.find((o) => o.tier === 2)!.label.id);
        put(`${ind.number}. Bukti`, "Diterima");
      }
      const cell = inv.getCell(r, colOf(inv, `${complaints.number}. ${complaints.name.id}`));
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
    await wb.xlsx.writeFile(path);

    const out = join(dir, "hasil.xlsx");
    const run = await cli(["score", path, "-o", out, "--json"]);
    expect(run.code).toBe(0);
    const scored = (await load(out)).getWorksheet("Inovasi")!;
    const claimed = cases.map((_, k) => scored.getCell(k + 2, colOf(scored, OUTPUT_COLUMNS.claimed)).value);
    const typed = claimed[0] as number;
    // 95, "95%", "95,5%", 0.95 as 0 %, 0.955 as 0.0 % score alike; a bare 0.95 (General) is 0.95 % and scores the lowest tier
    expect(claimed).toEqual([typed, typed, typed, typed, typed, typed - complaints.weight! * 2]);
  });
});
