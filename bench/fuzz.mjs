#!/usr/bin/env node
/**
 * The workbook fuzz property at length: N generated hostile workbooks (default 10,000) scored by the built CLI
 * library; fails (exit 1) at the first workbook that throws, changes an input cell, writes a formula, or reports a
 * problem without its sheet and cell — printing fast-check's shrunk counterexample. CI runs the same property with a
 * bounded number of cases (packages/cli/test/fuzz.test.ts).
 *   npm run build && node bench/fuzz.mjs [--runs 10000] [--seed 20261129]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { scoreWorkbookFile } from "@inovasi/cli";
import { hostileWorkbook, scoreHostile } from "../packages/cli/test/hostile-workbooks.mjs";

const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const runs = Number(opt("--runs", "10000"));
const seed = Number(opt("--seed", "20261129"));
const dir = mkdtempSync(join(tmpdir(), "inovasi-fuzz-"));
let n = 0;
const t0 = performance.now();
try {
  await fc.assert(
    fc.asyncProperty(hostileWorkbook, async (spec) => {
      const problems = await scoreHostile(scoreWorkbookFile, spec, dir, n % 50);
      n++;
      if (n % 1000 === 0) process.stderr.write(`${n} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
      if (problems.length) throw new Error(problems.join("\n"));
    }),
    { numRuns: runs, seed },
  );
  console.log(`fuzz: ${runs} hostile workbooks (seed ${seed}): no uncaught exception, no input cell changed, no formula written, every problem located (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
} catch (e) {
  console.error(String(e?.message ?? e));
  if (e?.cause) console.error(String(e.cause?.message ?? e.cause));
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
