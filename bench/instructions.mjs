// Instructions a warm parse (+ score) of the national set executes, counted by valgrind: a figure that does not move
// with the machine's load, for comparing builds on a shared machine (it ignores cache misses, so time stays the judge).
//   node bench/instructions.mjs [--build packages/core/dist/node/index.js] [--build other/dist/index.js] [--regions 550 …]
// Each figure is (count with 6 runs − count with 2 runs) / 4 in a single-threaded V8 (compilation and GC on the main
// thread, so they are counted too), for parse alone and for parse + score. Needs valgrind (Debian: apt-get install valgrind).
//   node bench/instructions.mjs --threads [--build …]
// --threads: the first and the second parse + score in an ordinary V8 (compiler and GC threads beside the main one),
// counted per thread by callgrind (runs 0, 1, 2: each run is the difference). It says how much more the main thread
// executes in a first run than in a later one, and what the other threads do beside it. ~6 min a build.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchArgs } from "./lib/args.mjs";

const args = benchArgs({ build: { type: "string", multiple: true }, threads: { type: "boolean", default: false } });
const builds = args.build ?? [fileURLToPath(new URL("../packages/core/dist/node/index.js", import.meta.url))];
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

if (args.threads) {
  threadsReport();
  process.exit(0);
}

console.log(`instructions per warm run, ${args.regions} regions / ${args.innovations} innovations, seed ${args.seed} (millions)`);
const rows = builds.map((build) => {
  const parse = perRun(build, "parse");
  const all = perRun(build, "all");
  return { build, parse: Math.round(parse / 1e6), score: Math.round((all - parse) / 1e6), "parse + score": Math.round(all / 1e6) };
});
console.table(rows);
if (rows.length > 1) console.log(`last / first, parse + score: ×${(rows.at(-1)["parse + score"] / rows[0]["parse + score"]).toFixed(3)}`);

/** Instructions of each thread for `runs` parse + score runs: [main thread, all the others]. */
function perThread(build, runs) {
  const dir = mkdtempSync(join(tmpdir(), "inovasi-callgrind-"));
  try {
    const r = spawnSync(
      "valgrind",
      ["--tool=callgrind", "--separate-threads=yes", `--callgrind-out-file=${join(dir, "cg")}`, process.execPath, child, build, String(runs), "all", args.regions, args.innovations, args.seed],
      { encoding: "utf8" },
    );
    if (r.error) throw new Error(`valgrind could not run (${r.error.message}); install it: apt-get install valgrind`);
    if (r.status !== 0) throw new Error(`valgrind failed:\n${r.stderr.slice(-2000)}`);
    // one file per thread: cg-01 is the main thread
    const counts = readdirSync(dir).map((f) => ({ main: f.endsWith("-01"), n: Number(/^summary: (\d+)/m.exec(readFileSync(join(dir, f), "utf8"))?.[1] ?? 0) }));
    return [counts.filter((c) => c.main).reduce((a, c) => a + c.n, 0), counts.filter((c) => !c.main).reduce((a, c) => a + c.n, 0)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function threadsReport() {
  console.log(`instructions per thread, parse + score, ${args.regions} regions / ${args.innovations} innovations, seed ${args.seed} (millions)`);
  const m = (x) => Math.round(x / 1e6);
  console.table(
    builds.map((build) => {
      const [c0, c1, c2] = [0, 1, 2].map((runs) => perThread(build, runs));
      return {
        build,
        "first run: main thread": m(c1[0] - c0[0]),
        "first run: other threads": m(c1[1] - c0[1]),
        "second run: main thread": m(c2[0] - c1[0]),
        "second run: other threads": m(c2[1] - c1[1]),
      };
    }),
  );
  console.log("The second run's main thread also collects the first run's results (a full GC): compare the first run with `npm run bench:instructions`.");
}
