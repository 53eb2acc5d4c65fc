import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { OUTPUT_COLUMNS, SUMMARY_MARKER, headerWidth, indicatorScoreHeaders, locateIssues, officeValue, readWorkbook, writeResults, type WorkbookGrids } from "../src/index.js";
import { explainInnovation } from "@inovasi/core";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function score(grids: WorkbookGrids, overwrite = false) {
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source)];
  return { read, result, out: writeResults(grids, result, { source: read.source, issues, overwrite }) };
}

function sampleGrids(): WorkbookGrids {
  const g = templateAsGrids();
  addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "=HYPERLINK(\"http://x\",\"klik\")", "Kecamatan Hulu", "Sosial"), "20. Bukti": "Tidak Ada" });
  return g;
}

describe("writeResults", () => {
  it("writes only to new output columns right of the input table, to the summary sheet and (with problems) the Masalah sheet", () => {
    const grids = sampleGrids();
    const width = grids["Inovasi"]!.cells[0]!.length;
    const { out, result } = score(grids);
    const inv = out.writes.filter((w) => w.sheet === "Inovasi");
    expect(Math.min(...inv.map((w) => w.col))).toBe(width);
    expect(new Set(out.writes.map((w) => w.sheet))).toEqual(new Set(["Inovasi", "Ringkasan", "Masalah"]));
    const at = (row: number, header: string) => inv.find((w) => w.row === row && w.col === width + (Object.values(OUTPUT_COLUMNS) as string[]).indexOf(header))?.value;
    expect(inv.filter((w) => w.row === 0).map((w) => w.value)).toEqual(Object.values(OUTPUT_COLUMNS));
    expect(at(1, "Skor Klaim")).toBe(74);
    expect(at(1, "Skor Terverifikasi")).toBe(74);
    expect(at(1, "Skor Kematangan (%)")).toBe(66.67);
    expect(at(1, "Skor Dihitung?")).toBe("Ya");
    expect(at(1, "Skor Kekurangan Bukti")).toBeNull(); // written empty: the output columns are one block
    expect(at(2, "Skor Terverifikasi")).toBe(66); // SID-20 (weight 4, tier 2) evidence missing
    expect(at(2, "Skor Dihitung?")).toBe("Ya"); // answered, only its evidence is missing: still counted
    expect(at(2, "Skor Kekurangan Bukti")).toBe("SID-20 Kualitas inovasi (video) (Tidak Ada)");
    expect(result.innovations[1]!.verified.counted).toBe(at(2, "Skor Dihitung?") === "Ya");
    const summary = out.writes.filter((w) => w.sheet === "Ringkasan");
    expect(summary[0]).toMatchObject({ address: "A1", value: SUMMARY_MARKER });
    expect(summary.find((w) => w.address === "A11")!.value).toBe("Indeks (IID)");
    expect(summary.find((w) => w.address === "C11")!.value).toBe(result.verified.index);
    // the level as Pengaturan's Tingkat offers it, not the input's enum ("kabupaten")
    expect(summary.find((w) => w.address === "C2")!.value).toBe("Kabupaten");
    expect(result.region.level).toBe("kabupaten");
  });

  it("never writes text as a formula: formula-looking text is flagged and apostrophe-prefixed for Office.js", () => {
    const grids = sampleGrids();
    const { out } = score(grids);
    const risky = out.writes.filter((w) => typeof w.value === "string" && /^[=+\-@]/.test(w.value));
    expect(risky.length).toBeGreaterThan(0);
    for (const w of risky) {
      expect(w.text).toBe(true);
      expect(officeValue(w)).toBe(`'${w.value}`);
    }
    expect(risky.some((w) => String(w.value).startsWith("=HYPERLINK"))).toBe(true);
    for (const s of ["+1", "-1+2", "@SUM(A1)", "\tx", "\rx"]) expect(officeValue({ value: s })).toBe(`'${s}`);
    expect(officeValue({ value: "Si Sehat" })).toBe("Si Sehat");
    // text Excel would parse when assigned to Range.values (as if typed) keeps Excel's text prefix; numbers stay numbers
    for (const s of ["01", "1/2", "2025-03-01", "12 Mar 2025", "10:30", "5%", "1E5", "Rp 5.000", "TRUE", "salah", "#N/A", "Inovasi 2"]) expect(officeValue({ value: s })).toBe(`'${s}`);
    for (const s of ["Dinas Kesehatan", "Ya", "Tidak Ada", ""]) expect(officeValue({ value: s })).toBe(s);
    expect(officeValue({ value: 1 })).toBe(1);
    expect(officeValue({ value: true })).toBe(true);
    expect(officeValue({ value: -3 })).toBe(-3);
    // text that starts with an apostrophe keeps it: Excel takes the first one as its text prefix
    expect(officeValue({ value: "'Perangkat Daerah'!A9: Dinas A memiliki 0 inovasi" })).toBe("''Perangkat Daerah'!A9: Dinas A memiliki 0 inovasi");
  });

  it("updates the same cells on a second run, without duplicating columns", () => {
    const grids = sampleGrids();
    const first = score(grids).out;
    applyWrites(grids, first.writes);
    const widthAfter = grids["Inovasi"]!.cells[0]!.length;
    grids["Inovasi"]!.cells[2]![grids["Inovasi"]!.cells[0]!.indexOf("20. Bukti")] = "Diterima";
    const second = score(grids).out;
    expect(second.issues).toEqual([]);
    const addrs = (ws: typeof first.writes) => new Set(ws.filter((w) => w.sheet === "Inovasi").map((w) => w.address));
    for (const a of addrs(second.writes)) expect(addrs(first.writes)).toContain(a);
    expect(second.writes.filter((w) => w.sheet === "Inovasi" && w.row === 0)).toEqual([]); // headers already there
    applyWrites(grids, second.writes);
    expect(grids["Inovasi"]!.cells[0]!.length).toBe(widthAfter);
    expect(grids["Inovasi"]!.cells[2]![widthAfter - 5]).toBe(74);
  });

  it("leaves a value the user typed in a new output column alone, unless overwrite", () => {
    const grids = sampleGrids();
    const width = grids["Inovasi"]!.cells[0]!.length;
    grids["Inovasi"]!.cells[1]![width] = "catatan saya";
    const { out } = score(grids);
    expect(out.issues.map((i) => i.message)).toEqual([
      `Inovasi!${colLetters(width)}2: sel keluaran berisi "catatan saya" yang tidak ditulis oleh alat ini; tidak ditimpa (pakai --overwrite untuk menimpa)`,
    ]);
    expect(out.writes.find((w) => w.sheet === "Inovasi" && w.row === 1 && w.col === width)).toBeUndefined();
    const forced = score(grids, true).out;
    expect(forced.issues).toEqual([]);
    expect(forced.writes.find((w) => w.sheet === "Inovasi" && w.row === 1 && w.col === width)!.value).toBe(74);
  });

  it("does not touch a Ringkasan sheet the tool did not make, unless overwrite", () => {
    const grids = sampleGrids();
    grids["Ringkasan"] = { name: "Ringkasan", cells: [["catatan rapat"]] };
    const { out } = score(grids);
    expect(out.writes.some((w) => w.sheet === "Ringkasan")).toBe(false);
    expect(out.issues[0]!.message).toBe('Ringkasan: lembar "Ringkasan" sudah ada dan bukan buatan alat ini; tidak ditimpa (pakai --overwrite untuk menimpa)');
    const forced = score(grids, true).out;
    expect(forced.writes.find((w) => w.sheet === "Ringkasan" && w.address === "A1")!.value).toBe(SUMMARY_MARKER);
  });

  it("with the edition, writes each SID indicator's points (claimed, verified) beside the rows; found by header and updated in place", () => {
    const grids = sampleGrids();
    const width = grids["Inovasi"]!.cells[0]!.length;
    const run = (overwrite = false) => {
      const read = readWorkbook(grids);
      const result = scoreRegion(read.input!, read.edition);
      return { result, out: writeResults(grids, result, { source: read.source, edition: read.edition, overwrite }) };
    };
    const { result, out } = run();
    const sid = e2026.indicators.filter((i) => i.aspect === "SID");
    const headers = sid.flatMap((i) => [indicatorScoreHeaders(i).claimed, indicatorScoreHeaders(i).verified]);
    const fixed = Object.keys(OUTPUT_COLUMNS).length;
    const head = out.writes.filter((w) => w.sheet === "Inovasi" && w.row === 0).sort((a, b) => a.col - b.col);
    expect(head.map((w) => w.value)).toEqual([...Object.values(OUTPUT_COLUMNS), ...headers]);
    expect(head.map((w) => w.col)).toEqual(head.map((_, k) => width + k)); // one contiguous block
    const ex = explainInnovation(result.innovations[1]!, e2026);
    const at = (row: number, header: string) => out.writes.find((w) => w.sheet === "Inovasi" && w.row === row && w.col === width + fixed + headers.indexOf(header))?.value;
    const last = sid[sid.length - 1]!;
    expect(at(2, indicatorScoreHeaders(last).claimed)).toBe(ex.claimed.find((r) => r.indicatorId === last.id)!.score);
    expect(at(2, indicatorScoreHeaders(last).verified)).toBe(0); // "20. Bukti" = Tidak Ada: no verified points
    expect(ex.claimed.find((r) => r.indicatorId === last.id)!.score).toBeGreaterThan(0);
    // the pairs sum to the innovation's totals
    const sum = (p: "claimed" | "verified") => sid.reduce((n, i) => n + Number(at(2, indicatorScoreHeaders(i)[p]) ?? 0), 0);
    expect(sum("claimed")).toBeCloseTo(result.innovations[1]!.claimed.total!, 6);
    expect(sum("verified")).toBeCloseTo(result.innovations[1]!.verified.total!, 6);
    expect(out.writes.filter((w) => w.sheet === "Inovasi").every((w) => typeof w.value !== "string" || !w.value.startsWith("="))).toBe(true);
    // a re-run reads them as output (not input, not an unknown indicator) and writes the same places
    applyWrites(grids, out.writes);
    const again = run();
    expect(readWorkbook(grids).issues.filter((i) => /Skor \d+/.test(i.field))).toEqual([]);
    expect(again.out.writes.filter((w) => w.sheet === "Inovasi" && w.row === 0)).toEqual([]);
    expect(Math.max(...again.out.writes.filter((w) => w.sheet === "Inovasi").map((w) => w.col))).toBe(width + fixed + headers.length - 1);
    // a value typed in a new per-indicator column is reported, not overwritten
    const fresh = sampleGrids();
    fresh["Inovasi"]!.cells[1]![width + fixed] = "catatan";
    const read = readWorkbook(fresh);
    const o = writeResults(fresh, scoreRegion(read.input!, read.edition), { source: read.source, edition: read.edition });
    expect(o.issues.map((i) => i.field)).toEqual([headers[0]]);
    expect(o.writes.find((w) => w.sheet === "Inovasi" && w.row === 1 && w.col === width + fixed)).toBeUndefined();
  });

  it("describes a width for each output column it adds (header shown whole), none for the analyst's columns or on a re-run", () => {
    const grids = sampleGrids();
    const width = grids["Inovasi"]!.cells[0]!.length;
    const read = readWorkbook(grids);
    const out = writeResults(grids, scoreRegion(read.input!, read.edition), { source: read.source, edition: read.edition });
    const heads = out.writes.filter((w) => w.sheet === "Inovasi" && w.row === 0);
    const widths = out.output.columnWidths ?? [];
    expect(widths.map((c) => c.col).sort((a, b) => a - b)).toEqual(heads.map((w) => w.col).sort((a, b) => a - b));
    expect(widths.every((c) => c.sheet === "Inovasi" && c.col >= width)).toBe(true);
    for (const c of widths) {
      const header = String(heads.find((w) => w.col === c.col)!.value);
      expect(c.width, header).toBeGreaterThanOrEqual(Math.ceil(header.length * 1.1));
    }
    const byHeader = (h: string) => widths.find((c) => c.col === heads.find((w) => w.value === h)!.col)!.width;
    expect(byHeader("Skor 20 Terverifikasi")).toBe(27);
    expect(byHeader("Skor 1 Klaim")).toBe(17);
    expect(byHeader("Skor Catatan")).toBe(60); // text columns show a typical entry
    expect(headerWidth("Skor Klaim")).toBe(14);
    // a re-run finds its columns and leaves their widths (perhaps set by hand) alone
    applyWrites(grids, out.writes);
    const again = readWorkbook(grids);
    expect(writeResults(grids, scoreRegion(again.input!, again.edition), { source: again.source, edition: again.edition }).output.columnWidths).toEqual([]);
  });

  it("describes the looks of the long texts (wrapped) and the flag (centred) over every data row, on the first run and on a re-run", () => {
    const grids = sampleGrids();
    const width = grids["Inovasi"]!.cells[0]!.length;
    const rows = grids["Inovasi"]!.cells.length;
    const read = readWorkbook(grids);
    const out = writeResults(grids, scoreRegion(read.input!, read.edition), { source: read.source, edition: read.edition });
    const col = (h: string) => out.writes.find((w) => w.sheet === "Inovasi" && w.row === 0 && w.value === h)!.col;
    const want = [
      { sheet: "Inovasi", col: col(OUTPUT_COLUMNS.counted), firstRow: 1, lastRow: rows - 1, horizontal: "center" },
      { sheet: "Inovasi", col: col(OUTPUT_COLUMNS.gaps), firstRow: 1, lastRow: rows - 1, wrap: true },
      { sheet: "Inovasi", col: col(OUTPUT_COLUMNS.notes), firstRow: 1, lastRow: rows - 1, wrap: true },
    ];
    expect(out.output.columnFormats).toEqual(want);
    expect(want.every((f) => f.col >= width)).toBe(true);
    // a re-run with one more innovation: the same columns, found again, over the rows there are now
    applyWrites(grids, out.writes);
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Cepat", "Dinas Kesehatan", "Kesehatan"));
    const again = readWorkbook(grids);
    const next = writeResults(grids, scoreRegion(again.input!, again.edition), { source: again.source, edition: again.edition });
    expect(next.output.columnFormats).toEqual(want.map((f) => ({ ...f, lastRow: rows })));
  });

  it("Ringkasan reads whole: notes name their level in words before the message, headers and indicator names fit their columns", () => {
    const grids = sampleGrids();
    grids["Inovasi"]!.cells[1]![grids["Inovasi"]!.cells[0]!.indexOf("Tahapan")] = "Penerapn";
    const { out } = score(grids);
    const rows = new Map<number, (string | number | boolean | null)[]>();
    for (const w of out.writes.filter((x) => x.sheet === "Ringkasan")) (rows.get(w.row) ?? rows.set(w.row, []).get(w.row)!)[w.col] = w.value;
    const all = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const head = all.findIndex((r) => r[0] === "Catatan");
    expect(all[head]![1]).toBe("Pesan");
    const notes = all.slice(head + 1).filter((r) => typeof r[1] === "string" && r[0] !== null && /^(Kesalahan|Peringatan|Catatan)$/.test(String(r[0])));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.some((r) => r[0] === "Kesalahan" && /Penerapn/.test(String(r[1])))).toBe(true);
    expect(all.slice(head + 1).some((r) => r.includes("warning") || r.includes("error") || r.includes("info"))).toBe(false);
    // every heading cell and every indicator name fits its column (bold: 10 % wider)
    const widths = out.output.ownedSheets.find((s) => s.name === "Ringkasan")!.widths;
    for (const r of out.summaryHeadingRows.slice(1)) all[r]!.forEach((v, c) => { if (typeof v === "string") expect(v.length, `${v} in column ${c}`).toBeLessThanOrEqual(widths[c]!); });
    for (const ind of e2026.indicators) expect(ind.name.id.length, ind.name.id).toBeLessThanOrEqual(Math.floor(widths[1]! * 1.1));
    const yandas = all.findIndex((r) => r[0] === "Cakupan Urusan Yandas");
    const urusan = all.slice(yandas + 1, all.findIndex((r, k) => k > yandas && typeof r[0] === "string" && r[0].startsWith("Minimal")));
    expect(urusan.map((r) => r[0])).toContain("Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat");
    for (const r of urusan) expect(String(r[0]).length, String(r[0])).toBeLessThanOrEqual(Math.floor(widths[0]! * 1.1));
    // the long texts wrap, from the evidence gaps down; the chart covers only cells the sheet leaves empty
    const spec = out.output.ownedSheets.find((s) => s.name === "Ringkasan")!;
    expect(all[spec.wrap!.fromRow]![0]).toBe("Kekurangan Bukti");
    expect(widths[5]).toBeGreaterThanOrEqual(40); // Bukti yang Diperlukan
    const a = out.output.charts[0]!.anchor;
    for (let r = a.fromRow; r <= a.toRow; r++) for (let c = a.fromCol; c <= a.toCol; c++) expect(all[r]?.[c] ?? null, `chart over ${r},${c}`).toBeNull();
  });

  it("clears summary cells left over from a longer earlier run", () => {
    const grids = sampleGrids();
    applyWrites(grids, score(grids).out.writes);
    const before = grids["Ringkasan"]!.cells.length;
    grids["Ringkasan"]!.cells.push([], [], ["sisa lama"]);
    const again = score(grids).out;
    const clear = again.writes.find((w) => w.sheet === "Ringkasan" && w.row === before + 2 && w.col === 0);
    expect(clear).toMatchObject({ value: null });
  });
});

function colLetters(col: number): string {
  let n = col + 1, s = "";
  while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
