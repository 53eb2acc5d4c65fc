/**
 * Two warnings every command shows at their cells: the yandas rule at the Inovasi sheet's Urusan header (the core gives
 * it no path), and a Tahun Penilaian other than the year of the edition that scores the workbook.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, load, tmp } from "./helpers.js";

const gunung = fileURLToPath(new URL("../../../examples/provinsi-contoh/kab-gunung-contoh.xlsx", import.meta.url));
type JsonIssue = { code: string; sheet: string; cell: string | null; field: string; message: string };

describe("located in every command", () => {
  const dir = tmp();
  const path = join(dir, "kab-gunung.xlsx");
  const y2023 = join(dir, "kab-gunung-2023.xlsx");
  let yearCell = "";
  let editionCell = "";
  beforeAll(async () => {
    copyFileSync(gunung, path);
    const wb = await load(gunung);
    wb.getWorksheet("Pengaturan")!.eachRow((row, n) => {
      if (row.getCell(1).value === "Tahun Penilaian") { row.getCell(2).value = 2023; yearCell = `B${n}`; }
      if (row.getCell(1).value === "Edisi Model") editionCell = `B${n}`;
    });
    await wb.xlsx.writeFile(y2023);
  }, 60_000);

  it("yandas_not_met: at Inovasi's Urusan header in score --json and in the text output (before: sheet \"\", cell null)", async () => {
    const r = await cli(["score", path, "-o", join(dir, "a.xlsx"), "--json"]);
    const y = (JSON.parse(r.out).issues as JsonIssue[]).filter((i) => i.code === "yandas_not_met");
    expect(y).toHaveLength(2); // claimed and verified
    for (const i of y) expect(i).toMatchObject({ sheet: "Inovasi", cell: "G1", field: "Urusan" });
    const text = await cli(["score", path, "-o", join(dir, "b.xlsx"), "-q"]);
    expect(text.err).toContain("! Inovasi!G1: aturan yandas tidak terpenuhi (proyeksi klaim)");
  });

  it("edition_year_mismatch: score, plan, rekap and banding all show it at Tahun Penilaian, in either language", async () => {
    const want = { code: "edition_year_mismatch", sheet: "Pengaturan", cell: yearCell, field: "Tahun Penilaian" };
    const said = `Pengaturan!${yearCell}: Tahun Penilaian 2023, tetapi "Edisi Model" (Pengaturan!${editionCell}) menyebut edisi "iid-2026"`;
    const score = JSON.parse((await cli(["score", y2023, "-o", join(dir, "c.xlsx"), "--json"])).out);
    expect(score.issues.filter((i: JsonIssue) => i.code === want.code)).toEqual([expect.objectContaining(want)]);
    expect(score.issues.find((i: JsonIssue) => i.code === want.code).message).toContain(said);
    expect((await cli(["score", y2023, "-o", join(dir, "d.xlsx"), "-q"])).err).toContain(`! ${said}`);
    expect((await cli(["plan", y2023])).err).toContain(said);
    const rekap = JSON.parse((await cli(["rekap", y2023, path, "-o", join(dir, "rekap.xlsx"), "--json", "-q"])).out);
    const file = rekap.files.find((f: { file: string }) => f.file.endsWith("kab-gunung-2023.xlsx"));
    expect(file.problems).toContainEqual(expect.objectContaining(want));
    const other = rekap.files.find((f: { file: string }) => f.file.endsWith("kab-gunung.xlsx"));
    expect(other.problems.filter((i: JsonIssue) => i.code === want.code)).toEqual([]);
    const banding = JSON.parse((await cli(["banding", y2023, path, "--json"])).out);
    expect(banding.files[0].problems).toContainEqual(expect.objectContaining(want));
    const en = await cli(["score", y2023, "-o", join(dir, "e.xlsx"), "-q", "--lang", "en"]);
    expect(en.err).toContain(`Pengaturan!${yearCell}: Tahun Penilaian 2023, but "Edisi Model" (Pengaturan!${editionCell}) names the edition "iid-2026", which assesses IGA 2026`);
    expect(en.err).toContain('for 2023 write "iid-2023" in "Edisi Model"');
  });
});
