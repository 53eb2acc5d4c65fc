/**
 * `inovasi score` on a recap this tool wrote (cli37): says what the file is and what to run, as `inovasi plan` does,
 * not the four input sheets it lacks; a recap whose A1 marker the analyst cleared is known by its table's header row,
 * and a region's workbook with a sheet of its own named Rekap is not taken for one.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { RECAP_HEADERS } from "@inovasi/workbook";
import { cli, load, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

/** A recap of the example kabupaten in `lang`, and the same with its Rekap sheet's A1 cleared. */
async function recaps(lang: "id" | "en") {
  const dir = tmp();
  copyFileSync(example, join(dir, "kab-a.xlsx"));
  const recap = join(dir, "rekap.xlsx");
  expect((await cli(["rekap", dir, "-o", recap, "-q", "--lang", lang])).code).toBe(0);
  const wb = await load(recap);
  wb.getWorksheet("Rekap")!.getCell("A1").value = null;
  const cleared = join(dir, "rekap-a1.xlsx");
  await wb.xlsx.writeFile(cleared);
  return { recap, cleared };
}

describe("inovasi score on a recap workbook", () => {
  let id: { recap: string; cleared: string };
  beforeAll(async () => { id = await recaps("id"); });

  it("says it is a recap and what to run, not the missing sheets; both languages, --json too", async () => {
    const r = await cli(["score", id.recap, "-q"]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      `${id.recap} adalah rekap buatan inovasi (lembar Rekap), bukan buku kerja satu daerah, maka tidak dinilai: rekap sudah memuat indeks dan predikat setiap daerah. Untuk menilai satu kab/kota, jalankan inovasi score pada buku kerjanya (namanya di kolom Berkas lembar Rekap), mis. inovasi score kab-contoh.xlsx; untuk rekap yang baru, jalankan lagi inovasi rekap pada folder buku kerja kab/kota, mis. inovasi rekap kabkota/ -o rekap.xlsx`,
    );
    expect(r.err).not.toMatch(/tidak ada; lembar yang ada|perbaiki yang tercantum/);
    const en = JSON.parse((await cli(["score", id.recap, "--json", "--lang", "en"])).out);
    expect(en).toMatchObject({ ok: false, stage: "read", issues: [] });
    expect(en.messages[0]).toMatch(/is a recap made by inovasi \(Rekap sheet\), not one region's workbook, so it is not scored: .* run inovasi score on its workbook \(named in the Rekap sheet's Berkas column\)/);
  });

  it("A1 cleared: known by the Rekap table's header row, in Bahasa and in English, by score and plan", async () => {
    expect((await cli(["score", id.cleared, "-q"])).err).toContain("adalah rekap buatan inovasi (lembar Rekap)");
    expect((await cli(["plan", id.cleared])).err).toContain("adalah rekap buatan inovasi (lembar Rekap)");
    const en = await recaps("en");
    expect((await cli(["score", en.cleared, "-q", "--lang", "en"])).err).toContain("is a recap made by inovasi (Rekap sheet)");
  });

  it("A1 cleared: rekap over a folder holding it skips it as its own recap, not a file that could not be scored", async () => {
    const dir = tmp();
    copyFileSync(example, join(dir, "kab-a.xlsx"));
    copyFileSync(id.cleared, join(dir, "rekap-lama.xlsx"));
    const r = await cli(["rekap", dir, "-o", join(tmp(), "rekap.xlsx"), "-q"]);
    expect(r.code).toBe(0);
    expect(r.out + r.err).toContain("dilewati: rekap-lama.xlsx (rekap buatan inovasi)");
  });

  it("a column deleted (cli38): the Rekap table's header row less that one heading is still known, the A1 marker gone with column A or cleared", async () => {
    // the analyst deleted column A (Daerah, and the marker in A1 with it)
    const wb = await load(id.recap);
    wb.getWorksheet("Rekap")!.spliceColumns(1, 1);
    const noA = join(tmp(), "rekap-tanpa-a.xlsx");
    await wb.xlsx.writeFile(noA);
    const r = await cli(["score", noA, "-q"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${noA} adalah rekap buatan inovasi (lembar Rekap)`);
    expect(r.err).not.toMatch(/tidak ada; lembar yang ada/);
    // A1 cleared and a column inside the table deleted (Status Angka), in English; rekap skips it too
    const en = await recaps("en");
    const wbEn = await load(en.cleared);
    const ws = wbEn.getWorksheet("Rekap")!;
    let col = 0;
    ws.eachRow((row) => row.eachCell((c, n) => { if (c.value === "Figures Status") col = n; }));
    expect(col).toBeGreaterThan(1);
    ws.spliceColumns(col, 1);
    const dir = tmp();
    const less = join(dir, "rekap-lama.xlsx");
    await wbEn.xlsx.writeFile(less);
    expect((await cli(["score", less, "-q", "--lang", "en"])).err).toContain(`${less} is a recap made by inovasi (Rekap sheet)`);
    copyFileSync(example, join(dir, "kab-a.xlsx"));
    const again = await cli(["rekap", dir, "-o", join(tmp(), "rekap.xlsx"), "-q"]);
    expect(again.code).toBe(0);
    expect(again.out + again.err).toContain("dilewati: rekap-lama.xlsx (rekap buatan inovasi)");
  });

  it("a region's workbook missing a sheet, with a Rekap sheet of its own (some of the same headings): its missing sheet, not a recap", async () => {
    const dir = tmp();
    const path = join(dir, "kab.xlsx");
    const wb = await load(example);
    wb.removeWorksheet(wb.getWorksheet("Inovasi")!.id);
    const own = wb.addWorksheet("Rekap");
    // the analyst's own summary, headed much as the recap's table is, but not all of it
    own.addRow(RECAP_HEADERS.slice(0, 12) as unknown as string[]);
    own.addRow(["Kabupaten Contoh", 1, 38.55]);
    await wb.xlsx.writeFile(path);
    const r = await cli(["score", path, "-q"]);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain("adalah rekap buatan inovasi");
    expect(r.err).toMatch(/lembar "Inovasi" tidak ada/);
    expect((await cli(["plan", path])).err).not.toContain("adalah rekap buatan inovasi");
  });
});

describe("inovasi score on a comparison workbook (cli38)", () => {
  /** A comparison `inovasi banding` wrote of the example kabupaten against a copy of itself. */
  async function comparison(): Promise<string> {
    const dir = tmp();
    copyFileSync(example, join(dir, "kab-2025.xlsx"));
    copyFileSync(example, join(dir, "kab-2026.xlsx"));
    const out = join(dir, "banding.xlsx");
    expect((await cli(["banding", join(dir, "kab-2025.xlsx"), join(dir, "kab-2026.xlsx"), "-o", out])).code).toBe(0);
    return out;
  }

  it("says it is a comparison and what to run, not the missing sheets: exit 2, in Bahasa and in English, --json with no issues", async () => {
    const banding = await comparison();
    const r = await cli(["score", banding, "-q"]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      `${banding} adalah banding buatan inovasi (lembar Banding), bukan buku kerja satu daerah, maka tidak dinilai. Untuk menilai satu kab/kota, jalankan inovasi score pada buku kerjanya, mis. inovasi score kab-contoh.xlsx; untuk banding yang baru, jalankan lagi inovasi banding pada kedua buku kerjanya, mis. inovasi banding kab-2025.xlsx kab-2026.xlsx`,
    );
    expect(r.err).not.toMatch(/tidak ada; lembar yang ada|perbaiki yang tercantum/);
    const en = await cli(["score", banding, "-q", "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err.trim()).toBe(
      `${banding} is a comparison (banding) made by inovasi (Banding sheet), not one region's workbook, so it is not scored. To score one kab/kota, run inovasi score on its workbook, e.g. inovasi score kab-contoh.xlsx; for a new comparison, run inovasi banding again on both its workbooks, e.g. inovasi banding kab-2025.xlsx kab-2026.xlsx`,
    );
    const json = await cli(["score", banding, "--json", "--lang", "en"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual({ ok: false, stage: "read", messages: [en.err.trim()], issues: [] });
    // plan says what the comparison is too, in its own words
    const plan = await cli(["plan", banding]);
    expect(plan.code).toBe(2);
    expect(plan.err).toContain(`${banding} adalah banding buatan inovasi (lembar Banding), bukan buku kerja satu daerah: untuk rencana satu kab/kota, jalankan inovasi plan`);
  });
});
