/**
 * "Peringkat hanya di antara N daerah" counts the regions the province's line counts as ranked (audit21 F9a): a file
 * of another year, ranked in its own year, is not among them, so the note and "N diberi peringkat" say one number.
 */
import { describe, expect, it } from "vitest";
import type { RecapRow } from "@inovasi/core";
import { recapUnknownNote } from "@inovasi/workbook";

const row = (id: string, rank: number | null, index: number | null, year = 2026) =>
  ({ id, rank, flaws: null, verified: { index }, region: { name: id, level: "kabupaten", year, reported: true } }) as unknown as RecapRow;

describe("the regions the ranks are among", () => {
  it("leaves out the rows outside the province's figures", () => {
    const regions = [row("a", 1, 40), row("b", 2, 30), row("lama", 1, 20, 2025), row("c", null, null)];
    expect(recapUnknownNote({ regions, outsideDistribution: ["lama"] })).toMatch(/peringkat hanya di antara 2 daerah/);
    // without the list of rows outside, every ranked row
    expect(recapUnknownNote({ regions })).toMatch(/peringkat hanya di antara 3 daerah/);
  });
});
