// Planning benchmark for @inovasi/core (not a timed test: it prints figures to compare).
//
//   npm run build -w @inovasi/core && npm run bench:plan
//   node --expose-gc bench/plan.mjs [--regions 550] [--innovations 30000] [--seed 2026] [--kabupaten 150]
//                                   [--large 50000 | --large 0]
//
// Three parts, each printed as ratios to scoreRegion of the same region in the same run (so the machine cancels out):
// 1. the national-scale set (bench/lib/generate.mjs, as bench/engine.mjs generates it): planRegion to the next predicate up
//    for every region, against scoreRegion for every region;
// 2. one kabupaten of --kabupaten innovations: planRegion to the next predicate, to Sangat Inovatif, and in the claimed
//    projection, each against one scoreRegion of that kabupaten (medians of repeated runs), with the milliseconds;
// 3. one region of --large innovations (what `inovasi score` plans at 50,000): scoreRegion, then planRegion given its
//    result (as `score` does) and planRegion alone (scoring it again inside), each in its own child process so peak
//    RSS does not mix: CPU time and the peak RSS the call adds over the process before it, beside scoreRegion's.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { benchArgs } from "./lib/args.mjs";
import { generateRegions } from "./lib/generate.mjs";

const core = await import(new URL("../packages/core/dist/node/index.js", import.meta.url).href).catch((err) => {
  console.error("Build the core package first: npm run build -w @inovasi/core\n", err.message);
  process.exit(1);
});
const { parseRegionInput, scoreRegion, planRegion, defaultEdition: edition } = core;

const args = benchArgs({
  kabupaten: { type: "string", default: "150" },
  large: { type: "string", default: "50000" },
  phase: { type: "string" },
});
const seed = Number(args.seed);
const parse = (d) => {
  const p = parseRegionInput(d);
  if (!p.ok) throw new Error(`a generated region failed to parse: ${JSON.stringify(p.issues[0])}`);
  return p.value;
};
const time = (fn) => {
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, out };
};
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const ratio = (a, b) => `${(a / b).toFixed(1)} ×`;
const MB = 2 ** 20;

if (args.phase) {
  // part 3, one child per measured call: the large region generated and parsed, then the call
  const [input] = generateRegions(edition, { regions: 1, innovations: Number(args.large), seed: seed + 2 }).map(parse);
  input.region.level = "kabupaten";
  const scored = args.phase === "plan" ? scoreRegion(input, edition) : undefined;
  globalThis.gc?.();
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = args.phase === "score" ? scoreRegion(input, edition) : planRegion(input, edition, scored ? { result: scored } : {});
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000, before, peakBefore, peak, steps: out.actions?.length, status: out.status })}\n`);
  process.exit(0);
}

// 1. national scale
const regions = generateRegions(edition, { regions: Number(args.regions), innovations: Number(args.innovations), seed }).map(parse);
globalThis.gc?.();
const score = time(() => regions.map((r) => scoreRegion(r, edition)));
globalThis.gc?.();
const plans = time(() => regions.map((r) => planRegion(r, edition)));
const statuses = {};
let steps = 0;
for (const p of plans.out) {
  statuses[p.status] = (statuses[p.status] ?? 0) + 1;
  steps += p.actions.length;
}
// per region: plan time / score time of the same region (a second pass, one region at a time)
const perRegion = regions.map((r) => time(() => planRegion(r, edition)).ms / Math.max(time(() => scoreRegion(r, edition)).ms, 1e-3));

console.log(`@inovasi/core planning benchmark — edition ${edition.id}, seed ${seed}, node ${process.version}`);
console.log(`\n1. ${regions.length} regions, ${regions.reduce((n, r) => n + r.innovations.length, 0)} innovations, planned to the next predicate up (verified)`);
console.table([
  { what: "scoreRegion, every region", "wall ms": score.ms.toFixed(0), "× scoring": "1.0 ×" },
  { what: "planRegion, every region", "wall ms": plans.ms.toFixed(0), "× scoring": ratio(plans.ms, score.ms) },
]);
console.log(`per region, plan ÷ score of that region: median ${median(perRegion).toFixed(1)} ×, 95th percentile ${perRegion.slice().sort((a, b) => a - b)[Math.floor(perRegion.length * 0.95)].toFixed(1)} ×`);
console.log("plan statuses:", statuses, `— ${steps} steps in all`);

// 2. one kabupaten
const [kab] = generateRegions(edition, { regions: 1, innovations: Number(args.kabupaten), seed: seed + 1 }).map(parse);
kab.region.level = "kabupaten";
const reps = 15;
const one = (fn) => {
  fn(); // warm
  return median(Array.from({ length: reps }, () => time(fn).ms));
};
const scoreMs = one(() => scoreRegion(kab, edition));
const rows = [{ what: "scoreRegion", "median ms": scoreMs.toFixed(1), "× scoring": "1.0 ×", steps: "" }];
const kabResult = scoreRegion(kab, edition);
for (const [what, opts] of [
  ["planRegion, next predicate up", {}],
  ["planRegion, next predicate up, given the result", { result: kabResult }],
  ["planRegion, Sangat Inovatif", { target: { predicate: "sangat-inovatif" } }],
  ["planRegion, claimed, next predicate", { projection: "claimed" }],
]) {
  const p = planRegion(kab, edition, opts);
  const ms = one(() => planRegion(kab, edition, opts));
  rows.push({ what, "median ms": ms.toFixed(1), "× scoring": ratio(ms, scoreMs), steps: `${p.actions.length} (${p.status})` });
}
console.log(`\n2. one kabupaten, ${kab.innovations.length} innovations (verified IID ${kabResult.verified.index}), median of ${reps} runs`);
console.table(rows);

// 3. one large region, each call in its own process
if (Number(args.large) > 0) {
  const child = (phase) => {
    const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--phase", phase, "--large", args.large, "--seed", String(seed)], { encoding: "utf8", maxBuffer: 2 ** 24 });
    if (r.status !== 0) throw new Error(`bench/plan.mjs --phase ${phase} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split("\n").at(-1));
  };
  const runs = { score: child("score"), plan: child("plan"), alone: child("alone") };
  // the RSS a call adds: its peak over the process's RSS just before it (when the call did not raise the process's
  // high-water mark, set while generating the region, the figure is at most that and shown with ≤)
  const added = (r) => `${r.peak > r.peakBefore ? "" : "≤ "}${((Math.max(r.peak, r.peakBefore) - r.before) / MB).toFixed(0)}`;
  const grow = (r) => Math.max(r.peak, r.peakBefore) - r.before;
  const s = runs.score;
  console.log(`\n3. one region of ${Number(args.large).toLocaleString("en")} innovations, planned to the next predicate up (verified), each call in its own process`);
  console.table([
    { what: "scoreRegion", "cpu ms": s.cpu.toFixed(0), "× scoring": "1.0 ×", "peak RSS added, MB": added(s), "× scoring's": "1.0 ×", steps: "" },
    ...[
      ["planRegion given scoreRegion's result (as `score`)", runs.plan],
      ["planRegion alone (scores the region itself)", runs.alone],
    ].map(([what, r]) => ({ what, "cpu ms": r.cpu.toFixed(0), "× scoring": ratio(r.cpu, s.cpu), "peak RSS added, MB": added(r), "× scoring's": ratio(grow(r), grow(s)), steps: `${r.steps} (${r.status})` })),
  ]);
  console.log("cpu ms: user + system time of the call (GC threads included), steadier than wall time on a shared machine");
}
