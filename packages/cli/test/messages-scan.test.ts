import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { cli, colOf, startedTemplate, tmp } from "./helpers.js";

const e = getEdition("iid-2026")!;
const sid = e.indicators.filter((i) => i.aspect === "SID");
const header = (id: string) => {
  const ind = sid.find((i) => i.id === id)!;
  return `${ind.number}. ${ind.name.id}`;
};
const noMeasures = sid.find((i) => i.measures.length === 0)!;

type Fill = (wb: ExcelJS.Workbook, put: (row: number, header: string, v: ExcelJS.CellValue) => void) => void;

/** The template with settings, two agencies and `rows` fully answered innovations, then `fill` spoils it. */
async function workbook(dir: string, name: string, fill: Fill, rows = 3): Promise<string> {
  const path = join(dir, `${name}.xlsx`);
  const { wb, put } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"], ["Kecamatan Hulu", "Kecamatan"]]);
  for (let k = 0; k < rows; k++) {
    const r = k + 2;
    put(r, "Nama Inovasi", `Inovasi ${k + 1}`);
    put(r, "Perangkat Daerah", "Dinas Kesehatan");
    put(r, "Tahapan", "Penerapan");
    put(r, "Urusan", "Kesehatan");
    put(r, "Tanggal Penerapan", new Date(Date.UTC(2025, 1, 1)));
    put(r, "Jumlah Kata Rancang Bangun", 400);
    for (const ind of sid) {
      put(r, `${ind.number}. ${ind.name.id}`, ind.options.find((o) => o.tier === 2)!.label.id);
      put(r, `${ind.number}. Bukti`, "Diterima");
    }
  }
  fill(wb, put);
  await wb.xlsx.writeFile(path);
  return path;
}

const BAD: Record<string, Fill> = {
  // one bad cell of each kind an analyst types
  cells: (_wb, put) => {
    put(2, "Jumlah Kata Rancang Bangun", -100);
    put(3, "Jumlah Keikutsertaan", 0);
    put(2, header("SID-2"), -5);
    put(3, header("SID-1"), "Ada");
    put(4, "Urusan", "Urusan Antah Berantah");
    put(4, "Urusan Terkait", "PUPR; Kesehatn");
    put(3, "Perangkat Daerah", "Dinas Tidak Terdaftar");
    put(2, "Tanggal Penerapan", "kemarin");
    put(3, "Tahun", "dua ribu");
    put(4, "Tahun", 2025);
    put(2, `${noMeasures.number}. Bukti`, "Mungkin");
    put(3, `${noMeasures.number}. ${noMeasures.name.id}`, -1);
    put(4, `${noMeasures.number}. ${noMeasures.name.id}`, 1.5);
    put(4, "Tahapan", "Sudah Jalan");
    put(2, "18. Dasar Ukur", "Jumlah Kucing");
    put(2, header("SID-18"), 40);
  },
  // the region as a whole: not reported, a target not met, too few urusan (yandas), SPD rows left empty
  region: (wb) => {
    const set = wb.getWorksheet("Pengaturan")!;
    set.eachRow((row) => {
      if (row.getCell(1).value === "Melapor") row.getCell(2).value = "Tidak";
      if (row.getCell(1).value === "Target Jumlah Inovasi") row.getCell(2).value = 50;
      if (row.getCell(1).value === "Wajib Inovasi per Perangkat Daerah") row.getCell(2).value = 2;
    });
  },
  // a sheet missing (the hidden lists sheet must not be offered as one that is there)
  sheet: (wb) => {
    wb.removeWorksheet(wb.getWorksheet("Inovasi")!.id);
  },
  // an edition that does not exist, named on Pengaturan
  edition: (wb) => {
    wb.getWorksheet("Pengaturan")!.eachRow((row) => {
      if (row.getCell(1).value === "Edisi Model") row.getCell(2).value = "iid-1999";
    });
  },
  // a required column renamed away
  column: (wb) => {
    const inv = wb.getWorksheet("Inovasi")!;
    inv.getCell(1, colOf(inv, "Urusan")).value = "Bidang";
  },
};

/** Internal paths of the region input or the edition, as a location or inside a sentence. */
const INTERNAL_PATH = /\b(innovations|spdAnswers|spdTotal|agencies|eligibility|formula|yandas|compliance|region|indicators|answers|relatedUrusan|designWords)(\[\d+\]|\.[A-Za-z0-9]|:)/;
const ERRNO = /\bE(NOENT|ACCES|ISDIR|NOTDIR|PERM|EXIST|MFILE)\b/;
/** Words of the input schema's validator, which an analyst never typed. */
const ZOD_ID = /\b(number|string|boolean|undefined|NaN|null|object|array|int|Invalid|expected|diharapkan)\b/;
const ZOD_EN = /\b(expected (number|string|boolean|int|object|array)|Invalid input|Too (small|big):)/i;

describe("every message the CLI prints for bad workbooks", () => {
  const lines: { locale: "id" | "en"; source: string; text: string }[] = [];

  beforeAll(async () => {
    const dir = tmp();
    for (const [name, fill] of Object.entries(BAD)) {
      const path = await workbook(dir, name, fill);
      for (const locale of ["id", "en"] as const) {
        const text = await cli(["score", path, "-o", join(dir, `${name}-${locale}.xlsx`), "--verbose", "--quiet", "--lang", locale, "--overwrite"]);
        for (const l of [...text.out.split("\n"), ...text.err.split("\n")]) lines.push({ locale, source: `${name} text`, text: l });
        const json = await cli(["score", path, "-o", join(dir, `${name}-${locale}-j.xlsx`), "--json", "--lang", locale, "--overwrite"]);
        const report = JSON.parse(json.out) as { messages?: string[]; issues: { message: string; sheet: string }[] };
        for (const m of report.messages ?? []) lines.push({ locale, source: `${name} json`, text: m });
        for (const i of report.issues) lines.push({ locale, source: `${name} json`, text: i.message });
      }
    }
    // files that are not workbooks, and files that are not there
    const csv = join(dir, "data.csv");
    writeFileSync(csv, "a,b\n");
    const folder = join(dir, "map.xlsx");
    mkdirSync(folder);
    for (const input of [join(dir, "tidak-ada.xlsx"), csv, folder]) {
      for (const locale of ["id", "en"] as const) {
        const r = await cli(["score", input, "--lang", locale]);
        for (const l of r.err.split("\n")) lines.push({ locale, source: `file ${input}`, text: l });
      }
    }
  }, 120_000);

  it("produced messages of every kind (the scan scans something)", () => {
    const all = lines.map((l) => l.text).join("\n");
    for (const want of ["terlalu kecil", "tidak dikenal", "bukan tanggal", "berkas tidak ditemukan", "lembar \"Inovasi\" tidak ada", "edisi model \"iid-1999\"", "kolom \"Urusan\" tidak ditemukan", "Target"]) {
      expect(all, want).toContain(want);
    }
    expect(lines.filter((l) => l.locale === "en").length).toBeGreaterThan(40);
  });

  it("names no internal path, hidden sheet, schema type word or errno code", () => {
    const bad = lines.filter(
      (l) =>
        INTERNAL_PATH.test(l.text) ||
        /\bDaftar\b/.test(l.text) ||
        ERRNO.test(l.text) ||
        (l.locale === "id" ? ZOD_ID.test(l.text) : ZOD_EN.test(l.text)),
    );
    expect(bad.map((l) => `${l.source} [${l.locale}]: ${l.text}`)).toEqual([]);
  });
});
