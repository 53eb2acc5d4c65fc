// A/B of the per-indicator points the workbook writer puts in the "Skor <id> Klaim / Terverifikasi" columns: every
// innovation's points in both projections, rounded to 2 decimals into one flat array, from `indicatorPoints` (two
// arrays reused) beside the reference, `explainInnovation` per innovation (what write.ts did before). Each variant
// runs in its own child process, alternating, on the same generated regions (scored once per child, not timed).
// Prints time, CPU, scavenges and peak RSS, with ratios to the reference of the same round, and checks that both
// variants give the same numbers.
//   node bench/points.mjs [--regions 1] [--innovations 50000] [--seed 2026] [--rounds 3]
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { PerformanceObserver, performance } from "node:perf_hooks";
import { benchArgs } from "./lib/args.mjs";

const args = benchArgs({ rounds: { type: "string", default: "3" }, variant: { type: "string" } });
const regions = args.regions === "550" && !process.argv.includes("--regions") ? "1" : args.regions;
const innovations = process.argv.includes("--innovations") ? args.innovations : "50000";

if (args.variant) {
  // child: score, then time the variant
  const core = await import(new URL("../packages/core/dist/node/index.js", import.meta.url).href);
  const { generateRegions } = await import("./lib/generate.mjs");
  const edition = core.defaultEdition;
  const results = generateRegions(edition, { regions: Number(regions), innovations: Number(innovations), seed: args.seed }).map((d) => {
    const p = core.parseRegionInput(d);
    if (!p.ok) throw new Error("a generated region does not parse");
    return core.scoreRegion(p.value, edition);
  });
  const all = results.flatMap((r) => r.innovations);
  const n = edition.indicators.filter((i) => i.aspect === "SID").length;
  const out = new Array(all.length * 2 * n);
  const cell = (s) => (s === undefined || s === null ? null : core.roundHalfUp(s, 2));
  let scavenges = 0;
  new PerformanceObserver((list) => (scavenges += list.getEntries().filter((e) => e.detail?.kind === 1).length)).observe({ entryTypes: ["gc"] });
  globalThis.gc?.();
  const rss0 = process.memoryUsage().rss;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  if (args.variant === "explain") {
    all.forEach((inv, i) => {
      const ex = core.explainInnovation(inv, edition);
      for (let k = 0; k < n; k++) {
        out[(2 * i) * n + k] = cell(ex.claimed[k]?.score);
        out[(2 * i + 1) * n + k] = cell(ex.verified[k]?.score);
      }
    });
  } else {
    const claimed = [];
    const verified = [];
    all.forEach((inv, i) => {
      core.indicatorPoints(inv, edition, "claimed", claimed);
      core.indicatorPoints(inv, edition, "verified", verified);
      for (let k = 0; k < n; k++) {
        out[(2 * i) * n + k] = cell(claimed[k]);
        out[(2 * i + 1) * n + k] = cell(verified[k]);
      }
    });
  }
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  await new Promise((r) => setTimeout(r, 10)); // let the gc observer report
  let sum = 0;
  for (const v of out) sum = (sum * 31 + (v === null ? 7 : Math.round(v * 100))) % 1_000_000_007;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms, cpuMs: (c.user + c.system) / 1000, scavenges, peakMb: peak / 2 ** 20, growthMb: (peak - rss0) / 2 ** 20, sum, innovations: all.length }));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (variant) =>
    JSON.parse(execFileSync(process.execPath, ["--expose-gc", self, "--variant", variant, "--regions", regions, "--innovations", innovations, "--seed", args.seed], { encoding: "utf8" }));
  console.log(`points per indicator, both projections, rounded: ${innovations} innovations in ${regions} region(s), seed ${args.seed}`);
  console.log("round  variant                         time      CPU  scavenges  peak RSS  RSS growth   time ×ref  CPU ×ref  peak ×ref");
  const f = (x, d = 0) => x.toFixed(d).padStart(8);
  for (let round = 1; round <= Number(args.rounds); round++) {
    const ref = run("explain");
    const ours = run("points");
    if (ref.sum !== ours.sum) throw new Error(`the variants disagree (checksums ${ref.sum} and ${ours.sum})`);
    for (const [name, r] of [["explainInnovation (reference)", ref], ["indicatorPoints", ours]]) {
      const ratios = r === ref ? "" : `${f(r.ms / ref.ms, 2)}×  ${f(r.cpuMs / ref.cpuMs, 2)}×  ${f(r.peakMb / ref.peakMb, 2)}×`;
      console.log(`${String(round).padStart(5)}  ${name.padEnd(28)} ${f(r.ms)} ms ${f(r.cpuMs)} ms ${f(r.scavenges).slice(-9)}  ${f(r.peakMb)} MB ${f(r.growthMb)} MB  ${ratios}`);
    }
  }
}
