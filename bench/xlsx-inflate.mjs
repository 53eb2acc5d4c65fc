#!/usr/bin/env node
/**
 * The add-in's .xlsx reading (the pane's province recap): `readGrids` through the host-neutral reader with the pane's
 * fflate inflater, beside the same reader with node:zlib (the CLI's) in the same run, as a time ratio. Files: the
 * twelve examples/provinsi-contoh workbooks, and a generated kabupaten workbook of N innovations (default 10,000).
 * The add-in's inflater is TypeScript: bundled here with esbuild (already a dev dependency), not copied.
 *   npm run build && node bench/xlsx-inflate.mjs [--innovations 10000] [--runs 5]
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const innovations = Number(opt("--innovations", "10000"));
const runs = Number(opt("--runs", "5"));
const root = fileURLToPath(new URL("..", import.meta.url));

// the reader and both inflaters, bundled from source
const dir = mkdtempSync(join(tmpdir(), "inovasi-bench-inflate-"));
const entry = join(dir, "entry.ts");
writeFileSync(entry, [
  `export { openPackage, readGrids } from ${JSON.stringify(join(root, "packages/workbook/src/xlsx-read/index.ts"))};`,
  `export { fflateInflater } from ${JSON.stringify(join(root, "addin/src/xlsx-inflate.ts"))};`,
  `export { nodeInflater } from ${JSON.stringify(join(root, "packages/cli/src/xlsx/zip.ts"))};`,
].join("\n"));
await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile: join(dir, "entry.mjs"), logLevel: "error", alias: { "@inovasi/core": join(root, "packages/core/src/index.ts"), "@inovasi/workbook/xlsx-read": join(root, "packages/workbook/src/xlsx-read/index.ts"), "@inovasi/workbook": join(root, "packages/workbook/src/index.ts") } });
const { openPackage, readGrids, fflateInflater, nodeInflater } = await import(pathToFileURL(join(dir, "entry.mjs")).href);

const folder = join(root, "examples/provinsi-contoh");
const province = readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort().map((f) => readFileSync(join(folder, f)));
const { buildExample } = await import("../examples/generate-kabupaten-contoh.mjs");
const big = new Uint8Array(await buildExample({ innovations, seed: 7 }).toBuffer());

async function time(files, inflater) {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const bytes of files) await readGrids(openPackage(bytes, inflater));
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const rows = [];
for (const [name, files] of [["provinsi-contoh (12 files)", province], [`kabupaten, ${innovations.toLocaleString("en")} innovations (${(big.length / 2 ** 20).toFixed(1)} MB)`, [big]]]) {
  const zlibMs = await time(files, nodeInflater);
  const fflateMs = await time(files, fflateInflater);
  rows.push({ files: name, node_zlib_ms: Math.round(zlibMs), fflate_ms: Math.round(fflateMs), ratio: Number((fflateMs / zlibMs).toFixed(2)) });
}
if (args.includes("--json")) console.log(JSON.stringify(rows));
else for (const r of rows) console.log(`${r.files}: fflate ${r.fflate_ms} ms vs node:zlib ${r.node_zlib_ms} ms → ${r.ratio}× (best of ${runs})`);
