/**
 * prov31: the recap measures every row to its own target (the one named, else the next predicate up: prov14), not to
 * a workbook's "Target Rencana". That decision stays; a workbook whose own target differs is said, with both targets
 * and the cell — in the terminal, above the Rekap sheet's table and in the pane's notes alike (`recapOwnTargetNote`).
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, load, tmp } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url));

/** The example workbook with Pengaturan's "Target Rencana" set to `target`, its row added when the sheet has none. */
async function withTarget(dir: string, name: string, target: string | number): Promise<string> {
  const wb = await load(example(name));
  const ws = wb.getWorksheet("Pengaturan")!;
  let row: number | undefined;
  ws.eachRow((r, i) => { if (String(r.getCell(1).value).trim() === "Target Rencana") row = i; });
  row ??= ws.rowCount + 1;
  ws.getCell(row, 1).value = "Target Rencana";
  ws.getCell(row, 2).value = target;
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return `Pengaturan!B${row}`;
}

describe("inovasi rekap: a workbook's own Target Rencana other than the recap's target", () => {
  let dir: string;
  let hulu: string;
  beforeAll(async () => {
    dir = tmp();
    // Hulu (53,56 Inovatif) aims at Inovatif itself: the recap aims at the next predicate, Sangat Inovatif
    hulu = await withTarget(dir, "kab-hulu-contoh.xlsx", "Inovatif");
    // Bukit (26,30 Kurang Inovatif) aims at Inovatif, the recap's next predicate too: not named
    await withTarget(dir, "kab-bukit-contoh.xlsx", "Inovatif");
    copyFileSync(example("kota-pelabuhan-contoh.xlsx"), join(dir, "kota-pelabuhan-contoh.xlsx"));
  }, 120_000);

  it("names the region, its own target and cell, and the recap's target, once; the row still aims at the recap's", { timeout: 120_000 }, async () => {
    const r = await cli(["rekap", dir, "-o", join(dir, "rekap.xlsx"), "-q"]);
    expect(r.code, r.err).toBe(0);
    const note = `Target Rencana di buku kerja tidak dipakai rekap: setiap daerah diukur ke target rekap (Kurang ke Target dan Rencana) — Kabupaten Hulu Contoh: buku kerja Inovatif (${hulu}), rekap Sangat Inovatif. Rencana ke target buku kerjanya sendiri: inovasi plan <berkas>, atau Rencana di panel IID pada buku kerja itu.`;
    expect(r.out.split("\n").filter((l) => l.startsWith("Target Rencana"))).toEqual([note]);
    // the decision kept: Hulu's row is measured and planned to Sangat Inovatif
    expect(r.out).toMatch(/Kabupaten Hulu Contoh .* Sangat Inovatif \+\d+,\d\d +ke Sangat Inovatif: /);
    // the Rekap sheet says it above the table, before the line on what the table's target is
    const sheet = (await load(join(dir, "rekap.xlsx"))).getWorksheet("Rekap")!;
    const col = (sheet.getColumn(2).values as unknown[]).map((v) => (v === null || v === undefined ? "" : String(v)));
    const at = col.indexOf(note);
    expect(at).toBeGreaterThan(0);
    expect(col[at + 1]).toMatch(/^Target: predikat berikutnya/);
    const en = await cli(["rekap", dir, "-o", join(dir, "rekap-en.xlsx"), "-q", "--lang", "en"]);
    expect(en.out).toContain(`\nThe workbook's Target Rencana is not the recap's: every region is measured to the recap's target (Short of Target and the plan) — Kabupaten Hulu Contoh: workbook Innovative (${hulu}), recap Very innovative. The plan to the workbook's own target: inovasi plan <file>, or the plan in the IID pane on that workbook.\n`);
  });

  it("with --target: each workbook whose own target is another is named (Hulu and Bukit, Inovatif against Sangat Inovatif); one whose own is the named target is not", { timeout: 120_000 }, async () => {
    const r = await cli(["rekap", dir, "-o", join(dir, "rekap-t.xlsx"), "-q", "--target", "Sangat Inovatif"]);
    const lines = r.out.split("\n").filter((l) => l.startsWith("Target Rencana"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Kabupaten Bukit Contoh: buku kerja Inovatif (Pengaturan!B");
    expect(lines[0]).toContain("Kabupaten Hulu Contoh: buku kerja Inovatif");
    const same = await cli(["rekap", join(dir, "kab-hulu-contoh.xlsx"), "-o", join(dir, "rekap-s.xlsx"), "-q", "--target", "Inovatif"]);
    expect(same.out).not.toContain("Target Rencana");
  });

  it("--json says it too (before: only the terminal, the Rekap sheet and the pane): `ownTargets`, the line and each region as data; null when none", { timeout: 120_000 }, async () => {
    const r = await cli(["rekap", dir, "-o", join(dir, "rekap-j.xlsx"), "-q", "--json"]);
    const json = JSON.parse(r.out);
    const text = (await cli(["rekap", dir, "-o", join(dir, "rekap-j2.xlsx"), "-q"])).out.split("\n").find((l) => l.startsWith("Target Rencana"));
    expect(json.ownTargets.note).toBe(text);
    expect(json.ownTargets.regions).toEqual([
      {
        id: expect.any(String),
        name: "Kabupaten Hulu Contoh",
        own: { predicate: { id: expect.any(String), label: { id: "Inovatif", en: "Innovative" } }, index: null, at: hulu },
        recap: { predicate: { id: expect.any(String), label: { id: "Sangat Inovatif", en: "Very innovative" } }, index: expect.any(Number) },
      },
    ]);
    const row = json.recap.regions.find((x: { region: { name: string } }) => x.region.name === "Kabupaten Hulu Contoh");
    expect(json.ownTargets.regions[0].id).toBe(row.id);
    expect(json.ownTargets.regions[0].recap.index).toBe(row.target.index);
    const en = JSON.parse((await cli(["rekap", dir, "-o", join(dir, "rekap-j3.xlsx"), "-q", "--json", "--lang", "en"])).out);
    expect(en.ownTargets.note).toMatch(/^The workbook's Target Rencana is not the recap's: .* Kabupaten Hulu Contoh: workbook Innovative \(/);
    const none = JSON.parse((await cli(["rekap", join(dir, "kota-pelabuhan-contoh.xlsx"), "-o", join(dir, "rekap-n.xlsx"), "-q", "--json"])).out);
    expect(none.ownTargets).toBeNull();
  });
});
