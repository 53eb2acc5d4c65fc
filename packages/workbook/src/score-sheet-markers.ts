import type { CellValue } from "./grid.js";
import { SUMMARY_MARKER } from "./layout.js";
import { PLAN_MARKER } from "./plan-sheet.js";
import { PROBLEMS_MARKER } from "./problems-sheet.js";

const MARKERS = new Set<CellValue>([SUMMARY_MARKER, PLAN_MARKER, PROBLEMS_MARKER]);

/**
 * Whether `first` (a sheet's A1) marks a sheet that scoring makes and writes whole again on every run (Ringkasan,
 * Rencana, Masalah): of such a sheet in a scored copy, a re-run needs the title and where the old values were, not the
 * values (`readGrids`' `extentOnly`).
 */
export function isScoreSheetMarker(first: CellValue): boolean {
  return MARKERS.has(first);
}
