#!/usr/bin/env node
// One benchmark command (npm run bench): each part runs in its own Node process (so memory figures are its own) and
// prints JSON; this script puts our figures beside each reference measured in the same run, as ratios, with the
// goals of issue 8 beside them. Figures to compare, not a test: nothing fails when a number moves.
//
//   npm run bench                                  # build, then every part at national scale
//   node bench/all.mjs [--regions 550] [--innovations 30000] [--seed 2026] [--parts engine,hyperformula,workbook]
//                      [--workbook-innovations 10000,50000]   (one workbook run per size)
import { spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { benchArgs } from "./lib/args.mjs";

const args = benchArgs({
  parts: { type: "string", default: "engine,hyperformula,workbook" },
  "workbook-innovations": { type: "string", default: "10000,50000" },
});
const parts = new Set(args.parts.split(","));
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const scale = ["--regions", args.regions, "--innovations", args.innovations, "--seed", args.seed];

function part(script, flags, extra = []) {
  const r = spawnSync(process.execPath, [...flags, here(script), ...extra], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`${script} failed (exit ${r.status})`);
  }
  return r.stdout;
}
const json = (out) => JSON.parse(out.trim().split("\n").at(-1));

const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const mb = (b) => `${(b / 1048576).toFixed(0)} MB`;
// two significant digits below 1 (a one-edit recalculation is ×0.02 of a full scoring, not ×0.0)
const ratio = (a, b) => `×${a / b < 1 ? (a / b).toPrecision(2) : (a / b).toFixed(a / b >= 100 ? 0 : 1)}`;
const meets = (value, goal) => (value <= goal ? "met" : "not met");

console.log(
  `inovasi benchmark — node ${process.version}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)} — ` +
    `${args.regions} regions, ${args.innovations} innovations, seed ${args.seed}`,
);
console.log("Wall time is shown beside CPU time (user + system): on a busy machine compare the CPU figures.\n");

