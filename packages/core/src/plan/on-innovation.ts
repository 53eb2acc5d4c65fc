import type { Answer, Innovation } from "../input/schemas.js";
import { compileEdition } from "../engine/_compiled.js";
import { type Resolved, evidenceAt, tierAt } from "../engine/_resolved.js";
import type { Edition, Indicator } from "../model/edition.js";
import { tiersOf } from "../engine/_edition.js";
import { scoreInnovation } from "../engine/innovation.js";
import type { InnovationResult } from "../engine/result.js";
import { scoringTier } from "../engine/rows.js";
import { type Candidate, measuresAt, tierWhere } from "./candidates.js";
import { indicatorMap, isRecord } from "../engine/_edition.js";
import { type EffortTable, evidenceEffort, tierUpEffort } from "./efforts.js";
import { type Effect, type PlanState, placeOf } from "./state.js";
import type { ActionKind, ActionWhere, CountFix, Edit, NotCountedWhy } from "./types.js";
import type { Keeps } from "./keep.js";

const FIXABLE: ReadonlySet<string> = new Set<CountFix>(["outside_window", "design_too_short", "mandatory_unanswered", "stage_not_scored"]);
/** A mandatory indicator's answer given but not scoring (an unknown option …): the engine marks its issue `mandatory`. */
const unreadable = (i: InnovationResult["ineligible"][number]) => i.params.mandatory === true;
const WITHHOLD: Effect = Object.freeze({ remove: true });

/**
 * A step on one existing innovation, as one small object without closures: the planner keeps one or two per
 * innovation between steps (at 50,000 innovations their size is most of its memory), ranks a few, and takes one. What
 * the step changes (`where`, the edits) is made by `build`, for the step taken only.
 * - `evidence` / `tier_up` on a counted innovation (a "simple" step): `delta` is what it adds to the innovation's
 *   score, `total` the score after it; `ind`, `from`, `to`, `evidence` the answer it sets;
 * - `count` on an uncounted one: `total` and `counted` after every fault is fixed;
 * - `withhold`: the innovation is removed.
 */
class OnInnovation implements Candidate {
  at: number | undefined = undefined;
  private made: Effect | undefined;

  constructor(
    readonly kind: ActionKind,
    readonly effort: number,
    /** The innovation's result the candidate was made from: a re-scored innovation has a new one (and new candidates). */
    private readonly r: InnovationResult,
    readonly delta: number | undefined,
    private readonly total: number | null,
    private readonly counted: boolean | undefined,
    private readonly ind: Indicator | undefined,
    private readonly from: number,
    private readonly to: number,
    private readonly evidence: Answer["evidence"],
  ) {}

  get effect(): Effect {
    if (this.made) return this.made;
    if (this.kind === "withhold") return WITHHOLD;
    return (this.made = this.counted === undefined ? { total: this.total } : { total: this.total, counted: this.counted });
  }

  build(s: PlanState): { where: ActionWhere; edits: Edit[] } {
    const j = s.results.indexOf(this.r);
    const inv = s.input.innovations[j]!;
    const innovation = { index: placeOf(s, j), ...(inv.id !== undefined ? { id: inv.id } : {}), name: inv.name, agency: inv.agency, urusan: inv.urusan, ...(s.origin[j] === null ? { planned: true as const } : {}) };
    if (this.kind === "withhold") return { where: { innovation, notCounted: notCountedWhy(this.r, s.edition) }, edits: [{ op: "remove_innovation", at: j }] };
    if (this.kind === "count") {
      const { fixes, edits } = countFixes(this.r, s.edition, inv);
      return { where: { innovation, fixes }, edits: edits(j) };
    }
    const ind = this.ind!;
    const indicator = { id: ind.id, number: ind.number, name: ind.name };
    if (this.kind === "evidence") {
      const where = { innovation, indicator, tier: { from: this.from, to: this.from }, evidenceNeeded: ind.options.find((o) => o.tier === this.from)?.evidence ?? [] };
      const answer: Answer = { ...(inv.answers[ind.id] ?? { tier: this.from }), evidence: "accepted" };
      return { where, edits: [{ op: "set_answer", scope: "innovation", at: j, indicatorId: ind.id, answer }] };
    }
    const answer: Answer = { tier: this.to, evidence: this.evidence };
    // from 0 over an answer given that does not score (an unknown option …): what was given and why, as a mandatory
    // one's count step says it (for the step taken only: its issues are looked at here, not per candidate)
    const given = this.from === 0 ? givenAnswer(this.r, inv.answers[ind.id], ind.id) : undefined;
    return { where: { innovation, indicator, tier: { from: this.from, to: this.to }, ...(given ? { given } : {}), ...tierWhere(ind, this.to, inv.answers[ind.id]?.measure) }, edits: [{ op: "set_answer", scope: "innovation", at: j, indicatorId: ind.id, answer }] };
  }
}

