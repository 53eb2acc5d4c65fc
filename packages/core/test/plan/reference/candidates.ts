import type { Answer, Innovation } from "../../../src/input/schemas.js";
import type { Edition, Indicator } from "../../../src/model/edition.js";
import { tiersOf } from "../../../src/engine/_edition.js";
import { explainInnovation } from "../../../src/engine/explain.js";
import { scoreInnovation } from "../../../src/engine/innovation.js";
import type { InnovationResult } from "../../../src/engine/result.js";
import { yandasCoverage } from "../../../src/engine/yandas.js";
import { checkCompliance } from "../../../src/compliance/check.js";
import { applyEdit } from "../../../src/plan/apply.js";
import type { EffortTable } from "../../../src/plan/efforts.js";
import type { Effect, PlanState } from "./state.js";
import { cloneInnovation } from "../../../src/plan/apply.js";
import type { NewTemplate } from "../../../src/plan/template.js";
import type { NewSeats, Seat } from "../../../src/plan/urusan.js";
import { countFixes, fixable, notCountedWhy } from "../../../src/plan/on-innovation.js";
import type { ActionKind, ActionWhere, CountFix, Edit } from "../../../src/plan/types.js";

// Restated from the edition's fields, not imported from the planner it checks (a bug there would pass on both sides).

/**
 * The innovation new ones are named like, as the step names it, with its Urusan Terkait and a Jumlah Keikutsertaan
 * other than 1 (what its copy leaves out); `median` when the median is one the plan added and none of the region's
 * scores as much.
 */
function likeOf(t: NewTemplate, s: PlanState): Pick<ActionWhere, "like" | "median"> {
  if (t.like) {
    const row = s.input.innovations[s.origin.indexOf(t.like.index)]!;
    const related = row.relatedUrusan.length > 0 ? { relatedUrusan: row.relatedUrusan.slice() } : {};
    const entries = row.entries !== undefined && row.entries !== 1 ? { entries: row.entries } : {};
    return { like: { index: t.like.index, name: t.like.name, ...related, ...entries } };
  }
  return t.basis === "median" ? { median: true } : {};
}

/**
 * A new innovation typed from nothing (no `like`): the option of each tier it answers, where the indicator has one, and
 * the values of that tier on each basis where a tier up would say them (`tierWhere`'s `measures`).
 */
function answerOptionsOf(t: NewTemplate, edition: Edition): Pick<ActionWhere, "answerOptions" | "answerMeasures"> {
  if (t.like) return {};
  const out: NonNullable<ActionWhere["answerOptions"]> = {};
  const measures: NonNullable<ActionWhere["answerMeasures"]> = {};
  for (const id of Object.keys(t.innovation.answers)) {
    const tier = t.innovation.answers[id]!.tier ?? 0;
    const ind = edition.indicators.find((i) => i.id === id);
    for (const o of ind?.options ?? []) if (tier > 0 && o.tier === tier) out[id] = o.label;
    const m = ind && tier > 0 ? tierWhere(ind, tier, t.innovation.answers[id]!.measure).measures : undefined;
    if (m) measures[id] = m;
  }
  return Object.keys(measures).length > 0 ? { answerOptions: out, answerMeasures: measures } : { answerOptions: out };
}

/** The window new or moved innovations must fall in, as the step names it. */
function windowOf(edition: Edition, year: number): Pick<ActionWhere, "window"> {
  const w = edition.eligibility.window;
  if (!w) return {};
  // over before the assessment year starts: the years of its last day and the region's compared
  return Number(w.to.slice(0, 4)) < year ? { window: { from: w.from, to: w.to, closed: true } } : { window: { from: w.from, to: w.to } };
}

/**
 * The option at `tier` and its evidence, as a tier up names them; on an indicator with more than one measure (its
 * options name no amount), or with one whose option at `tier` is missing, the interval of `tier` on each measure, or on
 * the one the answer gives (`measure`) only.
 */
function tierWhere(ind: Indicator, tier: number, measure?: string): Pick<ActionWhere, "option" | "evidenceNeeded" | "measures"> {
  const out: Pick<ActionWhere, "option" | "evidenceNeeded" | "measures"> = {};
  for (const o of ind.options) if (o.tier === tier) Object.assign(out, { option: o.label, evidenceNeeded: o.evidence });
  if (ind.measures.length > 1 || (ind.measures.length === 1 && !out.option)) {
    const given = ind.measures.find((m) => m.id === measure);
    const measures = [];
    for (const m of given ? [given] : ind.measures) {
      for (const t of m.tiers) {
        if (t.tier !== tier) continue;
        const at: NonNullable<ActionWhere["measures"]>[number] = { name: m.name, unit: { id: m.unit, en: m.unitEn ?? m.unit } };
        if (t.min) at.min = t.min;
        if (t.max) at.max = t.max;
        measures.push(at);
      }
    }
    if (measures.length > 0) out.measures = measures;
  }
  return out;
}

