import type { Text } from "../model/common.js";
import type { Answer, Innovation } from "../input/schemas.js";
import type { Edition, Indicator } from "../model/edition.js";
import { indicatorMap, isRecord, tiersOf } from "../engine/_edition.js";
import { yandasCoverage } from "../engine/yandas.js";
import { type EffortTable, evidenceEffort, tierUpEffort } from "./efforts.js";
import { type Effect, type PlanState, jumlahCount } from "./state.js";
import { cloneInnovation } from "./apply.js";
import type { NewTemplate, TemplateOf } from "./template.js";
import { IN_CHARGE, type NewSeats, type Seat } from "./urusan.js";
import type { ActionKind, ActionWhere, Edit, MeasureAt } from "./types.js";

/**
 * An action the planner may take next: what it changes (for ranking; `at` is the innovation it changes, if one) and how
 * to take it (`build` gives where and the edits, asked only for the step taken). The ones on an existing innovation
 * are in on-innovation.ts; SPD rows and new innovations here.
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
  readonly delta?: number | undefined;
}

/**
 * The candidates not on one innovation: SPD rows, then new innovations (a few; listed again at every step). `maxNew`:
 * at most that many new innovations in all (the caller's `maxNewInnovations`), or null for the edition's rule (see
 * {@link newAllowed}).
 */
export function otherCandidates(s: PlanState, efforts: EffortTable, template: TemplateOf, maxNew: number | null, owing: NewSeats): Candidate[] {
  return [...spdCandidates(s, efforts), ...newCandidates(s, efforts, template, maxNew, owing)];
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
      out.push(fixed("evidence", evidenceEffort(efforts, ind.id), { spd: spdPart.score + w * row.answeredTier }, where, [{ op: "set_answer", scope: "spd", indicatorId: ind.id, answer }]));
    }
    // the region's record (the edition says so) is not something to raise before the window closes; left blank, it is
    // data to fill in: counted at its lowest tier (what the record scores at least), its true tier the region's to enter
    if (isRecord(ind)) {
      if (row.status === "not_answered") out.push(...fillCandidate(spdPart.score, w, ind, spdRow, efforts));
      continue;
    }
    const next = tiersOf(ind).find((t) => t > row.answeredTier);
    if (next === undefined) continue;
    const evidence = row.answeredTier === 0 ? "accepted" : row.evidence;
    if (projection === "verified" && evidence !== "accepted") continue;
    const where = { spdRow, tier: { from: row.answeredTier, to: next }, ...tierWhere(ind, next) };
    out.push(fixed("tier_up", tierUpEffort(efforts, ind.id, next, efforts.spdTierUp), { spd: spdPart.score + w * (next - row.tier) }, where, [{ op: "set_answer", scope: "spd", indicatorId: ind.id, answer: { tier: next, evidence } }]));
  }
  return out;
}

/** Filling an empty SPD row of record: its lowest tier above 0, with accepted evidence (the effort of an evidence). */
function fillCandidate(score: number, w: number, ind: Indicator, spdRow: NonNullable<ActionWhere["spdRow"]>, efforts: EffortTable): Candidate[] {
  const tiers = tiersOf(ind).filter((t) => t > 0);
  const low = tiers[0];
  if (low === undefined || w <= 0) return [];
  const o = ind.options.find((x) => x.tier === low);
  // each tier by its option's words (audit19 F7: "tingkat 1" alone sent the analyst to Petunjuk Indikator)
  const labels = tiers.map((t) => ind.options.find((x) => x.tier === t)?.label);
  const options = labels.every((x) => x) ? { options: labels as Text[] } : {};
  const where: ActionWhere = { spdRow, tier: { from: 0, to: low }, fill: { tiers, ...options }, ...(o ? { evidenceNeeded: o.evidence } : {}) };
  return [fixed("fill", evidenceEffort(efforts, ind.id), { spd: score + w * low }, where, [{ op: "set_answer", scope: "spd", indicatorId: ind.id, answer: { tier: low, evidence: "accepted" } }])];
}

function fixed(kind: ActionKind, effort: number, effect: Effect, where: ActionWhere, edits: Edit[]): Candidate {
  return { kind, effort, at: undefined, effect, build: () => ({ where, edits }) };
}

/**
 * Whether `k` more new innovations may be planned. Given a number (`maxNewInnovations`), at most that many in all. By
 * default, as the skor jumlah inovasi reads the cap — perInnovation × MIN(count, cap), the count the edition's
 * `formula.jumlahInovasi.countOf` names (`jumlahCount`): by default the innovations counted in the projection planned,
 * not n (rejected and ineligible innovations sit in the divisor but not in the count); with "n", n — a new innovation is
 * planned while that count is below the cap: up to the cap each adds perInnovation; past it only its share of the
 * average, which at the median score is about nothing. Yandas innovations are planned at and past the cap too: without
 * the rule met the whole count score is 0, so they are what gives it back. An unknown cap plans none.
 */
