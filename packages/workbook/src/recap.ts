/**
 * The province workbook of a recap (`inovasi rekap`), as cell writes and an output description: the recap table
 * (one row per region, alphabetical), the ranking, the predicate distribution with a native chart, and the problems of
 * every file (a file that could not be read is listed with its reason). Host-neutral: the CLI renders it with exceljs.
 */
import { type IssueSeverity, type MessageLocale, type Recap, type RecapLack, type RecapRow, formatPlanNumber } from "@inovasi/core";
import { type CellValue, type CellWrite, a1 } from "./grid.js";
import type { OwnedSheetSpec, WorkbookOutput } from "./output.js";
import { LEVEL_LABELS } from "./labels.js";
import { looksLikeFormula } from "./safe-text.js";
import { recapNotes, recapOutsideNote } from "./recap-notes.js";

/** Sheet names of the recap workbook. */
export const RECAP_SHEETS = { recap: "Rekap", ranking: "Peringkat", distribution: "Sebaran Predikat", problems: "Masalah per Berkas" } as const;

/** A1 of the recap sheet: marks the workbook as the tool's own. */
export const RECAP_MARKER = "Rekap Indeks Inovasi Daerah (dibuat oleh inovasi)";

/** A1 of each recap sheet: how a host that writes the recap into an open workbook knows a sheet is the tool's own. */
export const RECAP_TITLES: Record<keyof typeof RECAP_SHEETS, string> = {
  recap: RECAP_MARKER,
  ranking: "Peringkat Indeks Inovasi Daerah (terverifikasi)",
  distribution: "Sebaran Predikat",
  problems: "Masalah per Berkas",
};

/** One input file of the recap: scored or not, and its problems (already located and worded). */
export interface RecapFileReport {
  file: string;
  /** The region's row id in the recap, when the file was scored. */
  id?: string;
  scored: boolean;
  problems: { severity: IssueSeverity; message: string }[];
}

/** Most rows the Rekap sheet freezes (its notes and the table's header); more notes: nothing frozen. */
export const RECAP_MAX_FROZEN_ROWS = 15;

/** Problems listed per file on the problems sheet (the rest are counted). */
export const RECAP_PROBLEMS_PER_FILE = 200;

export const RECAP_HEADERS = [
  "Daerah", "Tingkat", "Tahun", "Berkas", "Edisi", "Peringkat",
  "Indeks Klaim", "Predikat Klaim", "Indeks Terverifikasi", "Predikat Terverifikasi",
  "SPD (terverifikasi)", "SID (terverifikasi)", "Inovasi", "Inovasi Dihitung (terverifikasi)", "Yandas Terpenuhi (terverifikasi)",
  "Perangkat Daerah Belum Patuh", "Perangkat Daerah Tanpa Inovasi", "Nama Perangkat Daerah Belum Patuh", "Kekurangan Bukti (jawaban)", "Kekurangan Bukti (poin)", "Kekurangan Bukti (indeks)",
  "Target", "Kurang ke Target (indeks)", "Kekurangan Terbesar", "Poin", "Kekurangan Berikutnya",
  "Rencana: Menuju", "Rencana: Langkah", "Rencana: Upaya", "Rencana: Indeks Akhir", "Rencana: Langkah Pertama",
] as const;

/** Columns of the Rekap table that hold an index or points: shown with two decimals. */
const RECAP_FIGURES: readonly (typeof RECAP_HEADERS)[number][] = [
  "Indeks Klaim", "Indeks Terverifikasi", "SPD (terverifikasi)", "SID (terverifikasi)", "Kekurangan Bukti (poin)", "Kekurangan Bukti (indeks)",
  "Kurang ke Target (indeks)", "Poin", "Rencana: Indeks Akhir",
];

export interface RecapWorkbook {
  writes: CellWrite[];
  output: WorkbookOutput;
  /** Where things sit (0-based rows), for links into the written sheets (the pane's recap view). */
  at: {
    /** Row of each region (by recap id) on the Rekap sheet. */
    recap: Record<string, number>;
    /** Row of each region on the Peringkat sheet. */
    ranking: Record<string, number>;
    /** Row of each `recap.distribution` entry on the Sebaran Predikat sheet, in order. */
    distribution: number[];
    /** First row of each file (by its name in the report) on the Masalah per Berkas sheet. */
    problems: Record<string, number>;
  };
}

const yesNo = (b: boolean | null): string => (b === null ? "?" : b ? "Ya" : "Tidak");

