/**
 * inovasi model diff <a> <b>: what two editions (shipped ids or model files) score differently, grouped by kind, the
 * most consequential first, each with its sources (audit38 #5). Values checked against the edition files and the spec
 * (packages/core/test/model/compare-editions.test.ts holds the facts).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tmp } from "./helpers.js";

const example = new URL("../../../examples/model-provinsi-contoh.json", import.meta.url).pathname;

describe("inovasi model diff", () => {
  it("iid-2023 → iid-2026 in Bahasa Indonesia: grouped, the numbers 2023 does not know first, sources under each", async () => {
    const r = await cli(["model", "diff", "iid-2023", "iid-2026"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const lines = r.out.split("\n");
    expect(lines[0]).toMatch(/^Perbedaan model iid-2023 → iid-2026: \d+ perbedaan, yang paling berpengaruh dulu$/);
    expect(lines[1]).toBe("Angka yang diketahui di satu edisi saja (hasil yang bergantung padanya kosong di edisi lainnya) (5):");
    expect(lines[2]).toBe("  - Minimal kata rancang bangun: belum diketahui → 300");
    expect(lines[3]).toBe("      sumber: inovasi-spec (§2) [?] → lampiran-bskdn-2026 (rancang bangun; spesifikasi §1–2) [P]");
    expect(r.out).toContain("\nSyarat inovasi dihitung (1):\n  - Rentang waktu penerapan atau pengembangan: tidak ada → 1 Januari 2024 s.d. 31 Desember 2025\n");
    expect(r.out).toContain("\nRumus (1):\n  - Batas bawah pembagi SID, MAX(batas, n): 10 → 12\n      sumber: pedoman-iga-2023 (Pedoman Umum Penilaian IGA 2023, rumus SID; spesifikasi §2) [C] → lampiran-bskdn-2026 (rumus SID; spesifikasi §2) [P]\n");
    expect(r.out).toContain('  - SID-14 Penyelesaian layanan pengaduan: pilihan per tingkat: tingkat 1 "≤ 40 %" → "≤ 50 % atau tidak ada"; tingkat 2 "40,01–70,99 %" → "51–90 %"; tingkat 3 "≥ 71 %" → "≥ 91 %"');
    // the groups in their order
    const headings = lines.filter((l) => /^\S.*\(\d+\):$/.test(l)).map((l) => l.replace(/ \(\d+\):$/, ""));
    expect(headings).toEqual(["Angka yang diketahui di satu edisi saja (hasil yang bergantung padanya kosong di edisi lainnya)", "Syarat inovasi dihitung", "Predikat", "Skor jumlah inovasi", "Rumus", "SPD (tingkat daerah)", "Pilihan jawaban per tingkat", "Ambang dasar ukur", "Lain-lain (kata-kata, bukti dukung, rencana)"]);
  });

  it("in English with --lang en, and the derived edition's caveat named", async () => {
    const r = await cli(["model", "diff", "iid-2023-inferred", "iid-2026", "--lang", "en"]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Model differences iid-2023-inferred → iid-2026: 11 differences, the most consequential first");
    expect(lines[1]).toBe("  caveat of iid-2023-inferred: These figures use a derived edition: the unknown 2023 rules are filled from 2026 — not official figures");
    expect(lines[2]).toBe("Which innovations count (1):");
    expect(lines[3]).toBe("  - Implementation or development window: none → 1 January 2024 to 31 December 2025");
    expect(r.out).toContain("\nPredicate bands (1):\n  - Predicate bands: Less innovative (0, 35); Innovative [35, 60]; Very innovative (60, 100] → Less innovative (0, 40]; Innovative (40, 65]; Very innovative (65, 100]\n");
    expect(r.out).toContain('  - SID-14 Complaints resolved: options by tier: tier 1 "≤ 40 %" → "≤ 50 % or none"; tier 2 "40.01–70.99 %" → "51–90 %"; tier 3 "≥ 71 %" → "≥ 91 %"');
    expect(r.out).not.toMatch(/sumber|Perbedaan|tingkat \d/);
  });

  it("a province model file against its base: its changes with the province's sources; --json carries each with its sentence", async () => {
    const r = await cli(["model", "diff", "iid-2026", example]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("Perbedaan model iid-2026 → prov-contoh-2026: 5 perbedaan, yang paling berpengaruh dulu");
    expect(r.out).toContain("\nBobot (1):\n  - SID-20 Kualitas inovasi (video): bobot: 4 → 6\n      sumber: lampiran-bskdn-2026 (indikator SID 20 (video); spesifikasi §3) [P] → pergub-contoh-2026 (Lampiran I, indikator 20) [C]");
    const json = JSON.parse((await cli(["model", "diff", "iid-2026", example, "--json", "--lang", "en"])).out);
    expect([json.ok, json.before.id, json.after.id]).toEqual([true, "iid-2026", "prov-contoh-2026"]);
    expect(json.differences.map((d: { field: string }) => d.field)).toEqual(["maxEntries", "bands", "maxTotal", "weight", "complianceRule"]);
    expect(json.differences[3]).toMatchObject({ kind: "weights", indicator: { id: "SID-20" }, before: { type: "number", value: 4 }, after: { type: "number", value: 6 }, message: "SID-20 Quality of the innovation (video): weight: 4 → 6" });
    expect(json.differences[0].source).toBe("source: tegal-2024 [C] → pergub-contoh-2026 (Pasal 6) [C]");
  });

  it("identical editions: no differences, in both languages (exit 0)", async () => {
    const same = await cli(["model", "diff", "iid-2026", "iid-2026"]);
    expect([same.code, same.out]).toEqual([0, "Tidak ada perbedaan: iid-2026 dan iid-2026 menilai dengan aturan yang sama (sumber, nama dan uraian edisi tidak dibandingkan)."]);
    // a model file that only renames the edition scores as its base
    const path = join(tmp(), "salinan.json");
    writeFileSync(path, JSON.stringify({ extends: "iid-2026", id: "salinan-2026", name: { id: "Salinan", en: "Copy" } }));
    const en = await cli(["model", "diff", "iid-2026", path, "--lang", "en"]);
    expect([en.code, en.out]).toEqual([0, "No differences: iid-2026 and salinan-2026 score by the same rules (the editions' sources, names and descriptions are not compared)."]);
    expect(JSON.parse((await cli(["model", "diff", "iid-2026", path, "--json"])).out).differences).toEqual([]);
  });

  it("an unknown edition or a missing model file: refused with the reason (exit 2), nothing on stdout", async () => {
    const r = await cli(["model", "diff", "iid-2099", "iid-2026"]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toBe('edisi "iid-2099" tidak dikenal; edisi yang tersedia: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"');
    const missing = await cli(["model", "diff", "iid-2026", join(tmp(), "tidak-ada.json"), "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("tidak-ada.json");
    expect(JSON.parse((await cli(["model", "diff", "iid-2099", "iid-2026", "--json"])).out).ok).toBe(false);
    // both arguments are required
    expect((await cli(["model", "diff", "iid-2026"])).code).toBe(2);
  });

  it("is listed under inovasi model --help, and its own help names both arguments", async () => {
    expect((await cli(["model", "--help"])).out).toMatch(/^ {2}model diff +apa yang berbeda antara dua edisi atau model/m);
    const help = (await cli(["model", "diff", "--help", "--lang", "en"])).out;
    expect(help.split("\n")[0]).toBe("Usage: inovasi model diff <edition-a> <edition-b> [options]");
    expect(help).toContain("inovasi model diff iid-2026 jatim-2026.json");
  });
});
