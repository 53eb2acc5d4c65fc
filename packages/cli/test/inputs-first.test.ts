import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

/** Every command reports a missing input (workbook, model file, region list) before anything about its output file. */
describe("inputs are checked before the output", () => {
  let dir: string;
  let input: string;
  let existing: string;
  beforeAll(() => {
    dir = tmp();
    input = join(dir, "kab.xlsx");
    copyFileSync(example, input);
    existing = join(dir, "kab.scored.xlsx"); // score's default output, already there
    writeFileSync(existing, "x");
  });
  const nope = () => join(dir, "nope.json");

  it("score: a missing --model file before the existing default output (before: \"berkas keluaran sudah ada\")", async () => {
    const r = await cli(["score", input, "--model", nope()]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`berkas tidak ditemukan: ${nope()}`);
    expect(r.err).not.toContain("sudah ada");
    const json = JSON.parse((await cli(["score", input, "--model", nope(), "--json", "--lang", "en"])).out);
    expect(json).toMatchObject({ ok: false, stage: "edition", messages: [`file not found: ${nope()}`] });
    // an unknown --edition is an input too
    expect((await cli(["score", input, "--edition", "iid-1999"])).err).toMatch(/edisi "iid-1999" tidak dikenal/);
    // the output is still refused once the inputs are fine
    expect((await cli(["score", input])).err).toContain("sudah ada");
  });

  it("rekap, template, model show and banding: the same order", async () => {
    const rekap = await cli(["rekap", input, "-o", existing, "--model", nope()]);
    expect([rekap.code, rekap.err]).toEqual([2, `berkas tidak ditemukan: ${nope()}`]);
    const list = await cli(["rekap", input, "-o", existing, "--regions", join(dir, "daftar-tidak-ada.txt")]);
    expect(list.err).toContain("daftar-tidak-ada.txt");
    expect(list.err).not.toContain("sudah ada");
    const template = await cli(["template", existing, "--model", nope()]);
    expect([template.code, template.err]).toEqual([2, `berkas tidak ditemukan: ${nope()}`]);
    const show = await cli(["model", "show", nope(), "-o", existing]);
    expect([show.code, show.err]).toEqual([2, `berkas tidak ditemukan: ${nope()}`]);
    const banding = await cli(["banding", input, join(dir, "baru-tidak-ada.xlsx"), "-o", existing]);
    expect(banding.code).toBe(2);
    expect(banding.err).toContain("baru-tidak-ada.xlsx");
    expect(banding.err).not.toContain("sudah ada");
  });
});
