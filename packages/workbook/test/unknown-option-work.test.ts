/**
 * An unknown option's message on an indicator that takes a number too ("… atau angka dalam unsur, mis. 5") costs the
 * same however many cells hold one: the unit and the example number depend on the measure only and are worked out once
 * per measure and language, and the indicator is found by id in a map made once per edition. Counted by the calls of
 * `tierOf` while the issues are placed, not timed: `numberAllowed` tried the numbers from 1 up to one reaching the top
 * tier (SID-20's "5 unsur": six look-ups) for each of a messy workbook's ~20,000 unknown options.
 */
import { describe, expect, it, vi } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type CellValue, locateIssues, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

const calls = vi.hoisted(() => ({ tierOf: 0 }));
vi.mock("../src/measured-value.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/measured-value.js")>();
  return { ...real, tierOf: (...a: Parameters<typeof real.tierOf>) => (calls.tierOf++, real.tierOf(...a)) };
});

const sid20 = e2026.indicators.find((i) => i.id === "SID-20")!;

/** `rows` innovations answering SID-20 "sudah ada": their unknown_option issues placed, and the tierOf calls placing them made. */
function placing(rows: number) {
  const grids = templateAsGrids();
  for (let k = 0; k < rows; k++) {
    const row: Record<string, CellValue> = fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", "Kesehatan");
    row[`${sid20.number}. ${sid20.name.id}`] = k % 2 ? "sudah ada" : "lihat video";
    addRow(grids["Inovasi"]!, row);
  }
  spdAtTier2(grids);
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, e2026);
  calls.tierOf = 0;
  const issues = locateIssues(result.issues, read.source, "id", { result, edition: e2026 }).filter((i) => i.code === "unknown_option");
  return { tierOf: calls.tierOf, issues };
}

describe("unknown options of a measured indicator in many cells: the example number is worked out once", () => {
  it("the message still offers a number in the measure's unit", () => {
    const { issues } = placing(2);
    expect(issues).toHaveLength(2);
    expect(issues[0]!.message).toMatch(/"lihat video".*unsur/);
  });

  it("200 more unknown options place without a tier look-up each", () => {
    placing(4); // the example number, once per measure and language
    const few = placing(20);
    const many = placing(220);
    expect(many.issues).toHaveLength(220);
    expect((many.tierOf - few.tierOf) / 200).toBeLessThanOrEqual(0.5);
  });
});