/** The recap workbook's cells and drawing description. */
export function recapWorkbook(recap: Recap, files: readonly RecapFileReport[], locale: MessageLocale = "id"): RecapWorkbook {
  const writes: CellWrite[] = [];
  const owned: OwnedSheetSpec[] = [];
  // `figures`: the header of the table (its row and the headings of its columns with two decimals: indices, points),
  // whose long headings wrap rather than be cut at the column's width
  const sheet = (name: string, rows: CellValue[][], headingRows: number[], widths: number[], freezeRows: number, figures?: { row: number; cols: readonly string[] }) => {
    const decimals = new Set(figures ? figures.cols.map((h) => rows[figures.row]!.indexOf(h)).filter((c) => c >= 0) : []);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const w: CellWrite = { sheet: name, row: r, col: c, address: a1(r, c), value: v };
        if (headingRows.includes(r) || r === 0) w.header = true;
        if (typeof v === "string" && looksLikeFormula(v)) w.text = true;
        // an index or points figure always shows two decimals (24.00 beside 26.30, not 24); any other fraction too
        if (typeof v === "number" && ((figures && r > figures.row && decimals.has(c)) || !Number.isInteger(v))) w.numFmt = "0.00";
        writes.push(w);
      }),
    );
    owned.push({ name, widths, headingRows, freezeRows, landscape: true, ...(figures ? { wrapRows: [figures.row] } : {}) });
  };
  const label = (p: { label: { id: string; en: string } } | null) => (p ? p.label[locale] : null);
  const lack = (l: RecapLack) => `${l.indicatorId ? `${l.indicatorId} ` : ""}${l.name[locale]}${l.more ? ` (${moreText(l)})` : ""}`;

  // Rekap: notes on top, then the table, alphabetical
  const notes: CellValue[][] = [[RECAP_TITLES.recap]];
  for (const e of recap.editions) notes.push([`Edisi ${e.id}: ${e.regions} daerah${e.caveat ? ` — ${e.caveat[locale]}` : ""}`]);
  const unscored = files.filter((f) => !f.scored).map((f) => f.file);
  const failed = unscored.length;
  for (const note of recapNotes(recap, "id", unscored)) notes.push([note]); // the sheet's own texts are Bahasa Indonesia, as its headers
  notes.push([`${files.length} berkas: ${files.length - failed} dinilai, ${failed} tidak dapat dinilai (lihat lembar ${RECAP_SHEETS.problems}).`]);
  notes.push([]);
  const headerRow = notes.length;
  const table: CellValue[][] = [...notes, [...RECAP_HEADERS]];
  const alphabetical = [...recap.regions].sort((a, b) => a.region.name.localeCompare(b.region.name, "id") || a.id.localeCompare(b.id));
  const at: RecapWorkbook["at"] = { recap: {}, ranking: {}, distribution: [], problems: {} };
  for (const r of alphabetical) {
    at.recap[r.id] = table.length;
    table.push(recapLine(r, locale, label, lack));
  }
  // widths: each heading's longest word fits (the headings wrap), and the figures under it
  // the notes above the table freeze with its header, unless they are many (a long list of regions that sent nothing):
  // frozen rows taller than the window leave no room to scroll the table
  const freeze = headerRow + 1 <= RECAP_MAX_FROZEN_ROWS ? headerRow + 1 : 0;
  sheet(RECAP_SHEETS.recap, table, [headerRow], [30, 11, 8, 26, 18, 12, 10, 16, 15, 18, 16, 16, 9, 16, 16, 14, 14, 50, 15, 15, 15, 16, 12, 36, 8, 60, 18, 12, 12, 14, 70], freeze, { row: headerRow, cols: RECAP_FIGURES });

  // Peringkat: rank order (within each edition, assessment year, and kind: a province's own workbook apart)
  const ranking: CellValue[][] = [[RECAP_TITLES.ranking], [], ["Peringkat", "Daerah", "Indeks Terverifikasi", "Predikat Terverifikasi", "Indeks Klaim", "Edisi", "Tahun"]];
  for (const r of recap.regions) {
    at.ranking[r.id] = ranking.length;
    ranking.push([r.rank, r.region.name, r.verified.index, label(r.verified.predicate), r.claimed.index, r.edition.id, r.region.year]);
  }
  sheet(RECAP_SHEETS.ranking, ranking, [2], [12, 34, 16, 22, 12, 18, 8], 3, { row: 2, cols: ["Indeks Terverifikasi", "Indeks Klaim"] });

  // Sebaran Predikat: the chart's table at A4:C…, the chart beside it
  // the distribution counts this year's kab/kota only (as they are ranked together); the rest is named, not hidden
  const counted = recap.regions.length - recap.outsideDistribution.length;
  const dist: CellValue[][] = [[RECAP_TITLES.distribution], [`${counted} daerah dinilai${recap.year !== null ? ` (tahun ${recap.year})` : ""}`]];
  if (recap.outsideDistribution.length) dist.push([recapOutsideNote(recap, "id")]);
  dist.push([], ["Predikat", "Klaim", "Terverifikasi"]);
  const distHeader = dist.length - 1;
  const first = dist.length;
  for (const d of recap.distribution) {
    at.distribution.push(dist.length);
    dist.push([d.predicate ? d.predicate.label[locale] : "(tanpa predikat)", d.claimed, d.verified]);
  }
  const last = dist.length - 1;
  sheet(RECAP_SHEETS.distribution, dist, [distHeader], [26, 12, 14], 0);

  // Masalah per Berkas
  const probs: CellValue[][] = [[RECAP_TITLES.problems], [], ["Berkas", "Status", "Tingkat", "Pesan"]];
  // a copy of a region left out for a newer one: scored, but not in the recap
  const newer = new Map(recap.duplicates.flatMap((d) => d.left.map((id) => [id, d.kept!] as const)));
  // a file of another year than the one recapped: scored, but not in the recap either
  const otherYear = new Map(recap.outsideYear.map((x) => [x.id, x.year]));
  for (const f of files) {
    const kept = f.id !== undefined ? newer.get(f.id) : undefined;
    const year = f.id !== undefined ? otherYear.get(f.id) : undefined;
    const status = !f.scored ? "tidak dinilai" : kept || year !== undefined ? "tidak dihitung" : "dinilai";
    const shown = f.problems.filter((p) => p.severity !== "info");
    at.problems[f.file] ??= probs.length;
    if (kept) probs.push([f.file, status, null, `dinilai, tetapi tidak masuk rekap: ${kept} adalah salinan yang lebih baru dari daerah yang sama (lihat catatan di lembar ${RECAP_SHEETS.recap})`]);
    else if (year !== undefined) probs.push([f.file, status, null, `dinilai, tetapi tidak masuk rekap: berkas tahun ${year}, rekap ini tahun ${recap.year} (lihat catatan di lembar ${RECAP_SHEETS.recap})`]);
    else if (shown.length === 0) probs.push([f.file, status, null, "(tidak ada masalah)"]);
    for (const p of shown.slice(0, RECAP_PROBLEMS_PER_FILE)) probs.push([f.file, status, p.severity === "error" ? "error" : "peringatan", p.message]);
    if (shown.length > RECAP_PROBLEMS_PER_FILE) probs.push([f.file, status, null, `… dan ${shown.length - RECAP_PROBLEMS_PER_FILE} masalah lainnya (jalankan inovasi score pada berkas ini untuk daftar lengkap)`]);
  }
  sheet(RECAP_SHEETS.problems, probs, [2], [30, 14, 12, 100], 3);
  // long messages wrap within the message column (a sheet as wide as its longest message prints unreadably small)
  owned[owned.length - 1]!.wrap = { fromRow: 3 };

  return {
    writes,
    at,
    output: {
      ownedSheets: owned,
      charts: [
        {
          name: "Rekap_Sebaran_Predikat",
          sheet: RECAP_SHEETS.distribution,
          kind: "column",
          title: "Sebaran predikat: klaim dan terverifikasi",
          categoryCol: 0,
          firstRow: first,
          lastRow: last,
          series: [{ col: 1, name: "Klaim" }, { col: 2, name: "Terverifikasi" }],
          anchor: { fromRow: 3, fromCol: 7, toRow: 22, toCol: 15 },
        },
      ],
      tables: [],
      conditionalFormats: [],
    },
  };
}