export function newAllowed(s: PlanState, maxNew: number | null, k: number, yandas: boolean): boolean {
  if (maxNew !== null) return s.added + k <= maxNew;
  const cap = s.edition.formula.jumlahInovasi.countCap.value;
  if (cap === null) return false;
  return yandas || jumlahCount(s.standing.counted, s.standing.n, s.edition) + k <= cap;
}

function newCandidates(s: PlanState, efforts: EffortTable, template: TemplateOf, maxNew: number | null, owing: NewSeats): Candidate[] {
  const out: Candidate[] = [];
  const one = newAllowed(s, maxNew, 1, false);
  const yandas = s.standing.yandasMet === false && s.edition.formula.jumlahInovasi.requiresYandas;
  if (!one && !yandas) return out;
  // the state's expected new innovation (the median is found only when a new one may be planned)
  const t = template(s);
  let seats: Seat[] | undefined; // the free seats, worked out when a new innovation may be planned
  const free = () => (seats ??= freeSeats(s, owing, s.edition.yandas.urusan.length + 1));
  // an innovation added from here: asked of the next free seat's agency, in that agency's urusan (see agencyUrusan); a
  // yandas one in its `urusan`, asked of the agency that works in it, else of the one in charge of it, unnamed (the seat
  // stays free for the next); in the form the region's own compliance counts, where a rule or target of its agency names forms (formsForCompliance)
  const make = (k: number, seat: Seat | undefined, urusan?: string, agency?: string): Innovation => {
    const asked = agency ?? seat?.agency ?? t.innovation.agency;
    const form = owing.formFor.get(asked);
    return {
      ...cloneInnovation(t.innovation),
      name: `Inovasi baru ${s.added + k + 1}`,
      agency: asked,
      urusan: urusan ?? seat?.urusan ?? t.innovation.urusan,
      ...(form ? { form } : {}),
    };
  };
  const added = (list: Innovation[]) =>
    list.map((i) => ({ name: i.name, agency: i.agency, urusan: i.urusan, score: t.score, ...(owing.formFor.has(i.agency) ? { form: i.form! } : {}) }));
  const adds = (list: Innovation[]) => list.map((innovation) => ({ op: "add_innovation" as const, innovation }));
  if (one) {
    // ranked with the urusan it is added in (the yandas rule reads it); only the step taken is built in full
    const urusan = free()[0]?.urusan ?? t.innovation.urusan;
    out.push({
      kind: "new_innovation",
      effort: efforts.newInnovation,
      at: undefined,
      effect: { add: [{ innovation: urusan === t.innovation.urusan ? t.innovation : { ...t.innovation, urusan }, total: t.score }] },
      build: () => {
        const one = make(0, free()[0]);
        return { where: { added: added([one]), ...likeOf(t), ...windowOf(s.edition, s.input.region.year), ...answerOptionsOf(t, s.edition) }, edits: adds([one]) };
      },
    });
  }
  if (yandas) {
    const cov = yandasCoverage(s.counted(), s.edition);
    const k = cov.minCovered === null ? 0 : cov.minCovered - cov.covered.length;
    if (k > 0 && k <= cov.missing.length && newAllowed(s, maxNew, k, true)) {
      // the urusan some listed agency works in first (the region has whom to ask), then the others, each in the rule's order
      const missing = [...cov.missing.filter((u) => owing.yandasAgency.has(u)), ...cov.missing.filter((u) => !owing.yandasAgency.has(u))];
      const list = missing.slice(0, k).map((u, i) => make(i, undefined, u, owing.yandasAgency.get(u) ?? IN_CHARGE + u));
      out.push(fixed("yandas", efforts.yandas * k, { add: list.map((innovation) => ({ innovation, total: t.score })) }, { added: added(list), ...likeOf(t), ...windowOf(s.edition, s.input.region.year), ...answerOptionsOf(t, s.edition) }, adds(list)));
    }
  }
  return out;
}

/**
 * The first `most` seats of the queue still free in `s`: the queue less, per agency, as many of its first seats as the
 * plan has added innovations to it (the innovations it added are the last of the list). Without a yandas innovation
 * asked of an agency out of turn, that is the queue from the `s.added`-th seat on.
 */
