/**
 * Agency names as lists write them, through a real .xlsx and the CLI (audit27 d6, d7): the Perangkat Daerah sheet
 * numbered and one name with the region after it, the Inovasi sheet naming the agencies plainly and one short.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, startedTemplate } from "../packages/cli/test/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "inovasi-agency-names-"));

describe("agency names as lists write them (audit27 d6, d7)", () => {
  it("a numbered list with the region after a name matches the Inovasi sheet's names; a short name is asked and costed", async () => {
    const path = join(dir, "pd.xlsx");
    const listed = ["1. Dinas Kesehatan Kabupaten Uji", "2. Dinas Sosial", "3. Dinas Kependudukan dan Pencatatan Sipil"];
    const { wb, eligible } = await startedTemplate(path, listed.map((name) => [name, "Dinas"]), { rule: 1 });
    ["Dinas Kesehatan", "Dinas Sosial", "Disdukcapil"].forEach((agency, k) => eligible(k + 2, `Inovasi ${k + 1}`, agency));
    await wb.xlsx.writeFile(path);
    const r = await cli(["score", path, "-o", join(dir, "pd.scored.xlsx"), "--json"]);
    const report = JSON.parse(r.out) as { nonCompliant: unknown[]; issues: { code: string; sheet: string; cell: string | null; message: string }[] };
    const agencyIssues = report.issues.filter((i) => /agency/.test(i.code) || i.code === "compliance_rule_not_met").map((i) => [i.code, `${i.sheet}!${i.cell}`, i.message]);
    expect(agencyIssues).toEqual([
      ["agency_list_number", "Perangkat Daerah!A2", expect.stringContaining('dibaca "Dinas Kesehatan Kabupaten Uji"')],
      ["agency_list_number", "Perangkat Daerah!A3", expect.stringContaining('dibaca "Dinas Sosial"')],
      ["agency_list_number", "Perangkat Daerah!A4", expect.stringContaining('dibaca "Dinas Kependudukan dan Pencatatan Sipil"')],
      // read29: the results name the listed "Dinas Kesehatan Kabupaten Uji" where the cell says "Dinas Kesehatan"
      ["agency_read_as_listed", "Inovasi!B2", expect.stringContaining('"Dinas Kesehatan" dibaca "Dinas Kesehatan Kabupaten Uji", nama di lembar Perangkat Daerah: keduanya sama bila nama daerah (Kabupaten Uji) diabaikan')],
      [
        "unknown_agency",
        "Inovasi!B4",
        expect.stringContaining(
          'perangkat daerah "Disdukcapil" tidak ada dalam daftar perangkat daerah; mungkin maksudnya "Dinas Kependudukan dan Pencatatan Sipil"? Sampai diperbaiki, inovasi ini tidak dihitung untuk "Dinas Kependudukan dan Pencatatan Sipil" dalam aturan wajib inovasi.',
        ),
      ],
      ["compliance_rule_not_met", "Perangkat Daerah!A4", expect.stringContaining("Dinas Kependudukan dan Pencatatan Sipil memiliki 0 inovasi")],
    ]);
    expect(report.nonCompliant).toHaveLength(1);
  }, 60_000);
});
