// The planner's views as they were before the evidence views were gathered without a list of every gap (kept as the reference).
import type { Edition } from "../../../src/model/edition.js";
import { checkCompliance } from "../../../src/compliance/check.js";
import { matchAgencies } from "../../../src/compliance/agencies.js";
import { normaliseText } from "../../../src/engine/_text.js";
import type { Innovation, RegionInput } from "../../../src/input/schemas.js";
import { matchUrusan } from "../../../src/engine/urusan.js";
// what an agency's name names is a rule the reference takes from the source, as it takes `fixable`
import { urusanNamedBy } from "../../../src/plan/urusan.js";
import type { Text } from "../../../src/model/common.js";
import { type PlanState, quickIndex } from "./state.js";
import { roundHalfUp } from "../../../src/engine/_round.js";
import { cloneInnovation } from "../../../src/plan/apply.js";
import type { NewTemplate } from "../../../src/plan/template.js";
import type { EvidenceGroup, Plan } from "../../../src/plan/types.js";

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

/** One answer whose evidence is not accepted, on a counted innovation or an SPD row (verified projection). */
interface Gap {
  indicator: { id: string; name: Text };
  agency: string | null;
  innovation: number | null;
  /** What accepting it adds: to the innovation's score, or to SPD. */
  delta: number;
  spd: boolean;
  required: Text[];
}

/**
 * Evidence gaps grouped by indicator (SID indicators and SPD rows) and by agency, each with the gain of fixing all of
 * them together: the engine's formula on the summed change (evidence never changes which innovations count, so the
 * divisor and the yandas rule stay), exact for weights that are multiples of 1/4 as in the shipped editions. Read from
 * the results' evidence gaps (verified projection; none in the claimed one, which ignores evidence).
 */
