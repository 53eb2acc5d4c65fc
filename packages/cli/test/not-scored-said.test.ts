/**
 * A first score of a template not yet filled in: the located faults, then one line saying that nothing was scored and
 * what to do — the faults alone and exit 2 left a new analyst wondering whether a copy was written (newuser23).
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli, tmp } from "./helpers.js";

describe("a workbook that cannot be scored says so after its faults", () => {
  it("score: the faults, then 'tidak dinilai, tidak ada salinan yang ditulis'; plan: 'tidak ada rencana' (both languages)", async () => {
    const dir = tmp();
    const file = `${dir}/kabupaten.xlsx`;
    expect((await cli(["template", file])).code).toBe(0);
    const score = await cli(["score", file, "-q"]);
    expect(score.code).toBe(2);
    expect(score.err.split("\n")).toEqual([
      'Pengaturan!B2: "Nama Daerah" wajib diisi',
      'Pengaturan!B3: "Tingkat" wajib diisi; pilihan: "Provinsi", "Kabupaten", "Kota"',
      `tidak dinilai, tidak ada salinan yang ditulis: perbaiki yang tercantum di atas di ${file}, lalu jalankan lagi`,
    ]);
    expect(existsSync(`${dir}/kabupaten.scored.xlsx`)).toBe(false);
    expect((await cli(["score", file, "-q", "--lang", "en"])).err.split("\n").at(-1)).toBe(`nothing scored, no copy written: fix what is listed above in ${file}, then run again`);
    const plan = await cli(["plan", file]);
    expect(plan.code).toBe(2);
    expect(plan.err.split("\n").at(-1)).toBe(`tidak ada rencana: perbaiki yang tercantum di atas di ${file}, lalu jalankan lagi`);
    expect((await cli(["plan", file, "--lang", "en"])).err.split("\n").at(-1)).toBe(`no plan: fix what is listed above in ${file}, then run again`);
    // --json: the same refusal as data, no sentence added to it
    const json = JSON.parse((await cli(["score", file, "--json"])).out);
    expect(json).toMatchObject({ ok: false, stage: "read" });
    expect(json.messages).toHaveLength(2);
  });

  it("a file that is not there is one line, as before: nothing to fix inside it", async () => {
    const r = await cli(["score", `${tmp()}/tidak-ada.xlsx`]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
  });
});
