/**
 * Ringkasan's "Rincian per Indikator": each projection's maximum beside its own contribution (audit37 #3). An SID
 * indicator's contribution is Σ weight × tier over the innovations counted in that projection / the divisor (spec §2),
 * so its maximum is the top row score × those innovations / the divisor — the claimed maximum stood beside the verified
 * contribution (12 × 88/90 = 11,73 beside 4,09, whose ceiling is 12 × 55/90 = 7,33).
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { readWorkbook, summaryContent } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("Ringkasan: the maximum contribution of each projection", () => {
  const g = templateAsGrids();
  for (let k = 0; k < 4; k++) addRow(g["Inovasi"]!, fullInnovation(e2026, `Inovasi ${k}`, "Dinas Kesehatan", "Kesehatan"));
  // a Rancang Bangun under 300 words: counted as claimed, not verified (fewer innovations under the verified ceiling)
  for (let k = 4; k < 6; k++) addRow(g["Inovasi"]!, { ...fullInnovation(e2026, `Inovasi ${k}`, "Dinas Kesehatan", "Kesehatan"), "Jumlah Kata Rancang Bangun": 100 });
  const read = readWorkbook(g);
  const result = scoreRegion(read.input!, read.edition);
  const r2 = (x: number) => Math.round(x * 100) / 100;

  for (const locale of ["id", "en"] as const) {
    it(`an SID row's claimed and verified maxima, each its own projection's (${locale})`, () => {
      const content = summaryContent(result, [], locale, [], { edition: read.edition, source: read.source });
      const at = content.rows.findIndex((r) => r[0] === (locale === "id" ? "Rincian per Indikator" : "Breakdown by Indicator"));
      expect(content.rows[at]!.slice(3)).toEqual(
        locale === "id"
          ? ["Kontribusi Klaim", "Kontribusi Terverifikasi", "Maksimum Klaim", "Maksimum Terverifikasi"]
          : ["Claimed Contribution", "Verified Contribution", "Claimed Maximum", "Verified Maximum"],
      );
      const [c, v] = [result.claimed.sid, result.verified.sid];
      expect([c.counted, v.counted, c.divisor, v.divisor]).toEqual([6, 4, 12, 12]);
      const sid1 = content.rows.find((r) => r[0] === "SID-1")!;
      const top = read.edition.indicators.find((i) => i.id === "SID-1")!;
      const rowMax = top.weight! * Math.max(...top.options.map((o) => o.tier));
      // beside each contribution its own ceiling: claimed 6 innovations, verified 4, both over the divisor 12
      expect(sid1.slice(3)).toEqual([r2((top.weight! * 2 * 6) / 12), r2((top.weight! * 2 * 4) / 12), r2((rowMax * 6) / 12), r2((rowMax * 4) / 12)]);
      expect(sid1[4]! <= sid1[6]!).toBe(true);
      // an SPD row: one row, the same maximum in both projections
      const spd = content.rows.find((r) => typeof r[0] === "string" && r[0].startsWith("SPD-"))!;
      expect(spd[5]).toBe(spd[6]);
      expect(content.formats.filter((f) => f.row === content.rows.indexOf(sid1)).map((f) => f.col)).toEqual([3, 4, 5, 6]);
    });
  }
});
