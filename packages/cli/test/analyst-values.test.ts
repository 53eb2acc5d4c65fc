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
  beforeAll(async () => {
    const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    eligible(2, "Si Sehat", "Dinas Kesehatan");
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
  }, 60_000);

  it("F2: IPM 80 in a percent cell is read as 80 (as shown), with a note at the cell", async () => {
    const at = json.issues.filter((i) => i.sheet === "SPD" && i.cell === ipmCell);
    expect(at.map((i) => [i.code, i.severity])).toEqual([["percent_cell_shown", "info"]]);
    expect(at[0]!.message).toBe(`SPD!${ipmCell}: sel berformat persen: dibaca 80 seperti tampak, bukan 0,8 yang tersimpan`);
  });
});
