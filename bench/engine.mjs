// National-scale scoring benchmark for @inovasi/core (not a timed test: it prints figures to compare).
//
//   npm run build -w @inovasi/core && npm run bench:engine
//   node --expose-gc bench/engine.mjs [--regions 550] [--innovations 30000] [--seed 2026]
//                                     [--edition iid-2026 | --edition-file my-edition.json]
//
// Generates regions and innovations deterministically (seeded PRNG) from the edition's own data (its indicators,
// options, measures and yandas urusan), then times three phases: generate, parse (parseRegionInput), score
// (scoreRegion, both projections and compliance). Prints wall time per phase and memory (peak RSS, heap).
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";

import { generateRegions } from "./lib/generate.mjs";
import { benchArgs } from "./lib/args.mjs";

const core = await import(new URL("../packages/core/dist/node/index.js", import.meta.url).href).catch((err) => {
  console.error("Build the core package first: npm run build -w @inovasi/core\n", err.message);
  process.exit(1);
});
const { parseRegionInput, scoreRegion } = core;

const args = benchArgs({
  edition: { type: "string" },
  "edition-file": { type: "string" },
});
const REGIONS = Number(args.regions);
const INNOVATIONS = Number(args.innovations);
const edition = args["edition-file"]
  ? core.Edition.parse(JSON.parse(readFileSync(args["edition-file"], "utf8")))
  : args.edition
    ? core.getEdition(args.edition)
    : core.defaultEdition;
if (!edition) {
  console.error(`Unknown edition ${args.edition}`);
  process.exit(1);
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const rows = [];
let peakHeap = 0;
function phase(name, fn) {
  globalThis.gc?.();
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  peakHeap = Math.max(peakHeap, mem.heapUsed);
  rows.push({ phase: name, "wall ms": ms.toFixed(0), "heap used MB": mb(mem.heapUsed), "rss MB": mb(mem.rss) });
  return out;
}

const data = phase("generate", () => generateRegions(edition, { regions: REGIONS, innovations: INNOVATIONS, seed: args.seed }));
const parsed = phase("parse (parseRegionInput)", () => data.map((d) => parseRegionInput(d)));
const bad = parsed.filter((p) => !p.ok).length;
if (bad > 0) {
  console.error(`${bad} generated regions failed to parse; first issue:`, parsed.find((p) => !p.ok).issues[0]);
  process.exit(1);
}
const results = phase("score (scoreRegion)", () => parsed.map((p) => scoreRegion(p.value, edition)));

const bands = {};
let issues = 0;
for (const r of results) {
  const label = r.verified.predicate?.label.id ?? "(no index)";
  bands[label] = (bands[label] ?? 0) + 1;
  issues += r.issues.length;
}
const scored = results.reduce((n, r) => n + r.innovations.length, 0);
console.log(`@inovasi/core engine benchmark — edition ${edition.id}, seed ${args.seed}, node ${process.version}`);
console.log(`${results.length} regions, ${scored} innovations, ${issues} issues reported\n`);
console.table(rows);
console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB, peak heap used (after a phase) ${mb(peakHeap)} MB`);
console.log("verified predicates:", bands);
