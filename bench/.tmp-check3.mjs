import { readFile } from "node:fs/promises";
import { readWorkbook } from "@inovasi/workbook";
import { scoreRegion } from "@inovasi/core";
import { openPackage, readGrids } from "@inovasi/cli";
const mode = process.argv[2];
const pkg = openPackage(await readFile(`/tmp/inovasi-bench/kabupaten-v2-${process.argv[3] ?? 10000}-seed7.xlsx`));
const grids = await readGrids(pkg);
const r = readWorkbook(grids, { locale: "id" });
const inv = r.input.innovations;
const h = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const olds = inv.map((i) => i.answers);
for (const i of inv) i.answers = null;
const b = h();
const keysOf = olds.map((o) => Object.keys(o));
const base = h();
for (let k = 0; k < inv.length; k++) {
  const old = olds[k]; const ks = keysOf[k];
  let o;
  if (mode === "null") { o = Object.create(null); for (const key of ks) o[key] = old[key]; }
  else if (mode === "fast") { o = {}; for (const key of ks) o[key] = old[key]; }
  else if (mode === "none") { o = null; }
  else if (mode === "dict") { o = { __d: 1 }; for (const key of ks) o[key] = old[key]; delete o.__d; }
  inv[k].answers = o;
}
olds.length = 0;
keysOf.length = 0; console.log(mode, "heap MB", (h() / 2 ** 20).toFixed(1), %HasFastProperties(inv[3].answers));
if (mode === "none") process.exit(0);
let t = performance.now();
for (let k = 0; k < 3; k++) scoreRegion(r.input, r.edition);
console.log("score ms x3", (performance.now() - t).toFixed(0));
