import { readFile } from "node:fs/promises";
import {
  type Edition,
  type MessageLocale,
  type RegionResult,
  getEdition,
  scoreRegion,
  validateEdition,
  formatIssue,
} from "@inovasi/core";
import { type LocatedIssue, locateIssues, readWorkbook, writeResults } from "@inovasi/workbook";
import { addSummaryChart } from "./chart.js";
import { type ZipLimits, DEFAULT_LIMITS, checkWorkbookZip, refusalMessage } from "./zip-guard.js";
import { loadWorkbook } from "./xlsx-io.js";

export interface ScoreOptions {
  input: string;
  /** Edition id (`--edition`). */
  edition?: string;
  /** Path of a province's edition JSON (`--model`). */
  model?: string;
  locale?: MessageLocale;
  overwrite?: boolean;
  limits?: ZipLimits;
  /** Progress lines (stderr in the CLI). */
  progress?: (msg: string) => void;
}

/** Outcome of scoring one file; nothing here exits or prints. */
export type ScoreOutcome =
  | { ok: false; stage: "refused" | "edition" | "read"; messages: string[]; issues: LocatedIssue[] }
  | { ok: true; result: RegionResult; issues: LocatedIssue[]; output: Uint8Array; edition: Edition };

/** Read, score and write a workbook in memory. The scored copy keeps every input cell and adds output only. */
export async function scoreWorkbookFile(opts: ScoreOptions): Promise<ScoreOutcome> {
  const locale = opts.locale ?? "id";
  const progress = opts.progress ?? (() => {});
  let bytes: Uint8Array;
  try {
    bytes = await readFile(opts.input);
  } catch (e) {
    const msg = locale === "en" ? `${opts.input}: cannot read the file (${(e as NodeJS.ErrnoException).code})` : `${opts.input}: berkas tidak dapat dibaca (${(e as NodeJS.ErrnoException).code})`;
    return { ok: false, stage: "refused", messages: [msg], issues: [] };
  }
  const refusal = checkWorkbookZip(bytes, opts.limits ?? DEFAULT_LIMITS);
  if (refusal) return { ok: false, stage: "refused", messages: [refusalMessage(refusal, opts.input, locale)], issues: [] };

  let edition: Edition | undefined;
  if (opts.model) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(opts.model, "utf8"));
    } catch (e) {
      return { ok: false, stage: "edition", messages: [`${opts.model}: ${(e as Error).message}`], issues: [] };
    }
    const v = validateEdition(json, { locale });
    if (!v.ok) return { ok: false, stage: "edition", messages: v.issues.map((i) => `${opts.model}: ${formatIssue(i, locale)}`), issues: [] };
    edition = v.value;
  } else if (opts.edition) {
    edition = getEdition(opts.edition);
    if (!edition) return { ok: false, stage: "edition", messages: [locale === "en" ? `unknown edition "${opts.edition}"` : `edisi "${opts.edition}" tidak dikenal`], issues: [] };
  }

  progress(locale === "en" ? "reading workbook…" : "membaca buku kerja…");
  let book;
  try {
    book = await loadWorkbook(bytes);
  } catch (e) {
    const msg = locale === "en" ? `${opts.input}: not a readable Excel workbook (${(e as Error).message})` : `${opts.input}: bukan buku kerja Excel yang dapat dibaca (${(e as Error).message})`;
    return { ok: false, stage: "refused", messages: [msg], issues: [] };
  }
  const read = readWorkbook(book.grids, { ...(edition ? { edition } : {}), locale });
  if (!read.input) return { ok: false, stage: "read", messages: read.issues.map((i) => i.message), issues: read.issues };
  progress(locale === "en" ? `scoring ${read.input.innovations.length} innovations…` : `menilai ${read.input.innovations.length} inovasi…`);
  const result = scoreRegion(read.input, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  progress(locale === "en" ? "writing results…" : "menulis hasil…");
  const w = writeResults(book.grids, result, { source: read.source, issues, locale, ...(opts.overwrite ? { overwrite: true } : {}) });
  book.apply(w.writes);
  if (w.chart) book.layoutOwnedSheet(w.chart.sheet, [44, 34, 16, 16, 16, 16, 30]);
  let output = await book.toBuffer();
  if (w.chart) output = await addSummaryChart(output, w.chart);
  return { ok: true, result, issues: [...issues, ...w.issues], output, edition: read.edition };
}
