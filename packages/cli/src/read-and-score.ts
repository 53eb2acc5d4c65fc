import { type Issue, type MessageLocale, type RegionResult, scoreRegion } from "@inovasi/core";
import { type LocatedIssue, type ReadResult, locateIssues } from "@inovasi/workbook";
import { openWorkbookFile } from "./read-file.js";
import type { LoadedWorkbook } from "./xlsx-io.js";
import type { ZipLimits } from "./zip-guard.js";

export interface ReadAndScoreOptions {
  input: string;
  /** Edition id (`--edition`); default: the workbook's model-edition cell. */
  edition?: string;
  /** Path of a province's edition JSON (`--model`). */
  model?: string;
  locale?: MessageLocale;
  limits?: ZipLimits;
  progress?: (msg: string) => void;
}

/** A workbook read and scored, nothing written: the loaded book, the reader's result (with the input) and every issue. */
export type ReadAndScoreOutcome =
  | { ok: false; stage: "refused" | "edition" | "read"; messages: string[]; issues: LocatedIssue[] }
  | {
      ok: true;
      book: LoadedWorkbook;
      read: ReadResult & { input: NonNullable<ReadResult["input"]> };
      result: RegionResult;
      issues: LocatedIssue[];
      modelIssues: Issue[] | undefined;
    };

/**
 * Check, load, read and score one workbook file (what `rekap` and `banding` do per file). Never throws for a file the
 * user gave: a missing, refused or unreadable file and a workbook without its required sheets are `ok: false`.
 */
export async function readAndScoreWorkbook(opts: ReadAndScoreOptions): Promise<ReadAndScoreOutcome> {
  const locale = opts.locale ?? "id";
  const opened = await openWorkbookFile(opts);
  if (!opened.ok) return opened;
  const { book, read, modelIssues } = opened;
  opts.progress?.(locale === "en" ? `scoring ${read.input.innovations.length} innovations…` : `menilai ${read.input.innovations.length} inovasi…`);
  const result = scoreRegion(read.input, read.edition);
  return { ok: true, book, read, result, issues: [...read.issues, ...locateIssues(result.issues, read.source, locale)], modelIssues };
}