let engine;
if (parts.has("engine") || parts.has("hyperformula")) {
  engine = json(part("parts/engine.mjs", ["--expose-gc"], scale));
  const total = (r) => r.parseMs + r.scoreMs;
  const cpu = (r) => r.parseCpuMs + r.scoreCpuMs;
  console.log(`Engine — @inovasi/core parseRegionInput + scoreRegion, edition ${engine.edition}, ${engine.regions} regions, ${engine.innovations} innovations`);
  console.table([
    { figure: "parse + score, first run (wall / CPU)", ours: `${ms(total(engine.cold))} / ${ms(cpu(engine.cold))}`, "parse / score CPU": `${ms(engine.cold.parseCpuMs)} / ${ms(engine.cold.scoreCpuMs)}`, "vs typed loop (CPU)": ratio(cpu(engine.cold), engine.typedCpuMs), goal: "≤ 150 ms", status: meets(cpu(engine.cold), 150) },
    { figure: "parse + score, best warm run by CPU (wall / CPU)", ours: `${ms(total(engine.best))} / ${ms(cpu(engine.best))}`, "parse / score CPU": `${ms(engine.best.parseCpuMs)} / ${ms(engine.best.scoreCpuMs)}`, "vs typed loop (CPU)": ratio(cpu(engine.best), engine.typedCpuMs), goal: "≤ 150 ms", status: meets(cpu(engine.best), 150) },
    { figure: "parse + score, fastest warm run by wall (wall / CPU)", ours: `${ms(total(engine.bestWall))} / ${ms(cpu(engine.bestWall))}`, "parse / score CPU": `${ms(engine.bestWall.parseCpuMs)} / ${ms(engine.bestWall.scoreCpuMs)}`, "vs typed loop (CPU)": `${ratio(total(engine.bestWall), engine.typedMs)} (wall)`, goal: "≤ 150 ms", status: meets(total(engine.bestWall), 150) },
    ...(engine.cold.mainCpuMs === null
      ? []
      : [{ figure: "parse + score, main thread's CPU: first run / best warm run", ours: `${ms(engine.cold.mainCpuMs)} / ${ms(engine.best.mainCpuMs)}`, "parse / score CPU": "", "vs typed loop (CPU)": `×${(engine.cold.mainCpuMs / engine.best.mainCpuMs).toFixed(2)} first / warm`, goal: "", status: "" }]),
    { figure: "memory: parsed input + results retained", ours: mb(engine.retainedBytes), "parse / score CPU": "", "vs typed loop (CPU)": "", goal: "≤ 150 MB", status: meets(engine.retainedBytes, 150 << 20) },
    { figure: "memory: peak RSS above the generated input", ours: mb(engine.peakRssAboveInputBytes), "parse / score CPU": "", "vs typed loop (CPU)": "", goal: "≤ 150 MB", status: meets(engine.peakRssAboveInputBytes, 150 << 20) },
  ]);
  if (engine.cold.mainCpuMs !== null) console.log("main thread's CPU: the engine's own work; the rest of a run's CPU is V8's compiler and GC threads beside it.");
  console.log(`typed-array loop, same claimed + verified indices: ${ms(engine.typedMs)} wall / ${ms(engine.typedCpuMs)} CPU; indices differing from the engine: ${engine.mismatches}`);
  // parse and score each read the whole input: two walks are what reading it costs before any checking or scoring
  console.log(
    `input walk (every field the engine reads, once; no checking, no scoring): ${ms(engine.walkMs)} wall / ${ms(engine.walkCpuMs)} CPU; ` +
      `best warm parse + score = ${ratio(cpu(engine.best), 2 * engine.walkCpuMs)} two walks (CPU)`,
  );
  const walkFirst = json(part("parts/walk-first.mjs", ["--expose-gc"], scale));
  console.log(
    `input walk, first call in a fresh process (what a first run starts from): ${ms(walkFirst.wallMs)} wall / ${ms(walkFirst.cpuMs)} CPU; ` +
      `first parse + score = ${ratio(cpu(engine.cold), 2 * walkFirst.cpuMs)} two first walks (CPU)\n`,
  );
}

if (parts.has("hyperformula")) {
  const hf = json(part("parts/hyperformula.mjs", [], scale));
  const cpu = engine.best.parseCpuMs + engine.best.scoreCpuMs;
  console.log(`Formula workbook — HyperFormula ${hf.version} (GPL-3.0 dev dependency, bench only), ${hf.formulas} formulas`);
  console.table([
    { figure: "build + calculate every index (CPU)", hyperformula: ms(hf.buildCpuMs), "ours: parse + score (CPU)": ms(cpu), "HyperFormula / ours": ratio(hf.buildCpuMs, cpu) },
    { figure: "recalculate after one edited tier (CPU)", hyperformula: ms(hf.recalcCpuMs), "ours: parse + score (CPU)": ms(cpu), "HyperFormula / ours": ratio(hf.recalcCpuMs, cpu) },
    { figure: "peak RSS", hyperformula: mb(hf.peakRssBytes), "ours: parse + score (CPU)": mb(engine.peakRssAboveInputBytes) + " (above input)", "HyperFormula / ours": ratio(hf.peakRssBytes, engine.peakRssAboveInputBytes) },
  ]);
  console.log(`wall: build ${ms(hf.buildMs)}, recalc ${ms(hf.recalcMs)}; indices differing from the engine: ${hf.mismatches} (HyperFormula's ROUND keeps binary noise: 25.875 stored as 25.8749… rounds to 25.87)\n`);
}

if (parts.has("workbook")) {
  for (const size of args["workbook-innovations"].split(",")) {
    console.log(`Workbook — bench/workbook.mjs at ${size} innovations (our read, score and write beside exceljs streaming)`);
    process.stdout.write(part("workbook.mjs", ["--expose-gc", "--max-old-space-size=8192"], ["--innovations", size]));
    console.log();
  }
}