/** A row no plan raises: marked `record`, or (unmarked) an SPD row with a measured statistic. */
function isRecord(ind: Indicator): boolean {
  if (ind.record !== undefined) return ind.record;
  return ind.aspect === "SPD" && ind.measures.length > 0;
}

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
}

/** Candidates on one innovation, independent of its position (bound to it when listed). */
interface Local {
  kind: ActionKind;
  where: Omit<ActionWhere, "innovation">;
  effort: number;
  edits: (at: number) => Edit[];
  effect: () => Effect;
}

// which faults a count step fixes and how are the planner's rules, shared (this reference checks the ranking)

/**
 * Per innovation result (re-scored results are new objects, so a changed innovation gets fresh candidates) the steps
 * the planner ranks: its best evidence or tier-up step — these change one counted innovation's score and nothing else,
 * so their gains share one slope and the best Δ score per effort is the best gain per effort; the others are never
 * built — then the steps that change what counts (count, withhold).
 */
const localCache = new WeakMap<InnovationResult, Candidate[]>();

/** The candidate actions in the state, in a stable order: innovations in input order, then SPD rows, then new ones. */
export function candidates(s: PlanState, efforts: EffortTable, template: NewTemplate, maxNew: number | null, owing: NewSeats): Candidate[] {
  const out: Candidate[] = [];
  const needed = neededByCompliance(s);
  s.results.forEach((r, j) => {
    if (s.origin[j] === null && !r[s.projection].counted) return; // one the plan adds is raised, not counted or withheld
    let list = localCache.get(r);
    if (!list) {
      list = innovationLocals(s.input.innovations[j]!, r, s, efforts).map((l) => bind(l, r));
      localCache.set(r, list);
    }
    for (const c of list) {
      if (c.kind === "withhold" && needed(j)) continue; // the region's own rule or target needs it submitted
      c.at = j; // the innovation's position now (a withheld one before it moves it up)
      out.push(c);
    }
  });
  out.push(...spdCandidates(s, efforts));
  out.push(...newCandidates(s, efforts, template, maxNew, owing));
  return out;
}

/**
 * Whether the region's compliance needs the innovation at `j` submitted, asked of `checkCompliance` itself: the rules'
 * agencies and the targets the innovation counts towards (checked on it alone) that have no more than they require
 * today (checked on the whole list) would owe one more without it.
 */
export function neededByCompliance(s: PlanState): (j: number) => boolean {
  const input = s.input;
  const set = { rules: [...s.edition.compliance.rules, ...(input.compliance?.rules ?? [])], targets: [...s.edition.compliance.targets, ...(input.compliance?.targets ?? [])] };
  if (set.rules.length + set.targets.length === 0) return () => false;
  const all = checkCompliance(input, set);
  return (j) => {
    const alone = checkCompliance({ ...input, innovations: [input.innovations[j]!] }, set);
    for (let k = 0; k < set.rules.length; k++) {
      for (const a of alone.rules[k]!.agencies) {
        if (a.count === 0) continue;
        const now = all.rules[k]!.agencies.find((x) => x.agency === a.agency)!;
        if (now.count <= now.required) return true;
      }
    }
    for (let k = 0; k < set.targets.length; k++) if (alone.targets[k]!.count > 0 && all.targets[k]!.count <= set.targets[k]!.count) return true;
    return false;
  };
}

function bind(l: Local, r: InnovationResult): Candidate {
  let effect: Effect | undefined;
  const c: Candidate = {
    kind: l.kind,
    effort: l.effort,
    at: undefined,
    get effect() {
      return (effect ??= l.effect());
    },
    build: (s) => {
      const j = s.results.indexOf(r);
      const inv = s.input.innovations[j]!;
      const planned = s.origin[j] === null;
      const index = planned ? s.base + j - (s.origin.length - s.added) : s.origin[j]!;
      const innovation = { index, ...(inv.id !== undefined ? { id: inv.id } : {}), name: inv.name, agency: inv.agency, urusan: inv.urusan, ...(planned ? { planned: true as const } : {}) };
      return { where: { innovation, ...l.where }, edits: l.edits(j) };
    },
  };
  return c;
}

