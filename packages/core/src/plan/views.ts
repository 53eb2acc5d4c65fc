import type { ComplianceSet } from "../model/compliance.js";
import type { RegionInput } from "../input/schemas.js";
import { matchAgencies } from "../compliance/agencies.js";
import { normaliseText } from "../engine/_text.js";
import { checkCompliance } from "../compliance/check.js";
import { agenciesWithoutInYear } from "./agencies-without.js";
import type { Text } from "../model/common.js";
import type { ComplianceResult } from "../engine/result.js";
import { type PlanState, quickIndex } from "./state.js";
import { roundHalfUp } from "../engine/_round.js";
import { compileEdition } from "../engine/_compiled.js";
import { type Resolved, evidenceAt, tierAt } from "../engine/_resolved.js";
import { isRecord, tiersOf } from "../engine/_edition.js";
import { cloneInnovation } from "./apply.js";
import type { NewTemplate } from "./template.js";
import type { EvidenceGroup, Plan } from "./types.js";

/** Empty seats below the divisor floor: MAX(0, floor − n). */
export function seatsOf(s: PlanState): Plan["seats"] {
  const floor = s.edition.formula.sidDivisorFloor.value;
  const n = s.standing.n;
  return { floor, n, empty: floor === null ? null : Math.max(0, floor - n) };
}

/** The exact gain of one more innovation at the template's score (negative above the floor when it is below the average). */
export function oneMoreOf(s: PlanState, t: NewTemplate): Plan["oneMore"] {
  const floor = s.edition.formula.sidDivisorFloor.value;
  const { exact, sum, n } = s.standing;
  const one = { ...cloneInnovation(t.innovation), name: "Inovasi baru" };
  const after = s.after([{ op: "add_innovation", innovation: one }]).standing.exact;
  const divisor = floor === null ? null : Math.max(floor, n);
  return {
    expectedScore: t.score,
    basis: t.basis,
    ...(t.like ? { like: { index: t.like.index, name: t.like.name } } : {}),
    gain: exact === null || after === null ? null : after - exact,
    aboveFloor: floor !== null && n >= floor,
    average: sum === null || divisor === null || divisor === 0 ? null : sum / divisor,
  };
}

/** The SPD rows of record answered below their top tier (`Plan.spdRecords`): what no step raises. */
export function spdRecordsOf(s: PlanState): Plan["spdRecords"] {
  const out: Plan["spdRecords"] = [];
  if (s.spdPart.from !== "rows") return out;
  for (const row of s.spdPart.rows) {
    const ind = s.edition.indicators.find((i) => i.id === row.indicatorId)!;
    if (isRecord(ind) && row.answeredTier > 0 && row.answeredTier < Math.max(...tiersOf(ind))) out.push({ id: ind.id, number: ind.number, name: ind.name });
  }
  return out;
}

const NONE: Text[] = [];

/** One evidence group being gathered: its answers, innovations, summed change and required evidence, in gap order. */
interface Acc {
  name: Text;
  answers: number;
  innovations: number;
  /** The last innovation counted in `innovations` (a gap's innovation, or -1 for SPD rows); gaps come innovation by innovation. */
  last: number | undefined;
  deltaSum: number;
  spd: number | null;
  required: Map<string, Text>;
  /** An agency group of innovations naming no listed agency: how many innovations typed each spelling (the most typed names it). */
  spellings?: Map<string, number>;
  /** An agency group's innovations with their indicators lacking evidence (`EvidenceGroup.innovationGaps`). */
  items?: NonNullable<EvidenceGroup["innovationGaps"]>;
}

/**
 * Evidence gaps grouped by indicator (SID indicators and SPD rows) and by agency, each with the gain of fixing all of
 * them together: the engine's formula on the summed change (evidence never changes which innovations count, so the
 * divisor and the yandas rule stay), exact for weights that are multiples of 1/4 as in the shipped editions. Read from
 * the results' evidence gaps (verified projection; none in the claimed one, which ignores evidence), gathered into the
 * groups as they are read from the resolved answers (no gap objects: at 50,000 innovations a list of them was ~100,000
 * objects at once), in the same order, so every sum is the same to the bit.
 *
 * An agency is the one compliance matches the innovation to (`agencyOf`: `matchAgencies`' index into the region's list,
 * -1 for none), named as the list spells it — "Dinas Kesehatan" and "DINAS KESEHATAN" are one agency, as its rules count
 * them; an innovation naming no listed agency is grouped by its name ignoring case and extra spaces, named as most of
 * its innovations type it (the first typed on a tie).
 */