function moreText(l: RecapLack): string {
  if (l.kind === "count") return `tambah ${l.more} inovasi`;
  if (l.kind === "yandas") return `${l.more} urusan lagi`;
  if (l.kind === "evidence") return `${l.more} jawaban`;
  return String(l.more);
}

function recapLine(
  r: RecapRow,
  locale: MessageLocale,
  label: (p: { label: { id: string; en: string } } | null) => string | null,
  lack: (l: RecapLack) => string,
): CellValue[] {
  const [top, ...rest] = r.lacks;
  return [
    // the level as the analyst picks it on Pengaturan ("Kabupaten"), not the model's id ("kabupaten")
    r.region.name, LEVEL_LABELS[r.region.level as keyof typeof LEVEL_LABELS]?.[0] ?? r.region.level, r.region.year, r.id, r.edition.id, r.rank,
    r.claimed.index, label(r.claimed.predicate), r.verified.index, label(r.verified.predicate),
    r.verified.spd, r.verified.sid, r.innovations, r.verified.counted, yesNo(r.yandasMet.verified),
    r.nonCompliant.length, r.agenciesWithout.length, r.nonCompliant.join("; ") || null,
    r.evidenceGap.count, r.evidenceGap.points, r.evidenceGap.index,
    r.target ? r.target.band.label[locale] : null,
    r.target ? (r.target.met ? "tercapai" : r.target.indexNeeded) : null,
    top ? lack(top) : null,
    top ? top.points : null,
    rest.map((l) => `${lack(l)}: ${formatPlanNumber(l.points, locale)} poin`).join("; ") || null,
    r.plan ? (r.plan.target?.predicate?.label[locale] ?? r.plan.target?.index ?? null) : null,
    r.plan ? r.plan.steps : null,
    r.plan ? r.plan.effort : null,
    // a number (two decimals, as the index columns); text only when the plan stops short, in the sheet's decimal mark
    r.plan ? (r.plan.status !== "out_of_reach" && r.plan.end.index !== null ? r.plan.end.index : `${r.plan.end.index === null ? "?" : formatPlanNumber(r.plan.end.index, locale)}${r.plan.status === "out_of_reach" ? " (target tidak tercapai)" : ""}`) : null,
    r.plan?.first[0] ? `${r.plan.first[0].text[locale]} (+${formatPlanNumber(r.plan.first[0].gain, locale)} indeks)` : null,
  ];
}
