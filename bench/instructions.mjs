// Instructions a warm parse (+ score) of the national set executes, counted by valgrind: a figure that does not move
// with the machine's load, for comparing builds on a shared machine (it ignores cache misses, so time stays the judge).
//   node bench/instructions.mjs [--build packages/core/dist/index.js] [--build other/dist/index.js] [--regions 550 …]
// Each figure is (count with 6 runs − count with 2 runs) / 4 in a single-threaded V8 (compilation and GC on the main
// thread, so they are counted too), for parse alone and for parse + score. Needs valgrind (Debian: apt-get install valgrind).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchArgs } from "./lib/args.mjs";

const args = benchArgs({ build: { type: "string", multiple: true } });
const builds = args.build ?? [fileURLToPath(new URL("../packages/core/dist/index.js", import.meta.url))];
const child = fileURLToPath(new URL("./lib/instructions-child.mjs", import.meta.url));

function count(build, runs, mode) {
  const r = spawnSync(
    "valgrind",
    ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", process.execPath, "--single-threaded", child, build, String(runs), mode, args.regions, args.innovations, args.seed],
    { encoding: "utf8" },
  );
  if (r.error) throw new Error(`valgrind could not run (${r.error.message}); install it: apt-get install valgrind`);
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`valgrind failed:\n${r.stderr.slice(-2000)}`);
  return Number(m[1].replaceAll(",", ""));
}
const perRun = (build, mode) => (count(build, 6, mode) - count(build, 2, mode)) / 4;

console.log(`instructions per warm run, ${args.regions} regions / ${args.innovations} innovations, seed ${args.seed} (millions)`);
const rows = builds.map((build) => {
  const parse = perRun(build, "parse");
  const all = perRun(build, "all");
  return { build, parse: Math.round(parse / 1e6), score: Math.round((all - parse) / 1e6), "parse + score": Math.round(all / 1e6) };
});
console.table(rows);
if (rows.length > 1) console.log(`last / first, parse + score: ×${(rows.at(-1)["parse + score"] / rows[0]["parse + score"]).toFixed(3)}`);
