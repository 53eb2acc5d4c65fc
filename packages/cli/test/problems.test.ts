import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getEdition, parseRegionInput, scoreRegion } from "@inovasi/core";
import type { LocatedIssue } from "@inovasi/workbook";
import { allProblems, FULL_LIST, groupedProblems } from "../src/problems.js";
import { COMMANDS } from "../src/commands/index.js";
import { cli, colOf, load, tmp } from "./helpers.js";
import { jsonIssue, textSummary } from "../src/report.js";
import { readAndScoreWorkbook } from "../src/score.js";

function issue(severity: LocatedIssue["severity"], code: string, text: string, cell?: string): LocatedIssue {
  return { severity, code: code as LocatedIssue["code"], sheet: cell ? "Inovasi" : "", ...(cell ? { cell } : {}), field: "", text, message: cell ? `Inovasi!${cell}: ${text}` : text };
}

describe("groupedProblems", () => {
  const issues = [
    ...Array.from({ length: 5 }, (_, k) => issue("warning", "design_too_short", `rancang bangun ${100 + k} kata; minimal 300 kata`, `L${k + 2}`)),
    issue("error", "unknown_option", 'pilihan "Ada" tidak dikenal', "X3"),
    issue("info", "spd_from_total", "SPD dari total"),
    ...["Dinas A", "Dinas B", "Dinas C", "Dinas D"].map((a) => issue("warning", "compliance_rule_not_met", `${a} memiliki 0 inovasi`)),
  ];

  it("the heading points to the full list where the command has one: score's --verbose and scored copy, else --json and inovasi score", async () => {
    expect(groupedProblems(issues, "en", FULL_LIST.json)[0]).toBe("Problems by kind (1 error, 9 warnings; the full located list: --json, or the Masalah sheet inovasi score writes):");
    // a flag the heading names is a flag of the command that prints it
    expect(Object.keys(COMMANDS.find((c) => c.name === "score")!.flags)).toEqual(expect.arrayContaining(["verbose", "json"]));
    for (const name of ["plan", "banding"]) expect(Object.keys(COMMANDS.find((c) => c.name === name)!.flags), name).toContain("json");
    const kab = (f: string) => new URL(`../../../examples/provinsi-contoh/${f}`, import.meta.url).pathname;
    // one region twice (banding refuses two regions since prov14)
    const r = await cli(["banding", kab("kab-bukit-contoh.xlsx"), kab("kab-bukit-contoh.xlsx")]);
    expect(r.err).toContain("daftar lengkap dengan letaknya: --json, atau lembar Masalah yang ditulis inovasi score):");
    expect(r.err).not.toContain("--verbose");
  });

  it("a cell two issues of one kind flag (a model's rule and the workbook's) is listed once", () => {
    const twice = ["A9", "A14", "A9", "A16", "A14", "A20"].map((c, k) => issue("warning", "compliance_rule_not_met", `Dinas ${k} memiliki 0 inovasi`, c));
    // the count is of issues: how many cells is said beside it (audit35 #6)
    expect(groupedProblems(twice, "id").slice(1)).toEqual(["! 6× di 4 sel, mis. Dinas 0 memiliki 0 inovasi", "    Inovasi!A9, Inovasi!A14, Inovasi!A16 … dan 1 lainnya"]);
    expect(groupedProblems(twice, "en").slice(1)).toEqual(["! 6× in 4 cells, e.g. Dinas 0 memiliki 0 inovasi", "    Inovasi!A9, Inovasi!A14, Inovasi!A16 … and 1 more"]);
  });

  it("one cell flagged by two rules (the workbook's and the model's): both named, not \"2× e.g.\" with one (audit35 #6)", () => {
    const rule = (name: string) => issue("warning", "compliance_rule_not_met", `Kecamatan Timur memiliki 0 inovasi pada 2026; aturan "${name}" mewajibkan minimal 1`, "A19");
    const both = [rule("Setiap kecamatan minimal 1 inovasi"), rule("Kecamatan wajib berinovasi (Pergub)")];
    expect(groupedProblems(both, "id").slice(1)).toEqual([
      "! 2× di Inovasi!A19:",
      '    Kecamatan Timur memiliki 0 inovasi pada 2026; aturan "Setiap kecamatan minimal 1 inovasi" mewajibkan minimal 1',
      '    Kecamatan Timur memiliki 0 inovasi pada 2026; aturan "Kecamatan wajib berinovasi (Pergub)" mewajibkan minimal 1',
    ]);
    expect(groupedProblems(both, "en")[1]).toBe("! 2× at Inovasi!A19:");
    // the same text twice on one cell: one line, in one cell
    expect(groupedProblems([both[0]!, both[0]!], "en").slice(1)).toEqual(['! 2× in 1 cell: Kecamatan Timur memiliki 0 inovasi pada 2026; aturan "Setiap kecamatan minimal 1 inovasi" mewajibkan minimal 1', "    Inovasi!A19"]);
  });

  it("errors first, then larger groups; a group of one is its message; info is left out", () => {
    expect(groupedProblems(issues, "id")).toEqual([
      "Masalah menurut jenis (1 kesalahan, 9 peringatan; daftar lengkap dengan letaknya: --verbose, --json, atau lembar Masalah di salinan bernilai):",
      '✗ Inovasi!X3: pilihan "Ada" tidak dikenal',
      "! 5× mis. rancang bangun 100 kata; minimal 300 kata",
      "    Inovasi!L2, Inovasi!L3, Inovasi!L4 … dan 2 lainnya",
      "! 4×",
      "    Dinas A memiliki 0 inovasi",
      "    Dinas B memiliki 0 inovasi",
      "    Dinas C memiliki 0 inovasi",
      "    … dan 1 lainnya",
    ]);
  });

  it("counts past a thousand grouped as each language writes them (was '1234 peringatan', '1234×', 'dan 1231 lainnya')", () => {
    const many = Array.from({ length: 1234 }, (_, k) => issue("warning", "design_too_short", "rancang bangun 100 kata; minimal 300 kata", `L${k + 2}`));
    expect(groupedProblems(many, "id").slice(0, 3)).toEqual([
      "Masalah menurut jenis (0 kesalahan, 1.234 peringatan; daftar lengkap dengan letaknya: --verbose, --json, atau lembar Masalah di salinan bernilai):",
      "! 1.234× rancang bangun 100 kata; minimal 300 kata",
      "    Inovasi!L2, Inovasi!L3, Inovasi!L4 … dan 1.231 lainnya",
    ]);
    const en = groupedProblems(many, "en");
    expect(en[0]).toMatch(/^Problems by kind \(0 errors, 1,234 warnings;/);
    expect(en.slice(1, 3)).toEqual(["! 1,234× rancang bangun 100 kata; minimal 300 kata", "    Inovasi!L2, Inovasi!L3, Inovasi!L4 … and 1,231 more"]);
    // the summary's count line too
    const json = JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/kabupaten-contoh.region.json", import.meta.url)), "utf8"));
    const edition = getEdition("iid-2026");
    const parsed = parseRegionInput(json);
    if (!parsed.ok) throw new Error("example does not parse");
    const r = scoreRegion(parsed.value, edition);
    expect(textSummary(r, many, "id", null, { edition })).toMatch(/^Masalah: 0 kesalahan, 1\.234 peringatan$/m);
    expect(textSummary(r, many, "en", null, { edition })).toMatch(/^Problems: 0 errors, 1,234 warnings$/m);
  });

  it("counted: a command that said the counts already (score, under its result) heads the list without them", () => {
    expect(groupedProblems(issues, "id", FULL_LIST.score, { counted: true })[0]).toBe("Masalah menurut jenis (daftar lengkap dengan letaknya: --verbose, --json, atau lembar Masalah di salinan bernilai):");
    expect(groupedProblems(issues, "en", FULL_LIST.score, { counted: true })[0]).toBe("Problems by kind (the full located list: --verbose, --json, or the Masalah sheet of the scored copy):");
    // the groups are the same
    expect(groupedProblems(issues, "id", FULL_LIST.score, { counted: true }).slice(1)).toEqual(groupedProblems(issues, "id").slice(1));
  });

  it("nothing to say when there are only notes", () => {
    expect(groupedProblems([issue("info", "spd_from_total", "x")], "en")).toEqual([]);
  });

  it("allProblems: every error and warning, errors first, in reading order", () => {
    const all = allProblems(issues);
    expect(all).toHaveLength(10);
    expect(all[0]).toBe('✗ Inovasi!X3: pilihan "Ada" tidak dikenal');
    expect(all[1]).toBe("! Inovasi!L2: rancang bangun 100 kata; minimal 300 kata");
  });
});

// issue 8: located issues are worded when read (@inovasi/workbook's messages.ts); what the CLI prints from them — the
// grouped list, --verbose, --json — is what plain copies of them give, on a workbook with hundreds of warnings
describe("issues worded when read: the same lines and JSON as plain copies", () => {
  it("grouped, --verbose and --json lines of a many-warnings workbook (counts with fractions), in both languages", async () => {
    // @ts-expect-error plain .mjs generator (the bench's many-warnings workbook: counts with their fraction)
    const { buildExample } = await import("../../../examples/generate-kabupaten-contoh.mjs");
    const input = join(tmp(), "banyak-peringatan.xlsx");
    writeFileSync(input, await buildExample({ innovations: 120, seed: 7, fractionalCounts: true }).toBuffer());
    for (const locale of ["id", "en"] as const) {
      const r = await readAndScoreWorkbook({ input, locale });
      if (!r.ok) throw new Error(r.messages.join("\n"));
      const plain = r.issues.map((i) => ({ ...i }));
      expect(r.issues.filter((i) => i.code === "count_fraction").length).toBeGreaterThan(100);
      expect(groupedProblems(r.issues, locale)).toEqual(groupedProblems(plain, locale));
      expect(allProblems(r.issues)).toEqual(allProblems(plain));
      expect(JSON.stringify(r.issues.map(jsonIssue))).toBe(JSON.stringify(plain.map(jsonIssue)));
    }
  });
});

describe("a group of unknown names lists the names typed, not only its first (audit36)", () => {
  const agency = (typed: string, cell: string): LocatedIssue => ({ ...issue("warning", "unknown_agency", `perangkat daerah "${typed}" tidak ada dalam daftar perangkat daerah`, cell), given: typed });
  const typed = [...Array(4).fill("PUPR"), "Dinkes", ...Array(3).fill("Satpol PP"), "SATPOL PP", "Dinsos", "BKPSDM", "Dinas PUPR", "Disdik"];
  const group = typed.map((t, k) => agency(t, `C${k + 2}`));

  it("each value typed with its count, most typed first, a few then how many more, in both languages", () => {
    expect(groupedProblems(group, "id").slice(1)).toEqual([
      '! 13× mis. perangkat daerah "PUPR" tidak ada dalam daftar perangkat daerah',
      "    Inovasi!C2, Inovasi!C3, Inovasi!C4 … dan 10 lainnya",
      '    yang diketik: "PUPR" (4×), "Satpol PP" (3×), "Dinkes" (1×), "SATPOL PP" (1×), "Dinsos" (1×), "BKPSDM" (1×) … dan 2 lainnya',
    ]);
    expect(groupedProblems(group, "en")[3]).toBe('    typed: "PUPR" (4×), "Satpol PP" (3×), "Dinkes" (1×), "SATPOL PP" (1×), "Dinsos" (1×), "BKPSDM" (1×) … and 2 more');
  });

  it("one value typed everywhere, or a kind whose values are no typed name: no such line", () => {
    expect(groupedProblems(group.slice(0, 4), "id").slice(1)).toHaveLength(2);
    const dates = ["15 Mei 2023", "2 Juni 2023"].map((d, k) => ({ ...issue("warning", "date_outside_window", `tanggal ${d} di luar rentang`, `L${k + 2}`), given: d }));
    expect(groupedProblems(dates, "id").slice(1)).toHaveLength(2);
  });
});

describe("the typed names' line gives each its suggestion, and the example is one of those listed (cli37)", () => {
  const allowed = ["Dinas Kesehatan", "Dinas Sosial", "Dinas Perikanan", "Dinas Perhubungan", "Dinas Lingkungan Hidup", "Dinas Tenaga Kerja", "Dinas Pertanian"];
  const agency = (typed: string, cell: string): LocatedIssue => ({
    ...issue("warning", "unknown_agency", `perangkat daerah "${typed}" tidak ada dalam daftar perangkat daerah`, cell),
    given: typed,
    issue: { code: "unknown_agency", severity: "warning", path: [], params: { given: typed, allowed } },
  });
  // the first row's name typed once, six others twice each: the first is past the six listed
  const typed = ["Dinas Kesehtan", ...["Dinas Sosiall", "Dinas Perikanann", "Dinas Perhubungann", "Dinas Lingkungan Hidupp", "Dinas Tenaga Kerjaa", "Dinas Pertaniann"].flatMap((t) => [t, t])];
  const group = typed.map((t, k) => agency(t, `C${k + 2}`));

  it("mis. quotes the most typed name, and each listed name says what it may mean, both languages", () => {
    expect(groupedProblems(group, "id").slice(1)).toEqual([
      '! 13× mis. perangkat daerah "Dinas Sosiall" tidak ada dalam daftar perangkat daerah',
      "    Inovasi!C2, Inovasi!C3, Inovasi!C4 … dan 10 lainnya",
      '    yang diketik: "Dinas Sosiall" (2×) → "Dinas Sosial", "Dinas Perikanann" (2×) → "Dinas Perikanan", "Dinas Perhubungann" (2×) → "Dinas Perhubungan", "Dinas Lingkungan Hidupp" (2×) → "Dinas Lingkungan Hidup", "Dinas Tenaga Kerjaa" (2×) → "Dinas Tenaga Kerja", "Dinas Pertaniann" (2×) → "Dinas Pertanian" … dan 1 lainnya',
    ]);
    const en = groupedProblems(group, "en");
    expect(en[1]).toMatch(/^! 13× e\.g\. perangkat daerah "Dinas Sosiall"/);
    expect(en[3]).toMatch(/^ {4}typed: "Dinas Sosiall" \(2×\) → "Dinas Sosial", "Dinas Perikanann" \(2×\) → "Dinas Perikanan", .* … and 1 more$/);
  });

  it("an urusan with several suggestions gives them all; a name with none, nothing", () => {
    const urusan = (typed: string, cell: string, suggestions: string[]): LocatedIssue => ({
      ...issue("error", "unknown_urusan", `urusan "${typed}" tidak dikenal`, cell),
      given: typed,
      issue: { code: "unknown_urusan", severity: "error", path: [], params: { given: typed, suggestions } },
    });
    const lines = groupedProblems([urusan("PU", "G2", ["Pekerjaan Umum dan Penataan Ruang", "Perumahan dan Kawasan Permukiman"]), urusan("PU", "G3", []), urusan("Xyz", "G4", [])], "id");
    expect(lines.at(-1)).toBe('    yang diketik: "PU" (2×) → "Pekerjaan Umum dan Penataan Ruang" / "Perumahan dan Kawasan Permukiman", "Xyz" (1×)');
  });
});

describe("a workbook's unknown label: its typed values with the labels its message asks about (cli37)", () => {
  it("Tahapan typed two ways, each with the labels it may mean", async () => {
    const wb = await load(fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const ws = wb.getWorksheet("Inovasi")!;
    const c = colOf(ws, "Tahapan");
    for (const [row, v] of [[2, "Uji Coba/Penerapan"], [3, "Uji Coba/Penerapan"], [4, "Penerapan/Uji Coba"]] as const) ws.getCell(row, c).value = v;
    const input = join(tmp(), "tahapan.xlsx");
    await wb.xlsx.writeFile(input);
    const r = await readAndScoreWorkbook({ input, locale: "id" });
    if (!r.ok) throw new Error(r.messages.join("\n"));
    const lines = groupedProblems(r.issues.filter((i) => i.code === "unknown_label"), "id");
    expect(lines.at(-1)).toMatch(/^ {4}yang diketik: "Uji Coba\/Penerapan" \(2×\) → "[^"]+" \/ "[^"]+", "Penerapan\/Uji Coba" \(1×\) → "[^"]+" \/ "[^"]+"$/);
  });
});

describe("an option label typed with a typo: the typed names' line gives the label it may mean (cli38)", () => {
  it("SID-3 typed two ways across rows, through inovasi score, in Bahasa and in English", async () => {
    const e = getEdition("iid-2026")!;
    const ind = e.indicators.find((i) => i.id === "SID-3")!;
    const label = (tier: number) => ind.options.find((o) => o.tier === tier)!.label;
    const wb = await load(fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const ws = wb.getWorksheet("Inovasi")!;
    const c = colOf(ws, `${ind.number}. ${ind.name.id}`);
    // "… dua tahun anggaran berturut-turu" three times, "… satu tahun angaran" once
    const [twice, once] = [label(2).id.slice(0, -1), label(1).id.replace("anggaran", "angaran")];
    for (const [row, v] of [[2, twice], [3, twice], [4, twice], [5, once]] as const) ws.getCell(row, c).value = v;
    const input = join(tmp(), "opsi.xlsx");
    await wb.xlsx.writeFile(input);
    const typedLine = async (lang: "id" | "en") => {
      const r = await cli(["score", input, "-o", join(tmp(), "opsi.hasil.xlsx"), "--lang", lang]);
      expect(r.code).toBe(1); // an error: the unknown option
      const lines = r.err.split("\n");
      return lines.find((l) => /^ {4}(yang diketik|typed):/.test(l) && l.includes(twice));
    };
    expect(await typedLine("id")).toBe(`    yang diketik: "${twice}" (3×) → "${label(2).id}", "${once}" (1×) → "${label(1).id}"`);
    // in English the label the English message asks about ("did you mean …?"), as the core's issueMeant gives it
    expect(await typedLine("en")).toBe(`    typed: "${twice}" (3×) → "${label(2).en}", "${once}" (1×) → "${label(1).en}"`);
  });
});
