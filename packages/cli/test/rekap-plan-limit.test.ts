/**
 * audit29 F1: the rekap's Rencana column gives the figures `inovasi plan` gives for the same workbook and model — the
 * workbook's step limit ("Batas Langkah Rencana", empty = 100) and efforts — not a longer plan of its own (Kab. Hulu
 * was "102 langkah, upaya 369" in the rekap, "96 langkah (upaya 372)" in the plan; Kab. Bukit "129 langkah" reached in
 * the rekap, stopped at the 100-step limit in the plan).
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, load, tmp } from "./helpers.js";

const example = (f: string) => fileURLToPath(new URL(`../../../examples/${f}`, import.meta.url));

describe("inovasi rekap: the Rencana column is the region's own plan", () => {
  let dir: string;
  const model = example("model-provinsi-contoh.json");
  beforeAll(() => {
    dir = tmp();
    for (const f of ["kab-hulu-contoh.xlsx", "kab-bukit-contoh.xlsx"]) copyFileSync(example(`provinsi-contoh/${f}`), join(dir, f));
  });

  it("steps and effort as inovasi plan prints them, and a plan stopped at the limit says so", { timeout: 120_000 }, async () => {
    const hulu = await cli(["plan", join(dir, "kab-hulu-contoh.xlsx"), "--model", model]);
    expect(hulu.out).toMatch(/Target tercapai dalam 96 langkah \(upaya 372\)/);
    const bukit = await cli(["plan", join(dir, "kab-bukit-contoh.xlsx"), "--model", model]);
    expect(bukit.out).toMatch(/Rencana berhenti di batas 100 langkah \(upaya 129\)/);
    const rekap = await cli(["rekap", dir, "--model", model, "-o", join(dir, "rekap.xlsx"), "-q"]);
    expect(rekap.out).toMatch(/Kabupaten Hulu Contoh .* ke Sangat Inovatif: 96 langkah, upaya 372 /);
    // short in the table (it made the Rencana column 75 characters wide: prov31), said in full once under it
    expect(rekap.out).toMatch(/Kabupaten Bukit Contoh .* ke Inovatif: batas 100 langkah, belum sampai  /);
    const under = rekap.out.split("\n").filter((l) => l.startsWith('Rencana "batas N langkah, belum sampai": '));
    expect(under).toEqual(['Rencana "batas N langkah, belum sampai": rencana berhenti di batas langkah berkas itu (Batas Langkah Rencana di Pengaturan; kosong = 100) sebelum sampai ke target; upaya dan indeks akhirnya di lembar Rekap dan --json; rencana lengkap: inovasi plan <berkas>.']);
    // the table's line comes before the note, and the plan that reaches has no note of its own
    expect(rekap.out.indexOf("Kabupaten Bukit Contoh")).toBeLessThan(rekap.out.indexOf(under[0]!));
    // the whole of it on the Rekap sheet and in --json: steps, effort, final index, status
    const sheet = (await load(join(dir, "rekap.xlsx"))).getWorksheet("Rekap")!;
    const header = sheet.getRows(1, sheet.rowCount)!.findIndex((row) => row.getCell(1).value === "Daerah") + 1;
    const heads = (sheet.getRow(header).values as unknown[]).map(String);
    const row = sheet.getRows(header + 1, sheet.rowCount - header)!.find((x) => x.getCell(1).value === "Kabupaten Bukit Contoh")!;
    const at = (h: string) => row.getCell(heads.indexOf(h)).value;
    expect([at("Rencana: Langkah"), at("Rencana: Upaya"), at("Rencana: Status")]).toEqual([100, 129, "berhenti di batas langkah, belum sampai ke target"]);
    const json = JSON.parse((await cli(["rekap", dir, "--model", model, "-o", join(dir, "rekap-json.xlsx"), "--json"])).out);
    expect(json.recap.regions.find((r: { region: { name: string } }) => r.region.name === "Kabupaten Bukit Contoh").plan).toMatchObject({ status: "action_limit", steps: 100, effort: 129 });
    const en = await cli(["rekap", dir, "--model", model, "-o", join(dir, "rekap-en.xlsx"), "-q", "--lang", "en"]);
    expect(en.out).toMatch(/to Innovative: 100-step limit, not there yet  /);
    expect(en.out).toContain('\nPlan "N-step limit, not there yet": the plan stopped at the file\'s step limit (Batas Langkah Rencana on Pengaturan; empty = 100) before reaching the target; its effort and final index are on the Rekap sheet and in --json; the whole plan: inovasi plan <file>.\n');
  });

  it("no note under the table when no plan stopped at its limit", { timeout: 120_000 }, async () => {
    const one = tmp();
    copyFileSync(example("provinsi-contoh/kab-hulu-contoh.xlsx"), join(one, "kab-hulu-contoh.xlsx"));
    const rekap = await cli(["rekap", one, "--model", model, "-o", join(one, "rekap.xlsx"), "-q"]);
    expect(rekap.out).toMatch(/ke Sangat Inovatif: 96 langkah, upaya 372/);
    expect(rekap.out).not.toContain("batas N langkah");
  });
});
