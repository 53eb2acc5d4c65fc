import type { Answer, Innovation } from "../input/schemas.js";
import type { Edition, Indicator } from "../model/edition.js";
import { STAGES } from "../model/_choices.js";
import { indicatorsOf, tiersOf } from "../engine/_edition.js";
import { explainInnovation } from "../engine/explain.js";
import { scoreInnovation } from "../engine/innovation.js";
import type { InnovationResult, ProjectionName } from "../engine/result.js";
import { urusanEntryOf, urusanName } from "../engine/urusan.js";
import type { PlanState } from "./state.js";
import type { ActionWhere } from "./types.js";

/** The innovation a new-innovation action adds (name, agency and urusan are set per action) and its score. */
export interface NewTemplate {
  innovation: Innovation;
  score: number;
  basis: "median" | "given" | "minimum";
  /**
   * basis `median`: an innovation of the input that scores as much (its position in the input and its name) — a new one
   * is a copy of it (the median, or when that is one the plan added, the first of the input's at its score, as the plan's
   * earlier steps left it); absent when none of the input's scores as much (a plan never names its own new innovation).
   */
  like?: NonNullable<ActionWhere["like"]>;
}

/**
 * The expected new innovation. Default: a copy of the region's median counted innovation in the projection (the lower
 * middle one when their number is even) — its answers and evidence as its row holds them, so it scores exactly
 * the median; `expected` given: built from the edition's tiers (mandatory indicators at their lowest tier, then the
 * heaviest indicators raised while the total stays ≤ `expected`), the nearest score at or below it — or, when `expected`
 * is below it, the lowest score an eligible innovation can have. Without a counted innovation: that lowest score.
 */
export function newInnovationTemplate(s: PlanState, expected: number | undefined): NewTemplate {
  return templateOf(expected)(s);
}

/** The expected new innovation of a state as the plan goes ({@link templateOf}). */
export type TemplateOf = (s: PlanState) => NewTemplate;

/**
 * The expected new innovation in each state a plan passes through, as {@link newInnovationTemplate} gives it for that
 * state: `expected` given, one fixed innovation; else a copy of the state's median counted innovation — once the plan's
 * own steps have raised the region's innovations, a new one "like the median" is like the raised median, as planning
 * again from the edited workbook assumes (docs/decisions.md, plan14a). Made again only when the median is another
 * innovation or was re-scored.
 */
export function templateOf(expected: number | undefined): TemplateOf {
  let fixed: NewTemplate | undefined;
  let last: { source: InnovationResult; urusan: string; t: NewTemplate } | undefined;
  return (s) => {
    const { edition, projection } = s;
    if (expected === undefined) {
      const counted = s.results.filter((r) => r[projection].counted && r[projection].total !== null);
      if (counted.length > 0) {
        // made at every step of a plan: the lower middle one found without sorting them all (sorted only when its urusan
        // is not the catalogue's and a neighbour's is looked for)
        const order = (a: InnovationResult, b: InnovationResult) => a[projection].total! - b[projection].total! || a.index - b.index;
        const m = Math.floor((counted.length - 1) / 2);
        const median = nth(counted, m, order);
        // the copy is of a row the analyst sees: the median, or when the plan added it, the first of the input's that
        // counts at its score — the one the step names ("seperti X"), so that the later steps on the new innovation act
        // on the answers the analyst copied (audit19 F1: a copy of another innovation at that score was modelled)
        const { origin, results } = s;
        const j = results.indexOf(median);
        const k = origin[j] !== null ? j : results.findIndex((r, i) => origin[i] !== null && r[projection].counted && r[projection].total === median[projection].total);
        const src = k < 0 ? j : k;
        const urusan = catalogueUrusan(() => counted.sort(order), m, src, s, edition);
        const source = results[src]!;
        if (last?.source !== source || last.urusan !== urusan) {
          const copy = copyOf(s.input.innovations[src]!, source, edition, projection);
          copy.urusan = urusan;
          last = { source, urusan, t: finish(copy, edition, projection, "median") };
        }
        return k < 0 ? last.t : { ...last.t, like: likeRow(origin[k]!, s.input.innovations[k]!) };
      }
    }
    return (fixed ??= finish(built(edition, expected ?? 0), edition, projection, expected === undefined ? "minimum" : "given"));
  };
}

/**
 * The row a new innovation copies, with what its copy does not keep (`copyOf`): Urusan Terkait, a Jumlah Keikutsertaan
 * other than 1 — the step says to clear them, as the analyst copies the whole row.
 */
function likeRow(index: number, inv: Innovation): NonNullable<ActionWhere["like"]> {
  return {
    index,
    name: inv.name,
    ...(inv.relatedUrusan.length > 0 ? { relatedUrusan: [...inv.relatedUrusan] } : {}),
    ...((inv.entries ?? 1) !== 1 ? { entries: inv.entries! } : {}),
  };
}

