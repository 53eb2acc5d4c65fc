/** Builders so tests read like the spec: a region, its SPD answers and its innovations. */
import type { AnswerInput, EvidenceStatus, InnovationInput, RegionInput, RegionInputData } from "../../src/input/schemas.js";
import { RegionInput as RegionInputSchema } from "../../src/input/schemas.js";
import type { Edition } from "../../src/model/edition.js";
import { YANDAS } from "./fixtures.js";

/** Every indicator of `aspect` answered at `tier` with the given evidence status. */
export function allAt(edition: Edition, aspect: "SID" | "SPD", tier: number, evidence: EvidenceStatus = "accepted") {
  const answers: Record<string, AnswerInput> = {};
  for (const i of edition.indicators) if (i.aspect === aspect) answers[i.id] = { tier, evidence };
  return answers;
}

/** An eligible innovation (penerapan in 2025, 400 words, first entry) with every SID indicator at `tier`. */
export function innovation(edition: Edition, tier: number, over: Partial<InnovationInput> = {}): InnovationInput {
  return {
    name: "Inovasi",
    agency: "Dinas Kesehatan",
    stage: "penerapan",
    urusan: YANDAS[0] as string,
    implementationDate: "2025-03-01",
    designWords: 400,
    entries: 1,
    answers: allAt(edition, "SID", tier),
    ...over,
  };
}

/** `count` such innovations, their main urusan cycling through the six yandas urusan (so the rule is met from 6). */
export function innovations(edition: Edition, count: number, tier: number, over: Partial<InnovationInput> = {}) {
  return Array.from({ length: count }, (_, k) =>
    innovation(edition, tier, { name: `Inovasi ${k + 1}`, urusan: YANDAS[k % YANDAS.length] as string, ...over }),
  );
}

/** A kabupaten of `year` with the given parts; parsed so defaults are filled as the engine expects. */
export function region(parts: Partial<RegionInputData> = {}, year = 2026): RegionInput {
  return RegionInputSchema.parse({ region: { name: "Kabupaten Contoh", level: "kabupaten", year }, ...parts });
}
