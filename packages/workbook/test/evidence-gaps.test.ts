/**
 * The evidence gaps worth listing (`evidenceGapList`), the one list the CLI's summary, the Ringkasan sheet and the
 * add-in's pane show: SPD rows included, the largest first, with what accepting each adds to the verified index.
 */
import { describe, expect, it } from "vitest";
import { type Edition, evidenceLoss, planRegion, printedGain, scoreRegion } from "@inovasi/core";
import { type WorkbookGrids, evidenceGapList, gapGainText, gapPrintedGain, readWorkbook, summaryContent, writeResults } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

const URUSAN = ["Kesehatan", "Pendidikan", "Sosial", "Pekerjaan Umum", "Perumahan Rakyat dan Kawasan Permukiman", "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat"];

/** Eight counted innovations (the first with its SID-20 evidence missing), the SPD rows at tier 2, `spd` Bukti as given. */
function grids(spd: Record<string, string | null>): WorkbookGrids {
  const g = templateAsGrids();
  spdAtTier2(g);
  const sheet = g["SPD"]!;
  const h = sheet.cells[0]!;
  for (const [id, bukti] of Object.entries(spd)) sheet.cells.find((r) => r[h.indexOf("Kode")] === id)![h.indexOf("Bukti")] = bukti;
  for (let k = 0; k < 8; k++) {
    const row = fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", URUSAN[k % URUSAN.length]!);
    if (k === 0) row["20. Bukti"] = "Tidak Ada";
    addRow(g["Inovasi"]!, row);
  }
  return g;
}

/** The row and Bukti cell of an SPD indicator on the SPD sheet, as A1. */
function spdCell(g: WorkbookGrids, id: string): string {
  const h = g["SPD"]!.cells[0]!;
  const row = g["SPD"]!.cells.findIndex((r) => r[h.indexOf("Kode")] === id);
  return `${String.fromCharCode(65 + h.indexOf("Bukti"))}${row + 1}`;
}

