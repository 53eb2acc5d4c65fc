/**
 * The Ringkasan's Predikat row when an unknown band threshold decides the predicate (a model with IGA 2025's bands:
 * Sangat Inovatif ≥ 65.01 known, the threshold below it unknown): the index is written, the predicate says it is
 * unknown and where to read why, never blank as if there were no index, never a guessed band.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion, validateEdition } from "@inovasi/core";
import { readWorkbook, summaryContent } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const unknown = { ref: "bappeda-2025", confidence: "unknown" as const };
const model = validateEdition({
  extends: "iid-2026",
  id: "prov-x-2025",
  name: { id: "Model X 2025", en: "Model X 2025" },
  sources: [{ id: "bappeda-2025", title: "Laporan Bappeda atas hasil IGA 2025" }],
  bands: [
    { id: "kurang-inovatif", max: { value: null, source: unknown } },
    { id: "inovatif", min: { value: null, source: unknown } },
  ],
}).value!;

describe("the summary's predicate where an unknown threshold decides it", () => {
  it("says unknown, pointing at the notes, in both languages; a known band is named as before", () => {
    const g = templateAsGrids();
    addRow(g["Inovasi"]!, fullInnovation(e2026, "Inovasi Satu", "Dinas Kesehatan", "Kesehatan"));
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, model);
    expect(result.verified.index).not.toBeNull();
    expect(result.verified.index!).toBeLessThan(65);
    const row = (locale: "id" | "en") => summaryContent(result, [], locale, [], { edition: model, source: read.source }).rows.find((r) => r[0] === (locale === "id" ? "Predikat" : "Predicate"))!;
    expect(row("id").slice(1, 3)).toEqual(["belum diketahui (batas predikat di model belum diketahui; lihat Catatan)", "belum diketahui (batas predikat di model belum diketahui; lihat Catatan)"]);
    expect(row("en")[2]).toBe("unknown (a band threshold of the model is unknown; see Notes)");
    const known = scoreRegion(read.input!, e2026);
    expect(summaryContent(known, [], "id", [], { edition: e2026, source: read.source }).rows.find((r) => r[0] === "Predikat")![2]).toBe(known.verified.predicate!.label.id);
  });
});
