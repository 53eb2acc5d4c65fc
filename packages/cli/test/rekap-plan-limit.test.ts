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
import { cli, tmp } from "./helpers.js";

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
    expect(rekap.out).toMatch(/Kabupaten Bukit Contoh .* ke Inovatif: berhenti di batas 100 langkah, upaya 129, belum sampai /);
    const en = await cli(["rekap", dir, "--model", model, "-o", join(dir, "rekap-en.xlsx"), "-q", "--lang", "en"]);
    expect(en.out).toMatch(/to Innovative: stopped at the limit of 100 steps, effort 129, not there yet /);
  });
});
