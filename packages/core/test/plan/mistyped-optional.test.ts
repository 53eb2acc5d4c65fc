/**
 * An optional indicator answered with what does not score (SID-3 "lihat lampiran", an unknown option): the innovation
 * still counts, the answer scores 0, and the plan answers it from tier 0. Its step now says what was typed and why it
 * does not score — "ganti jawaban dengan tingkat 1: … — 3. … "lihat lampiran" (pilihan tidak dikenal) — tingkat 1: …" —
 * as plan28's count step quotes a mistyped mandatory answer; it said "isi jawaban tingkat 1", as for an empty cell
 * (recplan29). The steps themselves (gain, index, edits) are those of the empty answer.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { describeAction } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import { allAt, innovations, region } from "../engine/builders.js";

const e = getEdition("iid-2026")!;

function regionWith(id: string, given: AnswerInput | undefined) {
  const list = innovations(e, 12, 2).map((i) => ({ ...i, answers: { ...allAt(e, "SID", 2) } }));
  const answers = { ...list[0]!.answers };
  if (given) answers[id] = given;
  else delete answers[id];
  list[0] = { ...list[0]!, name: "Kartu Ramah Kesehatan", answers };
  return region({ spdTotal: 40, innovations: list });
}

const steps = (p: ReturnType<typeof planRegion>) => p.actions.map((a) => [a.kind, a.effort, a.gain, a.indexAfter, a.edits]);

describe("a mistyped optional answer: its step quotes it and says why it does not score (recplan29)", () => {
  const cases: [string, AnswerInput, string, string, string][] = [
    ["SID-3", { option: "lihat lampiran", evidence: "accepted" }, '"lihat lampiran"', "pilihan tidak dikenal", "unknown option"],
    ["SID-3", { tier: 7, evidence: "accepted" }, '"7"', "tingkat tidak sah", "not a valid tier"],
  ];
  it.each(cases)("%s given %j", (id, given, quoted, whyId, whyEn) => {
    const options = { target: { index: 100 }, maxNewInnovations: 0, maxActions: 400 };
    const plan = planRegion(regionWith(id, given), e, options);
    const blank = planRegion(regionWith(id, undefined), e, options);
    // the same plan as the empty answer's, in everything but its words
    expect(steps(plan)).toEqual(steps(blank));
    const a = plan.actions.find((x) => x.kind === "tier_up" && x.where.innovation?.name === "Kartu Ramah Kesehatan" && x.where.indicator?.id === id && x.where.tier?.from === 0)!;
    expect(a).toBeDefined();
    expect(a.where.given).toMatchObject({ reason: given.option ? "unknown_option" : "tier_out_of_range" });
    const ind = e.indicators.find((x) => x.id === id)!;
    // the planner's tier ups of one cell are one step (0→3 here): still quoted
    const t = a.where.tier!.to;
    const o = ind.options.find((x) => x.tier === t)!;
    expect(describeAction(a, "id")).toBe(
      `ganti jawaban dengan tingkat ${t}: Kartu Ramah Kesehatan (Dinas Kesehatan) — ${ind.number}. ${ind.name.id} ${quoted} (${whyId}) — tingkat ${t}: ${o.label.id}; bukti: ${o.evidence.map((x) => x.id).join("; ")} — tulis "Diterima" bila verifikator sudah menerimanya`,
    );
    expect(describeAction(a, "en")).toMatch(new RegExp(`^replace the answer with tier ${t}: Kartu Ramah Kesehatan \\(Dinas Kesehatan\\) — ${ind.number}\\. .* ${quoted} \\(${whyEn}\\) — tier ${t}: `));
    // the empty answer's step keeps its words
    const b = blank.actions.find((x) => x.kind === "tier_up" && x.where.innovation?.name === "Kartu Ramah Kesehatan" && x.where.indicator?.id === id && x.where.tier?.from === 0)!;
    expect(b.where.given).toBeUndefined();
    expect(describeAction(b, "id")).toMatch(/^isi jawaban tingkat \d: Kartu Ramah Kesehatan/);
  });
});
