/**
 * How the `inovasi` process lets V8's heap grow (bin.ts only: a library never changes its host's flags). By default
 * V8 lets the old generation grow to up to 4× what was live at the last full collection when the heap limit is 2 GB
 * or more (any machine with 4 GB of memory): scoring a province workbook allocates steadily (read, plan, score, write)
 * while little of it stays live, so the process's peak RSS followed that slack, not its data (issue 8: 50,000
 * innovations peaked at 480–580 MB with ~120 MB live). Growing by 30 % instead keeps the peak near the live data, for
 * more CPU (more, shorter collections); see docs/decisions.md for the figures.
 */
import { setFlagsFromString } from "node:v8";

/** V8's old-generation growing factor as 1 + this / 100 (read each time V8 sets the next full collection's limit). */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Make V8 collect the old generation once it has grown by 30 % since the last full collection, and keep the young
 * generation at its starting size (1 MB semi-spaces; by default it doubles up to 16 MB each, 32 MB of RSS that a
 * province workbook's short-lived garbage never needs). Both take effect at once (V8 reads them whenever it sets a
 * limit or sizes the young generation); call it first thing in the process.
 */
export function leanHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  setFlagsFromString("--semi-space-growth-factor=1");
}
