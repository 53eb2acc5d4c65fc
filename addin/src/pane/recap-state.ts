/**
 * The pane's "Rekap provinsi" section: its state, how actions change it, and its status line. Pure; kept beside the
 * scoring run's state (`state.ts`), whose store holds it as `recap`.
 */
import { RECAP_SHEETS, RECAP_YEARS_SHEET, recapNoEarlierYearText, recapOtherYears, recapYearsSummary, recapYearsWarnings } from "@inovasi/workbook";
import type { RecapRun } from "../recap.js";
import { type NumberLocale, formatNumber } from "./format.js";
import { type Lang, msg, t } from "./messages.js";

export type RecapPhase = "idle" | "reading" | "writing" | "done" | "failed";

export interface RecapState {
  phase: RecapPhase;
  /** The file being read and scored (1-based); `previous`: one of last year's (counted apart). */
  file?: { k: number; n: number; name: string; previous?: boolean } | undefined;
  /** How many files this recap reads: this year's, and last year's (`previous`, 0 without them). */
  counts?: { files: number; previous: number } | undefined;
  /** The last recap computed (also when it could not be written). */
  run?: RecapRun | undefined;
  /** Whether its sheets were written into the workbook (links point at them only then). */
  written?: boolean;
  /** Sheets of the recap's names that are the analyst's own: the write was refused, nothing changed. */
  foreign?: string[] | undefined;
  /**
   * Recap sheets already in the workbook that this recap did not write: all of them when it wrote none, else the
   * tool's Banding Tahun when this recap compared no last year's files (none picked, or none scored). They are from an
   * earlier recap.
   */
  earlierSheets?: string[] | undefined;
  /** No file was chosen (the dialog was closed with nothing picked). */
  empty?: boolean;
  failure?: { code: string | undefined } | undefined;
}

export type RecapAction =
  | { type: "recap-start"; files: number; previous?: number }
  | { type: "recap-file"; k: number; n: number; name: string; previous?: boolean }
  | { type: "recap-writing"; run: RecapRun }
  | { type: "recap-done"; run: RecapRun; written: boolean; earlierSheets?: string[] }
  | { type: "recap-refused"; run: RecapRun; foreign: string[] }
  | { type: "recap-failed"; code: string | undefined };

export const initialRecap = (): RecapState => ({ phase: "idle" });

export function reduceRecap(s: RecapState, a: RecapAction): RecapState {
  switch (a.type) {
    case "recap-start": return a.files === 0 ? { phase: "idle", empty: true } : { phase: "reading", file: undefined, counts: { files: a.files, previous: a.previous ?? 0 } };
    case "recap-file": return { ...s, phase: "reading", file: { k: a.k, n: a.n, name: a.name, ...(a.previous ? { previous: true } : {}) } };
    case "recap-writing": return { phase: "writing", run: a.run };
    case "recap-done": return { phase: "done", run: a.run, written: a.written, ...(a.earlierSheets?.length ? { earlierSheets: a.earlierSheets } : {}) };
    case "recap-refused": return { phase: "done", run: a.run, written: false, foreign: a.foreign };
    case "recap-failed": return { phase: "failed", run: s.run, written: false, failure: { code: a.code } };
  }
}

export const isRecapBusy = (s: RecapState): boolean => s.phase === "reading" || s.phase === "writing";

/** 0–100: reading and scoring the files (this year's, then last year's) take 90 %, writing the rest. */
export function recapProgress(s: RecapState): number {
  if (s.phase === "writing") return 90;
  if (s.phase !== "reading" || !s.file) return s.phase === "done" ? 100 : 0;
  const files = s.counts?.files ?? s.file.n;
  const all = files + (s.counts?.previous ?? 0);
  return Math.round((90 * (s.file.k - 1 + (s.file.previous ? files : 0))) / Math.max(1, all));
}

/** The section's status line. */
export function recapStatusText(s: RecapState, lang: Lang, loc: NumberLocale): string {
  const n = (v: number) => formatNumber(v, loc);
  switch (s.phase) {
    case "idle": return s.empty ? msg.recapNone(lang) : "";
    case "reading": return s.file ? (s.file.previous ? msg.recapReadingPrevious : msg.recapReading)(lang, n(s.file.k), n(s.file.n), s.file.name) : t(lang, "reading");
    case "writing": return t(lang, "recapWriting");
    case "failed": return msg.excelFailed(lang, s.failure?.code, "recap");
    case "done": {
      if (s.foreign?.length) return msg.recapForeign(lang, s.foreign);
      const earlier = !s.written && s.earlierSheets?.length ? msg.recapEarlierSheets(lang, s.earlierSheets) : "";
      if (!s.written && s.run && !s.run.recap.regions.length && s.run.recap.outsideYear.length && s.run.recap.year !== null) {
        // every file scored is of another year than the one chosen: say which years there are
        const found = recapOtherYears(s.run.recap).map((y) => msg.yearFiles(lang, String(y.year), n(y.files)));
        return msg.recapNoYear(lang, String(s.run.recap.year), found.join(", ")) + earlier;
      }
      if (!s.written) return msg.recapNothing(lang) + earlier;
      const previous = s.run?.previous;
      const comparison = previous?.comparison;
      const written = msg.recapWritten(lang, [...Object.values(RECAP_SHEETS), ...(comparison ? [RECAP_YEARS_SHEET] : [])]);
      // the comparison in one line (who rose or fell, the province's average then → now), or why there is none
      const left = !!s.earlierSheets?.length;
      // what the CLI marks with "!" (last year's recap not earlier than this one, editions that differ): said here too
      if (comparison) return [written, `${recapYearsSummary(comparison, lang)}.`, ...recapYearsWarnings(comparison, lang)].join(" ");
      // last year's files all of this year or later: the comparison refused, in the words `rekap --previous` refuses with
      if (previous?.noEarlier) return written + (left ? msg.recapNoEarlierLeft : msg.recapNoEarlier)(lang, recapNoEarlierYearText(previous.noEarlier, lang));
      // last year's files picked but none scored: an earlier Banding Tahun stays until they are fixed, not picked again
      if (previous) return written + (left ? msg.recapNoPreviousLeft(lang) : msg.recapNoPrevious(lang));
      return written + (left ? msg.recapYearsLeft(lang, s.earlierSheets!) : "");
    }
  }
}
