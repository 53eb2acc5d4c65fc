import { readFile } from "node:fs/promises";
import { readWorkbook } from "@inovasi/workbook";
import { openPackage, readGrids } from "@inovasi/cli";
const pkg = openPackage(await readFile(`/tmp/inovasi-bench/kabupaten-v2-10000-seed7.xlsx`));
const grids = await readGrids(pkg);
const r = readWorkbook(grids, { locale: "id" });
const inv = r.input.innovations;
let fastA = 0, fastI = 0, keys = 0;
for (const i of inv) { if (%HasFastProperties(i.answers)) fastA++; if (%HasFastProperties(i)) fastI++; keys += Object.keys(i.answers).length; }
console.log({ n: inv.length, fastAnswers: fastA, fastInnovations: fastI, meanKeys: keys / inv.length });
const uniq = new Set(); for (const i of inv) for (const a of Object.values(i.answers)) uniq.add(a);
console.log("distinct answer objects", uniq.size);
const kinds = {}; for (const a of uniq) { const k = Object.keys(a).join(","); kinds[k] = (kinds[k] ?? 0) + 1; } console.log(kinds);
const h = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const b = h(); for (const i of inv) i.answers = null; console.log("answers MB", (b - h()) / 2**20);
