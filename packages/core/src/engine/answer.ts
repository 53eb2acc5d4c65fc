import type { Answer } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Bound } from "../model/common.js";
import type { Indicator, Measure, Option } from "../model/edition.js";
import { issue, type Path } from "./_issue.js";
import { tiersOf } from "./_edition.js";
import { highestTier } from "../model/maxima.js";
import { tierForValue } from "../model/measure.js";
import { normaliseText } from "./_text.js";

/** What an answer resolves to before evidence is considered. */
export interface ResolvedAnswer {
  /** Tier reached (0 when unanswered or invalid). */
  tier: number;
  /** The option behind the tier, when the indicator has one for it (gives the evidence it requires). */
  option: Option | null;
  status: "scored" | "not_answered" | "invalid_answer";
  /** Located at `path` (the answer's place in the input). */
  issues: Issue[];
}

type Via = { via: "tier" | "option" | "value"; tier: number };

/**
 * Resolve one answer to a tier. The answer may give the tier, an option label (matched against the Indonesian and
 * English labels, ignoring case and extra spaces) or a measured value (scored by the measure's tier intervals; name
 * the measure when the indicator has several). Several forms may be given if they agree.
 *
 * Problems are errors located at `path`: `unknown_option` (with the allowed labels), `tier_out_of_range`,
 * `unknown_measure`, `measure_required`, `answer_conflict`, `value_outside_tiers` (a measured value no tier holds, with
 * the range the tiers cover: an error when the value cannot be — negative where every tier is ≥ 0, or above the top
 * tier — a warning when it is just below the lowest tier); an invalid answer scores tier 0.
 *
 * @example
 * // SID-18 Kemanfaatan, 2026: persons served 201–500 → tier 2
 * resolveAnswer(kemanfaatan, { measure: "orang", value: 350, evidence: "accepted" }).tier //=> 2
 * // SID-1 Regulasi: options match ignoring case and spaces
 * resolveAnswer(regulasi, { option: "  peraturan DAERAH (perda) ", evidence: "pending" }).tier //=> 3
 */
export function resolveAnswer(indicator: Indicator, answer: Answer | undefined, path: Path = []): ResolvedAnswer {
  if (!answer) return { tier: 0, option: null, status: "not_answered", issues: [] };
  const issues: Issue[] = [];
  const found: Via[] = [];

  if (answer.tier !== undefined) {
    const t = tierFromTier(indicator, answer.tier, path.concat("tier"), issues);
    if (t !== null) found.push({ via: "tier", tier: t });
  }
  if (answer.option !== undefined && answer.option.trim() !== "") {
    const o = optionByLabel(indicator, answer.option);
    if (o) found.push({ via: "option", tier: o.tier });
    else issues.push(unknownOption(indicator, answer.option, path.concat("option")));
  }
  if (answer.value !== undefined) {
    const m = measureFor(indicator, answer.measure, path, issues);
    if (m) {
      const t = tierForValue(m, answer.value);
      if (t === 0) {
        const { min, max } = hull(m);
        // impossible for this measure (a negative count or share, more than its top tier describes): an error;
        // a plausible value the lowest tier does not reach yet (0 replications, 3 % coverage): a warning, tier 0
        const v = answer.value;
        const impossible = (v < 0 && min !== undefined && min.value >= 0) || (max !== undefined && (max.inclusive ? v > max.value : v >= max.value));
        issues.push(
          issue("value_outside_tiers", impossible ? "error" : "warning", path.concat("value"), {
            indicator: indicator.id,
            measure: m.id,
            unit: m.unit,
            value: answer.value,
            min: min?.value ?? null,
            minInclusive: min?.inclusive ?? null,
            max: max?.value ?? null,
            maxInclusive: max?.inclusive ?? null,
          }),
        );
      }
      found.push({ via: "value", tier: t });
    }
  }

  if (!issues.some((i) => i.severity === "error")) {
    const tiers = [...new Set(found.map((f) => f.tier))];
    const tier = tiers[0] ?? 0;
    if (tiers.length < 2) return { tier, option: tier > 0 ? (indicator.options.find((o) => o.tier === tier) ?? null) : null, status: tier > 0 ? "scored" : "not_answered", issues };
    issues.push(
      issue("answer_conflict", "error", path, {
        indicator: indicator.id,
        via: found.map((f) => f.via),
        tiers: found.map((f) => f.tier),
      }),
    );
  }
  // an error, or forms that give different tiers
  return { tier: 0, option: null, status: "invalid_answer", issues };
}

