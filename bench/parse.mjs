// Parse only: parseRegionInput over the national set, beside references measured in the same run — the zod schema
// parsing the same regions (RegionInput.safeParse, what parseRegionInput ran before issue 8), a plain deep copy of them
// (structuredClone: what any parse that copies its input pays) and the typed-array loop computing the indices
// (bench/lib/typed.mjs). Best of --runs, CPU time (user + system) beside wall time. Figures to compare, not a test.
//
//   npm run build -w @inovasi/core && npm run bench:parse
//   node --expose-gc bench/parse.mjs [--regions 550] [--innovations 30000] [--seed 2026] [--runs 5]
import { performance } from "node:perf_hooks";
import { generateRegions } from "./lib/generate.mjs";
import { typedIndices, typedInput } from "./lib/typed.mjs";
import { benchArgs } from "./lib/args.mjs";
import { settle } from "./lib/settle.mjs";

const core = await import(new URL("../packages/core/dist/node/index.js", import.meta.url).href).catch((err) => {
  console.error("Build the core package first: npm run build -w @inovasi/core\n", err.message);
  process.exit(1);
});
const args = benchArgs({
  runs: { type: "string", default: "5" },
});
const edition = core.defaultEdition;
const data = generateRegions(edition, { regions: Number(args.regions), innovations: Number(args.innovations), seed: args.seed });
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Best (lowest CPU) of `runs` runs of `fn` over every region; the outputs of a run stay alive until the next. */
async function best(name, fn, runs = Number(args.runs)) {
  let cpu = Infinity;
  let wall = Infinity;
  let out;
  for (let k = 0; k < runs; k++) {
    out = undefined;
    await settle();
    const c0 = cpuNow();
    const t0 = performance.now();
    out = data.map(fn);
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, cpuNow() - c0);
  }
  return { name, cpu, wall, out };
}

const ours = await best("parseRegionInput", (d) => core.parseRegionInput(d));
if (ours.out.some((p) => !p.ok || p.issues.length > 0)) throw new Error("a generated region did not parse cleanly");
const zod = await best("zod RegionInput.safeParse", (d) => core.RegionInput.safeParse(d));
const copy = await best("structuredClone (a deep copy)", (d) => structuredClone(d));

const parsed = ours.out.map((p) => p.value);
const results = parsed.map((p) => core.scoreRegion(p, edition));
const typed = typedInput(parsed, results, edition, core.resolvedAnswers);
let typedCpu = Infinity;
for (let k = 0; k < 20; k++) {
  const c0 = cpuNow();
  typedIndices(typed, edition, core.roundHalfUp);
  typedCpu = Math.min(typedCpu, cpuNow() - c0);
}

const shared = parsed.filter((p, i) => p === data[i]).length;
const f = (x) => `${x.toFixed(1)} ms`;
console.log(`parse only — ${data.length} regions, ${parsed.reduce((n, p) => n + p.innovations.length, 0)} innovations, edition ${edition.id}, best of ${args.runs}, node ${process.version}`);
console.table(
  [ours, zod, copy].map((r) => ({
    "parse of the national set": r.name,
    "CPU / wall": `${f(r.cpu)} / ${f(r.wall)}`,
    "vs typed loop (CPU)": `×${(r.cpu / typedCpu).toFixed(1)}`,
    "vs parseRegionInput (CPU)": `×${(r.cpu / ours.cpu).toFixed(2)}`,
  })),
);
console.log(`typed-array loop (the indices, bench/lib/typed.mjs): ${f(typedCpu)} CPU; goal for parse: ≤ 40 ms CPU (${ours.cpu <= 40 ? "met" : "not met"})`);
console.log(`regions whose parsed value is the input itself (nothing to fill or drop): ${shared} of ${data.length}`);
