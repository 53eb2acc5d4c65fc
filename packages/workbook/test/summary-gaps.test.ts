import { describe, expect, it } from "vitest";
import { roundHalfUp, scoreRegion } from "@inovasi/core";
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
    const content = summaryContent(result, [], "id", [], { edition: read.edition, source: read.source });
    const at = content.rows.findIndex((r) => r[0] === "Kekurangan Bukti");
    const listed = content.rows.slice(at + 1, at + 1 + SUMMARY_LIMITS.gaps);
    // what accepting it adds to the index: its points over the divisor, over the maximum total
    const gain = (points: number) => roundHalfUp((points / result.verified.sid.divisor! / result.verified.maxTotal!) * 100, 2);
    expect(listed.map((r) => r.slice(0, 7))).toEqual(all.slice(0, SUMMARY_LIMITS.gaps).map(({ inv, gap }) => [inv.name, inv.agency, gap.indicatorName.id, labelOf(EVIDENCE_LABELS, gap.evidence), gap.points, gap.required.map((t) => t.id).join("; "), gain(gap.points!)]));
    // each at its Bukti cell, which holds what the row says
    for (const [k, r] of listed.entries()) {
      const [, col, row] = /^Inovasi!([A-Z]+)(\d+)$/.exec(String(r[7]))!;
      const c = [...col!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(g["Inovasi"]!.cells[Number(row) - 1]![c]).toBe("Tidak Ada");
      expect(g["Inovasi"]!.cells[0]![c]).toBe(`${sid.find((i) => i.id === all[k]!.gap.indicatorId)!.number}. Bukti`);
      expect(g["Inovasi"]!.cells[Number(row) - 1]).toContain(all[k]!.inv.name);
    }
    expect(content.rows[at + 1 + SUMMARY_LIMITS.gaps]![0]).toMatch(new RegExp(`^… dan ${all.length - SUMMARY_LIMITS.gaps} kekurangan bukti lainnya \\(semuanya: kolom Skor Kekurangan Bukti lembar Inovasi`));
  });
});

describe("the summary's evidence gaps are those whose evidence accepted adds points", () => {
  it("leaves out the gaps of an innovation not counted in the verified projection, and says how many (as the CLI's summary and the recap count)", () => {
    const g = templateAsGrids();
    const sid = e2026.indicators.filter((i) => i.aspect === "SID");
    const counted = fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan");
    counted[`${sid[0]!.number}. Bukti`] = "Menunggu";
    const idle = fullInnovation(e2026, "Si Pendek", "Dinas Kesehatan", "Kesehatan");
    idle[`${sid[0]!.number}. Bukti`] = "Menunggu";
    idle[`${sid[1]!.number}. Bukti`] = "Menunggu";
    idle["Jumlah Kata Rancang Bangun"] = 100; // under 300 words: not counted in the verified projection
    addRow(g["Inovasi"]!, counted);
    addRow(g["Inovasi"]!, idle);
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, read.edition);
    expect(result.innovations.map((i) => [i.verified.counted, i.evidenceGaps.length])).toEqual([[true, 1], [false, 2]]);
    // re-scored: accepting the idle innovation's evidence adds nothing, the counted one's does
    const accept = (k: number) => {
      const x = structuredClone(read.input!);
      const inv = x.innovations[k]!;
      // new answer objects: the reader shares one object between equal answers of different innovations
      inv.answers = Object.fromEntries(Object.entries(inv.answers).map(([id, a]) => [id, { ...a, evidence: "accepted" as const }]));
      return scoreRegion(x, read.edition).verified.total;
    };
    expect(accept(1)).toBe(result.verified.total);
    expect(accept(0)).toBeGreaterThan(result.verified.total!);
    for (const [locale, heading, note] of [
      ["id", "Kekurangan Bukti", "Tidak dicantumkan: 2 kekurangan bukti pada inovasi yang tidak dihitung (terverifikasi); meskipun buktinya diterima, poinnya tidak bertambah sebelum inovasinya dihitung"],
      ["en", "Evidence Gaps", "Not listed: 2 evidence gaps on innovations not counted (verified)"],
    ] as const) {
      const rows = summaryContent(result, [], locale).rows;
      const at = rows.findIndex((r) => r[0] === heading);
      expect(rows.slice(at + 1, at + 3).map((r) => r[0])).toEqual(["Si Sehat", expect.stringContaining(note)]);
    }
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
