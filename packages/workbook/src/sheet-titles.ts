/**
 * The titles the tool writes in A1 of the sheets it owns, in both languages. A person reads the title, so it follows
 * the run's language (`--lang`, the pane's); a host, a re-run and `rekap` read it to know the sheet is the tool's,
 * so either language's title is the tool's: a workbook scored in English and re-run in Bahasa (or the other way) is
 * still recognised. The sheet names stay Bahasa in every language (`Ringkasan`, `Rencana` …): the docs, the Inovasi
 * sheet's notes and the messages name them, and a re-run finds them by name.
 */
import type { MessageLocale } from "@inovasi/core";
import type { CellValue } from "./grid.js";

/** Each owned sheet's A1 title in Bahasa (`id`) and English (`en`). */
export const SHEET_TITLES = {
  summary: { id: "Ringkasan Skor Indeks Inovasi Daerah (dibuat oleh inovasi)", en: "Regional Innovation Index Score Summary (made by inovasi)" },
  plan: { id: "Rencana Menuju Target Indeks Inovasi Daerah (dibuat oleh inovasi)", en: "Plan Towards the Regional Innovation Index Target (made by inovasi)" },
  problems: { id: "Masalah dalam Buku Kerja (dibuat oleh inovasi)", en: "Problems in the Workbook (made by inovasi)" },
  comparison: { id: "Banding Indeks Inovasi Daerah antartahun (dibuat oleh inovasi)", en: "Regional Innovation Index Compared Across Years (made by inovasi)" },
  recap: { id: "Rekap Indeks Inovasi Daerah (dibuat oleh inovasi)", en: "Regional Innovation Index Recap (made by inovasi)" },
  ranking: { id: "Peringkat Indeks Inovasi Daerah (terverifikasi)", en: "Regional Innovation Index Ranking (verified)" },
  distribution: { id: "Sebaran Predikat", en: "Predicate Distribution" },
  recapProblems: { id: "Masalah per Berkas", en: "Problems per File" },
  recapYears: { id: "Banding Rekap Antartahun (dibuat oleh inovasi)", en: "Recap Compared Across Years (made by inovasi)" },
} as const satisfies Record<string, Record<MessageLocale, string>>;

/** Which of the tool's sheets a title is of. */
export type SheetTitleKind = keyof typeof SHEET_TITLES;

/**
 * Whether `value` (a sheet's A1) is the tool's title of that sheet in either language.
 *
 * @example
 * isSheetTitle("summary", "Regional Innovation Index Score Summary (made by inovasi)") //=> true
 * isSheetTitle("summary", "Ringkasan Skor Indeks Inovasi Daerah (dibuat oleh inovasi)") //=> true
 */
export function isSheetTitle(kind: SheetTitleKind, value: CellValue | undefined): boolean {
  const t = SHEET_TITLES[kind];
  return value === t.id || value === t.en;
}