const NONE: Candidate[] = [];

/**
 * An answer given that scores nothing for a fault of its own (the engine's first error on it, or a value outside every
 * tier, as a mandatory answer's fault is chosen): what was given, its unit, the fault's code. Undefined when none was
 * given or it has no such fault.
 */
function givenAnswer(r: InnovationResult, a: Answer | undefined, id: string): ActionWhere["given"] {
  const was = a?.option ?? a?.value ?? a?.tier;
  if (was === undefined) return undefined;
  const fault = r.issues.find((i) => i.params.indicator === id && (i.severity === "error" || i.code === "value_outside_tiers"));
  if (!fault) return undefined;
  return { was, ...(a!.option === undefined && a!.value !== undefined && typeof fault.params.unit === "string" ? { unit: fault.params.unit } : {}), reason: fault.code };
}

/**
 * The candidates on the innovation at `j` in a stable order: on a counted innovation its best evidence or tier-up step
 * — these change one counted innovation's score and nothing else, so their gains share one slope and the best Δ score
 * per effort is the best gain per effort; the others are never made — and on an uncounted one a count step (verified:
 * every fault fixed, when every fault can be) and a withhold step, unless `keeps` says the region's own compliance
 * needs it submitted. An innovation the plan adds is raised like the others (planning again once it is entered would
 * raise it), and never counted or withheld (it is added to count).
 */
export function innovationCandidates(s: PlanState, j: number, efforts: EffortTable, keeps: Keeps | null = null): Candidate[] {
  const r = s.results[j]!;
  const { edition, projection } = s;
  const p = r[projection];
  if (s.origin[j] === null && !p.counted) return NONE;
  if (p.counted) {
    const best = bestSimple(r, p.total, s, efforts);
    if (!best) return NONE;
    best.at = j;
    return [best];
  }
  const out: Candidate[] = [];
  if (projection === "verified" && !r.rejected && r.ineligible.length > 0 && r.ineligible.every(fixable)) {
    const { fixes, fixed } = countFixes(r, edition, s.input.innovations[j]);
    const after = scoreInnovation(fixed(s.input.innovations[j]!), edition, 0)[projection];
    out.push(new OnInnovation("count", efforts.count * fixes.length, r, undefined, after.total, after.counted, undefined, 0, 0, "missing"));
  }
  // one the verifier rejected was submitted already (its rejection is what keeps it in the divisor, spec §2): not withheld
  if (edition.formula.rejectedCountInDivisor.value && !r.rejected && !keeps?.keeps(j, s.input.innovations[j]!)) out.push(new OnInnovation("withhold", efforts.withhold, r, undefined, null, undefined, undefined, 0, 0, "missing"));
  for (const c of out) c.at = j; // the innovation's position now (a withheld one before it moves it up)
  return out.length > 0 ? out : NONE;
}

/**
 * Whether a count step can fix an eligibility fault: one of the kinds it fixes — a mandatory answer given but not
 * scoring is answered again, as an empty one is — and for a date outside the window one that is missing or before it
 * (penerapan or a development inside the window is recorded). A date after the window is an innovation implemented too
 * late for this assessment: no step moves it back.
 */
export function fixable(i: InnovationResult["ineligible"][number]): boolean {
  if (unreadable(i)) return true;
  if (!FIXABLE.has(i.code)) return false;
  if (i.code !== "outside_window") return true;
  const { date, to } = i.params as { date?: unknown; to?: unknown };
  return typeof date !== "string" || typeof to !== "string" || date <= to;
}

/**
 * The best single-score step on a counted innovation, by Δ score per effort (then the larger Δ, then the first in
 * edition order): accepting an answer's evidence (weight × tier, verified only) or one tier up (weight × the tiers
 * gained). Read from the result's resolved answers in the planned projection only (as `explainInnovation` gives the
 * rows, without making them).
 */
