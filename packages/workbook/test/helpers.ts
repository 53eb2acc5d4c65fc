import { type Edition, getEdition, scoreRegion } from "@inovasi/core";
import type { CellValue, CellWrite, Grid, ReadOptions, WorkbookGrids } from "../src/index.js";
import { locateIssues, readWorkbook, templateGrids } from "../src/index.js";

export const e2026 = getEdition("iid-2026") as Edition;

/** Grids as the template lays them out (headers and pre-filled rows), settings filled for a kabupaten. */
export function templateAsGrids(edition: Edition = e2026): WorkbookGrids {
  const grids: WorkbookGrids = {};
  for (const s of templateGrids(edition, { inputRows: 0 })) {
    const cells: CellValue[][] = [s.columns.map((c) => c.header), ...s.rows.map((r) => [...r])];
    grids[s.name] = { name: s.name, cells };
  }
  const set = grids["Pengaturan"]!.cells;
  set.find((r) => r[0] === "Nama Daerah")![1] = "Kabupaten Uji";
  set.find((r) => r[0] === "Tingkat")![1] = "Kabupaten";
  grids["Perangkat Daerah"]!.cells.push(["Dinas Kesehatan", "Dinas"], ["Kecamatan Hulu", "Kecamatan"]);
  return grids;
}

/** Put a row on a sheet by header name (missing headers ignored). */
export function addRow(g: Grid, values: Record<string, CellValue>, header = 0): number {
  const h = g.cells[header]!;
  const row: CellValue[] = h.map(() => null);
  for (const [k, v] of Object.entries(values)) {
    const c = h.indexOf(k);
    if (c < 0) throw new Error(`no header ${k}`);
    row[c] = v;
  }
  g.cells.push(row);
  return g.cells.length - 1;
}

/** Apply writes to grids like a host would (creating sheets). */
export function applyWrites(grids: WorkbookGrids, writes: CellWrite[]): void {
  for (const w of writes) {
    const g = (grids[w.sheet] ??= { name: w.sheet, cells: [] });
    while (g.cells.length <= w.row) g.cells.push([]);
    const row = g.cells[w.row]!;
    while (row.length <= w.col) row.push(null);
    row[w.col] = w.value;
  }
}

/** A fully answered innovation row (every SID indicator at its tier-2 option, evidence accepted). */
export function fullInnovation(edition: Edition, name: string, agency: string, urusan: string): Record<string, CellValue> {
  const row: Record<string, CellValue> = {
    "Nama Inovasi": name,
    "Perangkat Daerah": agency,
    Tahapan: "Penerapan",
    Urusan: urusan,
    "Tanggal Penerapan": "2025-02-01",
    "Jumlah Kata Rancang Bangun": 400,
  };
  for (const ind of edition.indicators.filter((i) => i.aspect === "SID")) {
    row[`${ind.number}. ${ind.name.id}`] = ind.options.find((o) => o.tier === 2)!.label.id;
    row[`${ind.number}. Bukti`] = "Diterima";
  }
  return row;
}

/** Every SPD row of the SPD sheet answered at its tier-2 option, evidence accepted. */
export function spdAtTier2(grids: WorkbookGrids, edition: Edition = e2026): void {
  const spd = grids["SPD"]!;
  const sh = spd.cells[0]!;
  for (const ind of edition.indicators.filter((i) => i.aspect === "SPD")) {
    const row = spd.cells.findIndex((r) => r[sh.indexOf("Kode")] === ind.id);
    spd.cells[row]![sh.indexOf("Jawaban")] = ind.options.find((o) => o.tier === 2)?.label.id ?? null;
    spd.cells[row]![sh.indexOf("Bukti")] = "Diterima";
  }
}

/**
 * A kabupaten's grids with one innovation ("Si Sehat", every indicator answered; `inovasi` overrides its cells) and every
 * SPD row at its tier-2 option, then `spd` typed in those rows' Jawaban cells (with `formats`, their number formats).
 */
export function oneInnovationBook(opts: { inovasi?: Record<string, CellValue>; spd?: Record<string, CellValue>; formats?: Record<string, string> } = {}): WorkbookGrids {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...opts.inovasi });
  spdAtTier2(grids);
  const g: Grid = grids["SPD"]!;
  const answer = g.cells[0]!.indexOf("Jawaban");
  for (const [code, v] of Object.entries(opts.spd ?? {})) {
    const r = g.cells.findIndex((row) => row[0] === code);
    g.cells[r]![answer] = v;
    const format = opts.formats?.[code];
    if (format) ((g.formats ??= [])[r] ??= [])[answer] = format;
  }
  return grids;
}

/** The workbook read, the issues said at SPD row `code`'s Jawaban cell (column C), and the value read there. */
export function readSpdRow(grids: WorkbookGrids, code: string, opts: ReadOptions = {}) {
  const read = readWorkbook(grids, opts);
  const row = grids["SPD"]!.cells.findIndex((r) => r[0] === code);
  return { read, issues: read.issues.filter((i) => i.sheet === "SPD" && i.cell === `C${row + 1}`), value: read.input?.spdAnswers[code]?.value };
}

/** Read and score `grids` with iid-2026: the read, the result (when the input was read), every issue located, and by code. */
export function scored(grids: WorkbookGrids, locale: "id" | "en" = "id") {
  const read = readWorkbook(grids, { locale });
  const result = read.input && scoreRegion(read.input, e2026);
  const issues = [...read.issues, ...(result ? locateIssues(result.issues, read.source, locale, { result, edition: e2026 }) : [])];
  return { read, result, issues, of: (code: string) => issues.filter((i) => i.code === code) };
}
