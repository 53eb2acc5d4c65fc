// Child of bench/instructions.mjs, run under valgrind: generate the set, then parse (and score) it --runs times.
//   node --single-threaded lib/instructions-child.mjs <core dist/index.js> <runs> <parse|all> [--regions …]
import { pathToFileURL } from "node:url";
import { generateRegions } from "./generate.mjs";

const [build, runs, mode] = process.argv.slice(2);
const [regions, innovations, seed] = process.argv.slice(5);
const core = await import(pathToFileURL(build).href);
const edition = core.defaultEdition;
const data = generateRegions(edition, { regions: Number(regions), innovations: Number(innovations), seed });
for (let k = 0; k < Number(runs); k++) {
  const parsed = data.map((d) => core.parseRegionInput(d));
  if (mode === "all") parsed.map((p) => core.scoreRegion(p.value, edition));
}
