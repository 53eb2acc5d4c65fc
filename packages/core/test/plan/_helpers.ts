/** Shared by the plan tests: replaying a plan with the engine, and regions generated from the shipped edition's data. */
import fc from "fast-check";
import { expect } from "vitest";
import { scoreRegion } from "../../src/engine/region.js";
import type { AnswerInput, EvidenceStatus, InnovationForm, InnovationInput, RegionInput } from "../../src/input/schemas.js";
import type { Edition } from "../../src/model/edition.js";
import { applyAction } from "../../src/plan/apply.js";
import type { Plan } from "../../src/plan/types.js";
import { region } from "../engine/builders.js";

/**
 * Apply every action in order and score after each: the index and predicate must be the plan's, every step must gain,
 * and the last index is the plan's end. Returns the input after the last step.
 */
export function replay(input: RegionInput, edition: Edition, plan: Plan): RegionInput {
  let now = input;
  let previous = scoreRegion(input, edition)[plan.projection].index!;
  expect(plan.start.index).toBe(previous);
  for (const a of plan.actions) {
    now = applyAction(now, a);
    const r = scoreRegion(now, edition)[plan.projection];
    expect(r.index, `step ${a.step} (${a.kind})`).toBe(a.indexAfter);
    expect(r.predicate?.id, `step ${a.step} predicate`).toBe(a.predicateAfter?.id);
    expect(a.gain, `step ${a.step} gains`).toBeGreaterThan(0);
    expect(r.index!).toBeGreaterThanOrEqual(previous);
    previous = r.index!;
  }
  expect(plan.end.index).toBe(previous);
  return now;
}

const evidence = fc.constantFrom<EvidenceStatus>("accepted", "accepted", "accepted", "pending", "missing", "rejected");

/** Answers to an edition's indicators of one aspect, each a tier 0–3 with an evidence status (some left out). */
export function answersFor(edition: Edition, aspect: "SID" | "SPD"): fc.Arbitrary<Record<string, AnswerInput>> {
  const ids = edition.indicators.filter((i) => i.aspect === aspect).map((i) => i.id);
  return fc
    .array(fc.option(fc.record({ tier: fc.integer({ min: 0, max: 3 }), evidence }), { freq: 6 }), { minLength: ids.length, maxLength: ids.length })
    .map((rows) => {
      const out: Record<string, AnswerInput> = {};
      rows.forEach((a, i) => {
        if (a) out[ids[i]!] = a;
      });
      return out;
    });
}

const AGENCIES = ["Dinas Kesehatan", "Dinas Pendidikan", "Kecamatan Hulu", "Kelurahan Hilir"];

/** An innovation as agencies report them: any stage, dates in and out of the window, short designs, rejections. */
export function innovationFor(edition: Edition): fc.Arbitrary<InnovationInput> {
  return fc.record({
    name: fc.constantFrom("Inovasi A", "Inovasi B", "Inovasi C"),
    agency: fc.constantFrom(...AGENCIES),
    stage: fc.constantFrom("inisiatif", "uji_coba", "penerapan", "penerapan"),
    urusan: fc.constantFrom(...edition.yandas.urusan, "Pariwisata"),
    implementationDate: fc.constantFrom("2023-06-01", "2024-01-01", "2025-06-30"),
    designWords: fc.integer({ min: 200, max: 600 }),
    entries: fc.constantFrom(1, 1, 2, 3),
    rejected: fc.constantFrom(false, false, false, true),
    answers: answersFor(edition, "SID"),
    form: fc.constantFrom(undefined, "pelayanan_publik", "tata_kelola"),
  }).map(({ form, ...inv }) => (form === undefined ? inv : { ...inv, form }));
}

/**
 * A kabupaten with 0..max innovations, SPD rows, and a rule that every agency has one innovation — of any form, or
 * (Kutai Kartanegara's wording) a public-service one.
 */
export function regionFor(edition: Edition, max: number): fc.Arbitrary<RegionInput> {
  const forms = fc.constantFrom<InnovationForm[] | undefined>(undefined, ["pelayanan_publik"]);
  return fc.record({ spdAnswers: answersFor(edition, "SPD"), innovations: fc.array(innovationFor(edition), { maxLength: max }), forms }).map(({ forms: countedForms, ...parts }) =>
    region({
      ...parts,
      agencies: AGENCIES.map((name) => ({ name, type: name.startsWith("Dinas") ? "opd" : name.startsWith("Kecamatan") ? "kecamatan" : "kelurahan" })),
      compliance: { rules: [{ id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd", "kecamatan", "kelurahan"], minCount: 1, ...(countedForms ? { countedForms } : {}) }], targets: [] },
    }, edition.year),
  );
}
