/** @inovasi/cli — score IID agency workbooks (.xlsx) and write the template; the `inovasi` binary runs {@link runCli}. */
export { runCli, EXIT } from "./main.js";
export type { CliIO } from "./main.js";
export type { CommandDef, Outcome } from "./command.js";
export { scoreWorkbookFile, scoreWorkbookToFile } from "./score.js";
export type { ScoreFileOutcome, ScoreOptions, ScoreOutcome } from "./score.js";
export { buildTemplate } from "./template.js";
export { loadWorkbook, newWorkbook, cellValueOf } from "./xlsx-io.js";
export type { LoadedWorkbook } from "./xlsx-io.js";
export { checkWorkbookZip, refusalMessage, DEFAULT_LIMITS } from "@inovasi/workbook/xlsx-read";
export type { ZipLimits, ZipRefusal } from "@inovasi/workbook/xlsx-read";
export { addSummaryChart } from "./chart.js";
export { readAndScoreWorkbook } from "./score.js";
export type { ReadAndScoreOptions, ReadAndScoreOutcome } from "./score.js";
export { recapFiles, recapXlsx, expandInputs } from "./recap.js";
export type { RecapFileOutcome, RecapFilesOptions, RecapFilesResult } from "./recap.js";
/** The streaming .xlsx reader and the patching writer `score` uses (no workbook model; see README "How score reads and writes"). */
export { openPackage } from "./xlsx/open.js";
export type { OpenPackage } from "@inovasi/workbook/xlsx-read";
export { readGrids } from "@inovasi/workbook/xlsx-read";
export { patchWorkbook, patchWorkbookTo } from "./xlsx/patch.js";
export { writeThroughTemp } from "./output-file.js";
export type { FileSink } from "./output-file.js";
export type { PatchReport } from "./xlsx/patch.js";
/** What the `inovasi` binary does first: V8 collects sooner and keeps its young generation small (see heap.ts). */
export { leanHeap, LEAN_HEAP_FLAGS, armFullCollection } from "./heap.js";
