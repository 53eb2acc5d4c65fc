// Bench part: the input walk's first call in a fresh process, as the engine part's first run sees the input (generated,
// then settled). A first run's reference is a first run: fresh code whose inline caches are still empty, run before
// V8 has optimised it, as the warm walks are the warm runs' reference. Its own process, so that neither run warms the
// other. Prints one JSON line (read by bench/all.mjs). Run with --expose-gc.
//   node --expose-gc bench/parts/walk-first.mjs [--regions 550] [--innovations 30000] [--seed 2026]
import { performance } from "node:perf_hooks";
import { generateRegions } from "../lib/generate.mjs";
import { walkInput } from "../lib/walk.mjs";
import { benchArgs } from "../lib/args.mjs";
import { settle } from "../lib/settle.mjs";

const core = await import(new URL("../../packages/core/dist/node/index.js", import.meta.url).href);
const args = benchArgs({});
const data = generateRegions(core.defaultEdition, { regions: Number(args.regions), innovations: Number(args.innovations), seed: args.seed });
await settle();
const c0 = process.cpuUsage();
const t0 = performance.now();
if (!Number.isFinite(walkInput(data))) throw new Error("input walk: no checksum");
const wallMs = performance.now() - t0;
const u = process.cpuUsage(c0);
console.log(JSON.stringify({ part: "walk-first", wallMs, cpuMs: (u.user + u.system) / 1000 }));
