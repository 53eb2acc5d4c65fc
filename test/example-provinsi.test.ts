import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { compareRecaps } from "@inovasi/core";
import { recapYearsTable } from "@inovasi/workbook";
import { recapFiles } from "../packages/cli/src/recap.js";
import { readRegionList } from "../packages/cli/src/region-list-file.js";
import { loadWorkbook } from "../packages/cli/src/xlsx-io.js";
import { cli, tmp } from "../packages/cli/test/helpers.js";
import { expectOnCurrentTemplate } from "./on-current-template.js";
// @ts-expect-error plain .mjs helpers shared with the example script
import { expectedRecap } from "../examples/provinsi-contoh/expected-recap.mjs";

const folder = fileURLToPath(new URL("../examples/provinsi-contoh/", import.meta.url));
const expected = JSON.parse(readFileSync(join(folder, "rekap.expected.json"), "utf8"));
const previous = fileURLToPath(new URL("../examples/provinsi-contoh-2025/", import.meta.url));

describe("examples/provinsi-contoh", () => {
  it("recaps the twelve kab/kota to the committed expected recap", async () => {
    const { files, recap } = await recapFiles({ inputs: [folder] });
    expect(expectedRecap(recap, files)).toEqual(expected);
  });

  it("its list of kab/kota (daftar-daerah.txt) names every region of the folder, and every one sent a file", async () => {
    const list = await readRegionList(join(folder, "daftar-daerah.txt"), "id");
    expect(list.ok).toBe(true);
    const { recap } = await recapFiles({ inputs: [folder], recap: { expected: list.ok ? list.regions : [] } });
    expect(recap.expected).toEqual({ year: 2026, listed: 12, missing: [], notListed: [] });
  });

  it("every kab/kota workbook is on the current template: the sheets and headers `inovasi template` writes today (regenerate: npm run example:provinsi)", async () => {
    const files = readdirSync(folder).filter((f) => f.endsWith(".xlsx"));
    expect(files).toHaveLength(12);
    for (const f of files) await expectOnCurrentTemplate(join(folder, f));
  });

  it("is a province of very different regions: every predicate but one band appears, ranks 1…11, one did not report (not ranked)", () => {
    const rows = expected.recap.regions as { rank: number; verified: { predicate: { id: string } }; region: { reported: boolean }; lacks: { kind: string }[] }[];
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, null]);
    expect(new Set(rows.map((r) => r.verified.predicate.id))).toEqual(new Set(["sangat-inovatif", "inovatif", "kurang-inovatif", "tidak-dapat-dinilai"]));
    expect(rows.filter((r) => !r.region.reported)).toHaveLength(1);
    // a region whose evidence is mostly missing lacks evidence most, not more innovations
    expect(new Set(rows.flatMap((r) => r.lacks.slice(0, 1).map((l) => l.kind)))).toEqual(new Set(["count", "evidence", "not_reported"]));
  });

  it("recaps one corrupt workbook among good ones: the others are scored, each bad file is listed with its reason", async () => {
    const dir = tmp();
    for (const f of ["kab-bukit-contoh.xlsx", "kab-danau-contoh.xlsx", "kota-baru-contoh.xlsx"]) copyFileSync(join(folder, f), join(dir, f));
    writeFileSync(join(dir, "kab-rusak.xlsx"), Buffer.from("ini bukan buku kerja, hanya teks yang diberi nama .xlsx"));
    const good = readFileSync(join(folder, "kab-gunung-contoh.xlsx"));
    writeFileSync(join(dir, "kab-terpotong.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(join(dir, "kab-lama.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Lembar1").getCell("A1").value = "catatan rapat";
    await empty.xlsx.writeFile(join(dir, "kab-tanpa-lembar.xlsx"));

    const out = join(dir, "rekap.xlsx");
    const run = await cli(["rekap", dir, "-o", out]);
    expect(run.code).toBe(1);
    expect(run.out).toContain("Rekap 7 berkas: 3 dinilai, 4 tidak dapat dinilai — edisi iid-2026");
    for (const name of ["Kota Baru Contoh", "Kabupaten Bukit Contoh", "Kabupaten Danau Contoh"]) expect(run.out).toContain(name);
    expect(run.err).toContain("Tidak dapat dinilai (4):");
    expect(run.err).toMatch(/✗ .*kab-rusak\.xlsx: bukan buku kerja/);
    expect(run.err).toMatch(/✗ .*kab-terpotong\.xlsx/);
    expect(run.err).toMatch(/✗ .*kab-lama\.xls: berkas \.xls tidak dapat dibaca; buka di Excel lalu simpan sebagai Buku Kerja Excel \(\.xlsx\)/);
    expect(run.err).toMatch(/✗ kab-tanpa-lembar\.xlsx: .*lembar "Pengaturan" tidak ada/);

    const book = await loadWorkbook(readFileSync(out));
    const problems = book.grids["Masalah per Berkas"]!.cells;
    const notScored = problems.filter((r) => r[1] === "tidak dinilai").map((r) => String(r[0]));
    expect(new Set(notScored)).toEqual(new Set(["kab-rusak.xlsx", "kab-terpotong.xlsx", "kab-lama.xls", "kab-tanpa-lembar.xlsx"]));
    // rows by their Berkas cell (the 10th column since print36 put the figures an official reads first)
    const recapRows = book.grids.Rekap!.cells.filter((r) => typeof r[9] === "string" && String(r[9]).endsWith(".xlsx"));
    expect(recapRows.map((r) => r[0])).toEqual(["Kabupaten Bukit Contoh", "Kabupaten Danau Contoh", "Kota Baru Contoh"]);

    const json = await cli(["rekap", dir, "-o", out, "--overwrite", "--json"]); // the output itself is never read as input
    const report = JSON.parse(json.out);
    expect(report.ok).toBe(false);
    expect(report.files.filter((f: { scored: boolean }) => !f.scored).map((f: { file: string }) => f.file).sort()).toEqual(
      ["kab-lama.xls", "kab-rusak.xlsx", "kab-tanpa-lembar.xlsx", "kab-terpotong.xlsx"],
    );
    expect(report.recap.regions).toHaveLength(3);
  });

  it("says each region's target of a number of innovations on the Rekap sheet (a column to filter on), in the terminal and in --json alike (prov22)", async () => {
    const dir = tmp();
    const out = join(dir, "rekap.xlsx");
    const run = await cli(["rekap", folder, "-o", out]);
    // five regions set a target in their workbook (Target Jumlah Inovasi): Bandar reached 150 with 160
    const line = "Target jumlah inovasi: tercapai 1 dari 5 daerah bertarget; belum: Kabupaten Hulu Contoh 95 dari 100, Kabupaten Tanah Datar Contoh 70 dari 80, Kabupaten Bukit Contoh 48 dari 60, Kota Baru Contoh 80 dari 100.";
    expect(run.out).toContain(line);
    const rekap = (await loadWorkbook(readFileSync(out))).grids.Rekap!.cells;
    expect(rekap.some((r) => r[1] === line)).toBe(true); // the notes: column B
    const head = rekap.find((r) => r[0] === "Daerah")!;
    const cols = ["Target Jumlah Inovasi", "Inovasi Dihitung untuk Target", "Target Jumlah Tercapai"].map((h) => head.indexOf(h));
    const cells = (name: string) => cols.map((c) => rekap.find((r) => r[0] === name)![c] ?? null);
    expect(cells("Kota Bandar Contoh")).toEqual([150, 160, "Ya"]);
    expect(cells("Kota Baru Contoh")).toEqual([100, 80, "Tidak"]);
    expect(cells("Kabupaten Rawa Contoh")).toEqual([null, null, null]);
    const json = JSON.parse((await cli(["rekap", folder, "-o", out, "--overwrite", "--json"])).out);
    const kotaBaru = json.recap.regions.find((r: { region: { name: string } }) => r.region.name === "Kota Baru Contoh");
    expect(kotaBaru.countTargets).toMatchObject([{ targetId: "target-daerah", target: 100, count: 80, met: false }]);
  });

  it("draws the predicate distribution as a native chart over the Sebaran Predikat table, with cached values", async () => {
    const dir = tmp();
    const out = join(dir, "rekap.xlsx");
    expect((await cli(["rekap", folder, "-o", out, "-q"])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:f>'Sebaran Predikat'!$A$5:$A$8</c:f>");
    expect(chart).toContain("<c:f>'Sebaran Predikat'!$C$5:$C$8</c:f>");
    const verified = expected.recap.distribution.map((d: { verified: number }) => d.verified);
    const cache = /\$C\$5:\$C\$8<\/c:f><c:numCache>([\s\S]*?)<\/c:numCache>/.exec(chart)![1]!;
    expect([...cache.matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual(verified);
  });
});

describe("examples/provinsi-contoh-2025 (last year, for rekap --previous)", () => {
  it("is the province a year earlier: most rose, some fell, one stopped reporting, one region of each year only, a name spelt otherwise still matched", async () => {
    const [before, after] = await Promise.all([recapFiles({ inputs: [previous] }), recapFiles({ inputs: [folder] })]);
    expect(before.files.every((f) => f.scored)).toBe(true);
    const c = compareRecaps(before.recap, after.recap);
    expect(c.years).toEqual({ before: 2025, after: 2026 });
    expect(c.notes).toEqual([]); // both years scored with iid-2026
    // Sunyi stopped reporting: no index change, but its predicate fell to Tidak Dapat Dinilai (prov21, audit21 F1)
    expect(c.moved).toEqual({ rose: 7, fell: 3, same: 0, unknown: 1, predicateUp: 2, predicateDown: 1, predicateIncomparable: 0, stopped: 1, started: 0, flawed: 0 });
    expect(c.onlyBefore.map((x) => x.name)).toEqual(["Kabupaten Lembah Contoh"]);
    expect(c.onlyAfter.map((x) => x.name)).toEqual(["Kota Pelabuhan Contoh"]);
    expect(c.regions.find((r) => r.after.name === "Kabupaten Tanah Datar Contoh")?.before.name).toBe("Kab. Tanah Datar Contoh");
    expect(c.regions.find((r) => r.after.name === "Kabupaten Sunyi Contoh")).toMatchObject({ before: { reported: true }, after: { reported: false }, delta: null, predicate: "down", reporting: "stopped" });
    expect(c.province.average).toEqual({ before: 25.12, after: 32.48, delta: 7.36 });
    // the province's change like for like: the 10 regions ranked in both years (46,35 / 10 = 4,635 → 4,64 half-up)
    expect(c.province.likeForLike).toEqual({ regions: 10, editions: { before: ["iid-2026"], after: ["iid-2026"] }, before: 27.32, after: 31.96, delta: 4.64 });
    expect(c.offYear.before).toEqual([{ edition: "iid-2026", year: 2026, regions: 12 }]);
    // ranks among the 10 regions ranked in both years (Lembah and Sunyi ranked in 2025 only, Pelabuhan in 2026 only):
    // Gunung's own ranks say "11 → 11", but Muara passed it; Bukit rose four places among the same regions, not three
    const rank = (name: string) => { const r = c.regions.find((x) => x.after.name === name)!; return [r.before.rank, r.after.rank, r.rankLikeForLike]; };
    expect(rank("Kabupaten Gunung Contoh")).toEqual([11, 11, { before: 9, after: 10, move: -1 }]);
    expect(rank("Kabupaten Bukit Contoh")).toEqual([8, 5, { before: 8, after: 4, move: 4 }]);
    expect(rank("Kabupaten Sunyi Contoh")).toEqual([10, null, null]);
    expect(recapYearsTable(c).find((row) => row[0] === "Kabupaten Gunung Contoh")?.slice(5)).toEqual(["11 → 11", "9 → 10 (turun 1)"]);
    // a region without a change (not reported this year) prints a dash in the change column, not "?"
    expect(recapYearsTable(c).find((row) => row[0] === "Kabupaten Sunyi Contoh")?.slice(2, 5)).toEqual(["belum melapor", "—", "turun"]);
  });

  it("every workbook is on the current template and rebuilt cell for cell by the generator (regenerate: npm run example:provinsi)", async () => {
    const files = readdirSync(previous).filter((f) => f.endsWith(".xlsx"));
    expect(files).toHaveLength(12);
    for (const f of files) await expectOnCurrentTemplate(join(previous, f));
    // @ts-expect-error plain .mjs generator (imports the built @inovasi/cli)
    const { PREVIOUS, PREVIOUS_YEAR, buildRegion } = await import("../examples/provinsi-contoh/generate.mjs");
    const k = PREVIOUS.findIndex((r: { file: string }) => r.file === "kab-danau-2025");
    const rebuilt = await loadWorkbook(await buildRegion(PREVIOUS[k], 20250515 + k, PREVIOUS_YEAR).toBuffer());
    const committed = await loadWorkbook(readFileSync(join(previous, "kab-danau-2025.xlsx")));
    for (const name of Object.keys(rebuilt.grids)) expect(rebuilt.grids[name]!.cells, name).toEqual(committed.grids[name]!.cells);
  });
});

describe("examples/provinsi-contoh/generate.mjs", () => {
  it("is deterministic: rebuilding a region gives the committed workbook's cells on every sheet", async () => {
    // @ts-expect-error plain .mjs generator (imports the built @inovasi/cli)
    const { REGIONS, buildRegion } = await import("../examples/provinsi-contoh/generate.mjs");
    const k = REGIONS.findIndex((r: { file: string }) => r.file === "kab-muara-contoh");
    const built = buildRegion(REGIONS[k], 20260515 + k);
    const rebuilt = await loadWorkbook(await built.toBuffer());
    const committed = await loadWorkbook(readFileSync(join(folder, "kab-muara-contoh.xlsx")));
    expect(Object.keys(committed.grids)).toEqual(Object.keys(rebuilt.grids));
    for (const name of Object.keys(rebuilt.grids)) expect(rebuilt.grids[name]!.cells, name).toEqual(committed.grids[name]!.cells);
  });
});
