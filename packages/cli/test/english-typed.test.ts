/**
 * `inovasi score --lang en` on the Bahasa template typed in English (audit38): "25 people" on a mandatory indicator,
 * English agency types and Tingkat, evidence "Yes", month-first text dates. Each is read as meant, or said where the
 * analyst looks: the grouped output and the Masalah sheet.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, load, startedTemplate, tmp } from "./helpers.js";

describe("score --lang en of a workbook typed in English", () => {
  let run: Awaited<ReturnType<typeof cli>>;
  let output: string;
  beforeAll(async () => {
    const dir = tmp();
    const path = join(dir, "english.xlsx");
    const { wb, put, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Department"], ["Kecamatan Hulu", "Sub-district"]], { rule: 1 });
    wb.getWorksheet("Pengaturan")!.getCell("B3").value = "Regency";
    eligible(2, "Si Sehat", "Dinas Kesehatan");
    put(2, "2. Ketersediaan SDM pelaksana inovasi", "25 people");
    put(2, "20. Bukti", "Yes");
    eligible(3, "Sapa Warga", "Dinas Kesehatan");
    put(3, "Tanggal Uji Coba", "12/31/2024");
    put(3, "Tanggal Penerapan", "03/11/2025");
    await wb.xlsx.writeFile(path);
    output = join(dir, "english.scored.xlsx");
    run = await cli(["score", path, "--lang", "en", "-o", output]);
  });

  it("reads 'Regency', '25 people' and 'Sub-district': both innovations counted, the sub-district held to the rule", () => {
    expect(run.out).toMatch(/^Kabupaten Uji \(Kabupaten, 2026\) — iid-2026$/m);
    expect(run.out).toMatch(/verified: IID [\d.]+ .*2 innovations counted/);
    expect(run.out).toContain("Kecamatan Hulu");
    expect(run.err).not.toContain("25 people");
    expect(run.err).not.toContain("Sub-district");
  });

  it("says the 'Yes' reading and the day-first date in the grouped output and on Masalah", async () => {
    expect(run.err).toMatch(/^! Inovasi!\w+2: evidence status "Yes" \(1 cell on this sheet\) is read as "Menunggu" \(pending\)/m);
    expect(run.err).toMatch(/^✗ Inovasi!\w+3: "12\/31\/2024" is not a date .*read day first \(DD\/MM\/YYYY\): day 12 of month 31, and there is no month 31; if 31 December 2024 is meant, write 31\/12\/2024 or 2024-12-31/m);
    expect(run.err).toMatch(/^! Inovasi!\w+3: "03\/11\/2025" is read day first \(DD\/MM\/YYYY\) as 3 November 2025, but another date on this sheet is written month first/m);
    const problems: string[] = [];
    (await load(output)).getWorksheet("Masalah")!.eachRow((row) => problems.push(row.values!.toString()));
    expect(problems.filter((p) => p.includes('evidence status "Yes"') || p.includes('"03/11/2025" is read day first'))).toHaveLength(2);
  });
});
