/**
 * audit38: the analyst sends each agency its missing evidence, and the plan says what its new innovations and SPD
 * steps rest on (plan38).
 * - the CLI's evidence lists say how many groups they leave out and where every one is (5 of 33 agencies, silently);
 * - each agency's evidence group names its innovations and the indicators each lacks (`innovationGaps`);
 * - new innovations modelled on the median as the plan has raised it say so beside "one more innovation" (today's);
 * - a plan that raises SPD rows says why it leaves the rows of record below their top.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { isRecord } from "../../src/engine/_edition.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { formatPlan, planNewInnovationNote, planSpdNote } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import { allAt, innovations, region } from "../engine/builders.js";

const e = getEdition("iid-2026")!;
const example = (() => {
  const p = parseRegionInput(JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8")));
  if (!p.ok) throw new Error("example");
  return p.value;
})();

describe("missing evidence per agency, complete", () => {
  const plan = planRegion(example, e);

  it("the printed lists say how many they leave out and where all of them are, in both languages", () => {
    const agencies = plan.evidence.byAgency.length;
    const indicators = plan.evidence.byIndicator.length;
    expect(agencies).toBeGreaterThan(5);
    const en = formatPlan(plan, "en");
    const at = en.indexOf("Evidence by agency:");
    expect(en.slice(at + 1, at + 6).every((l) => /^  [^ …]/.test(l))).toBe(true);
    expect(en[at + 6]).toBe(`  … and ${agencies - 5} more agencies (all of them: --json, or the Rencana sheet inovasi score writes, with each agency's innovations; each answer and its evidence: the Skor Kekurangan Bukti column of the Inovasi sheet, filtered by Perangkat Daerah)`);
    expect(en).toContain(`  … and ${indicators - 5} more indicator${indicators - 5 === 1 ? "" : "s"} (all of them: --json, or the Rencana sheet inovasi score writes, with each agency's innovations; each answer and its evidence: the Skor Kekurangan Bukti column of the Inovasi sheet, filtered by Perangkat Daerah)`);
    const id = formatPlan(plan, "id");
    expect(id).toContain(`  … dan ${agencies - 5} perangkat daerah lainnya (semuanya: --json, atau lembar Rencana yang ditulis inovasi score, dengan inovasi setiap perangkat daerah; tiap jawaban dan buktinya: kolom Skor Kekurangan Bukti lembar Inovasi, saring menurut Perangkat Daerah)`);
    // all of them shown: nothing to say
    expect(formatPlan(plan, "en", { groups: 1000 }).some((l) => l.startsWith("  … and"))).toBe(false);
  });

  it("each agency names its innovations and the indicators each lacks: together every answer of the group", () => {
    for (const g of plan.evidence.byAgency) {
      if (g.key === "SPD") {
        expect(g.innovationGaps).toBeUndefined();
        continue;
      }
      const items = g.innovationGaps!;
      expect(items.length, g.key).toBe(g.innovations);
      expect(items.reduce((n, x) => n + x.indicators.length, 0), g.key).toBe(g.answers);
      for (const x of items) expect(example.innovations[x.index]!.name).toBe(x.name);
    }
    // every innovation counted with a gap is under exactly one agency
    const named = plan.evidence.byAgency.flatMap((g) => (g.innovationGaps ?? []).map((x) => x.index));
    expect(new Set(named).size).toBe(named.length);
    expect(named.length).toBe(plan.evidence.byAgency.reduce((n, g) => n + g.innovations, 0));
  });
});

describe("what the new innovations and the SPD steps rest on", () => {
  // twelve innovations at tier 2 (74 each), SPD at tier 2 (spec §7's worked example): to Sangat Inovatif
  const w1 = region({ region: { name: "Kabupaten Lembah Hijau", level: "kabupaten", year: 2026 }, spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 12, 2) });
  const plan = planRegion(w1, e, { target: { predicate: "sangat-inovatif" }, maxActions: 300 });

  it("new innovations at the median as the plan has raised it say so, beside today's 'one more innovation'", () => {
    const added = plan.actions.filter((a) => a.kind === "new_innovation");
    expect(added.length).toBeGreaterThan(0);
    expect(plan.oneMore.basis).toBe("median");
    const last = added.at(-1)!.where.added![0]!.score;
    expect(last).toBeGreaterThan(plan.oneMore.expectedScore);
    const f = (x: number) => x.toFixed(2);
    expect(planNewInnovationNote(plan, "en")).toBe(`The new innovations score the median counted innovation at their step, which follows the plan's steps (${f(plan.oneMore.expectedScore)} today, ${f(last)} at the last new one): each is modelled on the median row then, which the steps before it may have raised — copy it once those are done. "One more innovation" is today's figure.`);
    expect(planNewInnovationNote(plan, "id")).toMatch(/^Inovasi baru berskor median inovasi yang dihitung pada langkahnya, .*\(saat ini 74,00, pada inovasi baru terakhir \d+,\d\d\)/);
    // printed under the status
    expect(formatPlan(plan, "en").slice(2, 6)).toContain(planNewInnovationNote(plan, "en"));
    // a score given: the plan says nothing more (every new one scores it)
    const given = planRegion(w1, e, { target: { predicate: "sangat-inovatif" }, maxActions: 300, expectedScore: 74 });
    expect(planNewInnovationNote(given, "en")).toBeUndefined();
  });

  it("a plan that raises SPD rows says the rows of record stay, and names them", () => {
    const records = e.indicators.filter((i) => i.aspect === "SPD" && isRecord(i));
    expect(records.length).toBeGreaterThan(0);
    expect(plan.spdRecords.map((r) => r.id)).toEqual(records.filter((i) => Math.max(...i.options.map((o) => o.tier)) > 2).map((i) => i.id));
    expect(plan.actions.some((a) => a.kind === "tier_up" && a.where.spdRow)).toBe(true);
    const [a, b, c] = plan.spdRecords;
    const more = plan.spdRecords.length - 3;
    expect(planSpdNote(plan, "en")).toBe(`SPD rows of record are not raised by the plan (${a!.id} ${a!.name.en}, ${b!.id} ${b!.name.en}, ${c!.id} ${c!.name.en}${more > 0 ? ` and ${more} more` : ""}): their value is set by past years or another body (e.g. BPS, the BPK); the plan raises only the other SPD rows and asks for the record rows' evidence.`);
    expect(planSpdNote(plan, "id")).toMatch(/^Baris SPD yang berupa catatan daerah tidak dinaikkan rencana \(SPD-/);
    // no SPD step raised: nothing to explain
    expect(planSpdNote(planRegion(example, e), "en")).toBeUndefined();
  });
});
