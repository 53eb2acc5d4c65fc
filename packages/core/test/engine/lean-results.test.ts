/**
 * Lean results (issue 8): what scoreRegion keeps per innovation is small, and what it builds on demand reads like
 * ordinary data. Checked against explainInnovation's rows (the documented breakdown), recomputed here independently.
 */
import { describe, expect, it } from "vitest";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { editionIds, getEdition } from "../../src/editions/index.js";
import { resolvedAnswers } from "../../src/engine/_resolved.js";
import { resolveAnswer } from "../../src/engine/answer.js";
import { explainInnovation } from "../../src/engine/explain.js";
import { scoreInnovation } from "../../src/engine/innovation.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { EvidenceGap, InnovationResult, RegionResult } from "../../src/engine/result.js";
import { parseRegionInput } from "../../src/input/parse.js";
import type { RegionInput } from "../../src/input/schemas.js";
import type { Edition } from "../../src/model/edition.js";

const edition = getEdition("iid-2026")!;

function regions(e: Edition, count: number, innovations: number, seed: number): RegionInput[] {
  return generateRegions(e, { regions: count, innovations, seed }).map((d) => {
    const p = parseRegionInput(d);
    if (!p.ok) throw new Error("a generated region does not parse");
    return p.value;
  });
}

/** The evidence gaps as the rows say: answered (tier > 0) but evidence not accepted; none for a rejected innovation. */
function gapsFromRows(inv: InnovationResult, e: Edition): EvidenceGap[] {
  if (inv.rejected) return [];
  return explainInnovation(inv, e)
    .claimed.filter((r) => r.answeredTier > 0 && r.evidence !== "accepted")
    .map((r) => {
      const indicator = e.indicators.find((i) => i.id === r.indicatorId)!;
      return {
        indicatorId: r.indicatorId,
        indicatorName: indicator.name,
        tier: r.answeredTier,
        evidence: r.evidence,
        points: r.weight === null ? null : r.weight * r.answeredTier,
        required: indicator.options.find((o) => o.tier === r.answeredTier)?.evidence ?? [],
      };
    });
}

describe("evidenceGaps, built when read", () => {
  const [input] = regions(edition, 1, 300, 11);
  const r = scoreRegion(input!, edition);

  it("lists what the rows say, and reads as an ordinary array through JSON, spread and structuredClone", () => {
    expect(r.innovations.some((i) => i.evidenceGaps.length > 0)).toBe(true);
    expect(r.innovations.some((i) => i.rejected)).toBe(true);
    for (const inv of r.innovations) {
      const expected = gapsFromRows(inv, edition);
      expect(inv.evidenceGaps).toEqual(expected);
      expect(Object.keys(inv)).toContain("evidenceGaps");
      expect(JSON.parse(JSON.stringify(inv)).evidenceGaps).toEqual(JSON.parse(JSON.stringify(expected)));
      expect({ ...inv }.evidenceGaps).toEqual(expected);
      expect(structuredClone(inv).evidenceGaps).toEqual(expected);
    }
  });

  it("is built on each read and kept nowhere; an assignment replaces it", () => {
    const inv = r.innovations.find((i) => i.evidenceGaps.length > 0)!;
    expect(inv.evidenceGaps).not.toBe(inv.evidenceGaps);
    expect(inv.evidenceGaps).toEqual(inv.evidenceGaps);
    const other = r.innovations.find((i) => i !== inv)!;
    const mine: EvidenceGap[] = [];
    inv.evidenceGaps = mine;
    expect(inv.evidenceGaps).toBe(mine);
    expect(other.evidenceGaps).toEqual(gapsFromRows(other, edition));
  });
});

describe("resolved, compact", () => {
  it("holds each SID answer's tier, evidence and validity, in edition order, as resolvedAnswers and the rows read it", () => {
    const inv = scoreInnovation(
      {
        name: "Inovasi",
        agency: "Dinas",
        stage: "penerapan",
        urusan: "Kesehatan",
        relatedUrusan: [],
        rejected: false,
        answers: {
          "SID-1": { tier: 3, evidence: "accepted" },
          "SID-2": { tier: 2, evidence: "pending" },
          "SID-3": { option: "no such option", evidence: "rejected" },
        },
      },
      edition,
    );
    const sid = edition.indicators.filter((i) => i.aspect === "SID");
    expect(inv.resolved).toHaveLength(2 * sid.length);
    expect(inv.resolved.slice(0, 8)).toBe("3a2p0R0m");
    const arrays = resolvedAnswers(inv);
    expect(arrays.tiers.slice(0, 4)).toEqual([3, 2, 0, 0]);
    expect(arrays.evidence.slice(0, 4)).toEqual(["accepted", "pending", "rejected", "missing"]);
    expect(arrays.invalid).toEqual([2]);
    const rows = explainInnovation(inv, edition).claimed;
    expect(rows.map((x) => x.answeredTier)).toEqual(arrays.tiers);
    expect(rows.map((x) => x.evidence)).toEqual(arrays.evidence);
    expect(rows.filter((x) => x.status === "invalid_answer").map((x) => rows.indexOf(x))).toEqual([2]);
  });

  it("explains a result read back from JSON, and a result holding the arrays, the same way", () => {
    const [input] = regions(edition, 1, 120, 5);
    for (const inv of scoreRegion(input!, edition).innovations) {
      const rows = explainInnovation(inv, edition);
      expect(explainInnovation(JSON.parse(JSON.stringify(inv)) as InnovationResult, edition)).toEqual(rows);
      const withArrays = { ...inv, resolved: resolvedAnswers(inv) } as unknown as InnovationResult;
      expect(explainInnovation(withArrays, edition)).toEqual(rows);
    }
  });
});

