/**
 * How the `inovasi` process lets V8's heap grow (bin.ts only: a library never changes its host's flags). By default
 * V8 lets the old generation grow to up to 4× what was live at the last full collection when the heap limit is 2 GB
 * or more (any machine with 4 GB of memory), and doubles the young generation up to two 16 MB semi-spaces: scoring a
 * province workbook allocates steadily (read, plan, score, write) while little of it stays live, so the process's
 * peak RSS followed that slack, not its data (issue 8: 50,000 innovations peaked at 480–580 MB with ~120 MB live).
 * See docs/decisions.md for the figures.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * The flags: collect the old generation once it has grown by 30 % since the last full collection; keep the young
 * generation at its starting size (1 MB semi-spaces). Both are read whenever V8 sets a limit or grows the young
 * generation, so they work when set at run time — and only then for the second: V8 raises a growth factor below 2 to
 * 2 when it makes the heap from the command line's flags (Node 20, V8 11.3), and uses the value as set afterwards.
 */
export const LEAN_HEAP_FLAGS: readonly string[] = ["--heap-growing-percent=30", "--semi-space-growth-factor=1"];

/** Set {@link LEAN_HEAP_FLAGS} and {@link armFullCollection}. Call it before anything else is imported: module loading alone grows the young generation. */
export function leanHeap(): void {
  for (const f of LEAN_HEAP_FLAGS) setFlagsFromString(f);
  armFullCollection();
}

/** V8's `gc()`, once {@link armFullCollection} has made it; undefined in any other host. */
let fullCollection: (() => void) | undefined;

/**
 * Let {@link collectNow} run a full collection (the binary only). V8 offers no call for one but `gc()`, which only a
 * context made after `--expose-gc` is set has: one small context is made for it.
 */
export function armFullCollection(): void {
  if (fullCollection) return;
  setFlagsFromString("--expose-gc");
  fullCollection = runInNewContext("gc") as () => void;
}

/**
 * A full collection now, where the binary armed one; nothing elsewhere. `score` asks for one when the parsed input and
 * the grids have just been let go, before the copy is written: the old generation's limit was set while they were live
 * (130 % of the heap at the last full collection), so without it the writer's garbage and its zlib buffers (outside
 * the heap, freed only when their small wrappers are collected) pile up on top of them.
 */
export function collectNow(): void {
  fullCollection?.();
}