function finish(innovation: Innovation, edition: Edition, projection: ProjectionName, basis: NewTemplate["basis"]): NewTemplate {
  const r = scoreInnovation(innovation, edition, 0);
  return { innovation, score: r[projection].total ?? 0, basis };
}

function copyOf(inv: Innovation, r: ReturnType<typeof scoreInnovation>, edition: Edition, projection: ProjectionName): Innovation {
  const answers: Record<string, Answer> = {};
  for (const row of explainInnovation(r, edition)[projection]) {
    // as the row holds (a claimed projection's answer keeps its evidence too: the analyst's copy does)
    if (row.answeredTier > 0) answers[row.indicatorId] = { tier: row.answeredTier, evidence: row.evidence };
  }
  return {
    name: "Inovasi baru",
    agency: inv.agency,
    stage: inv.stage,
    ...(inv.form ? { form: inv.form } : {}),
    ...(inv.kind ? { kind: inv.kind } : {}),
    urusan: inv.urusan,
    relatedUrusan: [],
    ...(inv.trialDate ? { trialDate: inv.trialDate } : {}),
    ...(inv.implementationDate ? { implementationDate: inv.implementationDate } : {}),
    ...(inv.designWords !== undefined ? { designWords: inv.designWords } : {}),
    entries: 1,
    rejected: false,
    answers,
  };
}

/**
 * The urusan a new innovation is entered under, by its catalogue name: the median innovation's; when the catalogue does
 * not know that one (the scorer reports it at its cell), the nearest counted innovation's (by score) it knows; else the
 * first basic-service urusan. A new innovation is never planned in an urusan the edition's catalogue does not hold. An
 * edition without a catalogue keeps the median's text.
 */
function catalogueUrusan(sortedOf: () => InnovationResult[], m: number, j: number, s: PlanState, edition: Edition): string {
  const first = s.input.innovations[j]!.urusan;
  if (edition.urusan.length === 0) return first;
  const entryOf = urusanEntryOf(edition);
  const known = entryOf(first);
  if (known) return urusanName(known.id, edition);
  const sorted = sortedOf();
  const at = new Map(s.results.map((r, k) => [r, k])); // a result's place in the planned input
  for (let d = 1; d < sorted.length; d++) {
    for (const k of [m - d, m + d]) {
      const r = sorted[k];
      if (!r) continue;
      const entry = entryOf(s.input.innovations[at.get(r)!]!.urusan);
      if (entry) return urusanName(entry.id, edition);
    }
  }
  const y = edition.yandas.urusan[0];
  return y === undefined ? first : urusanName(y, edition);
}

function built(edition: Edition, expected: number): Innovation {
  const e = edition.eligibility;
  const stages = e.scoredStages.value;
  const stage = stages ? STAGES.filter((x) => stages.includes(x)).at(-1)! : STAGES.at(-1)!;
  const sid = indicatorsOf(edition, "SID");
  const tier = new Map<Indicator, number>();
  let total = 0;
  const add = (ind: Indicator, t: number) => {
    total += (ind.weight ?? 0) * (t - (tier.get(ind) ?? 0));
    tier.set(ind, t);
  };
  if (e.mandatoryRequired) for (const ind of sid) if (ind.mandatory) add(ind, tiersOf(ind)[0] ?? 1);
  const heaviest = sid.slice().sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0));
  for (const ind of heaviest) {
    const w = ind.weight ?? 0;
    const now = tier.get(ind) ?? 0;
    const fits = tiersOf(ind).filter((t) => t > now && total + w * (t - now) <= expected);
    if (fits.length) add(ind, fits.at(-1)!);
  }
  const answers: Record<string, Answer> = {};
  for (const [ind, t] of tier) answers[ind.id] = { tier: t, evidence: "accepted" };
  return {
    name: "Inovasi baru",
    agency: "-",
    stage,
    urusan: edition.yandas.urusan[0] === undefined ? "-" : urusanName(edition.yandas.urusan[0], edition),
    relatedUrusan: [],
    ...(e.window ? { implementationDate: e.window.from } : {}),
    ...(e.minDesignWords?.value != null ? { designWords: e.minDesignWords.value } : {}),
    entries: 1,
    rejected: false,
    answers,
  };
}

/** The element that would be at `k` were `list` sorted by `order` (which must be total: no two equal); `list` is reordered. */
function nth<T>(list: T[], k: number, order: (a: T, b: T) => number): T {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const pivot = list[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (order(list[i]!, pivot) < 0) i++;
      while (order(list[j]!, pivot) > 0) j--;
      if (i <= j) {
        const t = list[i]!;
        list[i] = list[j]!;
        list[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return list[k]!;
}