describe("a projection's breakdown, built when read", () => {
  it("sums the rows of the counted innovations per SID indicator, under every shipped edition", () => {
    for (const id of editionIds) {
      const e = getEdition(id)!;
      for (const input of regions(e, 3, 240, 19)) {
        const r = scoreRegion(input, e);
        for (const projection of ["claimed", "verified"] as const) {
          const p = r[projection];
          const sid = p.breakdown.filter((b) => b.aspect === "SID");
          sid.forEach((b, k) => {
            let sum = 0;
            for (const inv of r.innovations) {
              if (inv[projection].counted) sum += explainInnovation(inv, e)[projection][k]!.score ?? 0;
            }
            expect(b.sum, `${id} ${projection} ${b.indicatorId}`).toBe(sum);
          });
          expect(JSON.parse(JSON.stringify(p)).breakdown).toEqual(JSON.parse(JSON.stringify(p.breakdown)));
          expect({ ...p }.breakdown).toBe(p.breakdown);
        }
      }
    }
  });
});

describe("a projection's SPD rows, built when read", () => {
  it("give each SPD answer's tier, evidence and points, and add up to the SPD score, under every shipped edition", () => {
    for (const id of editionIds) {
      const e = getEdition(id)!;
      const spd = e.indicators.filter((i) => i.aspect === "SPD");
      for (const input of regions(e, 3, 60, 23)) {
        const r = scoreRegion(input, e);
        for (const projection of ["claimed", "verified"] as const) {
          const part = r[projection].spd;
          if (part.from === "total") {
            expect(part.rows).toEqual([]);
            continue;
          }
          expect(part.rows.map((row) => row.indicatorId)).toEqual(spd.map((i) => i.id));
          let total: number | null = 0;
          part.rows.forEach((row, k) => {
            const answer = input.spdAnswers[spd[k]!.id];
            const evidence = answer?.evidence ?? "missing";
            const answered = resolveAnswer(spd[k]!, answer).tier;
            const tier = projection === "verified" && evidence !== "accepted" ? 0 : answered;
            expect(row, `${id} ${projection} ${row.indicatorId}`).toMatchObject({ answeredTier: answered, tier, evidence, weight: spd[k]!.weight });
            expect(row.score).toBe(row.weight === null ? null : row.weight * tier);
            total = total === null || row.score === null ? null : total + row.score;
          });
          expect(part.score, `${id} ${projection}`).toBe(total);
          expect(JSON.parse(JSON.stringify(part)).rows).toEqual(JSON.parse(JSON.stringify(part.rows)));
          expect({ ...part }.rows).toBe(part.rows);
        }
      }
    }
  });
});

describe("shared values and scratch space", () => {
  it("shares each innovation projection as a frozen value", () => {
    const [input] = regions(edition, 1, 200, 3);
    const r = scoreRegion(input!, edition);
    const p = r.innovations[0]!.claimed;
    expect(Object.isFrozen(p)).toBe(true);
    expect(() => {
      (p as { total: number | null }).total = 1;
    }).toThrow(TypeError);
    const same = r.innovations.filter((i) => i.claimed.total === p.total && i.claimed.counted === p.counted);
    expect(same.length).toBeGreaterThan(1);
    for (const i of same) expect(i.claimed).toBe(p);
  });

  it("gives the same results whatever was scored before (editions with other SID counts in between)", () => {
    const e2023 = getEdition("iid-2023")!;
    const a = regions(edition, 2, 150, 8);
    const b = regions(e2023, 2, 150, 9);
    const alone = a.map((x) => JSON.stringify(scoreRegion(x, edition)));
    const interleaved: RegionResult[] = [];
    for (let k = 0; k < a.length; k++) {
      scoreRegion(b[k]!, e2023);
      interleaved.push(scoreRegion(a[k]!, edition));
    }
    expect(interleaved.map((x) => JSON.stringify(x))).toEqual(alone);
  });
});

describe("what a result's lazy breakdown holds (issue 8, session 23)", () => {
  it("sums the answers as scored, not the innovation results: dropping or editing those leaves the breakdown as it was", () => {
    const [input] = regions(edition, 1, 40, 7);
    const kept = scoreRegion(input!, edition);
    const edited = scoreRegion(input!, edition);
    // the builder must not reach the innovation results (V8 keeps a lazy accessor's closures alive until a full
    // collection: holding the results made every dropped region survive each young one)
    for (const r of edited.innovations) (r as { resolved: unknown }).resolved = "0m".repeat(20);
    edited.innovations.length = 0;
    const sid = (r: RegionResult) => r.verified.breakdown.filter((b) => b.aspect === "SID").map((b) => b.sum);
    expect(sid(edited)).toEqual(sid(kept));
    expect(sid(kept).some((s) => (s ?? 0) > 0)).toBe(true);
    expect(edited.claimed.breakdown).toEqual(kept.claimed.breakdown);
  });
});
