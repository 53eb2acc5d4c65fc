/**
 * An unknown option's issue lists the indicator's labels in both languages (`allowed`, `allowedEn`). A messy workbook
 * has ~20,000 such issues, held until the scored copy is written: each made its own two arrays (~2 MB of copies at
 * 10,000 innovations, mem33). They are one pair per indicator now, shared by its issues — counted here, not measured.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "../../src/engine/region.js";
import { resolveAnswer } from "../../src/engine/answer.js";
import { Answer } from "../../src/input/schemas.js";
import { allAt, innovations, region } from "./builders.js";
import { edition2026 as e } from "./fixtures.js";

const ind = (id: string) => e.indicators.find((i) => i.id === id)!;

describe("unknown options of one indicator share its list of labels", () => {
  it("60 innovations with two unknown options each: one pair of label arrays per indicator, each issue at its own cell", () => {
    const rows = innovations(e, 60, 2).map((inv, k) => ({
      ...inv,
      answers: { ...inv.answers, "SID-1": { option: `SK Camat ${k}`, evidence: "accepted" as const }, "SID-6": { option: k % 2 ? "RKPD" : "rencana", evidence: "accepted" as const } },
    }));
    const r = scoreRegion(region({ spdAnswers: allAt(e, "SPD", 2), innovations: rows }), e);
    const unknown = r.issues.filter((i) => i.code === "unknown_option");
    expect(unknown).toHaveLength(120);
    for (const id of ["SID-1", "SID-6"]) {
      const mine = unknown.filter((i) => i.params.indicator === id);
      expect(mine).toHaveLength(60);
      // the labels as before: the indicator's options in order, in each language
      expect(mine[0]!.params.allowed).toEqual(ind(id).options.map((o) => o.label.id));
      expect(mine[0]!.params.allowedEn).toEqual(ind(id).options.map((o) => o.label.en));
      expect(new Set(mine.map((i) => i.params.allowed)).size).toBe(1);
      expect(new Set(mine.map((i) => i.params.allowedEn)).size).toBe(1);
    }
    // each issue keeps its own text and place
    expect(unknown.filter((i) => i.params.indicator === "SID-1").map((i) => i.params.given)).toEqual(rows.map((_, k) => `SK Camat ${k}`));
    expect(unknown.find((i) => i.params.given === "SK Camat 7")!.path).toEqual(["innovations", 7, "answers", "SID-1", "option"]);
  });

  it("resolveAnswer alone: the same arrays for two unknown options of an indicator, the answer's path untouched", () => {
    const path = ["innovations", 3, "answers", "SID-1"];
    const a = resolveAnswer(ind("SID-1"), Answer.parse({ option: "SK Camat" }), path).issues[0]!;
    const b = resolveAnswer(ind("SID-1"), Answer.parse({ option: "SK Lurah" }), path).issues[0]!;
    expect(a.params.allowed).toBe(b.params.allowed);
    expect(a.params.allowedEn).toBe(b.params.allowedEn);
    expect(a.path).toEqual([...path, "option"]);
    expect(path).toEqual(["innovations", 3, "answers", "SID-1"]);
  });
});
