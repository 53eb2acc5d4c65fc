import type { Edition } from "../model/edition.js";
import { checkCompliance } from "../compliance/check.js";
import type { Text } from "../model/common.js";
import type { Candidate } from "./candidates.js";
import type { ActionWhere, Edit } from "./types.js";

type Built = { where: ActionWhere; edits: Edit[] };
import type { PlanState } from "./state.js";
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

/** Evidence gaps grouped by indicator (SID indicators and SPD rows) and by agency, each with the exact gain of fixing all. */
export function evidenceViews(s: PlanState, list: Candidate[]): Plan["evidence"] {
  const ev = list.filter((c) => c.kind === "evidence").map((c) => c.build(s));
  const group = (keyOf: (c: Built) => { key: string; name: Text }): EvidenceGroup[] => {
    const groups = new Map<string, { name: Text; items: Built[] }>();
    for (const c of ev) {
      const k = keyOf(c);
      const g = groups.get(k.key) ?? { name: k.name, items: [] };
      g.items.push(c);
      groups.set(k.key, g);
    }
    const out: EvidenceGroup[] = [];
    for (const [key, g] of groups) {
      const after = s.after(g.items.flatMap((c) => c.edits)).standing;
      const required = new Map<string, Text>();
      for (const c of g.items) for (const r of c.where.evidenceNeeded ?? []) required.set(r.id, r);
      out.push({
        key,
        name: g.name,
        answers: g.items.length,
        innovations: new Set(g.items.map((c) => c.where.innovation?.index ?? -1)).size,
        gain: after.exact === null || s.standing.exact === null ? 0 : after.exact - s.standing.exact,
        indexAfter: after.index ?? 0,
        required: [...required.values()],
      });
    }
    return out.sort((a, b) => b.gain - a.gain || a.key.localeCompare(b.key));
  };
  return {
    byIndicator: group((c) => {
      const x = c.where.indicator ?? c.where.spdRow!;
      return { key: x.id, name: x.name };
    }),
    byAgency: group((c) => {
      const a = c.where.innovation?.agency ?? "SPD";
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
