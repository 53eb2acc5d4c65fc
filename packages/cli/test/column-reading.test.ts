/**
 * How a column is read, through the CLI on a real .xlsx (audit17 F1, F6): tier numbers typed in a measured column are
 * read as the amounts they are and the doubt is said at the header; a shortened indicator heading is read as its
 * indicator; a mandatory indicator's column missing is an error (exit 1), said once at the header row.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, colOf, startedTemplate, tmp } from "./helpers.js";

type JsonIssue = { severity: string; code: string; cell: string | null; message: string };

describe("a measured column of tier numbers (audit17 F1)", () => {
  const dir = tmp();
  const path = join(dir, "tiers.xlsx");
  let q = "";
  beforeAll(async () => {
    const { wb, put, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    [3, 2, 3].forEach((tier, k) => {
      eligible(k + 2, `Inovasi ${k + 1}`, "Dinas Kesehatan");
      put(k + 2, "2. Ketersediaan SDM pelaksana inovasi", tier);
    });
    const inv = wb.getWorksheet("Inovasi")!;
    q = inv.getCell(1, colOf(inv, "2. Ketersediaan SDM pelaksana inovasi")).address;
    await wb.xlsx.writeFile(path);
  }, 60_000);

  it("read as orang (tier 1), the doubt said once at the header with both readings", async () => {
    const json = JSON.parse((await cli(["score", path, "-o", join(dir, "a.xlsx"), "--json"])).out);
    const said = (json.issues as JsonIssue[]).filter((i) => i.code === "column_unsure");
    expect(said.map((i) => [i.severity, i.cell])).toEqual([["warning", q]]);
    expect(said[0]!.message).toContain(`"3" dibaca sebagai capaian 3 orang (tingkat 1), bukan tingkat 3`);
    const text = await cli(["score", path, "-o", join(dir, "b.xlsx"), "-q"]);
    expect(text.err).toContain(`! Inovasi!${q}: kolom "2. Ketersediaan SDM pelaksana inovasi" hanya berisi angka`);
  });
});

describe("a shortened indicator heading (audit17 F6)", () => {
  const dir = tmp();
  const make = async (name: string, heading: string) => {
    const path = join(dir, name);
    const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    eligible(2, "Si Sehat", "Dinas Kesehatan");
    eligible(3, "Si Cepat", "Dinas Kesehatan");
    const inv = wb.getWorksheet("Inovasi")!;
    const cell = inv.getCell(1, colOf(inv, "1. Regulasi inovasi daerah"));
    cell.value = heading;
    await wb.xlsx.writeFile(path);
    return { path, at: cell.address };
  };

  it("'Regulasi' is read as SID-1 (an info note at its cell): both innovations counted, exit 0", async () => {
    const { path, at } = await make("regulasi.xlsx", "Regulasi");
    const r = await cli(["score", path, "-o", join(dir, "a.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.verified.counted).toBe(2);
    expect((json.issues as JsonIssue[]).filter((i) => i.cell === at).map((i) => [i.severity, i.code])).toEqual([["info", "column_read_as"]]);
  });

  it("no column for SID-1 at all: one error at the header row, exit 1, no innovation verified", async () => {
    const { path } = await make("tanpa.xlsx", "Catatan Lain");
    const r = await cli(["score", path, "-o", join(dir, "b.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.verified.counted).toBe(0);
    const issues = json.issues as JsonIssue[];
    expect(issues.filter((i) => i.code === "indicator_column_missing").map((i) => [i.severity, i.cell?.replace(/[A-Z]+/, "")])).toEqual([["error", "1"]]);
    expect(issues.filter((i) => i.code === "mandatory_unanswered")).toEqual([]);
  });
});
