#!/usr/bin/env node
/**
 * Workbook benchmark: a generated kabupaten workbook with N innovations (default 50,000) — read (exceljs load, grids,
 * readWorkbook), score (scoreRegion), write (writeResults, apply, save, chart) — times and peak memory (max RSS).
 *   npm run build && node --expose-gc --max-old-space-size=8192 bench/workbook.mjs [--innovations 50000]
 *
 * Measured 2026-11-22 on the team machine (2 cores, Node 20), 50,000 innovations × 57 input columns (9 MB .xlsx):
 * read 31.5 s, score 9.9 s, write 64.6 s (270,000 cell writes + exceljs in-memory save), peak RSS 4.6 GB.
 * 5,000 innovations: read 2.8 s, score 0.6 s, write 3.7 s, peak 575 MB. The in-memory exceljs model (needed to keep
 * the user's styles and validations) dominates read and write; see the CLI README for the way out.
 */
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scoreRegion } from "@inovasi/core";
import { locateIssues, readWorkbook, writeResults } from "@inovasi/workbook";
import { addSummaryChart, checkWorkbookZip, loadWorkbook } from "@inovasi/cli";
import { buildExample } from "../examples/generate-kabupaten-contoh.mjs";

const args = process.argv.slice(2);
const n = args.includes("--innovations") ? Number(args[args.indexOf("--innovations") + 1]) : 50_000;
const dir = await mkdtemp(join(tmpdir(), "inovasi-bench-"));
const file = join(dir, `bench-${n}.xlsx`);
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const t = () => performance.now();
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

let t0 = t();
// the template's dropdowns run to row 1,048,576; loadWorkbook keeps each range as one (exceljs-ranges.ts)
const book = buildExample({ innovations: n, seed: 7 });
await writeFile(file, await book.toBuffer());
const genMs = t() - t0;
globalThis.gc?.();
const rssAfterGen = process.memoryUsage().rss;

t0 = t();
const bytes = await readFile(file);
const refusal = checkWorkbookZip(bytes);
if (refusal) throw new Error(JSON.stringify(refusal));
const loaded = await loadWorkbook(bytes);
const read = readWorkbook(loaded.grids);
const readMs = t() - t0;
if (!read.input) throw new Error(read.issues.slice(0, 5).map((i) => i.message).join("\n"));

t0 = t();
const result = scoreRegion(read.input, read.edition);
const scoreMs = t() - t0;

t0 = t();
const issues = [...read.issues, ...locateIssues(result.issues, read.source)];
const w = writeResults(loaded.grids, result, { source: read.source, issues });
loaded.apply(w.writes);
let out = await loaded.toBuffer();
if (w.chart) out = await addSummaryChart(out, w.chart);
await writeFile(join(dir, "scored.xlsx"), out);
const writeMs = t() - t0;

const peak = process.resourceUsage().maxRSS * 1024;
console.log(`workbook bench: ${n} innovations, ${read.input.agencies.length} agencies, file ${mb(bytes.length)} (generated in ${s(genMs)}, RSS after generating ${mb(rssAfterGen)})`);
console.log(`  read   ${s(readMs)}  (exceljs load + grids + readWorkbook; ${issues.length} located issues)`);
console.log(`  score  ${s(scoreMs)}  (verified IID ${result.verified.index}, ${result.verified.predicate?.label.id})`);
console.log(`  write  ${s(writeMs)}  (${w.writes.length} cell writes, save, chart; output ${mb(out.length)})`);
console.log(`  peak memory (max RSS) ${mb(peak)}`);
