/**
 * The analyst's second day, as grids: a workbook scored once, edited as analysts edit it, scored again — and the same
 * edit made to the workbook before it was ever scored, then scored once. Shared by the workbook's re-run test and the
 * add-in's (which plays the same edits in its in-memory host).
 */
import { type Edition, type MessageLocale, planRegion, scoreRegion } from "@inovasi/core";
import { type CellValue, type WorkbookGrids, type WriteResult, OUTPUT_COLUMNS, PLAN_SHEET, SHEETS, earlierAcceptedTiers, indicatorScoreHeaders, indicatorsOf, isIndicatorScoreHeader, locateIssues, normaliseHeader, raisedSinceAccepted, readPlanSettings, readWorkbook, writeResults } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

/**
 * Seven innovations over three agencies (a fourth, Bappeda, has none): one with its video evidence pending, one with a
 * misspelt stage (an error, listed on Masalah), one outside the implementation window; SPD answered at tier 2.
 */
export function secondDayBase(): WorkbookGrids {
  const grids = templateAsGrids();
  grids["Perangkat Daerah"]!.cells.push(["Dinas Pendidikan", "Dinas"], ["Bappeda", "Badan"]);
  const inv = grids["Inovasi"]!;
  const rows: [string, string, string][] = [
    ["Si Sehat", "Dinas Kesehatan", "Kesehatan"],
    ["Posyandu Digital", "Dinas Kesehatan", "Kesehatan"],
    ["Sekolah Ramah", "Dinas Pendidikan", "Pendidikan"],
    ["Kelurahan Tangguh", "Kecamatan Hulu", "Sosial"],
    ["Ambulans Desa", "Dinas Kesehatan", "Kesehatan"],
    ["Guru Kunjung", "Dinas Pendidikan", "Pendidikan"],
    ["Pasar Hulu", "Kecamatan Hulu", "Perdagangan"],
  ];
  for (const [name, agency, urusan] of rows) addRow(inv, fullInnovation(e2026, name, agency, urusan));
  const h = inv.cells[0]!;
  inv.cells[2]![h.indexOf("20. Bukti")] = "Menunggu";
  inv.cells[4]![h.indexOf("Tahapan")] = "Penerapn";
  inv.cells[6]![h.indexOf("Tanggal Penerapan")] = "2021-01-01";
  spdAtTier2(grids);
  return grids;
}

/** Read, score, plan and write as `inovasi score` and the pane do; the writes applied to the grids as a host would. */
export function scoreInPlace(grids: WorkbookGrids, locale: MessageLocale = "id", edition?: Edition): WriteResult {
  const read = readWorkbook(grids, { locale, ...(edition ? { edition } : {}) });
  if (!read.input) throw new Error(read.issues.map((i) => i.message).join("\n"));
  const result = scoreRegion(read.input, read.edition);
  const settings = readPlanSettings(grids, read.edition, locale);
  const plan = planRegion(read.input, read.edition, { result, efforts: settings.efforts, ...(settings.target ? { target: settings.target } : {}) });
  const raised = raisedSinceAccepted(earlierAcceptedTiers(grids, read.source, read.edition), result, read.source, read.edition, locale);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale), ...raised, ...settings.issues];
  const w = writeResults(grids, result, { source: read.source, issues, locale, plan, edition: read.edition });
  applyWrites(grids, w.writes);
  return w;
}

