import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreWorkbookFile } from "../src/index.js";
// @ts-expect-error plain .mjs shared with bench/fuzz.mjs (which runs 10,000 cases)
import { hostileWorkbook, scoreHostile } from "./hostile-workbooks.mjs";
import { tmp } from "./helpers.js";

/** Cases per CI run; `node bench/fuzz.mjs --runs 10000` runs the same property at length. */
const RUNS = Number(process.env.INOVASI_FUZZ_RUNS ?? 60);

describe("fuzz: hostile workbooks", () => {
  it(`never an uncaught exception, never an input cell changed, every message located (${RUNS} cases)`, async () => {
    const dir = tmp();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileWorkbook, async (spec: unknown) => {
        const problems: string[] = await scoreHostile(scoreWorkbookFile, spec, dir, n++);
        expect(problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: Number(process.env.INOVASI_FUZZ_SEED ?? 20261129) },
    );
  }, 300_000);
});
