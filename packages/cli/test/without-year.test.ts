/**
 * `score --json`, `rekap --json` and `banding` list "Perangkat daerah tanpa inovasi" by the compliance rules' year, as
 * the plan and Ringkasan do (review14 finding 2: they counted an innovation of any year, so one region showed 2 agencies
 * without an innovation in the plan and 1 in the Rekap). 2026's workbook: Dinas Kesehatan with an innovation of 2026,
 * Dinas Sosial with its only one of Tahun 2025, Kecamatan Utara with none; 2025's: Dinas Kesehatan only.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, startedTemplate, tmp } from "./helpers.js";

const AGENCIES: [string, string][] = [["Dinas Kesehatan", "Dinas"], ["Dinas Sosial", "Dinas"], ["Kecamatan Utara", "Kecamatan"]];

async function workbook(path: string, year: number, rows: [string, string, number | null][]): Promise<string> {
  const { wb, put, eligible } = await startedTemplate(path, AGENCIES);
  wb.getWorksheet("Pengaturan")!.eachRow((row) => { if (row.getCell(1).value === "Tahun Penilaian") row.getCell(2).value = year; });
  rows.forEach(([name, agency, tahun], k) => {
    eligible(k + 2, name, agency);
    if (tahun !== null) put(k + 2, "Tahun", tahun);
  });
  await wb.xlsx.writeFile(path);
  return path;
}

describe("agencies without an innovation of the rules' year in every CLI output (review14 finding 2)", () => {
  let dir: string;
  let now: string;
  let before: string;
  beforeAll(async () => {
    dir = tmp();
    now = await workbook(join(dir, "k2026.xlsx"), 2026, [["Si Sehat", "Dinas Kesehatan", 2026], ["Sapa Warga", "Dinas Sosial", 2025]]);
    before = await workbook(join(dir, "k2025.xlsx"), 2025, [["Si Sehat", "Dinas Kesehatan", null]]);
  });

  it("score --json: Dinas Sosial is listed (its only innovation is of 2025), as on Ringkasan and the Rencana", async () => {
    const r = await cli(["score", now, "-o", join(dir, "s.xlsx"), "--json", "-q"]);
    expect(JSON.parse(r.out).agenciesWithout).toEqual(["Dinas Sosial", "Kecamatan Utara"]);
  });

  it("rekap --json: the region's row lists it too", async () => {
    const r = await cli(["rekap", now, "-o", join(dir, "r.xlsx"), "--json", "-q"]);
    expect(JSON.parse(r.out).recap.regions[0].agenciesWithout).toEqual(["Dinas Sosial", "Kecamatan Utara"]);
  });

  it("banding --json: it produced in neither year (none of 2025 in 2025's file, none of 2026 in 2026's)", async () => {
    const r = await cli(["banding", before, now, "--json"]);
    expect(JSON.parse(r.out).comparison.agenciesInNeither).toEqual(["Dinas Sosial", "Kecamatan Utara"]);
  });
});
