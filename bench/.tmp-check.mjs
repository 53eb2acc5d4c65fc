import { readFile } from "node:fs/promises";
import { readWorkbook } from "@inovasi/workbook";
import { openPackage, readGrids } from "@inovasi/cli";
const n = process.argv[2] ?? "50000";
const h = () => { gc(); gc(); return (process.memoryUsage().heapUsed / 2 ** 20).toFixed(1); };
const pkg = openPackage(await readFile(`/tmp/inovasi-bench/kabupaten-v2-${n}-seed7.xlsx`));
console.log("pkg", h());
const grids = await readGrids(pkg);
console.log("grids", h());
let r = readWorkbook(grids, { locale: "id" });
console.log("read", h());
const inv = r.input.innovations;
r = undefined;
console.log("only innovations kept", h());
for (const i of inv) { i.answers = null; }
console.log("answers dropped", h());
for (let k = 0; k < inv.length; k++) inv[k] = null;
console.log("innovations dropped", h());
