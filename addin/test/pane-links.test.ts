import { describe, expect, it } from "vitest";
import { scoreGrids } from "../src/pipeline.js";
import { agencyLink, cellLink, sheetRef } from "../src/pane/links.js";
import { resultsView } from "../src/pane/view-model.js";
import { regionGrids } from "./fixtures.js";

describe("links from the pane to cells", () => {
  it.each([
    ["Inovasi", "Inovasi"],
    ["Perangkat Daerah", "'Perangkat Daerah'"],
    ["SPD", "SPD"],
    ["AB12", "'AB12'"],
    ["Data 'lama'", "'Data ''lama'''"],
    ["Ringkasan_2026", "Ringkasan_2026"],
  ])("sheet %s is written %s in a reference", (sheet, want) => {
    expect(sheetRef(sheet)).toBe(want);
  });

  it("a link shows the reference as Excel's Name Box does and says what it does in the pane's language", () => {
    expect(cellLink("id", "Perangkat Daerah", "B3")).toEqual({ sheet: "Perangkat Daerah", cell: "B3", text: "'Perangkat Daerah'!B3", label: "Pilih sel B3 di lembar Perangkat Daerah" });
    expect(cellLink("en", "Inovasi", "F12")?.label).toBe("Select cell F12 on sheet Inovasi");
  });

  it("no link without a cell or for something that is not an A1 address", () => {
    expect(cellLink("id", "Inovasi", undefined)).toBeUndefined();
    expect(cellLink("id", "Inovasi", "")).toBeUndefined();
    expect(cellLink("id", "Inovasi", "innovations.3.answers")).toBeUndefined();
    expect(cellLink("id", "Inovasi", "A0")).toBeUndefined();
  });

  it("an evidence gap links to the evidence cell of that innovation's answer; an agency to its name cell", () => {
    const grids = regionGrids(8);
    const out = scoreGrids(structuredClone(grids));
    if (!out.ok) throw new Error("fixture does not read");
    const inv = out.result.innovations.find((i) => i.evidenceGaps.length)!;
    const gap = inv.evidenceGaps[0]!;
    const link = resultsView(out, "id", "id-ID").gaps!.items.find((i) => i.text.startsWith(`${inv.name} — ${gap.indicatorName.id} `))!.link!;
    // the cell it points at holds the evidence the gap is about, in the row of that innovation
    const header = grids["Inovasi"]!.cells[0]!;
    const row = Number(link.cell.replace(/^[A-Z]+/, "")) - 1;
    const colOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const c = colOf(link.cell.replace(/\d+$/, ""));
    expect(String(header[c])).toMatch(/Bukti$/);
    expect(grids["Inovasi"]!.cells[row]![c]).toBe("Tidak Ada");
    expect(grids["Inovasi"]!.cells[row]).toContain(inv.name);

    const ag = agencyLink("id", out.source, out.input, "Kecamatan Hulu")!;
    expect(ag.text).toMatch(/^'Perangkat Daerah'!A\d+$/);
    expect(grids["Perangkat Daerah"]!.cells[Number(ag.cell.slice(1)) - 1]![0]).toBe("Kecamatan Hulu");
    expect(agencyLink("id", out.source, out.input, "Dinas Tidak Ada")).toBeUndefined();
  });
});