export function evidenceViews(s: PlanState): Plan["evidence"] {
  // none for a region that did not report: it scores 0 whatever its evidence
  if (s.projection !== "verified" || !s.input.region.reported) return { byIndicator: [], byAgency: [] };
  const gaps: Gap[] = [];
  s.results.forEach((r, j) => {
    if (!r.verified.counted || s.origin[j] === null) return;
    for (const g of r.evidenceGaps) {
      if (g.points === null) continue;
      gaps.push({ indicator: { id: g.indicatorId, name: g.indicatorName }, agency: r.agency, innovation: s.origin[j]!, delta: g.points, spd: false, required: g.required });
    }
  });
  if (s.spdPart.from === "rows") {
    for (const row of s.spdPart.rows) {
      if (row.answeredTier === 0 || row.evidence === "accepted" || row.weight === null) continue;
      const ind = s.edition.indicators.find((i) => i.id === row.indicatorId)!;
      const required = ind.options.find((o) => o.tier === row.answeredTier)?.evidence ?? [];
      gaps.push({ indicator: { id: ind.id, name: ind.name }, agency: null, innovation: null, delta: row.weight * row.answeredTier, spd: true, required });
    }
  }
  // an innovation's agency: the listed one compliance matches it to, as the list spells it; else the spelling (spaces
  // collapsed) most of the innovations with gaps whose name is the same text type, the first typed on a tie
  const { agencyOf } = matchAgencies(s.input);
  const typed = (i: number) => s.input.innovations[i]!.agency.trim().replace(/\s+/g, " ");
  const spellings = new Map<string, Map<string, number>>();
  for (const i of new Set(gaps.map((g) => g.innovation))) {
    if (i === null || agencyOf[i]! >= 0) continue;
    const text = normaliseText(typed(i));
    const m = spellings.get(text) ?? new Map<string, number>();
    m.set(typed(i), (m.get(typed(i)) ?? 0) + 1);
    spellings.set(text, m);
  }
  const agencyName = (i: number): string => {
    if (agencyOf[i]! >= 0) return s.input.agencies[agencyOf[i]!]!.name;
    const m = [...spellings.get(normaliseText(typed(i)))!];
    return m.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  };
  // an agency's innovations with their indicators lacking evidence, in reading order
  const itemsOf = (gs: Gap[]): NonNullable<EvidenceGroup["innovationGaps"]> => {
    const at = new Map<number, { index: number; name: string; indicators: string[] }>();
    for (const g of gs) {
      if (g.innovation === null) continue;
      const x = at.get(g.innovation) ?? { index: g.innovation, name: s.input.innovations[g.innovation]!.name, indicators: [] };
      x.indicators.push(g.indicator.id);
      at.set(g.innovation, x);
    }
    return [...at.values()];
  };
  const group = (keyOf: (g: Gap) => { key: string; name: Text }, items = false): EvidenceGroup[] => {
    const groups = new Map<string, { name: Text; items: Gap[] }>();
    for (const g of gaps) {
      const k = keyOf(g);
      const x = groups.get(k.key) ?? { name: k.name, items: [] };
      x.items.push(g);
      groups.set(k.key, x);
    }
    const out: EvidenceGroup[] = [];
    for (const [key, g] of groups) {
      let deltaSum = 0;
      let spd = s.standing.spd;
      for (const x of g.items) {
        if (x.spd) spd = spd === null ? null : spd + x.delta;
        else deltaSum += x.delta;
      }
      const after = quickIndex(s, { deltaSum, spd }, undefined);
      const required = new Map<string, Text>();
      for (const x of g.items) for (const r of x.required) required.set(r.id, r);
      out.push({
        key,
        name: g.name,
        answers: g.items.length,
        innovations: new Set(g.items.filter((x) => x.innovation !== null).map((x) => x.innovation)).size, // SPD rows are on no innovation
        gain: after === null || s.standing.exact === null ? null : after - s.standing.exact,
        indexAfter: after === null ? null : roundHalfUp(after, s.edition.formula.rounding.decimals),
        required: [...required.values()],
        ...(items && key !== "SPD" ? { innovationGaps: itemsOf(g.items) } : {}),
      });
    }
    // gains unknown (null) with the index: most answers first
    const known = out.every((g) => g.gain !== null);
    return out.sort((a, b) => (known ? b.gain! - a.gain! : b.answers - a.answers) || a.key.localeCompare(b.key));
  };
  return {
    byIndicator: group((g) => ({ key: g.indicator.id, name: g.indicator.name })),
    byAgency: group((g) => {
      if (g.innovation === null) return { key: "SPD", name: { id: "SPD (tingkat daerah)", en: "SPD (region level)" } };
      const name = agencyName(g.innovation);
      return { key: name, name: { id: name, en: name } };
    }, true),
  };
}

/** Compliance still owed under each rule this year, and what each count target still needs. */
export function complianceOwing(s: PlanState, edition: Edition): Omit<Plan["compliance"], "kept"> {
  const input = s.input;
  const c = checkCompliance(input, {
    rules: [...edition.compliance.rules, ...(input.compliance?.rules ?? [])],
    targets: [...edition.compliance.targets, ...(input.compliance?.targets ?? [])],
  });
  return {
    rules: c.rules.map((r) => {
      const owing = r.agencies.filter((a) => !a.complies).map(({ agency, type, count, required, shortBy }) => ({ agency, type, count, required, shortBy }));
      return { ruleId: r.ruleId, name: r.name, year: r.year, owing, shortBy: owing.reduce((n, a) => n + a.shortBy, 0) };
    }),
    targets: c.targets.map((t) => ({ targetId: t.targetId, name: t.name, year: t.year, target: t.target, count: t.count, stillNeeded: Math.max(0, t.target - t.count) })),
    // the agencies with no innovation of the rules' year (their shared year, else the assessment year), the long way
    agenciesWithout: withoutInYear(input, [...new Set(c.rules.map((r) => r.year))]),
  };
}

function withoutInYear(input: RegionInput, ruleYears: number[]): string[] {
  const year = ruleYears.length === 1 ? ruleYears[0]! : input.region.year;
  const { agencyOf } = matchAgencies(input);
  return input.agencies.filter((_, j) => !input.innovations.some((inv, i) => agencyOf[i] === j && (inv.year ?? input.region.year) === year)).map((a) => a.name);
}

