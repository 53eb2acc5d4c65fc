import { describe, expect, it } from "vitest";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

/** A scored workbook in the fake host, its writes ready, in chunks small enough to need several syncs. */
async function scored(mode: string) {
  const host = new FakeExcelHost(structuredClone(regionGrids(300)));
  host.calculationMode = mode;
  const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }));
  if (!out.ok) throw new Error("unreadable");
  const apply = () => applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports, chunkBytes: 20_000 });
  return { host, apply };
}

describe("a write that fails part-way gives the user's calculation mode back", () => {
  for (const mode of ["Automatic", "AutomaticExceptTables", "Manual"]) {
    it(`a cell being edited refuses the second chunk: Excel ends in ${mode}, as it started`, async () => {
      const { host, apply } = await scored(mode);
      // sync 1: names and mode; sync 2: the first chunk (Manual set); sync 3: the second chunk, refused
      host.refuseSync(3, "InvalidOperationInCellEditMode");
      await expect(apply()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
      expect(host.calculationMode).toBe(mode);
    });
  }

  it("a payload refused in a later chunk: the mode comes back too", async () => {
    const { host, apply } = await scored("Automatic");
    host.refuseSync(4, "RequestPayloadSizeLimitExceeded");
    await expect(apply()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.calculationMode).toBe("Automatic");
  });

  it("when Excel refuses the restoring sync too, the next run restores the user's mode, not the Manual it finds", async () => {
    const { host, apply } = await scored("Automatic");
    host.refuseSync(3, "InvalidOperationInCellEditMode");
    host.refuseSync(4, "InvalidOperationInCellEditMode");
    await expect(apply()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(host.calculationMode).toBe("Manual");
    await apply();
    expect(host.calculationMode).toBe("Automatic");
    // a user who sets Manual themselves afterwards keeps it
    host.calculationMode = "Manual";
    await apply();
    expect(host.calculationMode).toBe("Manual");
  });
});
