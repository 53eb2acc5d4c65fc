/**
 * A province model with IGA 2025's bands (Sangat Inovatif ≥ 65.01 known; the threshold below it unknown, spec §2) on
 * the example kabupaten (verified IID 38.55, claimed 53.58): `inovasi score` prints no predicate for either — "?" —
 * with a warning naming the two bands it may be, and lists the unknown thresholds by band among the model's unknown
 * numbers; `inovasi plan --target Inovatif` is refused in words (no index reaches that band for sure).
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RECAP_HEADERS } from "@inovasi/workbook";
import { cli, load, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));
const unknown = { ref: "bappeda-2025", confidence: "unknown", note: "Batas bawah 2025 tidak ada di sumber yang ditemukan." };

describe("a model whose band threshold is unknown", () => {
  const dir = tmp();
  const book = join(dir, "kabupaten.xlsx");
  copyFileSync(example, book);
  const model = join(dir, "model-2025.json");
  writeFileSync(model, JSON.stringify({
    extends: "iid-2026", id: "prov-x-2025", name: { id: "Model X 2025", en: "Model X 2025" },
    sources: [{ id: "bappeda-2025", title: "Laporan Bappeda atas hasil IGA 2025" }],
    bands: [{ id: "kurang-inovatif", max: { value: null, source: unknown } }, { id: "inovatif", min: { value: null, source: unknown } }],
  }));

  it("score: the index without a guessed predicate, a warning naming the bands, the thresholds named by band", async () => {
    const r = await cli(["score", book, "--model", model, "-o", join(dir, "hasil.xlsx")]);
    expect(r.out).toMatch(/terverifikasi: IID 38,55 {2}\? {2}\(/);
    expect(r.out).toContain("    - batas atas predikat kurang-inovatif — Batas bawah 2025 tidak ada di sumber yang ditemukan.");
    expect(r.out).toContain("    - batas bawah predikat inovatif — Batas bawah 2025 tidak ada di sumber yang ditemukan.");
    expect(r.out + r.err).toContain('! predikat terverifikasi belum diketahui: indeks 38,55 dapat berpredikat "Kurang Inovatif", "Inovatif", sebab batas di antaranya belum diketahui di edisi prov-x-2025');
    const en = await cli(["score", book, "--model", model, "-o", join(dir, "result.xlsx"), "--lang", "en"]);
    expect(en.out).toContain("    - the lower threshold of band inovatif");
  });

  it("score: the warning names where the predicate is decided — the threshold, at its entry in the model file", async () => {
    const r = await cli(["score", book, "--model", model, "-o", join(dir, "hasil-2.xlsx")]);
    expect(r.err).toContain(`isi batasnya di model bila sudah terbit [batas bawah predikat inovatif: bands[1].min di ${model}]`);
    const en = await cli(["score", book, "--model", model, "-o", join(dir, "result-2.xlsx"), "--lang", "en"]);
    expect(en.err).toContain(`fill in the threshold in the model once it is published [the lower threshold of band inovatif: bands[1].min in ${model}]`);
    const json = JSON.parse((await cli(["score", book, "--model", model, "-o", join(dir, "hasil-3.xlsx"), "--json"])).out);
    const issues = json.issues.filter((i: { code: string }) => i.code === "predicate_unknown");
    expect(issues.map((i: { sheet: string; cell: unknown; field: string }) => [i.sheet, i.cell, i.field])).toEqual([["", null, "batas bawah predikat inovatif"], ["", null, "batas bawah predikat inovatif"]]);
    // the recap's problems per file say it the same way
    const recap = JSON.parse((await cli(["rekap", book, "--model", model, "-o", join(dir, "rekap-3.xlsx"), "-q", "--json"])).out);
    expect(recap.files[0].problems.map((p: { message: string }) => p.message)).toContainEqual(expect.stringContaining(`[batas bawah predikat inovatif: bands[1].min di ${model}]`));
  });

  it("rekap: the region counted as predicate unknown, not '(tanpa predikat)' (its index is known), in every output", async () => {
    const out = join(dir, "rekap.xlsx");
    const r = await cli(["rekap", book, "--model", model, "-o", out, "-q"]);
    expect(r.out).toContain("Sebaran predikat (terverifikasi): Sangat Inovatif 0 · Inovatif 0 · Kurang Inovatif 0 · Tidak Dapat Dinilai 0 · (predikat belum diketahui) 1");
    expect(r.out).not.toContain("(tanpa predikat)");
    // the table's row says it as the Rekap sheet does (was "38,55 ?")
    expect(r.out).toMatch(/ Kabupaten Sungai Contoh +53,58 \(predikat belum diketahui\) +38,55 \(predikat belum diketahui\) /);
    expect(r.out).not.toMatch(/\d \? /);
    expect(r.out).toContain("predikat terverifikasi: Sangat Inovatif 0, Inovatif 0, Kurang Inovatif 0, Tidak Dapat Dinilai 0, (predikat belum diketahui) 1 ·");
    const wb = await load(out);
    const dist: unknown[][] = [];
    wb.getWorksheet("Sebaran Predikat")!.eachRow((row) => dist.push((row.values as unknown[]).slice(1)));
    expect(dist).toContainEqual(["(predikat belum diketahui)", 1, 1]);
    expect(dist.flat()).not.toContain("(tanpa predikat)");
    // the region's own row says it too (it was blank, as for an index that cannot be computed)
    const ws = wb.getWorksheet("Rekap")!;
    let at = 0;
    ws.eachRow((row, n) => { if (row.getCell(1).value === "Kabupaten Sungai Contoh") at = n; });
    expect(at).toBeGreaterThan(0);
    const col = (h: (typeof RECAP_HEADERS)[number]) => ws.getRow(at).getCell(RECAP_HEADERS.indexOf(h) + 1).value;
    expect([col("Indeks Terverifikasi"), col("Predikat Terverifikasi"), col("Predikat Klaim")]).toEqual([38.55, "belum diketahui", "belum diketahui"]);
    const json = JSON.parse((await cli(["rekap", book, "--model", model, "-o", join(dir, "rekap-2.xlsx"), "-q", "--json"])).out);
    expect(json.recap.distribution.filter((d: { predicate: unknown }) => d.predicate === null)).toEqual([{ predicate: null, unknown: "band", claimed: 1, verified: 1, editions: ["prov-x-2025"] }]);
    const en = await cli(["rekap", book, "--model", model, "-o", join(dir, "recap-en.xlsx"), "-q", "--lang", "en"]);
    expect(en.out).toContain("· (predicate unknown) 1");
    expect(en.out).toContain(" 38.55 (predicate unknown) ");
  });

  it("plan: a predicate target whose lower threshold is unknown is refused, saying to write an index", async () => {
    const r = await cli(["plan", book, "--model", model, "--target", "Inovatif"]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('target "Inovatif": batas bawah predikat "Inovatif" belum diketahui di edisi prov-x-2025, maka indeks yang mencapainya tidak dapat dihitung; tulis target sebagai nilai indeks');
  });
});

/**
 * The threshold between Inovatif and Sangat Inovatif unknown (Inovatif (40, ?), Sangat Inovatif (?, 100]): the plan's
 * default target from 38,55 is Inovatif (from 40,01, known), reached by an index above 40,00 whatever the predicate
 * there is (it ran to its 100-step limit, "masih kurang 0,00 poin indeks"); from the claimed 53,58 (Inovatif or Sangat
 * Inovatif) the next band's lower threshold is unknown: said, with no step.
 */