/** Agencies owing innovations, one entry per innovation owed (the most any rule asks of it), in rule order. */
export function owingQueue(c: Pick<Plan["compliance"], "rules">): string[] {
  const most = new Map<string, number>();
  for (const r of c.rules) for (const a of r.owing) most.set(a.agency, Math.max(most.get(a.agency) ?? 0, a.shortBy));
  return [...most].flatMap(([a, k]) => Array.from({ length: k }, () => a));
}

/**
 * Whom new innovations are asked of: the owing agencies first, then over and over the listed agency with the fewest
 * innovations so far (ties: the first listed).
 */
export function agencyQueue(input: RegionInput, c: Pick<Plan["compliance"], "rules">, length: number): string[] {
  const queue = owingQueue(c).slice(0, length);
  if (input.agencies.length === 0) return queue;
  const { agencyOf } = matchAgencies(input);
  const count = input.agencies.map((a, j) => agencyOf.filter((x) => x === j).length + queue.filter((name) => name === a.name).length);
  while (queue.length < length) {
    const fewest = Math.min(...count);
    const j = count.indexOf(fewest);
    queue.push(input.agencies[j]!.name);
    count[j]!++;
  }
  return queue;
}

/**
 * The urusan a new innovation asked of `agency` is entered under: the copied innovation's for its own agency; else the
 * catalogue name of the urusan that agency's innovations use most (the first used on a tie); else the one its name names;
 * else the first urusan pemerintahan umum the yandas rule does not name; else the copy's. Restated the long way: every
 * innovation looked at again for every agency asked.
 */
export function urusanFor(input: RegionInput, edition: Edition, template: Innovation, agency: string): string {
  if (edition.urusan.length === 0) return template.urusan;
  const { agencyOf } = matchAgencies(input);
  const j = input.agencies.findIndex((a) => a.name === agency);
  if (j < 0) return template.urusan;
  const ids = input.innovations.flatMap((inv, i) => (agencyOf[i] === j ? [matchUrusan(inv.urusan, edition).entry?.id ?? null] : [])).filter((x) => x !== null);
  // the copied innovation's agency keeps the copy's urusan, when its innovations use that one
  const copied = matchUrusan(template.urusan, edition).entry?.id;
  if (input.innovations.some((inv, i) => agencyOf[i] === j && inv.agency === template.agency) && copied !== undefined && ids.includes(copied)) return template.urusan;
  const most = Math.max(0, ...ids.map((id) => ids.filter((x) => x === id).length));
  const id =
    ids.find((x) => ids.filter((y) => y === x).length === most) ??
    urusanNamedBy(input.agencies[j]!, (t) => matchUrusan(t, edition).entry)?.id ??
    edition.urusan.find((u) => u.category === "pemerintahan_umum" && !edition.yandas.urusan.includes(u.id))?.id;
  return id === undefined ? template.urusan : edition.urusan.find((u) => u.id === id)!.name.id;
}

/**
 * The listed agency that works in the yandas urusan named `name` (its catalogue name): the one whose innovations use it
 * most (the first listed on a tie), else the first whose name names it; undefined when none does.
 */
export function agencyWorkingIn(input: RegionInput, edition: Edition, name: string): string | undefined {
  if (edition.urusan.length === 0) return undefined;
  const { agencyOf } = matchAgencies(input);
  const id = matchUrusan(name, edition).entry?.id;
  const uses = input.agencies.map((_, j) => input.innovations.filter((inv, i) => agencyOf[i] === j && matchUrusan(inv.urusan, edition).entry?.id === id).length);
  const most = Math.max(0, ...uses);
  if (most > 0) return input.agencies[uses.indexOf(most)]!.name;
  return input.agencies.find((a) => urusanNamedBy(a, (t) => matchUrusan(t, edition).entry)?.id === id)?.name;
}
