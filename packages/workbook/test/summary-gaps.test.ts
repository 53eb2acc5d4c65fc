import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { EVIDENCE_LABELS, SUMMARY_LIMITS, labelOf, readWorkbook, summaryContent } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("the summary's evidence gaps", () => {
  it("lists the gaps losing the most points first, ties in reading order (a stable sort), the first SUMMARY_LIMITS.gaps of them, and counts the rest", () => {
    const g = templateAsGrids();
    const sid = e2026.indicators.filter((i) => i.aspect === "SID");
    // 60 innovations, each with a few answers whose evidence is missing: many gaps, many equal points
    for (let k = 0; k < 60; k++) {
      const row = fullInnovation(e2026, `Inovasi ${k}`, k % 2 ? "Dinas Kesehatan" : "Kecamatan Hulu", "Kesehatan");
      for (let j = 0; j < 1 + (k % 4); j++) row[`${sid[(k * 7 + j * 3) % sid.length]!.number}. Bukti`] = "Tidak Ada";
      addRow(g["Inovasi"]!, row);
    }
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, read.edition);
    const all = result.innovations.flatMap((inv) => inv.evidenceGaps.map((gap) => ({ inv, gap }))).sort((a, b) => (b.gap.points ?? 0) - (a.gap.points ?? 0));
    expect(all.length).toBeGreaterThan(SUMMARY_LIMITS.gaps);
    const content = summaryContent(result, [], "id");
    const at = content.rows.findIndex((r) => r[0] === "Kekurangan Bukti");
    const listed = content.rows.slice(at + 1, at + 1 + SUMMARY_LIMITS.gaps);
    expect(listed).toEqual(all.slice(0, SUMMARY_LIMITS.gaps).map(({ inv, gap }) => [inv.name, inv.agency, gap.indicatorName.id, labelOf(EVIDENCE_LABELS, gap.evidence), gap.points, gap.required.map((t) => t.id).join("; ")]));
    expect(content.rows[at + 1 + SUMMARY_LIMITS.gaps]).toEqual([`… dan ${all.length - SUMMARY_LIMITS.gaps} kekurangan bukti lainnya`]);
  });
});

describe("the summary's figures inside texts", () => {
  it("writes the index and points still needed to the next predicate with a decimal comma in Bahasa Indonesia (+2.26 indeks was written)", () => {
    const g = templateAsGrids();
    addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, read.edition);
    const nb = result.verified.nextBand!;
    const heading = { id: "Menuju predikat berikutnya (terverifikasi)", en: "To the next predicate (verified)" };
    const line = (locale: "id" | "en") => summaryContent(result, [], locale).rows.find((r) => r[0] === heading[locale])!;
    expect(nb.indexNeeded % 1).not.toBe(0);
    expect(line("id")[2]).toBe(`+${nb.indexNeeded.toFixed(2).replace(".", ",")} indeks`);
    expect(String(line("id")[3])).toMatch(/^\+\d+(,\d{1,2})? poin$/);
    expect(line("en")[2]).toBe(`+${nb.indexNeeded.toFixed(2)} index`);
  });
});