/**
 * The values a measure scores at all: from its lowest tier's lower end to its highest tier's upper end. An open end
 * stays open: once a tier without that end is met the end is undefined, and `min &&` / `max &&` keep it so.
 */
function hull(m: Measure): { min: Bound | undefined; max: Bound | undefined } {
  let min: Bound | undefined = m.tiers[0]?.min;
  let max: Bound | undefined = m.tiers[0]?.max;
  for (const t of m.tiers) {
    if (!t.min || (min && t.min.value < min.value)) min = t.min;
    if (!t.max || (max && t.max.value > max.value)) max = t.max;
  }
  return { min, max };
}

function tierFromTier(indicator: Indicator, tier: number, path: Path, issues: Issue[]): number | null {
  if (tier === 0) return 0;
  const allowed = tiersOf(indicator);
  if (allowed.includes(tier)) return tier;
  issues.push(
    issue("tier_out_of_range", "error", path, {
      indicator: indicator.id,
      given: tier,
      max: highestTier(indicator),
      allowed: [0, ...allowed],
    }),
  );
  return null;
}

/**
 * Normalised labels and aliases → option, then the abbreviations the labels hold (null where two options share one);
 * the labels in both languages as an unknown option's issue lists them (read only: every such issue of the indicator
 * holds these two arrays, not copies — ~20,000 issues of a messy workbook held ~2 MB of copies; mem33).
 */
const labelIndex = new WeakMap<Indicator, { exact: Map<string, Option>; short: Map<string, Option | null>; labels: { allowed: string[]; allowedEn: string[] } }>();

function optionByLabel(indicator: Indicator, given: string): Option | undefined {
  let index = labelIndex.get(indicator);
  if (!index) {
    index = { exact: new Map(), short: new Map(), labels: { allowed: indicator.options.map((o) => o.label.id), allowedEn: indicator.options.map((o) => o.label.en) } };
    for (const o of indicator.options) {
      for (const label of [o.label.id, o.label.en, ...o.aliases]) {
        const k = normaliseText(label);
        if (!index.exact.has(k)) index.exact.set(k, o);
      }
      for (const label of [o.label.id, o.label.en]) {
        for (const s of abbreviations(label)) {
          const k = normaliseText(s);
          const seen = index.short.get(k);
          index.short.set(k, seen === undefined || seen === o ? o : null);
        }
      }
    }
    labelIndex.set(indicator, index);
  }
  const k = normaliseText(given);
  return index.exact.get(k) ?? index.short.get(k) ?? undefined;
}

/**
 * The shorter names a label holds: the label without its bracketed parts ("Wajar Tanpa Pengecualian"), a one-word
 * bracketed part ("WTP", "Perkada", "online"), and words in capitals ("TMP", "TW", "SKM").
 */
function abbreviations(label: string): string[] {
  const out = new Set<string>();
  const bare = label.replace(/\s*\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
  if (bare !== "" && bare !== label.trim()) out.add(bare);
  for (const m of label.matchAll(/\(([^()\s]+)\)/g)) out.add(m[1]!);
  for (const w of label.split(/[^\p{L}\p{N}]+/u)) if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w)) out.add(w);
  return [...out];
}

/** An unknown option's issue, listing the labels from the indicator's label index: one pair of arrays shared by its issues. */
function unknownOption(indicator: Indicator, given: string, path: Path): Issue {
  return issue("unknown_option", "error", path, { indicator: indicator.id, given, ...labelIndex.get(indicator)!.labels });
}

function measureFor(indicator: Indicator, id: string | undefined, path: Path, issues: Issue[]): Measure | null {
  const ids = indicator.measures.map((m) => m.id);
  if (id !== undefined && id.trim() !== "") {
    const wanted = normaliseText(id);
    const m = indicator.measures.find((x) => normaliseText(x.id) === wanted);
    if (m) return m;
    issues.push(issue("unknown_measure", "error", path.concat("measure"), { indicator: indicator.id, given: id, allowed: ids }));
    return null;
  }
  const only = indicator.measures.length === 1 ? indicator.measures[0] : undefined;
  if (only) return only;
  if (indicator.measures.length === 0) {
    issues.push(issue("unknown_measure", "error", path.concat("value"), { indicator: indicator.id, given: null, allowed: [] }));
  } else {
    issues.push(issue("measure_required", "error", path.concat("measure"), { indicator: indicator.id, allowed: ids }));
  }
  return null;
}
