// Bench part: the same claimed and verified indices as a formula workbook, built and calculated by HyperFormula
// (a dev dependency only this benchmark loads: GPL-3.0, never in a published package), then recalculated after one
// edited tier. Prints one JSON line (read by bench/all.mjs).
//   node bench/parts/hyperformula.mjs [--regions 550] [--innovations 30000] [--seed 2026]
//
// Sheets: Bobot (the SID weights), Inovasi (one row per innovation: region, tiers, accepted flags, counted flags,
// yandas urusan flags, claimed and verified score by SUMPRODUCT), Daerah (one row per region: COUNTIF / SUM / COUNTIFS
// over the region's own rows per projection, MAX(floor, n), yandas covered, skor jumlah inovasi, ROUND of the index).
import { performance } from "node:perf_hooks";
import { HyperFormula } from "hyperformula";
import { generateRegions } from "../lib/generate.mjs";
import { typedInput } from "../lib/typed.mjs";
import { benchArgs } from "../lib/args.mjs";

const core = await import(new URL("../../packages/core/dist/node/index.js", import.meta.url).href);
const args = benchArgs();
const edition = core.defaultEdition;
const inputs = generateRegions(edition, { regions: Number(args.regions), innovations: Number(args.innovations), seed: args.seed }).map(
  (d) => core.parseRegionInput(d).value,
);
const results = inputs.map((input) => core.scoreRegion(input, edition));
const t = typedInput(inputs, results, edition, core.resolvedAnswers); // the decoded tiers, evidence and flags, as the workbook's input cells

const col = (n) => {
  let s = "";
  for (n += 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const { k } = t;
const Y = edition.yandas.urusan.length;
const N = t.tiers.length / k;
// Inovasi columns
const cRegion = 0, cTier = 1, cAcc = 1 + k, cCC = 1 + 2 * k, cVC = cCC + 1, cY = cVC + 1, cSC = cY + Y, cSV = cSC + 1;
// Each region's innovations are contiguous rows, so its formulas reference only its own rows (as a region's own
// worksheet would): whole-column COUNTIFS with a region criterion made the build quadratic (regions × rows).
const rng = (c, g) => `Inovasi!$${col(c)}$${t.regionStart[g] + 2}:$${col(c)}$${t.regionStart[g + 1] + 1}`;
const weights = `Bobot!$A$1:$${col(k - 1)}$1`;

const f = edition.formula;
const floor = f.sidDivisorFloor.value, per = f.jumlahInovasi.perInnovation.value, cap = f.jumlahInovasi.countCap.value;
const maxTotal = f.maxTotal.value, minCovered = edition.yandas.minCovered.value, decimals = f.rounding.decimals;

const inovasi = [["daerah", ...Array.from({ length: k }, (_, q) => `tier${q}`), ...Array.from({ length: k }, (_, q) => `acc${q}`), "klaim", "verif", ...Array.from({ length: Y }, (_, u) => `y${u}`), "skorK", "skorV"]];
for (let g = 0; g < results.length; g++) {
  for (let i = t.regionStart[g]; i < t.regionStart[g + 1]; i++) {
    const r = i + 2;
    const row = [g];
    for (let q = 0; q < k; q++) row.push(t.tiers[i * k + q]);
    for (let q = 0; q < k; q++) row.push(t.accepted[i * k + q]);
    row.push(t.claimedCounted[i], t.verifiedCounted[i]);
    for (let u = 0; u < Y; u++) row.push((t.yandasBits[i] >> u) & 1);
    const tiers = `${col(cTier)}${r}:${col(cTier + k - 1)}${r}`;
    row.push(`=${col(cCC)}${r}*SUMPRODUCT(${tiers},${weights})`);
    row.push(`=${col(cVC)}${r}*SUMPRODUCT(${tiers},${col(cAcc)}${r}:${col(cAcc + k - 1)}${r},${weights})`);
    inovasi.push(row);
  }
}
const daerah = [["daerah", "spdK", "spdV", "lapor", "n", "pembagi", "nK", "sumK", "yK", "indeksK", "nV", "sumV", "yV", "indeksV"]];
results.forEach((res, g) => {
  const r = g + 2;
  const empty = t.regionStart[g + 1] === t.regionStart[g];
  const proj = (counted, score, spd, n, sum, y) => {
    const covered = empty ? "0" : Array.from({ length: Y }, (_, u) => `(COUNTIFS(${rng(counted, g)},1,${rng(cY + u, g)},1)>0)`).join("+");
    const jumlah = f.jumlahInovasi.requiresYandas ? `IF(${y}${r}>=${minCovered},${per}*MIN(${n}${r},${cap}),0)` : `${per}*MIN(${n}${r},${cap})`;
    return [
      empty ? "=0" : `=COUNTIF(${rng(counted, g)},1)`,
      empty ? "=0" : `=SUM(${rng(score, g)})`,
      `=${covered}`,
      `=IF($D${r},ROUND((${spd}${r}+${sum}${r}/$F${r}+${jumlah})/${maxTotal}*100,${decimals}),0)`,
    ];
  };
  const n = f.rejectedCountInDivisor.value && !empty ? `=ROWS(${rng(cRegion, g)})` : "=0";
  daerah.push([g, res.claimed.spd.score, res.verified.spd.score, t.reported[g], n, `=MAX(${floor},E${r})`, ...proj(cCC, cSC, "B", "G", "H", "I"), ...proj(cVC, cSV, "C", "K", "L", "M")]);
});

const cpuMs = (u) => (u.user + u.system) / 1000;
let c0 = process.cpuUsage();
const t0 = performance.now();
const hf = HyperFormula.buildFromSheets({ Bobot: [Array.from(t.weights)], Inovasi: inovasi, Daerah: daerah }, { licenseKey: "gpl-v3" });
const buildMs = performance.now() - t0;
const buildCpuMs = cpuMs(process.cpuUsage(c0));
const sheet = hf.getSheetId("Daerah");
const read = () => results.map((_, g) => [hf.getCellValue({ sheet, row: g + 1, col: 9 }), hf.getCellValue({ sheet, row: g + 1, col: 13 })]);
let mismatches = 0;
read().forEach(([c, v], g) => {
  if (c !== results[g].claimed.index || v !== results[g].verified.index) {
    mismatches++;
    if (process.env.DEBUG) console.error(g, c, results[g].claimed.index, v, results[g].verified.index, results[g].claimed.total, results[g].verified.total);
  }
});

// One edit: the first innovation's first tier goes to 0 (or 1), as an analyst correcting one cell.
const inov = hf.getSheetId("Inovasi");
c0 = process.cpuUsage();
const t1 = performance.now();
hf.setCellContents({ sheet: inov, row: 1, col: cTier }, [[t.tiers[0] === 0 ? 1 : 0]]);
const recalcMs = performance.now() - t1;
const recalcCpuMs = cpuMs(process.cpuUsage(c0));

console.log(
  JSON.stringify({
    part: "hyperformula",
    version: HyperFormula.version,
    regions: results.length,
    innovations: N,
    formulas: N * 2 + results.length * 11,
    buildMs,
    buildCpuMs,
    recalcMs,
    recalcCpuMs,
    mismatches,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
