/**
 * The province in one line (`Recap.totals`): `inovasi rekap` prints it under its table, the Rekap sheet writes it
 * above its own, `--json` carries it as data. Checked against a count of its own over the Rekap sheet's rows (the
 * columns a province would add up by hand), on the twelve example kab/kota with one file made flawed (Kabupaten Rawa
 * without its SPD sheet) beside the one that did not report (Kabupaten Sunyi): neither is in the average.
 */
import { copyFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { RECAP_HEADERS } from "@inovasi/workbook";
import { cli, load, tmp } from "./helpers.js";

const folder = fileURLToPath(new URL("../../../examples/provinsi-contoh/", import.meta.url));

describe("inovasi rekap: the province in one line", () => {
  let dir: string;
  let out: string;
  let r: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    dir = tmp();
    for (const f of readdirSync(folder).filter((x) => x.endsWith(".xlsx") && x !== "kab-rawa-contoh.xlsx")) copyFileSync(join(folder, f), join(dir, f));
    const wb = await load(join(folder, "kab-rawa-contoh.xlsx"));
    wb.removeWorksheet(wb.getWorksheet("SPD")!.id);
    await wb.xlsx.writeFile(join(dir, "kab-rawa-contoh.xlsx"));
    out = join(dir, "rekap.xlsx");
    r = await cli(["rekap", dir, "-o", out, "-q"]);
  });

  /** The Rekap table as rows of values by heading, and the notes above it. */
  async function rekapSheet() {
    const ws = (await load(out)).getWorksheet("Rekap")!;
    const notes: string[] = [];
    const rows: Record<string, unknown>[] = [];
    let header = 0;
    ws.eachRow((row, n) => {
      const values = (row.values as unknown[]).slice(1);
      if (values[0] === "Daerah") header = n;
      else if (header === 0 && typeof (values[0] ?? values[1]) === "string") notes.push((values[0] ?? values[1]) as string); // a note in B
      else if (header > 0 && values[0] !== undefined) rows.push(Object.fromEntries(RECAP_HEADERS.map((h, i) => [h, values[i] ?? null])));
    });
    return { notes, rows };
  }

  it("counts, averages and tallies as the Rekap sheet's own rows add up: the flawed and the unreported regions left out of the average, and said", async () => {
    const { notes, rows } = await rekapSheet();
    expect(rows).toHaveLength(12);
    const ranked = rows.filter((x) => typeof x["Peringkat"] === "number");
    const sum = (xs: Record<string, unknown>[], h: (typeof RECAP_HEADERS)[number]) => xs.reduce((n, x) => n + Number(x[h] ?? 0), 0);
    const mean = sum(ranked, "Indeks Terverifikasi") / ranked.length;
    // ten ranked (Rawa flawed, Sunyi not reported): 76.32 + 53.56 + 46.20 + 37.75 + 26.30 + 26.09 + 24.00 + 19.13 +
    // 15.67 + 11.23 = 336.25 → 33.625 → 33.63 (with Rawa's 10.28, read without its SPD sheet, it would be 31.50)
    expect(ranked).toHaveLength(10);
    expect(Math.round(mean * 1000)).toBe(33625);
    // Rawa's figures are not valid yet (no SPD sheet): in no province figure — not its predicate, nor its counted innovations
    const valid = rows.filter((x) => x["Berkas"] !== "kab-rawa-contoh.xlsx");
    const byPredicate = (p: string) => valid.filter((x) => x["Predikat Terverifikasi"] === p).length;
    const without = valid.filter((x) => x["Inovasi"] === 0).length;
    // every figure after the head over the same regions, Rawa's said apart (audit36)
    const rawa = rows.find((x) => x["Berkas"] === "kab-rawa-contoh.xlsx")!;
    const expected =
      `Seluruh daerah tahun 2026: 12 daerah, ${rows.filter((x) => x["Status Angka"] !== "belum melapor: tanpa peringkat").length} melapor, ${ranked.length} diberi peringkat` +
      ` · angka berikut tanpa 1 daerah yang angkanya belum valid (${rawa["Inovasi"]} inovasi di berkasnya; lihat Status Angka)` +
      ` · ${sum(valid, "Inovasi")} inovasi, ${sum(valid, "Inovasi Dihitung (terverifikasi)")} dihitung (terverifikasi)` +
      ` · rata-rata indeks terverifikasi 33,63 (10 daerah berperingkat; tidak termasuk: 1 berkasnya memuat kesalahan atau lembar atau kolomnya kurang, 1 belum melapor)` +
      ` · predikat terverifikasi: ${["Sangat Inovatif", "Inovatif", "Kurang Inovatif", "Tidak Dapat Dinilai"].map((p) => `${p} ${byPredicate(p)}`).join(", ")}` +
      ` · daerah tanpa inovasi ${without} · perangkat daerah tanpa inovasi (tahun aturan) ${sum(valid, "Perangkat Daerah Tanpa Inovasi")}`;
    expect(notes).toContain(expected);
    expect(r.out.split("\n")).toContain(expected);
    // the hand count behind it: 11 reported, 1 without an innovation (Sunyi), the predicates as the distribution says
    expect(expected).toContain("12 daerah, 11 melapor, 10 diberi peringkat");
    expect(expected).toContain("predikat terverifikasi: Sangat Inovatif 1, Inovatif 2, Kurang Inovatif 7, Tidak Dapat Dinilai 1 · daerah tanpa inovasi 1 ·");
  });

  it("--json carries the same figures as data (Recap.totals)", async () => {
    const { rows } = await rekapSheet();
    const json = JSON.parse((await cli(["rekap", dir, "-o", join(dir, "rekap-json.xlsx"), "-q", "--json"])).out);
    const ranked = rows.filter((x) => typeof x["Peringkat"] === "number");
    const valid = rows.filter((x) => x["Berkas"] !== "kab-rawa-contoh.xlsx");
    expect(json.recap.totals).toEqual({
      regions: 12,
      reported: 11,
      ranked: 10,
      unranked: { indexUnknown: 0, flawed: 1, notReported: 1 },
      innovations: {
        reported: valid.reduce((n, x) => n + Number(x["Inovasi"]), 0),
        counted: valid.reduce((n, x) => n + Number(x["Inovasi Dihitung (terverifikasi)"]), 0),
        flawed: Number(rows.find((x) => x["Berkas"] === "kab-rawa-contoh.xlsx")!["Inovasi"]),
      },
      averageIndex: 33.63,
      withoutInnovation: ["kab-sunyi-contoh.xlsx"],
      agenciesWithout: valid.reduce((n, x) => n + Number(x["Perangkat Daerah Tanpa Inovasi"]), 0),
    });
    expect(ranked.map((x) => x["Berkas"]).sort()).not.toContain("kab-rawa-contoh.xlsx");
  });

  it("in English with --lang en", async () => {
    const en = await cli(["rekap", dir, "-o", join(dir, "recap-en.xlsx"), "-q", "--lang", "en"]);
    expect(en.out).toMatch(/^All regions of 2026: 12 regions, 11 reported, 10 ranked · the figures below leave out 1 region whose figures are not valid yet \(\d+ innovations in its file; see Figures Status\) · \d+ innovations, \d+ counted \(verified\) · average verified index 33\.63 \(10 ranked regions; left out: 1 whose file has errors or a missing sheet or column, 1 not reported\) · verified predicates: Very innovative 1, Innovative 2, Less innovative 7, Cannot be assessed 1 · regions without an innovation 1 · agencies without an innovation \(rules' year\) \d+$/m);
  });
});
