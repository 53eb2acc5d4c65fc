import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { LEAN_HEAP_FLAGS, armFullCollection } from "../src/index.js";
import { collectNow } from "../src/heap.js";

/** The young generation's size after keeping 300,000 small objects, in a fresh Node process (flags set as leanHeap sets them, or not). */
function youngMb(lean: boolean): { mb: number; err: string } {
  const script = `
    import v8 from "node:v8";
    ${lean ? `for (const f of ${JSON.stringify(LEAN_HEAP_FLAGS)}) v8.setFlagsFromString(f);` : ""}
    const keep = [];
    for (let i = 0; i < 300000; i++) keep.push({ i, s: "x" + i });
    const s = v8.getHeapSpaceStatistics().find((x) => x.space_name === "new_space");
    process.stdout.write(String(s.space_size / 2 ** 20 + keep.length * 0));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  return { mb: Number(r.stdout), err: r.stderr };
}

describe("leanHeap (what bin.js does first)", () => {
  it("keeps V8's young generation at its starting size where it would grow, and V8 knows both flags", () => {
    expect(LEAN_HEAP_FLAGS).toEqual(["--heap-growing-percent=30", "--semi-space-growth-factor=1"]);
    const lean = youngMb(true);
    // an unknown flag would be "Error: unrecognized flag" on stderr
    expect(lean.err).toBe("");
    expect(lean.mb).toBeGreaterThan(0);
    expect(lean.mb).toBeLessThanOrEqual(2);
    expect(youngMb(false).mb).toBeGreaterThan(8);
  });
});

describe("collectNow (what score asks for before it writes the copy)", () => {
  it("runs a full collection once armed: garbage kept long enough to be promoted is let go at once", () => {
    armFullCollection();
    collectNow();
    let kept: { i: number; s: string }[] | undefined = Array.from({ length: 300_000 }, (_, i) => ({ i, s: `x${i}` }));
    const before = process.memoryUsage().heapUsed;
    expect(kept.length).toBe(300_000);
    kept = undefined;
    collectNow();
    // ~20 MB of objects; a young collection would not reach those already promoted
    expect(before - process.memoryUsage().heapUsed).toBeGreaterThan(10 * 2 ** 20);
  });
});
