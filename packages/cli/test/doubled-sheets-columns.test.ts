/**
 * Through the CLI on a real .xlsx (audit22 F1, F2): a hidden SPD sheet beside a visible copy, and a hidden stale
 * answer column before the current one — what Excel hides is read from the file, never preferred silently.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, colOf, startedTemplate, tmp } from "./helpers.js";

type JsonIssue = { severity: string; code: string; cell: string | null; sheet: string; message: string };

describe("hidden sheets and columns in the file", () => {
  const dir = tmp();

  it("the SPD sheet hidden beside a visible 'SPD 2026': one error naming both, exit 1 (before: the hidden one scored, nothing said)", async () => {
    const path = join(dir, "spd-copy.xlsx");
    const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    eligible(2, "Si Sehat", "Dinas Kesehatan");
    const spd = wb.getWorksheet("SPD")!;
    const copy = wb.addWorksheet("SPD 2026");
    spd.eachRow((row, r) => row.eachCell((c, k) => (copy.getCell(r, k).value = c.value)));
    spd.state = "hidden";
    await wb.xlsx.writeFile(path);
    const r = await cli(["score", path, "-o", join(dir, "a.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const said = (JSON.parse(r.out).issues as JsonIssue[]).filter((i) => i.code === "sheet_ambiguous");
    expect(said.map((i) => [i.severity, i.sheet])).toEqual([["error", "SPD"]]);
    expect(said[0]!.message).toContain(`lembar "SPD" tersembunyi, dan lembar yang tampak "SPD 2026" juga tersusun sebagai lembar itu`);
  });

  it("a hidden '(lama)' answer column before the current one: the visible one read, the hidden one said", async () => {
    const path = join(dir, "lama.xlsx");
    const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    eligible(2, "Si Sehat", "Dinas Kesehatan");
    const inv = wb.getWorksheet("Inovasi")!;
    const head = "1. Regulasi inovasi daerah";
    const old = colOf(inv, head);
    // the template's column becomes the stale one, hidden; the current one is typed after the last column
    inv.getCell(1, old).value = `${head} (lama)`;
    inv.getCell(2, old).value = "Peraturan Daerah (Perda)";
    inv.getColumn(old).hidden = true;
    const now = inv.actualColumnCount + 1;
    inv.getCell(1, now).value = head;
    inv.getCell(2, now).value = "SK Kepala Perangkat Daerah (a.n. Kepala Daerah) atau SK Kepala Daerah";
    await wb.xlsx.writeFile(path);
    const json = JSON.parse((await cli(["score", path, "-o", join(dir, "b.xlsx"), "--json"])).out);
    const said = (json.issues as JsonIssue[]).filter((i) => i.code === "column_twice");
    expect(said.map((i) => [i.severity, i.cell])).toEqual([["warning", inv.getCell(1, now).address]]);
    expect(said[0]!.message).toContain(`"${head} (lama)" juga kolom jawaban indikator 1, tetapi tersembunyi: tidak dibaca`);
  });
});