export function evidenceViews(s: PlanState, agencyOf: readonly number[] = []): Plan["evidence"] {
  // a region that did not report scores 0 whatever its evidence: no group gains anything, reporting is the one step
  if (s.projection !== "verified" || !s.input.region.reported) return { byIndicator: [], byAgency: [] };
  const byIndicator = new Map<string, Acc>();
  const byAgency = new Map<string, Acc>();
  const add = (groups: Map<string, Acc>, key: string, name: Text, innovation: number, delta: number, spd: boolean, required: Text[]): Acc => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name, answers: 0, innovations: 0, last: undefined, deltaSum: 0, spd: s.standing.spd, required: new Map() }));
    g.answers++;
    if (g.last !== innovation) {
      if (innovation >= 0) g.innovations++; // an SPD row is the region's answer, not an innovation's
      g.last = innovation;
    }
    if (spd) g.spd = g.spd === null ? null : g.spd + delta;
    else g.deltaSum += delta;
    for (const r of required) g.required.set(r.id, r);
    return g;
  };
  const spdName: Text = { id: "SPD (tingkat daerah)", en: "SPD (region level)" };
  const listed = s.input.agencies;
  // the gaps of each counted innovation as its `evidenceGaps` lists them (an answer that reached a tier without accepted
  // evidence: weight × tier, the evidence the tier's first option requires), read in place from its resolved answers
  const sid = compileEdition(s.edition).sid;
  for (let j = 0; j < s.results.length; j++) {
    const r = s.results[j]!;
    const at = s.origin[j];
    if (!r.verified.counted || r.rejected || at === null || at === undefined) continue;
    const a: Resolved = r.resolved;
    // the innovation's agency group, found at its first gap: a listed agency by its place, another by its name's text
    let key: string | undefined, name: Text | undefined, spelling: string | undefined;
    let item: { index: number; name: string; indicators: string[] } | undefined;
    for (let k = 0; k < sid.length; k++) {
      const tier = tierAt(a, k);
      if (tier === 0 || evidenceAt(a, k) === "accepted") continue;
      const { indicator: ind, weight, optionAt } = sid[k]!;
      if (weight === null) continue;
      const points = weight * tier;
      const required = optionAt.get(tier)?.evidence ?? NONE;
      add(byIndicator, ind.id, ind.name, at, points, false, required);
      if (key === undefined) {
        const l = agencyOf[at] ?? -1;
        if (l >= 0) {
          key = `#${l}`;
          name = { id: listed[l]!.name, en: listed[l]!.name };
        } else {
          key = `=${normaliseText(r.agency)}`;
          spelling = r.agency.trim().replace(/\s+/g, " ");
          name = { id: spelling, en: spelling };
        }
      }
      const g = add(byAgency, key, name!, at, points, false, required);
      if (item === undefined) (g.items ??= []).push((item = { index: at, name: s.input.innovations[at]!.name, indicators: [] }));
      item.indicators.push(ind.id);
      if (spelling !== undefined) {
        const sp = (g.spellings ??= new Map());
        sp.set(spelling, (sp.get(spelling) ?? 0) + 1);
        spelling = undefined; // once per innovation
      }
    }
  }
  if (s.spdPart.from === "rows") {
    for (const row of s.spdPart.rows) {
      if (row.answeredTier === 0 || row.evidence === "accepted" || row.weight === null) continue;
      const ind = s.edition.indicators.find((i) => i.id === row.indicatorId)!;
      const required = ind.options.find((o) => o.tier === row.answeredTier)?.evidence ?? [];
      const delta = row.weight * row.answeredTier;
      add(byIndicator, ind.id, ind.name, -1, delta, true, required);
      add(byAgency, "SPD", spdName, -1, delta, true, required);
    }
  }
  const groups = (m: Map<string, Acc>, keyOf: (key: string, g: Acc) => string): EvidenceGroup[] => {
    const out: EvidenceGroup[] = [];
    for (const [at, g] of m) {
      const key = keyOf(at, g); // before the name: an agency's may be set by it
      const after = quickIndex(s, { deltaSum: g.deltaSum, spd: g.spd }, undefined);
      out.push({
        key,
        name: g.name,
        answers: g.answers,
        innovations: g.innovations,
        gain: after === null || s.standing.exact === null ? null : after - s.standing.exact,
        indexAfter: after === null ? null : roundHalfUp(after, s.edition.formula.rounding.decimals),
        required: [...g.required.values()],
        ...(g.items ? { innovationGaps: g.items } : {}),
      });
    }
    // with the index unknown (every gain null), the groups with the most answers first
    return out.sort((a, b) => (b.gain ?? 0) - (a.gain ?? 0) || (a.gain === null ? b.answers - a.answers : 0) || a.key.localeCompare(b.key));
  };
  // an agency group's key is its name: the list's, or the spelling most of its innovations typed
  const agencyKey = (key: string, g: Acc): string => {
    if (!g.spellings) return key === "SPD" ? key : g.name.id;
    let best = "", most = 0;
    for (const [sp, k] of g.spellings) if (k > most) [best, most] = [sp, k];
    g.name = { id: best, en: best };
    return best;
  };
  return { byIndicator: groups(byIndicator, (key) => key), byAgency: groups(byAgency, agencyKey) };
}

