import type { Answer, Innovation } from "../input/schemas.js";
import type { Edition, Indicator } from "../model/edition.js";
import { tiersOf } from "../engine/_edition.js";
import { explainInnovation } from "../engine/explain.js";
import { scoreInnovation } from "../engine/innovation.js";
import type { InnovationResult } from "../engine/result.js";
import { yandasCoverage } from "../engine/yandas.js";
import { applyEdit } from "./apply.js";
import type { EffortTable } from "./efforts.js";
import type { Effect, PlanState } from "./state.js";
import { cloneInnovation } from "./apply.js";
import type { NewTemplate } from "./template.js";
import type { ActionKind, ActionWhere, CountFix, Edit } from "./types.js";

/**
 * An action the planner may take next: what it changes (for ranking; `at` is the innovation it changes, if one) and how
 * to take it (`build` gives where and the edits, asked only for the step taken).
 */
export interface Candidate {
  kind: ActionKind;
  effort: number;
  at: number | undefined;
  effect: Effect;
  build: (s: PlanState) => { where: ActionWhere; edits: Edit[] };
  /**
   * An evidence or tier-up step on a counted innovation: what it adds to that innovation's score (its effect's `total`
   * is the score now + `delta`, it stays counted, nothing else changes), so its gain is `delta` / divisor in index units.
   */
  delta?: number;
}

/** Candidates on one innovation, independent of its position (bound to it when listed). */
interface Local {
  kind: ActionKind;
  where: Omit<ActionWhere, "innovation">;
  effort: number;
  edits: (at: number) => Edit[];
  effect: () => Effect;
  delta?: number;
}

const FIXABLE: ReadonlySet<string> = new Set<CountFix>(["outside_window", "design_too_short", "mandatory_unanswered", "stage_not_scored"]);

/**
 * Per innovation result (re-scored results are new objects, so a changed innovation gets fresh candidates) the steps
 * the planner ranks: its best evidence or tier-up step — these change one counted innovation's score and nothing else,
 * so their gains share one slope and the best Δ score per effort is the best gain per effort; the others are never
 * built — then the steps that change what counts (count, withhold).
 */
const localCache = new WeakMap<InnovationResult, Candidate[]>();

/** The candidate actions in the state, in a stable order: innovations in input order, then SPD rows, then new ones. */
export function candidates(s: PlanState, efforts: EffortTable, template: NewTemplate, maxNew: number, owing: string[]): Candidate[] {
  const out: Candidate[] = [];
  s.results.forEach((_, j) => {
    for (const c of innovationCandidates(s, j, efforts)) out.push(c);
  });
  out.push(...otherCandidates(s, efforts, template, maxNew, owing));
  return out;
}

/** The candidates on the innovation at `j` (none on one the plan adds), made once per innovation result and kept. */
export function innovationCandidates(s: PlanState, j: number, efforts: EffortTable): Candidate[] {
  const r = s.results[j]!;
  if (s.origin[j] === null) return []; // no actions on innovations the plan itself adds
  let list = localCache.get(r);
  if (!list) {
    list = innovationLocals(s.input.innovations[j]!, r, s, efforts).map((l) => bind(l, r));
    localCache.set(r, list);
  }
  for (const c of list) c.at = j; // the innovation's position now (a withheld one before it moves it up)
  return list;
}

/** The candidates not on one innovation: SPD rows, then new innovations (a few; listed again at every step). */
export function otherCandidates(s: PlanState, efforts: EffortTable, template: NewTemplate, maxNew: number, owing: string[]): Candidate[] {
  return [...spdCandidates(s, efforts), ...newCandidates(s, efforts, template, maxNew, owing)];
}

function bind(l: Local, r: InnovationResult): Candidate {
  let effect: Effect | undefined;
  const c: Candidate = {
    kind: l.kind,
    effort: l.effort,
    at: undefined,
    ...(l.delta !== undefined ? { delta: l.delta } : {}),
    get effect() {
      return (effect ??= l.effect());
    },
    build: (s) => {
      const j = s.results.indexOf(r);
      const inv = s.input.innovations[j]!;
      const innovation = { index: s.origin[j]!, ...(inv.id !== undefined ? { id: inv.id } : {}), name: inv.name, agency: inv.agency, urusan: inv.urusan };
      return { where: { innovation, ...l.where }, edits: l.edits(j) };
    },
  };
  return c;
}

