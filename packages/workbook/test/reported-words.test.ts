/**
 * The Pengaturan sheet's Melapor cell (audit34 F3): "Sudah" is Ya and "Belum" is Tidak, as the Bukti column reads
 * them, said; a value that is neither is an error saying the region is taken as not reporting until it is fixed — it
 * was taken as reporting, and a province recap counted the region among those that reported.
 */
import { describe, expect, it } from "vitest";
import { recapRegions } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { e2026, oneInnovationBook, scored } from "./helpers.js";

function withReported(v: CellValue) {
  const grids = oneInnovationBook();
  grids["Pengaturan"]!.cells.find((r) => r[0] === "Melapor")![1] = v;
  return scored(grids);
}

describe("Melapor", () => {
  it.each([["Sudah", true, "Ya"], ["sudah", true, "Ya"], ["Belum", false, "Tidak"], ["BELUM", false, "Tidak"]] as const)("%j is read as %j, said", (typed, reported, as) => {
    const s = withReported(typed);
    expect(s.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(s.read.input!.region.reported).toBe(reported);
    expect(s.issues.find((i) => i.sheet === "Pengaturan" && i.message.includes(`"${typed}" dibaca "${as}"`))).toBeDefined();
  });

  it("an unreadable value is an error, and the region is taken as not reporting meanwhile (not counted as reporting)", () => {
    const s = withReported("Mungkin");
    const [e] = s.of("unknown_label");
    expect(e!.message).toContain("sampai diperbaiki daerah ini dianggap tidak melapor");
    expect(s.read.input!.region.reported).toBe(false);
    const recap = recapRegions([{ id: "uji", result: s.result!, edition: e2026 }]);
    expect(recap.totals.reported).toBe(0);
  });
});