/** Compliance still owed under each rule this year, and what each count target still needs (`checked`: `scoreRegion`'s, when given). */
export function complianceOwing(s: PlanState, set: ComplianceSet, checked?: ComplianceResult): Omit<Plan["compliance"], "kept"> {
  const c = checked ?? checkCompliance(s.input, set);
  return {
    rules: c.rules.map((r) => {
      const owing = r.agencies.filter((a) => !a.complies).map(({ agency, type, count, required, shortBy }) => ({ agency, type, count, required, shortBy }));
      return { ruleId: r.ruleId, name: r.name, year: r.year, owing, shortBy: owing.reduce((n, a) => n + a.shortBy, 0), ...(r.compliant + r.nonCompliant === 0 ? { notJudged: true as const } : {}) };
    }),
    targets: c.targets.map((t) => ({ targetId: t.targetId, name: t.name, year: t.year, target: t.target, count: t.count, stillNeeded: Math.max(0, t.target - t.count) })),
    // of the rules' year, as they count (an agency whose only innovation is of another year owes the rule: listed)
    agenciesWithout: agenciesWithoutInYear(s.input, c),
  };
}

/** The rules each agency owes innovations under, by their position in the plan's rules (those of `planCompliance`). */
export function owedRules(c: Pick<Plan["compliance"], "rules">): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  c.rules.forEach((r, k) => {
    for (const a of r.owing) {
      let set = out.get(a.agency);
      if (!set) out.set(a.agency, (set = new Set()));
      set.add(k);
    }
  });
  return out;
}

/** Agencies owing innovations, one entry per innovation owed (the most any rule asks of it), in rule order. */
export function owingQueue(c: Pick<Plan["compliance"], "rules">): string[] {
  const most = new Map<string, number>();
  for (const r of c.rules) for (const a of r.owing) most.set(a.agency, Math.max(most.get(a.agency) ?? 0, a.shortBy));
  return [...most].flatMap(([a, k]) => Array.from({ length: k }, () => a));
}

/**
 * Whom each new innovation is asked of, in order: first the agencies that still owe one under a compliance rule (see
 * {@link owingQueue}), then the region's listed agencies, each time the one with the fewest innovations (those it has in
 * the input, matched as compliance matches them, and those the queue gave it), ties in list order — spread as a region
 * asks its agencies, not all of the median innovation's agency. At most `length` entries; only the owing ones when the
 * region lists no agency (the template's agency after them).
 */
export function agencyQueue(input: RegionInput, c: Pick<Plan["compliance"], "rules">, length: number, agencyOf: readonly number[] = matchAgencies(input).agencyOf): string[] {
  const out = owingQueue(c).slice(0, length);
  const agencies = input.agencies;
  if (agencies.length === 0) return out;
  const have = new Array<number>(agencies.length).fill(0);
  for (const j of agencyOf) if (j >= 0) have[j]!++;
  const at = new Map(agencies.map((a, j) => [a.name, j]));
  for (const name of out) {
    const j = at.get(name);
    if (j !== undefined) have[j]!++;
  }
  while (out.length < length) {
    let best = 0;
    for (let j = 1; j < have.length; j++) if (have[j]! < have[best]!) best = j;
    out.push(agencies[best]!.name);
    have[best]!++;
  }
  return out;
}
