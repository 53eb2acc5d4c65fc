/**
 * An SPD row of the region's record (Opini BPK, IPM, growth figures …) is never raised by a plan, but one left empty is
 * data to fill in, not reality to change (plan13 F2: "isi data SPD 8" was missing, the cheapest and most valuable step).
 * The plan counts it at its lowest tier — what the record scores at least — and says what each tier would add.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { planRegion } from "../../src/plan/plan.js";
import { describeAction, formatPlan, planSpdNote } from "../../src/plan/messages.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { checkSteps } from "./_checker.js";

const e = getEdition("iid-2026")!;

describe("an empty SPD row of record is filled in", () => {
  it("SPD-8 (Opini BPK) left blank: one step at tier 1 (bobot 1.5 × 1 of 250: +0.60), its tiers' gains said", () => {
    const spdAnswers = allAt(e, "SPD", 2);
    delete spdAnswers["SPD-8"];
    const input = region({ spdAnswers, innovations: innovations(e, 12, 2) });
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 5 });
    const fill = plan.actions.filter((a) => a.kind === "fill");
    expect(fill).toHaveLength(1);
    expect(fill[0]!.where.spdRow?.id).toBe("SPD-8");
    expect(fill[0]!.edits).toEqual([{ op: "set_answer", scope: "spd", indicatorId: "SPD-8", answer: { tier: 1, evidence: "accepted" } }]);
    expect(fill[0]!.gain).toBeCloseTo(0.6, 10);
    expect(fill[0]!.effort).toBe(1); // an evidence's effort
    checkSteps(input, e, plan);
    const id = describeAction(fill[0]!, "id");
    expect(id).toMatch(/^isi data: SPD-8 Opini BPK .*\(kosong; data daerah, isi apa adanya — tingkat 1 \(Tidak Menyatakan Pendapat \(TMP\) atau Tidak Wajar \(TW\)\) \+0,60, tingkat 2 \(Wajar Dengan Pengecualian \(WDP\)\) \+1,20, tingkat 3 \(Wajar Tanpa Pengecualian \(WTP\)\) \+1,80; rencana menghitung tingkat 1\); bukti: /);
    // each tier by the option the row's dropdown holds (audit19 F7: "tingkat 1" alone sent the analyst to Petunjuk Indikator)
    expect(fill[0]!.where.fill!.options!.map((o) => o.id)).toEqual(["Tidak Menyatakan Pendapat (TMP) atau Tidak Wajar (TW)", "Wajar Dengan Pengecualian (WDP)", "Wajar Tanpa Pengecualian (WTP)"]);
    expect(describeAction(fill[0]!, "en")).toMatch(/^fill in the data: SPD-8 .*\(empty; the region's record, enter it as it is — tier 1 \(.+\) \+0\.60, tier 2 \(.+\) \+1\.20, tier 3 \(.+\) \+1\.80; the plan counts tier 1\)/);
    // the header says what is left open: up to two tiers more on SPD-8 (+1.20)
    // (then, as the plan raises SPD rows too, why the rows of record answered below their top stay: plan38)
    expect(formatPlan(plan, "id")[3]).toMatch(/^Rencana ini mengisi 1 baris data SPD yang kosong \(catatan daerah, mis\. opini BPK\): langkah "isi data" menghitungnya pada tingkat terendah — isi dengan data sebenarnya, indeks bisa naik hingga \+1,20 lagi, lalu jalankan rencana lagi\.( Baris SPD yang berupa catatan daerah tidak dinaikkan rencana .*)?$/);
    expect(planSpdNote(plan, "en")).toMatch(/^This plan fills 1 empty SPD data row \(the region's record, e\.g\. the BPK opinion\): the "fill in" steps count it at the lowest tier — enter the real data \(the index may rise up to \+1\.20 more\), then plan again\.( SPD rows of record are not raised by the plan .*)?$/);
  });

  it("an answered row of record is still never raised, and a non-record empty row is answered (not filled)", () => {
    const spdAnswers = allAt(e, "SPD", 1);
    delete spdAnswers["SPD-14"]; // Rencana induk: not a record, something to do
    const input = region({ spdAnswers, innovations: innovations(e, 12, 2) });
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 60 });
    expect(plan.actions.filter((a) => a.kind === "fill")).toEqual([]);
    expect(plan.actions.find((a) => a.where.spdRow?.id === "SPD-14")?.kind).toBe("tier_up");
    // no row filled; the rows of record it leaves at tier 1 while raising SPD-14 are said (plan38)
    expect(planSpdNote(plan, "id")).toMatch(/^Baris SPD yang berupa catatan daerah tidak dinaikkan rencana \(SPD-/);
    expect(planSpdNote(plan, "id")).not.toContain("SPD-14");
    checkSteps(input, e, plan);
  });

  it("an empty SPD sheet: every row of record is filled in, first (16 rows, up to +12.80 more at their top tiers)", () => {
    const input = region({ spdAnswers: {}, innovations: innovations(e, 12, 2) });
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 16 });
    expect(plan.actions.map((a) => a.kind)).toEqual(Array(16).fill("fill"));
    expect(planSpdNote(plan, "en")).toContain("fills 16 empty SPD data rows");
    expect(planSpdNote(plan, "en")).toContain("up to +12.80 more");
    checkSteps(input, e, plan);
  });
});
