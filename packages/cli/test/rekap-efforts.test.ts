/**
 * The recap table's plan column ("ke Inovatif: 6 langkah, upaya 0,8") writes an effort as the plan's texts do
 * (`formatEffort`): a decimal effort is not rounded to a whole one (0,8 was "upaya 1", 0,3 "upaya 0"), and carries no
 * binary noise; a count of steps past a thousand is grouped.
 */
import { describe, expect, it } from "vitest";
import { getEdition, recapRegions, scoreRegions } from "@inovasi/core";
import { recapLines } from "../src/commands/rekap.js";
import { TENTHS, threeFaults } from "../../core/test/plan/_three-faults.js";

const e = getEdition("iid-2026")!;

describe("inovasi rekap's plan column", () => {
  const scored = scoreRegions([{ id: "kab-a", input: threeFaults() }], { edition: e });
  const recap = recapRegions(scored.map((o) => (o.ok ? { ...o, planOptions: { efforts: TENTHS } } : o)), { target: 49 });

  it("a decimal effort as written, 0,8 (0.1 × 5 + 0.1 × 3 faults), not rounded to 1", () => {
    expect(recap.regions[0]!.plan).toMatchObject({ steps: 6, effort: 0.8 });
    expect(recapLines(recap, [], "id").join("\n")).toMatch(/ke 49,00: 6 langkah, upaya 0,8 /);
    expect(recapLines(recap, [], "en").join("\n")).toMatch(/to 49\.00: 6 steps, effort 0\.8 /);
  });

  it("a plan of more than a thousand steps is grouped", () => {
    const long = { ...recap, regions: recap.regions.map((r) => ({ ...r, plan: { ...r.plan!, steps: 1234, effort: 0.1 + 0.2 } })) };
    expect(recapLines(long, [], "id").join("\n")).toMatch(/: 1\.234 langkah, upaya 0,3 /);
    expect(recapLines(long, [], "en").join("\n")).toMatch(/: 1,234 steps, effort 0\.3 /);
  });
});
