/** A target typed as an index (plan13 F11): never rounded below what was typed, and said with the band it is in. */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { formatPlan } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import { parsePlanTarget, resolveTarget, targetBandNote } from "../../src/plan/target.js";
import { innovations, region, allAt } from "../engine/builders.js";

const e = getEdition("iid-2026")!;

describe("an index target", () => {
  it("65,005 is 65,01 at two decimals (half-up on the float 65.00499… printed 65,00, below what was typed)", () => {
    const t = parsePlanTarget("65,005", e);
    if (!t.ok) throw new Error("parsed");
    expect(resolveTarget(t.value, 30, e)?.index).toBe(65.01);
    expect(resolveTarget({ index: 65.01 }, 30, e)?.index).toBe(65.01);
    expect(resolveTarget({ index: 40 }, 30, e)?.index).toBe(40);
    const plan = planRegion(region({ spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 12, 2) }), e, { target: t.value, maxActions: 0 });
    expect(formatPlan(plan, "id")[1]).toContain("target: IID ≥ 65,01");
  });

  it("40 is still Kurang Inovatif under the 2026 bands: said, with where Inovatif starts", () => {
    expect(targetBandNote(40, e)).toEqual({ id: "40,00 masih Kurang Inovatif; Inovatif mulai 40,01", en: "40.00 is still Less innovative; Innovative starts at 40.01" });
    expect(targetBandNote(40.01, e)?.id).toBe("40,01 masih Inovatif; Sangat Inovatif mulai 65,01");
    expect(targetBandNote(70, e)?.id).toBe("70,00 adalah Sangat Inovatif, predikat tertinggi");
    const plan = planRegion(region({ spdAnswers: allAt(e, "SPD", 1), innovations: innovations(e, 12, 1) }), e, { target: { index: 40 }, maxActions: 0 });
    expect(formatPlan(plan, "id", { targetNote: targetBandNote(40, e)!.id })[1]).toMatch(/target: IID ≥ 40,00 \(40,00 masih Kurang Inovatif; Inovatif mulai 40,01\)/);
  });
});
