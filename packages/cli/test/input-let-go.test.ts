/**
 * `score` lets the parsed input go before it writes (issue 8: the messy 10,000-innovation workbook peaked at 151–161 MB
 * against a goal of 150). The input (~16 MB there) was live until the scored copy was written: passed to
 * `writeResultBlocks` for Ringkasan's agencies without an innovation, and — once that was listed earlier — still held by
 * the reader's outcome that `scoreForCopy` had awaited (V8 keeps an async function's last resumed value and its frame's
 * registers reachable until it returns, whatever the variable is set to).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { tmp } from "./helpers.js";

/**
 * Hung on the parsed input (a property of its own, not enumerable), so a count of this class's live objects says
 * whether the input is still reachable: `v8.queryObjects` collects first (a WeakRef would keep its target alive until
 * the synchronous job ends, and reading, scoring and listing the writes are one job).
 */
const seen = vi.hoisted(() => ({ Marker: class InputMarker {}, marked: false, liveAtWrite: undefined as number | undefined, inputOption: undefined as unknown, without: undefined as unknown }));

vi.mock("@inovasi/core", async (original) => {
  const core = await original<typeof import("@inovasi/core")>();
  return {
    ...core,
    planRegion: (input: Parameters<typeof core.planRegion>[0], ...rest: [Parameters<typeof core.planRegion>[1], Parameters<typeof core.planRegion>[2]]) => {
      Object.defineProperty(input, "marker", { value: new seen.Marker() });
      seen.marked = true;
      return core.planRegion(input, ...rest);
    },
  };
});

vi.mock("@inovasi/workbook", async (original) => {
  const wb = await original<typeof import("@inovasi/workbook")>();
  const { queryObjects } = await import("node:v8");
  return {
    ...wb,
    writeResultBlocks: (...args: Parameters<typeof wb.writeResultBlocks>) => {
      seen.inputOption = args[2].input;
      seen.without = args[2].agenciesWithout;
      seen.liveAtWrite = queryObjects(seen.Marker, { format: "count" }) as number;
      return wb.writeResultBlocks(...args);
    },
  };
});

const { scoreWorkbookToFile } = await import("../src/score.js");

describe("score lets the parsed input go before it writes", () => {
  it("the input planned with is collected by the time the results are written; Ringkasan gets the agencies listed", async () => {
    const input = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));
    const r = await scoreWorkbookToFile({ input, output: join(tmp(), "dinilai.xlsx") });
    expect(r.ok).toBe(true);
    expect(seen.marked).toBe(true);
    expect(seen.inputOption).toBeUndefined();
    // the example kabupaten: five agencies with no innovation of 2026 (agenciesWithoutInYear's example)
    expect(seen.without).toHaveLength(5);
    expect(seen.liveAtWrite).toBe(0);
  });
});
