#!/usr/bin/env node
/**
 * formatColumnsIn — the columns whose number formats a host keeps, decided once per sheet — beside the .xlsx reader's
 * own read of the same workbook (`readGrids`), in the same process, as a ratio: on the example workbook and on a
 * generated one of N innovations. Each round times the reference, then every sheet's formatColumnsIn (as the hosts call
 * it: first ten rows, the sheet's name); the least CPU time of the rounds is kept (a shared machine only adds to it).
 *   npm run build && node bench/format-columns.mjs [--innovations 10000] [--rounds 7]
 *   node bench/format-columns.mjs --against /work/main/packages/workbook/dist/index.js   # another build, A/B
 * With --against, that build's formatColumnsIn is timed in the same rounds, and both must give the same columns.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { openPackage, readGrids } from "@inovasi/cli";
import { formatColumnsIn } from "@inovasi/workbook";
import { buildExample } from "../examples/generate-kabupaten-contoh.mjs";

const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const n = Number(opt("--innovations", "10000"));
const rounds = Number(opt("--rounds", "7"));
const against = opt("--against", undefined);
const other = against ? (await import(against)).formatColumnsIn : undefined;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const ms = (x) => `${x.toFixed(2)} ms`;

const books = [
  ["examples/kabupaten-contoh.xlsx", await readFile(fileURLToPath(new URL("../examples/kabupaten-contoh.xlsx", import.meta.url)))],
  [`generated, ${n.toLocaleString("en")} innovations`, Buffer.from(await buildExample({ innovations: n, seed: 7 }).toBuffer())],
];
for (const [name, bytes] of books) {
  const grids = Object.values(await readGrids(openPackage(bytes)));
  if (other) for (const g of grids) {
    const a = formatColumnsIn(g.cells, 10, g.name).join();
    const b = other(g.cells, 10, g.name).join();
    if (a !== b) throw new Error(`${name}, ${g.name}: columns differ (${a} | ${b})`);
  }
  const best = { read: Infinity, ours: Infinity, other: Infinity };
  const sheets = new Map(grids.map((g) => [g.name, { ours: Infinity, other: Infinity }]));
  const time = (f) => { const t = cpu(); f(); return cpu() - t; };
  for (let r = 0; r < rounds; r++) {
    best.read = Math.min(best.read, await (async () => { const t = cpu(); await readGrids(openPackage(bytes)); return cpu() - t; })());
    for (const [k, f] of [["ours", formatColumnsIn], ...(other ? [["other", other]] : [])]) {
      let sum = 0;
      for (const g of grids) {
        const t = time(() => f(g.cells, 10, g.name));
        sheets.get(g.name)[k] = Math.min(sheets.get(g.name)[k], t);
        sum += t;
      }
      best[k] = Math.min(best[k], sum);
    }
  }
  console.log(`${name}: readGrids ${ms(best.read)} CPU (reference); formatColumnsIn over its ${grids.length} sheets ${ms(best.ours)} = ${(best.ours / best.read).toFixed(3)}× the read`);
  if (other) console.log(`  --against: ${ms(best.other)} = ${(best.other / best.read).toFixed(3)}× the read; this build ${(best.other / best.ours).toFixed(1)}× faster`);
  for (const [s, t] of sheets) console.log(`  ${s}: ${ms(t.ours)}${other ? ` (against ${ms(t.other)})` : ""}`);
}
