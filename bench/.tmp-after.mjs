import v8 from "node:v8";
const { leanHeap, scoreWorkbookToFile } = await import("@inovasi/cli");
const ns = () => Math.round(v8.getHeapSpaceStatistics().find((x) => x.space_name === "new_space").space_size / 2 ** 20);
console.log("new space after import", ns());
leanHeap();
const r = await scoreWorkbookToFile({ input: `/tmp/inovasi-bench/kabupaten-v2-10000-seed7.xlsx`, output: `/tmp/clim2/out-x.xlsx`, overwrite: true });
console.log("new space end", ns(), "peak", Math.round(process.resourceUsage().maxRSS / 1024));
