import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { loadWorkbook } from "../../packages/cli/src/index.js";
import { type LocatedIssue, SUMMARY_LIMITS } from "@inovasi/workbook";
import { scoreGrids } from "../src/pipeline.js";
import { VIEW_LIMITS, problemsView, resultsView } from "../src/pane/view-model.js";
import { e2026, regionGrids } from "./fixtures.js";
import { addRow, fullInnovation, spdAtTier2, templateAsGrids } from "../../packages/workbook/test/helpers.js";

const scored = (n: number) => {
  const out = scoreGrids(regionGrids(n));
  if (!out.ok) throw new Error("fixture does not read");
  return out;
};

describe("results view model", () => {
  it("totals: index with the edition's decimals, decimal comma for an Indonesian workbook, dot otherwise", () => {
    const out = scored(20);
    const r = out.result;
    const id = resultsView(out, "id", "id-ID");
    const en = resultsView(out, "en", "en-US");
    const idx = id.totals!.rows.find((x) => x.key === "index")!;
    expect(idx.label).toBe("Indeks");
    expect(idx.claimed).toBe(r.claimed.index!.toFixed(2).replace(".", ","));
    expect(idx.verified).toBe(r.verified.index!.toFixed(2).replace(".", ","));
    expect(en.totals!.rows[0]!.verified).toBe(r.verified.index!.toFixed(2));
    expect(id.totals!.columns).toEqual(["Komponen", "Klaim", "Terverifikasi"]);
    expect(id.totals!.rows[1]).toEqual({ key: "predicate", label: "Predikat", claimed: r.claimed.predicate!.label.id, verified: r.verified.predicate!.label.id });
    expect(en.totals!.rows[1]!.verified).toBe(r.verified.predicate!.label.en);
    expect(id.scored).toBe(true);
    expect(id.status).toMatch(/^Selesai\./);
  });

  it("an index the edition cannot compute is a dash", () => {
    const out = scored(3);
    const unknown = { ...out, result: { ...out.result, verified: { ...out.result.verified, index: null, predicate: null } } };
    const v = resultsView(unknown, "id", "id-ID");
    expect(v.totals!.rows.map((r) => r.verified)).toEqual(["—", "—"]);
  });

  it("evidence gaps: the largest first, each with its points, index gain and Bukti cell, at most 50; the rest said to be on Ringkasan when it holds them all", () => {
    const out = scored(400);
    const counted = out.result.innovations.filter((i) => i.verified.counted);
    const all = counted.reduce((n, i) => n + i.evidenceGaps.length, 0);
    expect(all).toBeGreaterThan(VIEW_LIMITS.gaps);
    expect(all).toBeLessThanOrEqual(SUMMARY_LIMITS.gaps);
    const v = resultsView(out, "id", "id-ID");
    expect(v.gaps!.total).toBe(all);
    expect(v.gaps!.items).toHaveLength(VIEW_LIMITS.gaps);
    expect(v.gaps!.more).toBe(`Ditampilkan 50 terbesar dari ${all}; daftar lengkap ada di lembar Ringkasan (Kekurangan Bukti).`);
    const first = counted.find((i) => i.evidenceGaps.length)!;
    // SID-20 at tier 2: 8 points of the innovation's score; over the divisor (392) and the maximum (250), 0,008 index
    expect([out.result.verified.sid.divisor, out.result.verified.maxTotal]).toEqual([392, 250]);
    expect(v.gaps!.items[0]!.text).toBe(`${first.name} — ${first.evidenceGaps[0]!.indicatorName.id} (Tidak Ada): 8 poin skor inovasi, ≈ +0,01 indeks`);
    expect(v.gaps!.items.every((i) => i.link?.sheet === "Inovasi")).toBe(true);
    expect(resultsView(out, "en", "en-US").gaps!.items[0]!.text).toBe(`${first.name} — ${first.evidenceGaps[0]!.indicatorName.en} (missing): 8 points of the innovation's score, ≈ +0.01 index`);
    expect(resultsView(out, "en", "en-US").gaps!.more).toBe(`Showing the largest 50 of ${all}; the full list is on the Ringkasan sheet (Evidence Gaps).`);
  });

  it("evidence gaps past what the Ringkasan lists: says it lists the largest 100 and where every one is (not 'the full list is on Ringkasan')", () => {
    const out = scored(800);
    const all = out.result.innovations.reduce((n, i) => n + (i.verified.counted ? i.evidenceGaps.length : 0), 0);
    expect(all).toBeGreaterThan(SUMMARY_LIMITS.gaps);
    expect(resultsView(out, "id", "id-ID").gaps!.more).toBe(
      `Ditampilkan 50 terbesar dari ${all}; lembar Ringkasan mencantumkan 100 terbesar. Semuanya ada per baris: kolom "Skor Kekurangan Bukti" lembar Inovasi dan kolom Bukti lembar SPD.`,
    );
    // the Ringkasan written this run: its Kekurangan Bukti holds 100 rows, then the count of the others
    const rows = new Map<number, unknown>();
    for (const w of out.writes) if (w.sheet === "Ringkasan" && w.col === 0) rows.set(w.row, w.value);
    const at = [...rows].find(([, x]) => x === "Kekurangan Bukti")![0];
    expect(String(rows.get(at + 1 + SUMMARY_LIMITS.gaps))).toMatch(new RegExp(`^… dan ${all - SUMMARY_LIMITS.gaps} kekurangan bukti lainnya`));
  });

  it("evidence gaps: an SPD row's (its Bukti left blank) first, linked to SPD!D…; those on innovations not counted said apart as a count", () => {
    const g = regionGrids(20);
    spdAtTier2(g);
    const spd = g["SPD"]!;
    const h = spd.cells[0]!;
    const row = spd.cells.findIndex((r) => r[h.indexOf("Kode")] === "SPD-8");
    spd.cells[row]![h.indexOf("Bukti")] = null;
    // Inovasi 4 (SID-20 "Tidak Ada") with a 100-word design text: not counted, its gap adds nothing when accepted
    const inv = g["Inovasi"]!;
    inv.cells[4]![inv.cells[0]!.indexOf("Jumlah Kata Rancang Bangun")] = 100;
    const out = scoreGrids(g);
    if (!out.ok) throw new Error("fixture does not read");
    expect(out.result.innovations[3]!.verified.counted).toBe(false);
    const v = resultsView(out, "id", "id-ID");
    const ind = e2026.indicators.find((i) => i.id === "SPD-8")!;
    const gain = ((ind.weight! * 2) / out.result.verified.maxTotal!) * 100;
    expect(v.gaps!.items[0]!.text).toBe(`SPD (tingkat daerah) — ${ind.name.id} (Menunggu): ${ind.weight! * 2} poin SPD, ≈ +${gain.toFixed(2).replace(".", ",")} indeks`);
    expect(v.gaps!.items[0]!.link).toMatchObject({ sheet: "SPD", cell: `${String.fromCharCode(65 + h.indexOf("Bukti"))}${row + 1}` });
    // SID-20 "Tidak Ada" on Inovasi 4 (not counted), 11 (its stage a typo: no gaps) and 18 (counted): one line after the
    // SPD row, one gap said apart
    expect(v.gaps!.items.map((i) => i.text.split(" — ")[0])).toEqual(["SPD (tingkat daerah)", "Inovasi 18"]);
    expect(v.gaps!.total).toBe(2);
    expect(v.gaps!.note).toBe("Tidak dicantumkan: 1 pada inovasi yang tidak dihitung (terverifikasi); meskipun buktinya diterima, poinnya tidak bertambah sebelum inovasinya dihitung.");
    expect(resultsView(out, "en", "en-US").gaps!.note).toBe("Not listed: 1 on innovations not counted (verified); accepting their evidence adds no points until the innovation counts.");
  });

  it("evidence gaps on the example workbook: none of an innovation not counted among the lines, the largest first, the others counted apart", async () => {
    const book = await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const out = scoreGrids(book.grids);
    if (!out.ok) throw new Error("example does not read");
    const v = resultsView(out, "id", "id-ID");
    const idle = out.result.innovations.filter((i) => !i.verified.counted);
    const idleGaps = idle.reduce((n, i) => n + i.evidenceGaps.length, 0);
    expect(idleGaps).toBeGreaterThan(0);
    const countedNames = new Set(out.result.innovations.filter((i) => i.verified.counted).map((i) => i.name));
    const subjects = v.gaps!.items.map((i) => i.text.split(" — ")[0]!);
    expect(subjects.filter((x) => x !== "SPD (tingkat daerah)" && !countedNames.has(x))).toEqual([]);
    expect(v.gaps!.note).toMatch(new RegExp(`^Tidak dicantumkan: ${idleGaps} pada inovasi yang tidak dihitung`));
    // by what accepting adds to the index, printed on each line: never more further down
    const gains = v.gaps!.items.map((i) => Number(/≈ \+(\d+,\d+) indeks$/.exec(i.text)?.[1]?.replace(",", ".") ?? 0));
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(gains[0]).toBeGreaterThan(gains[gains.length - 1]!);
  });

  it("agencies short of the rule: count of required, formatted, linked to the agency's row (the example workbook)", async () => {
    const book = await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const out = scoreGrids(book.grids);
    if (!out.ok) throw new Error("example does not read");
    const expected = JSON.parse(await readFile(new URL("../../examples/kabupaten-contoh.expected.json", import.meta.url), "utf8"));
    const v = resultsView(out, "id", "id-ID");
    const bad = out.result.compliance.rules.flatMap((r) => r.agencies.filter((a) => !a.complies));
    expect(bad.length).toBeGreaterThan(0);
    expect(v.nonCompliant!.items.map((i) => i.text)).toEqual(bad.map((a) => `${a.agency}: ${a.count} dari ${a.required} inovasi wajib`));
    expect(bad.map((a) => a.agency)).toEqual(expected.nonCompliant);
    expect(v.nonCompliant!.items.every((i) => i.link?.sheet === "Perangkat Daerah")).toBe(true);
    // each link points at the row that names the agency
    for (const [k, item] of v.nonCompliant!.items.entries()) {
      const row = Number(item.link!.cell.replace(/^[A-Z]+/, "")) - 1;
      expect(book.grids["Perangkat Daerah"]!.cells[row]).toContain(bad[k]!.agency);
    }
  });

  it("a summary link opens the Ringkasan sheet", () => {
    const v = resultsView(scored(2), "id", "id-ID");
    expect(v.summaryLink).toMatchObject({ sheet: "Ringkasan", cell: "A1", text: "Buka lembar Ringkasan" });
  });

  it("a workbook that cannot be read: not scored, the reason listed, no totals", () => {
    const g = regionGrids(2);
    delete g["Inovasi"];
    const out = scoreGrids(g);
    expect(out.ok).toBe(false);
    const v = resultsView(out, "id", "id-ID");
    expect(v.scored).toBe(false);
    expect(v.totals).toBeUndefined();
    expect(v.status).toMatch(/^Belum dapat dinilai/);
    expect(v.problems.items[0]).toMatchObject({ severity: "error", severityText: "Kesalahan" });
    expect(v.problems.items[0]!.link).toBeUndefined();
    expect(v.problems.items[0]!.text).toContain("Inovasi");
  });

  it("problems: errors first, then warnings, then notes, reading order kept; linked where there is a cell; counted", () => {
    const mk = (severity: LocatedIssue["severity"], cell: string | undefined, text: string): LocatedIssue => ({ severity, code: "x" as LocatedIssue["code"], sheet: "Inovasi", cell, field: "f", text, message: cell ? `Inovasi!${cell}: ${text}` : `Inovasi: ${text}` });
    const p = problemsView("id", [mk("warning", "B2", "w1"), mk("info", undefined, "n1"), mk("error", "C3", "e1"), mk("warning", undefined, "w2"), mk("error", "D4", "e2")], "id-ID");
    expect(p.items.map((i) => i.text)).toEqual(["e1", "e2", "w1", "Inovasi: w2", "Inovasi: n1"]);
    expect(p.items.map((i) => i.link?.text)).toEqual(["Inovasi!C3", "Inovasi!D4", "Inovasi!B2", undefined, undefined]);
    // the counts add up to the list's length (the heading's total): the note is counted too
    expect(p.counts).toBe("2 kesalahan, 2 peringatan, 1 catatan");
    expect(p.total).toBe(5);
    expect(problemsView("en", [mk("info", undefined, "n1"), mk("info", undefined, "n2"), mk("warning", "A2", "w")], "en-US").counts).toBe("0 errors, 1 warning, 2 notes");
    expect(problemsView("en", [mk("error", "A1", "e"), mk("error", "A2", "e")], "en-US").counts).toBe("2 errors, 0 warnings");
    expect(problemsView("en", [mk("error", "A1", "e"), mk("warning", "A2", "w")], "en-US").counts).toBe("1 error, 1 warning");
  });

  it("at most 500 problems are listed, with the count formatted for the workbook", () => {
    const many: LocatedIssue[] = Array.from({ length: 1234 }, (_, k) => ({ severity: "warning", code: "x" as LocatedIssue["code"], sheet: "Inovasi", cell: `A${k + 2}`, field: "f", text: `t${k}`, message: "" }));
    const p = problemsView("id", many, "id-ID");
    expect(p.items).toHaveLength(500);
    expect(p.total).toBe(1234);
    // no sheet holds them when the run did not write one (a workbook not scored)
    expect(p.more).toBe("Ditampilkan 500 pertama dari 1.234.");
    expect(problemsView("en", many, "en-US").more).toBe("Showing the first 500 of 1,234.");
    // a scored run wrote the Masalah sheet: every error and warning is there (not on Ringkasan, which lists 500)
    const out = scored(2);
    expect(out.output.ownedSheets.map((x) => x.name)).toContain("Masalah");
    expect(resultsView({ ...out, issues: many }, "id", "id-ID").problems.more).toBe("Ditampilkan 500 pertama dari 1.234; semua kesalahan dan peringatan ada di lembar Masalah.");
    expect(resultsView({ ...out, issues: many }, "en", "en-US").problems.more).toBe("Showing the first 500 of 1,234; every error and warning is on the Masalah sheet.");
  });

  it("the plan slot is reserved: undefined until the library's plan is wired in", () => {
    expect(resultsView(scored(2), "id", "id-ID").plan).toBeUndefined();
  });
});

describe("the run's Ringkasan: agencies without an innovation of the rule's year", () => {
  it("an agency whose only innovation is of another year is listed, as the rule counts it short (the pipeline passes the input)", () => {
    const grids = templateAsGrids();
    const set = grids["Pengaturan"]!.cells;
    set.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 1;
    set.find((x) => x[0] === "Jenis Perangkat Daerah Wajib")![1] = "OPD; Kecamatan";
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Inovasi Dinas", "Dinas Kesehatan", "Kesehatan"), Tahun: 2026 });
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Inovasi Lama", "Kecamatan Hulu", "Kesehatan"), Tahun: 2025 });
    const out = scoreGrids(grids);
    if (!out.ok) throw new Error("fixture does not read");
    const label = out.writes.find((w) => w.sheet === "Ringkasan" && w.value === "Perangkat daerah tanpa inovasi")!;
    expect(out.writes.filter((w) => w.sheet === "Ringkasan" && w.row === label.row).map((w) => w.value).slice(0, 3)).toEqual(["Perangkat daerah tanpa inovasi", 1, "Kecamatan Hulu"]);
  });
});
