import type { Edition } from "../model/edition.js";
import { checkCompliance } from "../compliance/check.js";
import type { Text } from "../model/common.js";
import type { Candidate } from "./candidates.js";
import type { ActionWhere, Edit } from "./types.js";

type Built = { c: Candidate; where: ActionWhere; edits: Edit[] };
import { type PlanState, quickIndex } from "./state.js";
import { roundHalfUp } from "../engine/_round.js";
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
    gain: exact === null || after === null ? null : after - exact,
    aboveFloor: floor !== null && n >= floor,
    average: sum === null || divisor === null || divisor === 0 ? null : sum / divisor,
  };
}

/**
 * Evidence gaps grouped by indicator (SID indicators and SPD rows) and by agency, each with the gain of fixing all of
 * them together: the engine's formula on the summed change (evidence never changes which innovations count, so the
 * divisor and the yandas rule stay), exact for weights that are multiples of 1/4 as in the shipped editions.
 */
export function evidenceViews(s: PlanState, list: Candidate[]): Plan["evidence"] {
  const ev = list.filter((c) => c.kind === "evidence").map((c) => ({ c, ...c.build(s) }));
  const group = (keyOf: (x: Built) => { key: string; name: Text }): EvidenceGroup[] => {
    const groups = new Map<string, { name: Text; items: Built[] }>();
    for (const x of ev) {
      const k = keyOf(x);
      const g = groups.get(k.key) ?? { name: k.name, items: [] };
      g.items.push(x);
      groups.set(k.key, g);
    }
    const out: EvidenceGroup[] = [];
    for (const [key, g] of groups) {
      let deltaSum = 0;
      let spd = s.standing.spd;
      for (const { c } of g.items) {
        if (c.effect.spd !== undefined) spd = spd === null || c.effect.spd === null || s.standing.spd === null ? null : spd + (c.effect.spd - s.standing.spd);
        else if (c.at !== undefined) deltaSum += (c.effect.total ?? 0) - (s.results[c.at]![s.projection].total ?? 0);
      }
      const after = quickIndex(s, { deltaSum, spd }, undefined);
      const required = new Map<string, Text>();
      for (const x of g.items) for (const r of x.where.evidenceNeeded ?? []) required.set(r.id, r);
      out.push({
        key,
        name: g.name,
        answers: g.items.length,
        innovations: new Set(g.items.map((x) => x.where.innovation?.index ?? -1)).size,
        gain: after === null || s.standing.exact === null ? 0 : after - s.standing.exact,
        indexAfter: after === null ? 0 : roundHalfUp(after, s.edition.formula.rounding.decimals),
        required: [...required.values()],
      });
    }
    return out.sort((a, b) => b.gain - a.gain || a.key.localeCompare(b.key));
  };
  return {
    byIndicator: group((x) => {
      const i = x.where.indicator ?? x.where.spdRow!;
      return { key: i.id, name: i.name };
    }),
    byAgency: group((x) => {
      const a = x.where.innovation?.agency ?? "SPD";
      return { key: a, name: { id: a === "SPD" ? "SPD (tingkat daerah)" : a, en: a === "SPD" ? "SPD (region level)" : a } };
    }),
  };
}

/** Compliance still owed under each rule this year, and what each count target still needs. */
export function complianceOwing(s: PlanState, edition: Edition): Plan["compliance"] {
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
  };
}

/** Agencies owing innovations, one entry per innovation owed (the most any rule asks of it), in rule order. */
export function owingQueue(c: Plan["compliance"]): string[] {
  const most = new Map<string, number>();
  for (const r of c.rules) for (const a of r.owing) most.set(a.agency, Math.max(most.get(a.agency) ?? 0, a.shortBy));
  return [...most].flatMap(([a, k]) => Array.from({ length: k }, () => a));
}
