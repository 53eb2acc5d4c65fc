#!/usr/bin/env node
/**
 * Where `inovasi score`'s memory goes: the steps of scoreWorkbookFile one by one, with the live heap (after a forced
 * GC), the RSS and the external/array-buffer bytes after each, and the peak RSS of the process at the end.
 *   npm run build && node --expose-gc bench/score-stages.mjs [--innovations 10000] [--seed 7] [--no-gc] [--v8-default]
 * Uses the workbook bench's cached file (run bench/workbook.mjs once at that size to generate it).
 */
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planRegion, scoreRegion } from "@inovasi/core";
import { RERUN_READING, locateIssues, readPlanSettings, readWorkbook, releaseInputCells, writeResultBlocks } from "@inovasi/workbook";
import { leanHeap, openPackage, patchWorkbookTo, readGrids, writeThroughTemp } from "@inovasi/cli";

// as the binary does first (leanHeap: V8 collects sooner, see packages/cli/src/heap.ts); --v8-default leaves V8 as is.
// Set here after the imports, so the young generation has already grown a little: for the binary's own figures, give
// the flags on the command line (node --heap-growing-percent=30 --semi-space-growth-factor=1 bench/score-stages.mjs)
if (!process.argv.includes("--v8-default")) leanHeap();

const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const n = Number(opt("--innovations", "10000"));
const seed = Number(opt("--seed", "7"));
const file = opt("--file", join(tmpdir(), "inovasi-bench", `kabupaten-v3-${n}-seed${seed}.xlsx`));
const mb = (b) => `${(b / 2 ** 20).toFixed(0)}`.padStart(5);
const gc = args.includes("--no-gc") ? () => {} : (globalThis.gc ?? (() => {}));
const t0 = performance.now();
const mark = (label) => {
  gc();
  const m = process.memoryUsage();
  console.log(`${((performance.now() - t0) / 1000).toFixed(2).padStart(7)} s  heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)} MB  ext ${mb(m.external)} MB  ab ${mb(m.arrayBuffers)} MB  rss ${mb(m.rss)} MB  peak ${mb(process.resourceUsage().maxRSS * 1024)} MB  ${label}`);
};
mark("start");
const bytes = await readFile(file);
mark(`file read (${mb(bytes.length)} MB)`);
const pkg = openPackage(bytes);
mark("package opened (shared strings, styles)");
let grids = await readGrids(pkg, RERUN_READING);
mark("grids");
const read = readWorkbook(grids, { locale: "id" });
mark(`readWorkbook: ${read.input.innovations.length} innovations, ${read.issues.length} issues`);
// in score.ts's order: scored, then planned from the results
const settings = readPlanSettings(grids, read.edition, "id");
releaseInputCells(grids, read.source);
mark("input cells released");
const result = scoreRegion(read.input, read.edition);
mark("scoreRegion");
const plan = planRegion(read.input, read.edition, { efforts: settings.efforts, ...(settings.target ? { target: settings.target } : {}), result });
mark(`planRegion: ${plan.actions.length} steps`);
const issues = [...read.issues, ...locateIssues(result.issues, read.source, "id"), ...settings.issues];
mark(`issues located: ${issues.length}`);
read.input = undefined;
mark("parsed input let go (as score.ts does)");
const w = writeResultBlocks(grids, result, { source: read.source, issues, locale: "id", plan, edition: read.edition });
mark(`writeResultBlocks: ${w.writes.length} writes + ${w.blocks.reduce((n, b) => n + b.rows * b.columns.length, 0)} block cells`);
grids = undefined;
mark("grids dropped");
// as `inovasi score` writes it: streamed into a temporary file beside the target, renamed when complete
const target = join(tmpdir(), "inovasi-bench", `stages-${n}.xlsx`);
await writeThroughTemp(target, true, "id", (sink) => patchWorkbookTo(sink, pkg, w.writes, w.output, w.blocks));
mark(`patched and written (${mb(statSync(target).size)} MB)`);