function innovationLocals(inv: Innovation, r: InnovationResult, s: PlanState, efforts: EffortTable): Local[] {
  const { edition, projection } = s;
  const p = r[projection];
  const out: Local[] = [];
  const byId = indicatorMap(edition);

  if (p.counted) {
    // the best single-score step: evidence (bobot × tier) or one tier up (bobot × the tiers gained), by Δ per effort
    const totalNow = p.total;
    if (totalNow === null) return out;
    let best: Simple | undefined;
    let bestRatio = 0;
    const consider = (b: Simple) => {
      if (!(b.delta > 0)) return;
      const ratio = b.delta / b.effort;
      if (ratio > bestRatio || (ratio === bestRatio && best !== undefined && b.delta > best.delta)) {
        best = b;
        bestRatio = ratio;
      }
    };
    for (const row of explainInnovation(r, edition)[projection]) {
      const ind = byId.get(row.indicatorId)!;
      const w = row.weight;
      if (w === null) continue;
      if (projection === "verified" && row.answeredTier > 0 && row.evidence !== "accepted") {
        consider({ kind: "evidence", ind, from: row.answeredTier, to: row.answeredTier, evidence: "accepted", delta: w * row.answeredTier, effort: efforts.evidence });
      }
      const next = tiersOf(ind).find((t) => t > row.answeredTier);
      if (next === undefined) continue;
      const evidence = row.answeredTier === 0 ? "accepted" : row.evidence;
      if (projection === "claimed" || evidence === "accepted") {
        consider({ kind: "tier_up", ind, from: row.answeredTier, to: next, evidence, delta: w * (next - row.tier), effort: efforts.tierUp });
      }
    }
    if (best) out.push(simpleLocal(inv, best, totalNow));
    return out;
  }

  // not counted: a count action (verified: fix every fault, if every fault can be fixed) and a withhold action
  if (projection === "verified" && !r.rejected && r.ineligible.length > 0 && r.ineligible.every((i) => FIXABLE.has(i.code))) {
    const { fixes, edits } = countFixes(r, edition);
    let effect: Effect | undefined;
    out.push({
      kind: "count",
      where: { fixes },
      effort: efforts.count * fixes.length,
      edits,
      effect: () => {
        if (!effect) {
          let fixed = inv;
          for (const e of edits(0)) fixed = applyEdit({ ...s.input, innovations: [fixed] }, e).innovations[0]!;
          const fr = scoreInnovation(fixed, edition, 0)[projection];
          effect = { total: fr.total, counted: fr.counted };
        }
        return effect;
      },
    });
  }
  if (edition.formula.rejectedCountInDivisor.value) {
    out.push({ kind: "withhold", where: {}, effort: efforts.withhold, edits: (at) => [{ op: "remove_innovation", at }], effect: () => ({ remove: true }) });
  }
  return out;
}

/** An evidence or tier-up step on one counted innovation: Δ is what it adds to that innovation's score. */
interface Simple {
  kind: "evidence" | "tier_up";
  ind: Indicator;
  from: number;
  to: number;
  evidence: Answer["evidence"];
  delta: number;
  effort: number;
}

function simpleLocal(inv: Innovation, b: Simple, totalNow: number): Local {
  // where and the answer are made for the step taken only (most candidates are never taken)
  const { ind } = b;
  const effect = { total: totalNow + b.delta };
  return {
    kind: b.kind,
    get where(): Omit<ActionWhere, "innovation"> {
      const indicator = { id: ind.id, number: ind.number, name: ind.name };
      return b.kind === "evidence"
        ? { indicator, tier: { from: b.from, to: b.from }, evidenceNeeded: ind.options.find((o) => o.tier === b.from)?.evidence ?? [] }
        : { indicator, tier: { from: b.from, to: b.to } };
    },
    effort: b.effort,
    delta: b.delta,
    edits: (at) => {
      const answer: Answer =
        b.kind === "evidence" ? { ...(inv.answers[ind.id] ?? { tier: b.from }), evidence: "accepted" } : { tier: b.to, evidence: b.evidence };
      return [{ op: "set_answer", scope: "innovation", at, indicatorId: ind.id, answer }];
    },
    effect: () => effect,
  };
}

function countFixes(r: InnovationResult, edition: Edition): { fixes: NonNullable<ActionWhere["fixes"]>; edits: (at: number) => Edit[] } {
  const fixes: NonNullable<ActionWhere["fixes"]> = [];
  const fields: Record<string, unknown> = {};
  const answers: { indicatorId: string; answer: Answer }[] = [];
  const byId = indicatorMap(edition);
  for (const i of r.ineligible) {
    const field = String(i.path.at(-1));
    if (i.code === "outside_window" && edition.eligibility.window) {
      fields[field] = edition.eligibility.window.from;
      fixes.push({ fault: "outside_window", field });
    } else if (i.code === "design_too_short") {
      fields.designWords = Number(i.params.min);
      fixes.push({ fault: "design_too_short", field: "designWords" });
    } else if (i.code === "stage_not_scored") {
      const allowed = (i.params.allowed as string[] | undefined) ?? [];
      fields.stage = allowed.at(-1);
      fixes.push({ fault: "stage_not_scored", field: "stage" });
    } else if (i.code === "mandatory_unanswered") {
      const id = String(i.params.indicator);
      const ind = byId.get(id);
      answers.push({ indicatorId: id, answer: { tier: ind ? (tiersOf(ind)[0] ?? 1) : 1, evidence: "accepted" } });
      fixes.push({ fault: "mandatory_unanswered", field: id, indicatorId: id });
    }
  }
  return {
    fixes,
    edits: (at) => [
      ...(Object.keys(fields).length ? [{ op: "set_fields" as const, at, fields }] : []),
      ...answers.map((a) => ({ op: "set_answer" as const, scope: "innovation" as const, at, ...a })),
    ],
  };
}