/** The effort of a step on indicator `id` as the table prices it: the indicator's own when given, else the kind's (written out here, not the planner's lookup). */
function priced(efforts: EffortTable, id: string, kind: "evidence" | "tierUp", to: number, otherwise: number): number {
  const own = efforts.indicators?.[id]?.[kind];
  if (own === undefined) return otherwise;
  if (typeof own === "number") return own;
  return own[to] ?? otherwise;
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
        consider({ kind: "evidence", ind, from: row.answeredTier, to: row.answeredTier, evidence: "accepted", delta: w * row.answeredTier, effort: priced(efforts, ind.id, "evidence", 0, efforts.evidence) });
      }
      const next = isRecord(ind) ? undefined : tiersOf(ind).find((t) => t > row.answeredTier);
      if (next === undefined) continue;
      const evidence = row.answeredTier === 0 ? "accepted" : row.evidence;
      if (projection === "claimed" || evidence === "accepted") {
        consider({ kind: "tier_up", ind, from: row.answeredTier, to: next, evidence, delta: w * (next - row.tier), effort: priced(efforts, ind.id, "tierUp", next, efforts.tierUp) });
      }
    }
    if (best) out.push(simpleLocal(inv, best, totalNow));
    return out;
  }

  // not counted: a count action (verified: fix every fault, if every fault can be fixed) and a withhold action
  if (projection === "verified" && !r.rejected && r.ineligible.length > 0 && r.ineligible.every(fixable)) {
    const { fixes, edits } = countFixes(r, edition, inv);
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
  // a rejected innovation was submitted already: never withheld
  if (edition.formula.rejectedCountInDivisor.value && !r.rejected) {
    out.push({ kind: "withhold", where: { notCounted: notCountedWhy(r, edition) }, effort: efforts.withhold, edits: (at) => [{ op: "remove_innovation", at }], effect: () => ({ remove: true }) });
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
  const { ind } = b;
  const indicator = { id: ind.id, number: ind.number, name: ind.name };
  const answer: Answer =
    b.kind === "evidence" ? { ...(inv.answers[ind.id] ?? { tier: b.from }), evidence: "accepted" } : { tier: b.to, evidence: b.evidence };
  const where: Omit<ActionWhere, "innovation"> =
    b.kind === "evidence"
      ? { indicator, tier: { from: b.from, to: b.from }, evidenceNeeded: ind.options.find((o) => o.tier === b.from)?.evidence ?? [] }
      : { indicator, tier: { from: b.from, to: b.to }, ...tierWhere(ind, b.to, inv.answers[ind.id]?.measure) };
  const effect = { total: totalNow + b.delta };
  return { kind: b.kind, where, effort: b.effort, edits: (at) => [{ op: "set_answer", scope: "innovation", at, indicatorId: ind.id, answer }], effect: () => effect };
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
      out.push(fixed("evidence", priced(efforts, ind.id, "evidence", 0, efforts.evidence), { spd: spdPart.score + w * row.answeredTier }, where, [{ op: "set_answer", scope: "spd", indicatorId: ind.id, answer }]));
    }
    // a row measured by a statistic (the edition gives it measures) is the region's record, not something to upgrade;
    // left empty, it is filled in at its lowest tier above 0 with accepted evidence (at an evidence's effort)
    if (isRecord(ind)) {
      const tiers = tiersOf(ind).filter((t) => t > 0);
      if (row.status === "not_answered" && tiers.length > 0 && w > 0) {
        const o = ind.options.find((x) => x.tier === tiers[0]);
        // each tier by its option's words, when every tier has one
        const labels = tiers.map((t) => ind.options.find((x) => x.tier === t)?.label);
        const where: ActionWhere = { spdRow, tier: { from: 0, to: tiers[0]! }, fill: { tiers, ...(labels.every((x) => x) ? { options: labels.map((x) => x!) } : {}) }, ...(o ? { evidenceNeeded: o.evidence } : {}) };
        out.push(fixed("fill", priced(efforts, ind.id, "evidence", 0, efforts.evidence), { spd: spdPart.score + w * tiers[0]! }, where, [{ op: "set_answer", scope: "spd", indicatorId: ind.id, answer: { tier: tiers[0]!, evidence: "accepted" } }]));
      }
      continue;
    }
    const next = tiersOf(ind).find((t) => t > row.answeredTier);
    if (next === undefined) continue;
    const evidence = row.answeredTier === 0 ? "accepted" : row.evidence;
    if (projection === "verified" && evidence !== "accepted") continue;
    const where = { spdRow, tier: { from: row.answeredTier, to: next }, ...tierWhere(ind, next) };
    out.push(fixed("tier_up", priced(efforts, ind.id, "tierUp", next, efforts.spdTierUp), { spd: spdPart.score + w * (next - row.tier) }, where, [{ op: "set_answer", scope: "spd", indicatorId: ind.id, answer: { tier: next, evidence } }]));
  }
  return out;
}

