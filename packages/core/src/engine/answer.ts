import type { Answer } from "../input/schemas.js";
import type { Issue } from "../issues.js";
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
 * Problems are issues located at `path`: `unknown_option` (with the allowed labels), `tier_out_of_range`,
 * `unknown_measure`, `measure_required`, `answer_conflict`; an invalid answer scores tier 0.
 *
 * @example
 * // SID-18 Kemanfaatan, 2026: persons served 201–500 → tier 2
 * resolveAnswer(kemanfaatan, { measure: "orang", value: 350, evidence: "accepted" }).tier //=> 2
 * resolveAnswer(kemanfaatan, { option: "  SK kepala DAERAH ", evidence: "pending" }).status //=> "scored"
 */
export function resolveAnswer(indicator: Indicator, answer: Answer | undefined, path: Path = []): ResolvedAnswer {
  if (!answer) return { tier: 0, option: null, status: "not_answered", issues: [] };
  const issues: Issue[] = [];
  const found: Via[] = [];

  if (answer.tier !== undefined) {
    const t = tierFromTier(indicator, answer.tier, [...path, "tier"], issues);
    if (t !== null) found.push({ via: "tier", tier: t });
  }
  if (answer.option !== undefined && answer.option.trim() !== "") {
    const o = optionByLabel(indicator, answer.option);
    if (o) found.push({ via: "option", tier: o.tier });
    else issues.push(unknownOption(indicator, answer.option, [...path, "option"]));
  }
  if (answer.value !== undefined) {
    const m = measureFor(indicator, answer.measure, path, issues);
    if (m) {
      const t = tierForValue(m, answer.value);
      if (t === 0) {
        issues.push(
          issue("value_outside_tiers", "info", [...path, "value"], {
            indicator: indicator.id,
            measure: m.id,
            value: answer.value,
          }),
        );
      }
      found.push({ via: "value", tier: t });
    }
  }

  if (issues.some((i) => i.severity === "error")) return { tier: 0, option: null, status: "invalid_answer", issues };
  const tiers = [...new Set(found.map((f) => f.tier))];
  if (tiers.length > 1) {
    issues.push(
      issue("answer_conflict", "error", path, {
        indicator: indicator.id,
        via: found.map((f) => f.via),
        tiers: found.map((f) => f.tier),
      }),
    );
    return { tier: 0, option: null, status: "invalid_answer", issues };
  }
  const tier = tiers[0] ?? 0;
  const option = tier > 0 ? (indicator.options.find((o) => o.tier === tier) ?? null) : null;
  return { tier, option, status: tier > 0 ? "scored" : "not_answered", issues };
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

/** Normalised Indonesian and English labels → option, built once per indicator. */
const labelIndex = new WeakMap<Indicator, Map<string, Option>>();

function optionByLabel(indicator: Indicator, given: string): Option | undefined {
  let index = labelIndex.get(indicator);
  if (!index) {
    index = new Map();
    for (const o of indicator.options) {
      for (const label of [o.label.en, o.label.id]) index.set(normaliseText(label), o);
    }
    labelIndex.set(indicator, index);
  }
  return index.get(normaliseText(given));
}

function unknownOption(indicator: Indicator, given: string, path: Path): Issue {
  return issue("unknown_option", "error", path, {
    indicator: indicator.id,
    given,
    allowed: indicator.options.map((o) => o.label.id),
    allowedEn: indicator.options.map((o) => o.label.en),
  });
}

function measureFor(indicator: Indicator, id: string | undefined, path: Path, issues: Issue[]): Measure | null {
  const ids = indicator.measures.map((m) => m.id);
  if (id !== undefined && id.trim() !== "") {
    const wanted = normaliseText(id);
    const m = indicator.measures.find((x) => normaliseText(x.id) === wanted);
    if (m) return m;
    issues.push(issue("unknown_measure", "error", [...path, "measure"], { indicator: indicator.id, given: id, allowed: ids }));
    return null;
  }
  const only = indicator.measures.length === 1 ? indicator.measures[0] : undefined;
  if (only) return only;
  if (indicator.measures.length === 0) {
    issues.push(issue("unknown_measure", "error", [...path, "value"], { indicator: indicator.id, given: null, allowed: [] }));
  } else {
    issues.push(issue("measure_required", "error", [...path, "measure"], { indicator: indicator.id, allowed: ids }));
  }
  return null;
}