describe("SPD rows in the evidence gaps", () => {
  it("an SPD row answered with its Bukti blank (read as Menunggu), 'Tidak Ada' or 'Ditolak' is a gap at its Bukti cell, with its points and what accepting it adds", () => {
    const g = grids({ "SPD-8": null, "SPD-4": "Tidak Ada", "SPD-9": "Ditolak" });
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, read.edition);
    const list = evidenceGapList(result, { edition: read.edition, source: read.source });
    const spd = list.gaps.filter((x) => x.innovation === undefined);
    expect(spd.map((x) => [x.indicatorId, x.evidence, x.at])).toEqual(
      (["SPD-4", "SPD-8", "SPD-9"] as const)
        .map((id) => [id, { "SPD-4": "missing", "SPD-8": "pending", "SPD-9": "rejected" }[id], { sheet: "SPD", cell: spdCell(g, id) }])
        // the largest first (ties in the edition's order)
        .sort((a, b) => weight(b[0] as string) - weight(a[0] as string)),
    );
    expect([list.total, list.spd, list.idle]).toEqual([4, 3, 0]);
    for (const x of spd) {
      const ind = e2026.indicators.find((i) => i.id === x.indicatorId)!;
      expect(x.points).toBe(ind.weight! * 2);
      expect(x.required).toEqual(ind.options.find((o) => o.tier === 2)!.evidence);
      // re-scored with that evidence accepted: the verified total gains its points, the index their share of the maximum
      const accepted = structuredClone(read.input!);
      accepted.spdAnswers[x.indicatorId] = { ...accepted.spdAnswers[x.indicatorId]!, evidence: "accepted" };
      const after = scoreRegion(accepted, read.edition).verified;
      expect(after.total! - result.verified.total!).toBeCloseTo(x.totalGain!, 9);
      expect(((after.total! - result.verified.total!) / result.verified.maxTotal!) * 100).toBeCloseTo(x.indexGain!, 9);
    }
    // an SPD point counts in full, an innovation's over the divisor: the SPD rows (2 to 4 points) come before the SID-20
    // answer (8 points of Inovasi 1's score, 8 / 12 of the total)
    expect(list.gaps.map((x) => x.indicatorId)).toEqual([...spd.map((x) => x.indicatorId), "SID-20"]);
    expect(list.gaps[3]!.points).toBe(weight("SID-20") * 2);
    expect(list.gaps[3]!.points! > spd[2]!.points!).toBe(true);
    // as the recap counts the evidence lost
    const loss = evidenceLoss(result);
    expect(list.total).toBe(loss.count);
    expect(list.gaps.reduce((n, x) => n + x.totalGain!, 0)).toBeCloseTo(loss.points!, 9);
  });

  it("each SPD gap's index gain is the gain of the plan's evidence step on that row", () => {
    const g = grids({ "SPD-8": null, "SPD-4": "Tidak Ada" });
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, read.edition);
    const plan = planRegion(read.input!, read.edition, { result, target: { index: 100 } });
    const list = evidenceGapList(result, { edition: read.edition, source: read.source });
    for (const id of ["SPD-4", "SPD-8"]) {
      const step = plan.actions.find((a) => a.kind === "evidence" && a.where.spdRow?.id === id)!;
      expect(step.gain).toBeCloseTo(list.gaps.find((x) => x.indicatorId === id)!.indexGain!, 9);
    }
  });

  it("the Ringkasan's Kekurangan Bukti lists them, by what they add, each with its index gain and cell", () => {
    const g = grids({ "SPD-8": null });
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, read.edition);
    for (const [locale, heading, subject] of [["id", "Kekurangan Bukti", "SPD (tingkat daerah)"], ["en", "Evidence Gaps", "SPD (region level)"]] as const) {
      const rows = summaryContent(result, [], locale, [], { edition: read.edition, source: read.source }).rows;
      const at = rows.findIndex((r) => r[0] === heading);
      expect(rows[at]!.slice(6)).toEqual(locale === "id" ? ["Tambahan Indeks", "Sel"] : ["Index Gained", "Cell"]);
      const ind = e2026.indicators.find((i) => i.id === "SPD-8")!;
      const gain = Math.round(((ind.weight! * 2) / result.verified.maxTotal!) * 100 * 100) / 100;
      expect(rows[at + 1]).toEqual([subject, null, ind.name[locale], locale === "id" ? "Menunggu" : "pending", ind.weight! * 2, ind.options.find((o) => o.tier === 2)!.evidence.map((t) => t[locale]).join("; "), gain, `SPD!${spdCell(g, "SPD-8")}`]);
      expect(rows[at + 2]![0]).toBe("Inovasi 1");
    }
  });

  it("an SPD given as a total has no rows, so no SPD gaps; a limit of 0 counts without listing", () => {
    const g = grids({ "SPD-8": null });
    const read = readWorkbook(g);
    const fromTotal = scoreRegion({ ...read.input!, spdTotal: 30 }, read.edition);
    expect(evidenceGapList(fromTotal, { edition: read.edition })).toMatchObject({ total: 1, spd: 0 });
    const result = scoreRegion(read.input!, read.edition);
    expect(evidenceGapList(result, { limit: 0 })).toEqual({ gaps: [], total: 2, spd: 1, idle: 0 });
    // without the edition: listed, no index gain (the maximum is the edition's)
    expect(evidenceGapList(result).gaps.map((x) => [x.indicatorId, x.indexGain])).toEqual([["SPD-8", null], ["SID-20", null]]);
  });
});

