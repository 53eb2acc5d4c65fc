/**
 * What a re-run needs of an earlier run's output in the workbook, for the .xlsx reader's `extentOnly` and
 * `extentOnlyColumns` (`readGrids`): where it is, not what it says. Scoring rewrites it all, and the reader ignores it —
 * but for each answer's verified points, which say the tier the last run took as accepted (answer-changes.ts): the
 * Inovasi sheet's "Skor <nomor> Terverifikasi" columns, and the Ringkasan's breakdown for the SPD rows.
 */
import { type CellValue, normaliseHeader } from "./grid.js";
import { isOutputHeader } from "./layout.js";
import { SHEET_TITLES } from "./sheet-titles.js";

/** The titles of the sheets scoring writes whole again, in both languages (a re-run in the other language knows them). */
const MARKERS = new Set<CellValue>([SHEET_TITLES.summary, SHEET_TITLES.plan, SHEET_TITLES.problems].flatMap((t) => [t.id, t.en]));

/**
 * Whether `first` (a sheet's A1) marks a sheet that scoring makes and writes whole again on every run (Ringkasan,
 * Rencana, Masalah): of such a sheet in a scored copy, a re-run needs the title and where the old values were, not the
 * values.
 */
export function isScoreSheetMarker(first: CellValue): boolean {
  return MARKERS.has(first);
}

/** The sheets of {@link MARKERS} that can be long (Rencana's steps, Masalah's tens of thousands of issues). */
const LONG_MARKERS = new Set<CellValue>([SHEET_TITLES.plan, SHEET_TITLES.problems].flatMap((t) => [t.id, t.en]));

/**
 * Whether `first` (a sheet's A1) marks a sheet scoring writes whole again whose rows past the top a re-run reads only
 * for where they are (`extentOnly`): Rencana and Masalah. Not Ringkasan: its breakdown holds the SPD rows' verified
 * points, the tiers the last run took as accepted (answer-changes.ts), and it is short (at most
 * `SUMMARY_LIMITS`' 100 evidence gaps and 500 notes, beside the region's agencies and the edition's indicators).
 */
export function isExtentOnlySheetMarker(first: CellValue): boolean {
  return LONG_MARKERS.has(first);
}

/**
 * Whether `header` heads an output column scoring writes on the Inovasi sheet ("Skor Klaim", "Skor 18 Terverifikasi"):
 * the reader skips such a column and the writer overwrites it, so a re-run needs only which of its cells hold
 * something. A province model's own numbering ("Skor P1 Klaim") is not recognised here and is read whole.
 */
export function isScoreColumnHeader(header: CellValue): boolean {
  return typeof header === "string" && isOutputHeader(header);
}

/** An indicator's verified points as the writer heads them ("Skor 18 Terverifikasi", "Skor 13a Terverifikasi"). */
const VERIFIED_POINTS = /^skor \d{1,3}[a-z]? terverifikasi$/;

/**
 * Whether a re-run reads the column headed `header` only for where its values are: every output column
 * {@link isScoreColumnHeader} knows but an indicator's verified points ("Skor 18 Terverifikasi"), read with their
 * values — small numbers, the tiers the last run took as accepted (`earlierAcceptedTiers`, answer-changes.ts).
 */
export function isExtentOnlyColumnHeader(header: CellValue): boolean {
  return isScoreColumnHeader(header) && !VERIFIED_POINTS.test(normaliseHeader(header as string));
}

/**
 * The options `readGrids` (`@inovasi/workbook/xlsx-read`) takes to read a workbook scoring may have scored before, as
 * `inovasi score`, `inovasi rekap` and the add-in's province recap read theirs: an earlier run's long sheets and output
 * columns for where their values are.
 */
export const RERUN_READING = { extentOnly: isExtentOnlySheetMarker, extentOnlyColumns: isExtentOnlyColumnHeader } as const;