function spdCandidates(s: PlanState, efforts: EffortTable): Candidate[] {
  const { edition, projection, spdPart } = s;
  if (spdPart.from !== "rows" || spdPart.score === null) return [];
  const byId = indicatorMap(edition);
  const out: Candidate[] = [];
  for (const row of spdPart.rows) {
    const ind = byId.get(row.indicatorId)!;
    const w = row.weight;
    if (w === null) continue;
    const spdRow = { id: ind.id, number: ind.number, name: ind.name };
    if (projection === "verified" && row.answeredTier > 0 && row.evidence !== "accepted") {
      const answer: Answer = { ...(s.input.spdAnswers[ind.id] ?? { tier: row.answeredTier }), evidence: "accepted" };
      const where = { spdRow, tier: { from: row.answeredTier, to: row.answeredTier }, evidenceNeeded: ind.options.find((o) => o.tier === row.answeredTier)?.evidence ?? [] };
      out.push(fixed("evidence", efforts.evidence, { spd: spdPart.score + w * row.answeredTier }, where, [{ op: "set_answer", scope: "spd", indicatorId: ind.id, answer }]));
    }
    // a row measured by a statistic (the edition gives it measures) is the region's record, not something to upgrade
    if (ind.measures.length > 0) continue;
    const next = tiersOf(ind).find((t) => t > row.answeredTier);
    if (next === undefined) continue;
    const evidence = row.answeredTier === 0 ? "accepted" : row.evidence;
    if (projection === "verified" && evidence !== "accepted") continue;
    const where = { spdRow, tier: { from: row.answeredTier, to: next } };
    out.push(fixed("tier_up", efforts.spdTierUp, { spd: spdPart.score + w * (next - row.tier) }, where, [{ op: "set_answer", scope: "spd", indicatorId: ind.id, answer: { tier: next, evidence } }]));
  }
  return out;
}

function fixed(kind: ActionKind, effort: number, effect: Effect, where: ActionWhere, edits: Edit[]): Candidate {
  return { kind, effort, at: undefined, effect, build: () => ({ where, edits }) };
}

function newCandidates(s: PlanState, efforts: EffortTable, t: NewTemplate, maxNew: number, owing: string[]): Candidate[] {
  const out: Candidate[] = [];
  const make = (k: number, urusan: string): Innovation => ({
    ...cloneInnovation(t.innovation),
    name: `Inovasi baru ${s.added + k + 1}`,
    agency: owing[s.added + k] ?? t.innovation.agency,
    urusan,
  });
  const added = (list: Innovation[]) => list.map((i) => ({ name: i.name, agency: i.agency, urusan: i.urusan, score: t.score }));
  const adds = (list: Innovation[]) => list.map((innovation) => ({ op: "add_innovation" as const, innovation }));
  if (s.added + 1 <= maxNew) {
    out.push({
      kind: "new_innovation",
      effort: efforts.newInnovation,
      at: undefined,
      effect: { add: [{ innovation: t.innovation, total: t.score }] }, // same urusan as the copy it adds
      build: () => {
        const one = make(0, t.innovation.urusan);
        return { where: { added: added([one]) }, edits: adds([one]) };
      },
    });
  }
  if (s.standing.yandasMet === false && s.edition.formula.jumlahInovasi.requiresYandas) {
    const cov = yandasCoverage(s.counted(), s.edition);
    const k = cov.minCovered === null ? 0 : cov.minCovered - cov.covered.length;
    if (k > 0 && k <= cov.missing.length && s.added + k <= maxNew) {
      const list = cov.missing.slice(0, k).map((u, i) => make(i, u));
      out.push(fixed("yandas", efforts.yandas * k, { add: list.map((innovation) => ({ innovation, total: t.score })) }, { added: added(list) }, adds(list)));
    }
  }
  return out;
}

const indicatorMaps = new WeakMap<Edition, Map<string, Indicator>>();
function indicatorMap(edition: Edition): Map<string, Indicator> {
  let m = indicatorMaps.get(edition);
  if (!m) {
    m = new Map(edition.indicators.map((i) => [i.id, i]));
    indicatorMaps.set(edition, m);
  }
  return m;
}