describe("one printed gain for every evidence-gap list (review12 F4)", () => {
  // a province's model whose index has no decimals: an SPD gap under a whole point does not move the printed index
  const whole: Edition = { ...e2026, id: "prov-x-2026", formula: { ...e2026.formula, rounding: { ...e2026.formula.rounding, decimals: 0 } } };

  it("under a 0-decimal edition a gap's gain is its exact gain rounded to the whole point, as the plan's step on the same answer prints it (audit36: one rule, wherever the index stands); the Ringkasan writes that number at the edition's decimals", () => {
    const g = grids({ "SPD-8": null, "SPD-4": "Tidak Ada", "SPD-9": "Ditolak" });
    const read = readWorkbook(g, { edition: whole });
    const result = scoreRegion(read.input!, whole);
    const list = evidenceGapList(result, { edition: whole, source: read.source });
    const plan = planRegion(read.input!, whole, { result, target: { index: 100 } });
    const texts: string[] = [];
    for (const x of list.gaps) {
      const p = gapPrintedGain(x, result, whole)!;
      expect(p.decimals).toBe(0);
      expect(p.below).toBe(x.indexGain! > 0 && x.indexGain! < 0.5);
      expect(p.gain).toBe(p.below ? x.indexGain : Math.round(x.indexGain!));
      // the plan's first step on an SPD row prints the same number
      const step = plan.actions[0]!;
      if (step.kind === "evidence" && step.where.spdRow?.id === x.indicatorId && !x.innovation) expect(p.gain).toBe(printedGain(step, plan.start.index, 0));
      texts.push(gapGainText(p, "id"));
    }
    // an SPD gap of 0.78 rounds to a whole point: "≈ +1" (it was "+<1" when its printed index did not move, "≈ +0,78" in the pane before that)
    expect(texts).toContain("≈ +1");
    expect(texts.every((t) => t === "+<1" || /^≈ \+\d+$/.test(t))).toBe(true);
    const content = summaryContent(result, [], "id", [], { edition: whole, source: read.source });
    const at = content.rows.findIndex((r) => r[0] === "Kekurangan Bukti");
    list.gaps.forEach((x, k) => {
      expect(content.rows[at + 1 + k]![6]).toBe(gapPrintedGain(x, result, whole)!.gain);
      // whole points, and "<1" shown for a gain that does not move the printed index (its exact value kept), not 0
      expect(content.formats).toContainEqual({ row: at + 1 + k, col: 6, numFmt: '[=0]0;[<0.5]"<1";0' });
    });
    // written with that number format (a number cell, as the Rencana sheet writes its steps' gains)
    const w = writeResults(g, result, { source: read.source, edition: whole });
    const cell = w.writes.find((c) => c.sheet === "Ringkasan" && c.row === at + 1 && c.col === 6)!;
    expect([cell.value, cell.numFmt]).toEqual([gapPrintedGain(list.gaps[0]!, result, whole)!.gain, '[=0]0;[<0.5]"<1";0']);
  });

  it("at two decimals the Ringkasan's gain is the printed change with two decimals (format 0.00), a gain that does not move the printed index its exact value shown '<0.01', as the Rencana writes it", () => {
    const g = grids({ "SPD-8": null });
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, read.edition);
    const content = summaryContent(result, [], "en", [], { edition: read.edition, source: read.source });
    const at = content.rows.findIndex((r) => r[0] === "Evidence Gaps");
    const first = evidenceGapList(result, { edition: read.edition }).gaps[0]!;
    const p = gapPrintedGain(first, result, read.edition)!;
    expect(p.below).toBe(false);
    expect(content.rows[at + 1]![6]).toBe(p.gain);
    expect(Number(p.gain.toFixed(2))).toBe(p.gain);
    expect(content.formats).toContainEqual({ row: at + 1, col: 6, numFmt: '[=0]0.00;[<0.005]"<0.01";0.00' }); // English: "<0.01"
    expect(gapGainText({ gain: 0.0016, decimals: 2, below: true }, "id")).toBe("+<0,01");
    expect(gapGainText({ gain: 0.78, decimals: 2, below: false }, "en")).toBe("≈ +0.78");
  });
});

function weight(id: string): number {
  return e2026.indicators.find((i) => i.id === id)!.weight!;
}