function freeSeats(s: PlanState, owing: NewSeats, most: number): Seat[] {
  const { queue } = owing;
  // the usual case, every added innovation in its turn: the queue from the added-th seat on
  let tail = s.origin.length;
  while (tail > 0 && s.origin[tail - 1] === null) tail--;
  let inTurn = true;
  for (let j = tail, k = 0; j < s.origin.length && inTurn; j++, k++) inTurn = queue[k]?.agency === s.input.innovations[j]!.agency;
  if (inTurn) return queue.slice(s.origin.length - tail, s.origin.length - tail + most);
  const taken = new Map<string, number>();
  for (let j = s.origin.length - 1; j >= 0 && s.origin[j] === null; j--) {
    const agency = s.input.innovations[j]!.agency;
    taken.set(agency, (taken.get(agency) ?? 0) + 1);
  }
  const out: Seat[] = [];
  for (const seat of queue) {
    if (out.length >= most) break;
    const k = taken.get(seat.agency) ?? 0;
    if (k > 0) taken.set(seat.agency, k - 1);
    else out.push(seat);
  }
  return out;
}

/** The innovation new ones are modelled on, when they copy one (`like`), or that they score as the median does then (`median`). */
export function likeOf(t: NewTemplate): Pick<ActionWhere, "like" | "median"> {
  return t.like ? { like: { ...t.like } } : t.basis === "median" ? { median: true } : {};
}

/**
 * A new innovation with no row to copy: the option of each answer its printed row gives (by indicator id; none for an
 * answer whose tier has no option) — named as the "isi data" step names its tiers, not left to Petunjuk Indikator —
 * and, on an indicator measured on several bases (SID-18), the values that give its tier ({@link measuresAt}), as a
 * tier up says them.
 */
export function answerOptionsOf(t: NewTemplate, edition: Edition): Pick<ActionWhere, "answerOptions" | "answerMeasures"> {
  if (t.like) return {};
  const byId = indicatorMap(edition);
  const options: Record<string, Text> = {};
  const measures: Record<string, MeasureAt[]> = {};
  for (const [id, a] of Object.entries(t.innovation.answers)) {
    const ind = byId.get(id);
    if (!a.tier || !ind) continue;
    const o = ind.options.find((x) => x.tier === a.tier);
    if (o) options[id] = o.label;
    const m = measuresAt(ind, a.tier, a.measure);
    if (m) measures[id] = m;
  }
  return { answerOptions: options, ...(Object.keys(measures).length > 0 ? { answerMeasures: measures } : {}) };
}

/**
 * The window a new innovation's implementation must fall in, when the edition has one (a new innovation is one
 * implemented in it); `closed` when it ends before the assessment year `year` (IGA 2026: 2024-01-01 – 2025-12-31).
 */
export function windowOf(edition: Edition, year: number): Pick<ActionWhere, "window"> {
  const w = edition.eligibility.window;
  return w ? { window: { from: w.from, to: w.to, ...(w.to < `${String(year).padStart(4, "0")}-01-01` ? { closed: true as const } : {}) } } : {};
}

/**
 * What a tier up asks for: the option of the tier it goes to and that option's evidence (none when the tier has no
 * option), and on an indicator measured on several bases the values that give it ({@link measuresAt}).
 */
export function tierWhere(ind: Indicator, tier: number, measure?: string): Pick<ActionWhere, "option" | "evidenceNeeded" | "measures"> {
  const o = ind.options.find((x) => x.tier === tier);
  const m = measuresAt(ind, tier, measure);
  return { ...(o ? { option: o.label, evidenceNeeded: o.evidence } : {}), ...(m ? { measures: m } : {}) };
}

/**
 * The values that give `tier` on each basis of an indicator measured on several (SID-18's Dasar Ukur), or on the one
 * the answer names (`measure`, when the indicator has it): its options name no amount ("Manfaat tingkat 3 pada dasar
 * ukuran yang dipilih"); and on an indicator with one basis when `tier` has no option (reached by a value only).
 * Undefined otherwise: the options say the amount themselves.
 */
export function measuresAt(ind: Indicator, tier: number, measure?: string): MeasureAt[] | undefined {
  // one basis: its options say the amount, unless the tier has no option (a province's model may give a tier by value only)
  if (ind.measures.length < 2 && (ind.measures.length === 0 || ind.options.some((o) => o.tier === tier))) return undefined;
  const named = ind.measures.filter((m) => m.id === measure);
  const out = (named.length > 0 ? named : ind.measures).flatMap((m) => {
    const t = m.tiers.find((x) => x.tier === tier);
    return t ? [{ name: m.name, unit: { id: m.unit, en: m.unitEn ?? m.unit }, ...(t.min ? { min: t.min } : {}), ...(t.max ? { max: t.max } : {}) }] : [];
  });
  return out.length > 0 ? out : undefined;
}

