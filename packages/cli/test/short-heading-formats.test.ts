/**
 * A percent cell under a short indicator heading, through the CLI on a real .xlsx (review18 F1): "14" or "Pengaduan"
 * over SID-14's column is read as that column, so its cells' number formats are loaded as under the numbered heading —
 * 95 % typed (stored 0,95 with "0%") is 95 %, tier 3, and no message advises the percent format the cell has.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, colOf, startedTemplate, tmp } from "./helpers.js";

type JsonIssue = { severity: string; code: string; cell: string | null; message: string };

describe("a percent cell under a short indicator heading (review18 F1)", () => {
  const dir = tmp();
  const run = async (heading: string) => {
    const path = join(dir, `h${heading.length}.xlsx`);
    const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    eligible(2, "Si Sehat", "Dinas Kesehatan");
    const inv = wb.getWorksheet("Inovasi")!;
    const c = colOf(inv, "14. Penyelesaian layanan pengaduan");
    inv.getCell(1, c).value = heading;
    const cell = inv.getCell(2, c);
    cell.value = 0.95;
    cell.numFmt = "0%";
    await wb.xlsx.writeFile(path);
    const json = JSON.parse((await cli(["score", path, "-o", join(dir, `s${heading.length}.xlsx`), "--json"])).out);
    return { at: (json.issues as JsonIssue[]).filter((i) => i.cell === cell.address), sid: json.claimed.sid as number };
  };
  it("0,95 shown 95% is read as 95 % (tier 3) under \"14\", \"SID-14\" and \"Pengaduan\" as under its numbered heading", async () => {
    const full = await run("14. Penyelesaian layanan pengaduan");
    expect(full.at).toEqual([]);
    for (const heading of ["14", "SID-14", "Pengaduan"]) {
      const short = await run(heading);
      // no "tulis 95 atau format sel sebagai persen" on a cell formatted as percent; scored as under the full heading
      expect([heading, short.at, short.sid]).toEqual([heading, [], full.sid]);
    }
  }, 120_000);
});