function bestSimple(r: InnovationResult, totalNow: number | null, s: PlanState, efforts: EffortTable): OnInnovation | undefined {
  if (totalNow === null) return undefined;
  const { edition, projection } = s;
  const sid = compileEdition(edition).sid;
  const byId = indicatorMap(edition);
  const a: Resolved = r.resolved;
  // the best so far, in locals (one candidate object is made, for the winner only)
  let bestK = -1;
  let bestKind: "evidence" | "tier_up" = "evidence";
  let bestTo = 0;
  let bestEvidence: Answer["evidence"] = "accepted";
  let bestDelta = 0;
  let bestEffort = 0;
  let bestRatio = 0;
  for (let k = 0; k < sid.length; k++) {
    const w = sid[k]!.weight;
    if (w === null) continue;
    const ind = byId.get(sid[k]!.indicator.id)!;
    const answeredTier = tierAt(a, k);
    const ev = evidenceAt(a, k);
    // the row's scoring tier in the projection (the innovation counts): 0 when verified and the evidence is not accepted
    const tier = scoringTier(answeredTier, ev, projection, true);
    const pending = tier !== answeredTier;
    if (pending) {
      // accepting the evidence: weight × the tier answered
      const delta = w * answeredTier;
      const effort = evidenceEffort(efforts, ind.id);
      const ratio = delta / effort;
      if (delta > 0 && (ratio > bestRatio || (ratio === bestRatio && bestK >= 0 && delta > bestDelta))) {
        bestK = k;
        bestKind = "evidence";
        bestTo = answeredTier;
        bestEvidence = "accepted";
        bestDelta = delta;
        bestEffort = effort;
        bestRatio = ratio;
      }
    }
    const next = isRecord(ind) ? undefined : tierAbove(ind, answeredTier);
    if (next === undefined) continue;
    const upEvidence = answeredTier === 0 ? "accepted" : ev;
    if (projection === "claimed" || upEvidence === "accepted") {
      // one tier up: weight × the tiers gained over the scoring tier
      const delta = w * (next - tier);
      const effort = tierUpEffort(efforts, ind.id, next, efforts.tierUp);
      const ratio = delta / effort;
      if (delta > 0 && (ratio > bestRatio || (ratio === bestRatio && bestK >= 0 && delta > bestDelta))) {
        bestK = k;
        bestKind = "tier_up";
        bestTo = next;
        bestEvidence = upEvidence;
        bestDelta = delta;
        bestEffort = effort;
        bestRatio = ratio;
      }
    }
  }
  if (bestK < 0) return undefined;
  const ind = byId.get(sid[bestK]!.indicator.id)!;
  return new OnInnovation(bestKind, bestEffort, r, bestDelta, totalNow + bestDelta, undefined, ind, tierAt(a, bestK), bestTo, bestEvidence);
}

/** The indicator's first tier above `tier` (a loop: this runs for every SID indicator of every counted innovation). */
function tierAbove(ind: Indicator, tier: number): number | undefined {
  const tiers = tiersOf(ind);
  for (let i = 0; i < tiers.length; i++) if (tiers[i]! > tier) return tiers[i];
  return undefined;
}

/**
 * The faults a count step fixes and its edits: each field set to what the edition accepts, each mandatory indicator
 * answered — one left empty, or one whose answer does not score (an unknown option, a value or tier outside the
 * indicator's: answered again at the same tier, with what was given and why it does not score). `inv` (the innovation)
 * lets a trial date asked of an innovation still at the Inisiatif stage say so, and an answer given be said.
 */