describe("a model whose top threshold is unknown", () => {
  const dir = tmp();
  const book = join(dir, "kabupaten.xlsx");
  copyFileSync(example, book);
  const model = join(dir, "model-2025.json");
  writeFileSync(model, JSON.stringify({
    extends: "iid-2026", id: "prov-y-2025", name: { id: "Model Y 2025", en: "Model Y 2025" },
    sources: [{ id: "bappeda-2025", title: "Laporan Bappeda atas hasil IGA 2025" }],
    bands: [{ id: "inovatif", max: { value: null, source: unknown } }, { id: "sangat-inovatif", min: { value: null, source: unknown } }],
  }));

  it("plan: the default target Inovatif is reached at 40,01 or more, the predicate there unknown", async () => {
    const r = await cli(["plan", book, "--model", model]);
    expect(r.out).toContain("Sekarang: IID 38,55 Kurang Inovatif; target: Inovatif (IID ≥ 40,01), kurang 1,46 poin indeks");
    expect(r.out).toMatch(/\nTarget tercapai dalam \d+ langkah \(upaya [\d,]+\)\./);
    expect(r.out).toMatch(/→ IID 40,\d\d \? \(upaya \d+\) \[/); // the last step: above 40,00, its predicate not guessed
    expect(r.out).not.toContain("masih kurang 0,00");
    const json = JSON.parse((await cli(["plan", book, "--model", model, "--json"])).out);
    expect(json.plan.status).toBe("reached");
    expect(json.plan.end.index).toBeGreaterThanOrEqual(40.01);
  });

  it("plan --claimed: from 53,58 the next band's lower threshold is unknown — said, no step, no loop", async () => {
    const r = await cli(["plan", book, "--model", model, "--claimed"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Tidak ada rencana: batas bawah predikat "Sangat Inovatif" belum diketahui di edisi prov-y-2025, maka indeks yang mencapainya tidak dapat dihitung; tulis target sebagai nilai indeks (mis. 50 atau 50,5).');
    const en = await cli(["plan", book, "--model", model, "--claimed", "--lang", "en"]);
    expect(en.out).toContain('No plan: the lower threshold of "Very innovative" is not known in edition prov-y-2025');
  });
});
