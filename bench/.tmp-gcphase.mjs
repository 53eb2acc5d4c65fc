import v8 from "node:v8";
v8.setFlagsFromString("--heap-growing-percent=30"); v8.setFlagsFromString("--semi-space-growth-factor=1");
const { scoreWorkbookToFile } = await import("@inovasi/cli");
const n = process.argv[2] ?? "50000";
const r = await scoreWorkbookToFile({ input: `/tmp/inovasi-bench/kabupaten-v2-${n}-seed7.xlsx`, output: `/tmp/clim2/out-${n}.xlsx`, overwrite: true, progress: (m) => console.log("PHASE", m) });
console.log("PHASE end");
