import type { Innovation, RegionInput } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { ComplianceRule, ComplianceSet, ComplianceTarget } from "../model/compliance.js";
import type { Stage } from "../model/common.js";
import { issue } from "../engine/_issue.js";
import { roundHalfUp } from "../engine/_round.js";
import type { ComplianceResult, RuleOutcome, TargetOutcome } from "../engine/result.js";
import { matchAgencies } from "./agencies.js";

/**
 * Check a region's innovations against compliance rules ("every agency of these types produces ≥ k innovations in
 * year Y") and targets ("N innovations in year Y"). An innovation belongs to `innovation.year`, or the region's year
 * when absent; a rule or target without a year uses `year`. Rejected innovations still count: compliance is about
 * producing innovations, not about their score.
 *
 * Every non-complying agency and unmet target gets an issue saying why; innovations naming an unlisted agency get
 * `unknown_agency`.
 *
 * @example
 * // Kutai Kartanegara: every OPD, kecamatan and kelurahan, at least one innovation a year
 * const r = checkCompliance(input, { rules: [{ id: "kukar", name, agencyTypes: ["opd", "kecamatan", "kelurahan"], minCount: 1 }], targets: [] }, 2023);
 * r.rules[0].nonCompliant //=> agencies still without an innovation in 2023
 */
export function checkCompliance(input: RegionInput, set: ComplianceSet, year: number = input.region.year): ComplianceResult {
  const { agencyOf, issues } = matchAgencies(input);
  const yearOf = (inv: Innovation) => inv.year ?? input.region.year;
  const counts = (stages: Stage[] | undefined, inYear: number) => (inv: Innovation) =>
    yearOf(inv) === inYear && (stages === undefined || stages.includes(inv.stage));

  const rules = set.rules.map((rule) => {
    const ruleYear = rule.year ?? year;
    const trap = yearTrap(input, yearOf, rule.countedStages, ruleYear, rule.name.id, "rule");
    if (trap.issue) issues.push(trap.issue);
    return { ...ruleOutcome(rule, ruleYear, input, agencyOf, counts, issues), ...(trap.otherYears ? { otherYears: trap.otherYears } : {}) };
  });
  const targets = set.targets.map((t) => {
    const targetYear = t.year ?? year;
    const trap = yearTrap(input, yearOf, t.countedStages, targetYear, t.name.id, "target");
    if (trap.issue) issues.push(trap.issue);
    return { ...targetOutcome(t, targetYear, input, agencyOf, counts, issues), ...(trap.otherYears ? { otherYears: trap.otherYears } : {}) };
  });

  const withAny = new Set(agencyOf.filter((j) => j >= 0));
  const agenciesWithout = input.agencies.filter((_, j) => !withAny.has(j)).map((a) => a.name);
  return { rules, targets, agenciesWithout, issues };
}

/**
 * The year trap: a rule or target that finds no innovation of its year while innovations of other years exist (a
 * `Tahun` filled with the implementation year, say) gets one `compliance_year_mismatch` warning with both years and
 * counts, and its outcome lists the other years.
 */
function yearTrap(
  input: RegionInput,
  yearOf: (inv: Innovation) => number,
  stages: Stage[] | undefined,
  year: number,
  name: string,
  kind: "rule" | "target",
): { issue?: Issue; otherYears?: { year: number; count: number }[] } {
  const inStages = input.innovations.filter((inv) => stages === undefined || stages.includes(inv.stage));
  if (inStages.length === 0 || inStages.some((inv) => yearOf(inv) === year)) return {};
  const byYear = new Map<number, number>();
  for (const inv of inStages) byYear.set(yearOf(inv), (byYear.get(yearOf(inv)) ?? 0) + 1);
  const otherYears = [...byYear].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y, count]) => ({ year: y, count }));
  return {
    otherYears,
    issue: issue("compliance_year_mismatch", "warning", [], {
      kind,
      name,
      year,
      otherYears: otherYears.map((o) => o.year),
      otherCounts: otherYears.map((o) => o.count),
    }),
  };
}

type Counts = (stages: Stage[] | undefined, inYear: number) => (inv: Innovation) => boolean;

function ruleOutcome(
  rule: ComplianceRule,
  ruleYear: number,
  input: RegionInput,
  agencyOf: number[],
  counts: Counts,
  issues: Issue[],
): RuleOutcome {
  const perAgency = new Array<number>(input.agencies.length).fill(0);
  const inRule = counts(rule.countedStages, ruleYear);
  input.innovations.forEach((inv, i) => {
    const j = agencyOf[i] ?? -1;
    if (j >= 0 && inRule(inv)) perAgency[j] = (perAgency[j] ?? 0) + 1;
  });
  const agencies: RuleOutcome["agencies"] = [];
  input.agencies.forEach((a, j) => {
    if (!rule.agencyTypes.includes(a.type)) return;
    const count = perAgency[j] ?? 0;
    const complies = count >= rule.minCount;
    agencies.push({ agency: a.name, type: a.type, count, required: rule.minCount, complies, shortBy: complies ? 0 : rule.minCount - count });
    if (!complies) {
      issues.push(
        issue("compliance_rule_not_met", "warning", ["agencies", j], {
          rule: rule.id,
          ruleName: rule.name.id,
          agency: a.name,
          count,
          required: rule.minCount,
          year: ruleYear,
          stages: rule.countedStages ?? [],
        }),
      );
    }
  });
  const compliant = agencies.filter((a) => a.complies).length;
  return {
    ruleId: rule.id,
    name: rule.name,
    year: ruleYear,
    countedStages: rule.countedStages ?? null,
    agencies,
    compliant,
    nonCompliant: agencies.length - compliant,
  };
}

function targetOutcome(
  target: ComplianceTarget,
  targetYear: number,
  input: RegionInput,
  agencyOf: number[],
  counts: Counts,
  issues: Issue[],
): TargetOutcome {
  const inTarget = counts(target.countedStages, targetYear);
  const types = target.agencyTypes;
  const count = input.innovations.filter((inv, i) => {
    if (!inTarget(inv)) return false;
    if (types === undefined) return true;
    const agency = input.agencies[agencyOf[i] ?? -1];
    return agency !== undefined && types.includes(agency.type);
  }).length;
  const met = count >= target.count;
  if (!met) {
    issues.push(
      issue("compliance_target_not_met", "warning", [], {
        target: target.id,
        targetName: target.name.id,
        count,
        required: target.count,
        year: targetYear,
      }),
    );
  }
  return {
    targetId: target.id,
    name: target.name,
    year: targetYear,
    target: target.count,
    count,
    progress: Math.min(100, roundHalfUp((count / target.count) * 100, 2)),
    met,
  };
}
