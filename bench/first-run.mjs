// What a first run of the engine spends on keeping its results. Fresh Node processes, alternating, each times one
// parse + score of the national set on the main thread: "keep" holds every result (as a caller does), "drop" lets
// each region's result go as soon as it is scored. Their difference is the cost of the heap growing to hold the
// results (scavenges copying them, new pages, the code V8 deoptimises when it starts allocating them in old space);
// what "drop" still spends above a warm run is the JIT's warm-up. Caveat (session 23): a dropped result is not gone at
// once — what its lazy properties' builders hold stays alive until a full collection (V8 keeps accessor pairs in old
// space), so "drop" understates what keeping costs (×1.20 of the first run's score with lazyProperty stubbed, against
// ×1.01 here then). Prints each process's figures and the medians.
// With --versus "<V8 flags>", the pairs are "keep" beside "keep" under those flags instead (what a V8 setting would
// change; a library cannot set one, so this is a diagnosis: see bench/README.md). With --against <core dist/node/index.js
// of another build> (main's, built into a directory of its own), the pairs are "keep" beside "keep" with that build:
// an A/B of a change on the first run, as ratios of this build to the other.
//   node bench/first-run.mjs [--pairs 5] [--versus="--no-allocation-site-pretenuring"] [--against ../main-core/dist/node/index.js] …
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { benchArgs } from "./lib/args.mjs";

const args = benchArgs({
  pairs: { type: "string", default: "5" },
  versus: { type: "string" },
  against: { type: "string" },
  child: { type: "string" },
  core: { type: "string" },
});

if (args.child) {
  const { generateRegions } = await import("./lib/generate.mjs");
  const { settle } = await import("./lib/settle.mjs");
  const { mainThreadCpuMs } = await import("./lib/thread-cpu.mjs");
  const core = await import(
    args.core
      ? pathToFileURL(resolve(args.core)).href
      : new URL("../packages/core/dist/node/index.js", import.meta.url).href
  );
  const edition = core.defaultEdition;
  const data = generateRegions(edition, {
    regions: Number(args.regions),
    innovations: Number(args.innovations),
    seed: args.seed,
  });
  const keep = args.child !== "drop";
  const runs = [];
  let held = null;
  for (let k = 0; k < 3; k++) {
    held = null;
    await settle();
    const m0 = mainThreadCpuMs();
    const t0 = performance.now();
    const parsed = data.map((d) => core.parseRegionInput(d));
    const m1 = mainThreadCpuMs();
    const kept = keep ? [] : null;
    let indexSum = 0; // read from every result, so that "drop" scores as much as "keep"
    for (const p of parsed) {
      const r = core.scoreRegion(p.value, edition);
      indexSum += r.verified.index ?? 0;
      if (kept) kept.push(r);
    }
    const m2 = mainThreadCpuMs();
    held = kept;
    runs.push({
      wall: performance.now() - t0,
      parse: m1 - m0,
      score: m2 - m1,
      indexSum,
    });
  }
  void held;
  console.log(JSON.stringify(runs));
} else {
  const self = fileURLToPath(import.meta.url);
  const size = [
    "--regions",
    args.regions,
    "--innovations",
    args.innovations,
    "--seed",
    args.seed,
  ];
  // the second arm: results dropped, kept under the V8 flags of --versus, or kept by the build of --against
  const other = args.against !== undefined ? "other" : args.versus === undefined ? "drop" : "flags";
  const flags = args.versus?.split(/\s+/).filter(Boolean) ?? [];
  const figures = { keep: [], [other]: [] };
  for (let k = 0; k < Number(args.pairs); k++) {
    for (const mode of k % 2 === 0 ? ["keep", other] : [other, "keep"]) {
      const p = spawnSync(
        process.execPath,
        [
          "--expose-gc",
          ...(mode === "flags" ? flags : []),
          self,
          "--child",
          mode === "other" ? "keep" : mode,
          ...(mode === "other" ? ["--core", args.against] : []),
          ...size,
        ],
        { encoding: "utf8" }
      );
      if (p.status !== 0) throw new Error(p.stderr);
      const [first, ...warm] = JSON.parse(p.stdout);
      const best = warm.reduce((a, b) =>
        a.parse + a.score <= b.parse + b.score ? a : b
      );
      figures[mode].push({ first, best });
      const f = (r) =>
        `${r.wall.toFixed(0)} ms wall, main thread ${r.parse.toFixed(
          0
        )} + ${r.score.toFixed(0)} ms`;
      console.log(
        `${mode}: first run ${f(first)} (parse + score); best warm ${f(best)}`
      );
    }
  }
  const median = (xs) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const m = (mode, run, key) => median(figures[mode].map((x) => x[run][key]));
  console.log(
    `\nmedians over ${args.pairs} processes each, main thread's CPU (ms):`
  );
  console.table(
    ["keep", other].map((mode) => ({
      results:
        mode === "keep"
          ? "kept"
          : mode === "drop"
            ? "dropped"
            : mode === "other"
              ? `kept, ${args.against}`
              : `kept, ${args.versus}`,
      "first: parse": m(mode, "first", "parse").toFixed(0),
      "first: score": m(mode, "first", "score").toFixed(0),
      "warm: parse": m(mode, "best", "parse").toFixed(0),
      "warm: score": m(mode, "best", "score").toFixed(0),
      "first / warm (score)": (
        m(mode, "first", "score") / m(mode, "best", "score")
      ).toFixed(2),
    }))
  );
  const ratio = (run) =>
    (
      (m(other, run, "parse") + m(other, run, "score")) /
      (m("keep", run, "parse") + m("keep", run, "score"))
    ).toFixed(2);
  const each = (run, key) =>
    (m("keep", run, key) / m(other, run, key)).toFixed(2);
  const both = (run) =>
    (
      (m("keep", run, "parse") + m("keep", run, "score")) /
      (m(other, run, "parse") + m(other, run, "score"))
    ).toFixed(2);
  if (other === "other")
    console.log(
      `this build against ${args.against}, main thread (medians): first run parse ×${each("first", "parse")}, ` +
        `score ×${each("first", "score")}, parse + score ×${both("first")}; ` +
        `warm parse + score ×${both("best")}.`
    );
  else if (other === "flags")
    console.log(
      `under ${args.versus}, parse + score on the main thread: first run ×${ratio("first")}, warm ×${ratio("best")} of without.`
    );
  else
    console.log(
      `keeping the results costs the first run's score ×${(
        m("keep", "first", "score") / m("drop", "first", "score")
      ).toFixed(2)} ` +
        `of dropping them (warm ×${(
          m("keep", "best", "score") / m("drop", "best", "score")
        ).toFixed(2)}).`
    );
}