/** A sheet's cells by row, trailing empty cells and rows dropped (a host that clears a cell leaves nothing). */
function trimmed(cells: CellValue[][]): CellValue[][] {
  const rows = Array.from(cells, (r) => {
    const out = Array.from(r ?? [], (v) => (v === undefined || v === "" ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

/** Every header the tool writes on the Inovasi sheet. */
export const OUTPUT_HEADERS = new Set(
  [...Object.values(OUTPUT_COLUMNS), ...indicatorsOf(e2026, "SID").flatMap((i) => Object.values(indicatorScoreHeaders(i)))].map(normaliseHeader),
);

/**
 * What an analyst sees, independent of where the output columns sit: the Inovasi rows as header → value (every column,
 * input and output), every other sheet cell by cell. Two workbooks that give the same view hold the same results.
 */
export function view(grids: WorkbookGrids): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const g of Object.values(grids)) {
    const cells = trimmed(g.cells);
    if (g.name !== SHEETS.innovations) {
      out[g.name] = cells;
      continue;
    }
    const header = cells[0] ?? [];
    out[g.name] = cells.map((row, r) => {
      if (r === 0) return [...header].map((v) => (v === null ? null : String(v))).sort();
      const o: Record<string, CellValue> = {};
      header.forEach((h, c) => {
        if (h !== null && row[c] !== null && row[c] !== undefined) o[String(h)] = row[c]!;
      });
      // a cell under no header (an analyst's unheaded note) counts too
      row.forEach((v, c) => {
        if (v !== null && (header[c] === null || header[c] === undefined)) o[`#${c}`] = v;
      });
      return o;
    });
  }
  return out;
}

/** The column of a header on the Inovasi sheet. */
export const colOf = (grids: WorkbookGrids, header: string): number => {
  const c = grids[SHEETS.innovations]!.cells[0]!.findIndex((v) => v !== null && normaliseHeader(String(v)) === normaliseHeader(header));
  if (c < 0) throw new Error(`no column ${header}`);
  return c;
};
/** The row of an innovation (by name) on the Inovasi sheet. */
export const rowOf = (grids: WorkbookGrids, name: string): number => {
  const c = colOf(grids, "Nama Inovasi");
  const r = grids[SHEETS.innovations]!.cells.findIndex((row) => row[c] === name);
  if (r < 0) throw new Error(`no innovation ${name}`);
  return r;
};

/** An edit an analyst makes between two runs; it works on the scored workbook and on the never-scored one alike. */
export interface Edit {
  name: string;
  apply(grids: WorkbookGrids): void;
  /** Edits that touch only the tool's cells or sheets: nothing to make on a never-scored workbook. */
  oursOnly?: boolean;
}

const inv = (g: WorkbookGrids) => g[SHEETS.innovations]!.cells;
const fill = (width: number) => Array.from({ length: width }, () => null as CellValue);

/** The edits of an analyst's second day (whole rows move with their output cells, as in Excel). */
export const EDITS: Edit[] = [
  { name: "a row in the middle deleted", apply: (g) => void inv(g).splice(rowOf(g, "Sekolah Ramah"), 1) },
  { name: "the last two rows deleted", apply: (g) => void inv(g).splice(rowOf(g, "Guru Kunjung"), 2) },
  {
    name: "a row inserted in the middle",
    apply: (g) => {
      const h = inv(g)[0]!;
      const row = fill(h.length);
      for (const [k, v] of Object.entries(fullInnovation(e2026, "Puskesmas Keliling", "Dinas Kesehatan", "Kesehatan"))) row[h.indexOf(k)] = v;
      inv(g).splice(3, 0, row);
    },
  },
  {
    name: "rows sorted by name (descending)",
    apply: (g) => {
      const c = colOf(g, "Nama Inovasi");
      const [head, ...rows] = inv(g);
      rows.sort((a, b) => String(b[c]).localeCompare(String(a[c])));
      g[SHEETS.innovations]!.cells = [head!, ...rows];
    },
  },
  { name: "a row moved to the end", apply: (g) => { const r = inv(g).splice(rowOf(g, "Si Sehat"), 1)[0]!; inv(g).push(r); } },
  {
    name: "an agency renamed (its sheet and its innovations)",
    apply: (g) => {
      for (const row of g[SHEETS.agencies]!.cells) if (row[0] === "Dinas Pendidikan") row[0] = "Dinas Pendidikan dan Kebudayaan";
      const c = colOf(g, "Perangkat Daerah");
      for (const row of inv(g)) if (row[c] === "Dinas Pendidikan") row[c] = "Dinas Pendidikan dan Kebudayaan";
    },
  },
  {
    name: "an agency and its innovations removed",
    apply: (g) => {
      const a = g[SHEETS.agencies]!.cells;
      a.splice(a.findIndex((r) => r[0] === "Kecamatan Hulu"), 1);
      const c = colOf(g, "Perangkat Daerah");
      g[SHEETS.innovations]!.cells = inv(g).filter((row) => row[c] !== "Kecamatan Hulu");
    },
  },
  { name: "an innovation's evidence accepted", apply: (g) => void (inv(g)[rowOf(g, "Posyandu Digital")]![colOf(g, "20. Bukti")] = "Diterima") },
  { name: "an evidence rejected", apply: (g) => void (inv(g)[rowOf(g, "Si Sehat")]![colOf(g, "5. Bukti")] = "Ditolak") },
  { name: "the misspelt stage corrected (no error left)", apply: (g) => void (inv(g)[rowOf(g, "Kelurahan Tangguh")]![colOf(g, "Tahapan")] = "Penerapan") },
  {
    name: "the last innovations' input cleared (Delete over the input columns, rows kept)",
    apply: (g) => {
      const last = new Set(["Guru Kunjung", "Pasar Hulu"].map((n) => rowOf(g, n)));
      const header = inv(g)[0]!;
      const output = (h: CellValue) => h !== null && (OUTPUT_HEADERS.has(normaliseHeader(String(h))) || isIndicatorScoreHeader(String(h)));
      for (const r of last) header.forEach((h, c) => { if (!output(h)) inv(g)[r]![c] = null; });
    },
  },
  {
    name: "a column of the analyst's inserted between the input and the output columns",
    apply: (g) => {
      const at = colOf(g, "Ditolak") + 1 + indicatorsOf(e2026, "SID").length * 2;
      inv(g).forEach((row, r) => {
        while (row.length < at) row.push(null);
        row.splice(at, 0, r === 0 ? "Catatan Analis" : r === 1 ? "cek lagi" : null);
      });
    },
  },
  {
    name: "two title rows inserted above the table",
    apply: (g) => void inv(g).splice(0, 0, ["DAFTAR INOVASI DAERAH KABUPATEN UJI 2026"], []),
  },
  {
    name: "output cells typed over by hand",
    oursOnly: true,
    apply: (g) => {
      inv(g)[1]![colOf(g, "Skor Klaim")] = 100;
      inv(g)[2]![colOf(g, "Skor Dihitung?")] = "Ya?";
      inv(g)[3]![colOf(g, "Skor Catatan")] = null;
    },
  },
  {
    name: "an output column deleted",
    oursOnly: true,
    apply: (g) => {
      const c = colOf(g, "Skor Kematangan (%)");
      for (const row of inv(g)) row.splice(c, 1);
    },
  },
  {
    name: "Ringkasan: rows below the title deleted and the rest typed into",
    oursOnly: true,
    apply: (g) => {
      const s = g[SHEETS.summary]!.cells;
      s.splice(12, 20);
      s[5]![1] = "diubah";
    },
  },
  {
    name: "Ringkasan: its agency table sorted by hand",
    oursOnly: true,
    apply: (g) => {
      const s = g[SHEETS.summary]!.cells;
      const head = s.findIndex((r) => r[0] === "Kepatuhan Perangkat Daerah");
      const body = s.slice(head + 1, head + 4).reverse();
      s.splice(head + 1, 3, ...body);
    },
  },
  {
    name: "Masalah: half its rows deleted",
    oursOnly: true,
    apply: (g) => {
      const s = g["Masalah"]!.cells;
      s.splice(3, Math.ceil((s.length - 3) / 2));
    },
  },
  {
    name: "Rencana: everything under the title cleared, a note typed far below",
    oursOnly: true,
    apply: (g) => {
      const s = g[PLAN_SHEET]!.cells;
      for (let r = 1; r < s.length; r++) s[r] = [];
      s[60] = [null, null, "catatan"];
    },
  },
];
