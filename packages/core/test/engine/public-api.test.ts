/** The curated public API, imported the way users import it (vitest aliases `@inovasi/core` to src/index.ts). */
import { describe, expect, it } from "vitest";
import * as core from "@inovasi/core";
import { defaultEdition, formatIssue, parseRegionInput, scoreRegion } from "@inovasi/core";

describe("@inovasi/core public API", () => {
  it("exports the engine, compliance, messages, input and editions by name", () => {
    for (const name of [
      "parseRegionInput", "resolveAnswer", "scoreInnovation", "scoreRegion", "predicateFor", "roundHalfUp",
      "checkCompliance", "formatIssue", "renderPath", "editions", "getEdition", "defaultEdition", "validateEdition",
      "deriveEdition", "tierForValue", "Edition", "RegionInput", "Answer",
    ]) {
      expect(core, name).toHaveProperty(name);
    }
    expect(core).not.toHaveProperty("normaliseText");
    expect(core).not.toHaveProperty("eligibilityIssues");
  });

  it("runs the README flow: parse, score with the default edition, print issues in Bahasa Indonesia", () => {
    const input = parseRegionInput({
      region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2026 },
      agencies: [{ name: "Dinas Kesehatan", type: "opd" }],
      innovations: [
        {
          name: "Posyandu Digital",
          agency: "Dinas Kesehatan",
          stage: "penerapan",
          urusan: "Kesehatan",
          implementationDate: "2025-02-01",
          designWords: 450,
          answers: { "SID-18": { measure: "orang", value: 350, evidence: "accepted" }, "SID-1": { option: "SK Camat" } },
        },
      ],
    });
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    const r = scoreRegion(input.value, defaultEdition);
    expect(r.edition.id).toBe("iid-2026");
    expect(core.explainInnovation(r.innovations[0]!, defaultEdition).claimed.find((x) => x.indicatorId === "SID-18")?.tier).toBe(2);
    const lines = r.issues.filter((i) => i.severity === "error").map((i) => formatIssue(i));
    expect(lines).toEqual([expect.stringMatching(/^innovations\[0\]\.answers\.SID-1\.option: pilihan "SK Camat" tidak dikenal/)]);
  });
});

describe("explainInnovation", () => {
  it("gives one row per SID indicator in both projections, the verified one without unaccepted evidence", async () => {
    const { scoreRegion, explainInnovation, getEdition } = await import("../../src/index.js");
    const edition = getEdition("iid-2026")!;
    const sid = edition.indicators.filter((i) => i.aspect === "SID");
    const answers = Object.fromEntries(sid.map((i, k) => [i.id, { tier: 1, evidence: k === 0 ? ("pending" as const) : ("accepted" as const) }]));
    const r = scoreRegion(
      { region: { name: "K", level: "kabupaten", year: 2026, reported: true }, spdAnswers: {}, agencies: [], innovations: [
        { name: "A", agency: "Dinas", stage: "penerapan", urusan: "Kesehatan", relatedUrusan: [], rejected: false, answers, implementationDate: "2025-01-01", designWords: 400 },
      ] },
      edition,
    );
    const e = explainInnovation(r.innovations[0]!, edition);
    expect(e.claimed.map((x) => x.indicatorId)).toEqual(sid.map((i) => i.id));
    expect(e.claimed[0]).toMatchObject({ tier: 1, status: "scored" });
    expect(e.verified[0]).toMatchObject({ tier: 0, status: "evidence_not_accepted", answeredTier: 1 });
    expect(e.verified[1]).toMatchObject({ tier: 1, status: "scored" });
  });
});