export function countFixes(r: InnovationResult, edition: Edition, inv?: Innovation): { fixes: NonNullable<ActionWhere["fixes"]>; edits: (at: number) => Edit[]; fixed: (inv: Innovation) => Innovation } {
  const fixes: NonNullable<ActionWhere["fixes"]> = [];
  const fields: Record<string, unknown> = {};
  const answers: { indicatorId: string; answer: Answer }[] = [];
  for (const i of r.ineligible) {
    const field = String(i.path.at(-1));
    if (i.code === "outside_window" && edition.eligibility.window) {
      const { from, to } = edition.eligibility.window;
      fields[field] = from;
      // a trial date for an innovation at the Inisiatif stage: it counts only if it was trialled (the step says so)
      const stage = field === "trialDate" && inv?.stage === "inisiatif" ? { stage: inv.stage } : {};
      fixes.push({ fault: "outside_window", field, was: typeof i.params.date === "string" ? i.params.date : null, window: { from, to }, ...stage });
    } else if (i.code === "design_too_short") {
      fields.designWords = Number(i.params.min);
      fixes.push({ fault: "design_too_short", field: "designWords", was: typeof i.params.given === "number" ? i.params.given : null });
    } else if (i.code === "stage_not_scored") {
      const allowed = (i.params.allowed as string[] | undefined) ?? [];
      fields.stage = allowed.at(-1);
      fixes.push({ fault: "stage_not_scored", field: "stage", was: typeof i.params.stage === "string" ? i.params.stage : null });
    } else if (i.code === "mandatory_unanswered" || unreadable(i)) {
      const id = String(i.params.indicator);
      const ind = indicatorMap(edition).get(id);
      const tier = ind ? (tiersOf(ind)[0] ?? 1) : 1;
      answers.push({ indicatorId: id, answer: { tier, evidence: "accepted" } });
      const option = ind?.options.find((o) => o.tier === tier);
      const given = inv?.answers[id];
      const measures = ind ? measuresAt(ind, tier, given?.measure) : undefined;
      // what was given (its option's text, else its value, else its tier), its unit, and the engine's reason
      const was = given?.option ?? given?.value ?? given?.tier;
      const unit = given?.option === undefined && given?.value !== undefined && typeof i.params.unit === "string" ? { unit: i.params.unit } : {};
      fixes.push({
        fault: i.code === "mandatory_unanswered" ? "mandatory_unanswered" : "mandatory_unreadable",
        field: id,
        indicatorId: id,
        ...(ind ? { indicator: { id, number: ind.number, name: ind.name } } : {}),
        ...(i.code === "mandatory_unanswered" ? {} : { ...(was !== undefined ? { was } : {}), ...unit, reason: i.code }),
        tier,
        ...(option ? { option: option.label, evidenceNeeded: option.evidence } : {}),
        ...(measures ? { measures } : {}),
      });
    }
  }
  return {
    fixes,
    // the edits' result made in one copy: the fields set, then the answers, as applying the edits in order gives
    fixed: (inv) => {
      const out: Innovation = Object.keys(fields).length ? { ...inv, ...fields } : { ...inv };
      if (answers.length > 0) {
        const all = { ...inv.answers };
        for (const a of answers) all[a.indicatorId] = { ...a.answer };
        out.answers = all;
      }
      return out;
    },
    edits: (at) => [
      ...(Object.keys(fields).length ? [{ op: "set_fields" as const, at, fields }] : []),
      ...answers.map((a) => ({ op: "set_answer" as const, scope: "innovation" as const, at, ...a })),
    ],
  };
}


/** Why an innovation does not count, as a withhold says it: the verifier's rejection, then each eligibility fault. */
export function notCountedWhy(r: InnovationResult, edition: Edition): NotCountedWhy[] {
  const out: NotCountedWhy[] = r.rejected ? [{ fault: "rejected", field: "rejected" }] : [];
  for (const i of r.ineligible) {
    const p = i.params;
    const field = String(i.path.at(-1));
    const num = (x: unknown) => (typeof x === "number" ? x : null);
    if (i.code === "outside_window") {
      const window = typeof p.from === "string" && typeof p.to === "string" ? { window: { from: p.from, to: p.to } } : {};
      out.push({ fault: "outside_window", field, was: typeof p.date === "string" ? p.date : null, ...window });
    } else if (i.code === "design_too_short") out.push({ fault: "design_too_short", field: "designWords", was: num(p.given), ...(num(p.min) !== null ? { limit: num(p.min)! } : {}) });
    else if (i.code === "too_many_entries") out.push({ fault: "too_many_entries", field: "entries", was: num(p.given), ...(num(p.max) !== null ? { limit: num(p.max)! } : {}) });
    else if (i.code === "stage_not_scored") out.push({ fault: "stage_not_scored", field: "stage", was: typeof p.stage === "string" ? p.stage : null });
    else if (i.code === "mandatory_unanswered" || p.mandatory === true) {
      // a mandatory indicator's answer given but not read stands as its own fault, marked `mandatory` (at its answer)
      const id = i.code === "mandatory_unanswered" ? String(p.indicator) : String(i.path[i.path.indexOf("answers") + 1] ?? field);
      const ind = indicatorMap(edition).get(id);
      out.push({ fault: i.code === "mandatory_unanswered" ? "mandatory_unanswered" : "mandatory_unreadable", field: id, ...(ind ? { indicator: { id, number: ind.number, name: ind.name } } : {}) });
    }
  }
  return out;
}