function fixed(kind: ActionKind, effort: number, effect: Effect, where: ActionWhere, edits: Edit[]): Candidate {
  return { kind, effort, at: undefined, effect, build: () => ({ where, edits }) };
}

/**
 * Room for `k` more: the caller's number in all, else (the skor jumlah inovasi is perInnovation × MIN(count, cap))
 * while the count stays within the cap — the counted innovations, or with `formula.jumlahInovasi.countOf: "n"` every
 * one in the divisor; yandas ones at any count (they give the whole count score back).
 */
function room(s: PlanState, maxNew: number | null, k: number, yandas: boolean): boolean {
  if (maxNew !== null) return s.added + k <= maxNew;
  const cap = s.edition.formula.jumlahInovasi.countCap.value;
  if (cap === null) return false;
  if (yandas) return true;
  const count = s.edition.formula.jumlahInovasi.countOf === "n" ? s.standing.n : s.counted().length;
  return count + k <= cap;
}

function newCandidates(s: PlanState, efforts: EffortTable, t: NewTemplate, maxNew: number | null, owing: NewSeats): Candidate[] {
  const out: Candidate[] = [];
  // the seats still free: the queue less, per agency, its first seats, one per innovation the plan added to it
  const left = [...owing.queue];
  s.input.innovations.forEach((inv, i) => {
    if (s.origin[i] !== null) return;
    const k = left.findIndex((seat) => seat.agency === inv.agency);
    if (k >= 0) left.splice(k, 1);
  });
  // the form the region's compliance counts, where the copy's would not (planner: formsForCompliance)
  const make = (k: number, seat: Seat | undefined, urusan?: string, agency?: string): Innovation => {
    const who = agency ?? seat?.agency ?? t.innovation.agency;
    const form = owing.formFor.get(who);
    return { ...cloneInnovation(t.innovation), name: `Inovasi baru ${s.added + k + 1}`, agency: who, urusan: urusan ?? seat?.urusan ?? t.innovation.urusan, ...(form ? { form } : {}) };
  };
  const added = (list: Innovation[]) =>
    list.map((i) => ({ name: i.name, agency: i.agency, urusan: i.urusan, score: t.score, ...(owing.formFor.has(i.agency) ? { form: i.form! } : {}) }));
  const adds = (list: Innovation[]) => list.map((innovation) => ({ op: "add_innovation" as const, innovation }));
  if (room(s, maxNew, 1, false)) {
    const one = make(0, left[0]);
    out.push({
      kind: "new_innovation",
      effort: efforts.newInnovation,
      at: undefined,
      effect: { add: [{ innovation: one, total: t.score }] },
      build: () => ({ where: { added: added([one]), ...likeOf(t, s), ...windowOf(s.edition, s.input.region.year), ...answerOptionsOf(t, s.edition) }, edits: adds([one]) }),
    });
  }
  if (s.standing.yandasMet === false && s.edition.formula.jumlahInovasi.requiresYandas) {
    const cov = yandasCoverage(s.counted(), s.edition);
    const k = cov.minCovered === null ? 0 : cov.minCovered - cov.covered.length;
    if (k > 0 && k <= cov.missing.length && room(s, maxNew, k, true)) {
      // a yandas innovation goes to the agency working in its urusan (those urusan first), else to the one in charge of
      // it, unnamed (no seat: a listed agency in turn works in something else)
      const withAgency = (u: string) => (owing.yandasAgency.has(u) ? 0 : 1);
      const list = cov.missing.slice().sort((a, b) => withAgency(a) - withAgency(b)).slice(0, k).map((u, i) => make(i, undefined, u, owing.yandasAgency.get(u) ?? `perangkat daerah yang membidangi ${u}`));
      out.push(fixed("yandas", efforts.yandas * k, { add: list.map((innovation) => ({ innovation, total: t.score })) }, { added: added(list), ...likeOf(t, s), ...windowOf(s.edition, s.input.region.year), ...answerOptionsOf(t, s.edition) }, adds(list)));
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
