import type { Agency, Innovation, RegionInput } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { ComplianceRule, ComplianceSet, ComplianceTarget } from "../model/compliance.js";
import { issue } from "../engine/_issue.js";
import { lazyProperty } from "../engine/_lazy.js";
import { roundHalfUp } from "../engine/_round.js";
import type { ComplianceResult, RuleOutcome, TargetOutcome } from "../engine/result.js";
import { matchAgencies } from "./agencies.js";

/**
 * The compliance check (rules and targets, with their issues) without the caller checks: `scoreRegion` calls it, the
 * package exports it through `public.ts`, whose TSDoc says what it does.
 */
export function checkCompliance(input: RegionInput, set: ComplianceSet, year: number = input.region.year): ComplianceResult {
  const { agencyOf, issues } = matchAgencies(input);
  const yearOf = (inv: Innovation) => inv.year ?? input.region.year;

  /** A rule's or target's outcome in its year, after the year-trap check (whose issue comes first). */
  const inItsYear = <O extends Pick<RuleOutcome, "otherYears">>(
    item: Scope & { year?: number; name: { id: string; en: string } },
    kind: "rule" | "target",
    outcome: (itemYear: number) => O,
  ): O => {
    const itemYear = item.year ?? year;
    const trap = yearTrap(input, yearOf, item, itemYear, item.name, kind);
    if (trap.issue) issues.push(trap.issue);
    const o = outcome(itemYear);
    if (trap.otherYears) o.otherYears = trap.otherYears;
    return o;
  };
  const rules = set.rules.map((rule) => inItsYear(rule, "rule", (y): RuleOutcome => ruleOutcome(rule, y, input, agencyOf, yearOf, issues)));
  const targets = set.targets.map((t) => inItsYear(t, "target", (y): TargetOutcome => targetOutcome(t, y, input, agencyOf, yearOf, issues)));

  return { rules, targets, agenciesWithout: agenciesWithout(input, agencyOf), issues };
}

/**
 * The names of the listed agencies no innovation names, in list order. Marked in a byte per agency, not a `Set` of the
 * innovations' agencies (~2 kB of hash tables grown per region, 1 MB of garbage a national run); -1 marks nothing.
 */
function agenciesWithout(input: RegionInput, agencyOf: number[]): string[] {
  const named = new Uint8Array(input.agencies.length);
  for (const j of agencyOf) named[j] = 1;
  return input.agencies.filter((_, j) => !named[j]).map((a) => a.name);
}

/** What a rule or target counts besides the year: some stages, some forms (each: all when none given). */
export type Scope = Pick<ComplianceRule, "countedStages" | "countedForms">;

/**
 * Whether an innovation is of one of the scope's stages and forms (one without a form is of no form named); with
 * `forms` null, of its stages whatever its form.
 */
export function inScope(inv: Innovation, scope: Scope, forms: Scope["countedForms"] | null = scope.countedForms): boolean {
  return (scope.countedStages?.includes(inv.stage) ?? true) && (forms?.includes(inv.form!) ?? true);
}

/** Whether an innovation counts for a rule or target: of its year, stages and forms. */
function counts(inv: Innovation, yearOf: (inv: Innovation) => number, scope: Scope, inYear: number): boolean {
  return yearOf(inv) === inYear && inScope(inv, scope);
}

/**
 * The year trap: a rule or target that finds no innovation of its year while innovations of other years exist (a
 * `Tahun` filled with the implementation year, say) gets one `compliance_year_mismatch` warning with both years and
 * counts, and its outcome lists the other years.
 */
function yearTrap(
  input: RegionInput,
  yearOf: (inv: Innovation) => number,
  scope: Scope,
  year: number,
  name: { id: string; en: string },
  kind: "rule" | "target",
): { issue?: Issue; otherYears?: { year: number; count: number }[] } {
  const byYear = new Map<number, number>();
  for (const inv of input.innovations) {
    // the year column's mistake: innovations of the scope's stages, whatever their form (a rule that finds innovations
    // of its year but none of its forms is not one; its agencies are short, each at its row)
    if (!inScope(inv, scope, null)) continue;
    const y = yearOf(inv);
    if (y === year) return {};
    byYear.set(y, (byYear.get(y) ?? 0) + 1);
  }
  if (byYear.size === 0) return {};
  const otherYears = [...byYear].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y, count]) => ({ year: y, count }));
  return {
    otherYears,
    issue: issue("compliance_year_mismatch", "warning", [], {
      kind,
      name: name.id,
      nameEn: name.en,
      year,
      otherYears: otherYears.map((o) => o.year),
      otherCounts: otherYears.map((o) => o.count),
    }),
  };
}

function ruleOutcome(
  rule: ComplianceRule,
  ruleYear: number,
  input: RegionInput,
  agencyOf: number[],
  yearOf: (inv: Innovation) => number,
  issues: Issue[],
): RuleOutcome {
  const n = input.agencies.length;
  // each agency's count, then (below) the counts of the agencies the rule covers, moved to the front in list order
  const ruledCounts: number[] = new Array<number>(n).fill(0);
  for (let i = 0; i < input.innovations.length; i++) {
    const j = agencyOf[i]!; // -1: no listed agency
    if (j >= 0 && counts(input.innovations[i]!, yearOf, rule, ruleYear)) ruledCounts[j]!++;
  }
  const stages = [...(rule.countedStages ?? [])]; // one list for every issue of this rule, not the input's
  // the agencies the rule covers as they were when scored, for the list built later (a caller may edit its input);
  // each list made for every agency and cut to the rule's after (pushed one by one, each grew twice or three times)
  const names: string[] = new Array<string>(n);
  const types: Agency["type"][] = new Array<Agency["type"]>(n);
  const min = rule.minCount;
  let compliant = 0;
  let m = 0;
  for (let j = 0; j < n; j++) {
    const a = input.agencies[j]!;
    if (!rule.agencyTypes.includes(a.type)) continue;
    const count = ruledCounts[j]!;
    names[m] = a.name;
    types[m] = a.type;
    ruledCounts[m++] = count;
    if (count >= min) compliant++;
    else {
      issues.push(
        issue("compliance_rule_not_met", "warning", ["agencies", j], {
          rule: rule.id,
          ruleName: rule.name.id,
          ruleNameEn: rule.name.en,
          agency: a.name,
          count,
          required: min,
          year: ruleYear,
          stages,
        }),
      );
    }
  }
  names.length = types.length = ruledCounts.length = m;
  // a rule over no agency (an empty list, or none of its types listed) cannot be judged: said, not "all comply"
  if (!m) issues.push(issue("compliance_rule_no_agencies", "warning", ["agencies"], { rule: rule.id, ruleName: rule.name.id, ruleNameEn: rule.name.en }));
  // one object per agency the rule covers (~42,000 a national run), built when a caller reads them (a recap, a sheet);
  // the counts after it are added after it, so the keys keep their order. The builder holds what it needs, not the
  // input (whose innovations a kept result must not hold on to, and which its caller may change after scoring).
  const outcome = lazyProperty<RuleOutcome, "agencies">(
    // the result's own name and stages, not the input's objects: a caller editing a result must not edit its input
    { ruleId: rule.id, name: { id: rule.name.id, en: rule.name.en }, year: ruleYear, countedStages: rule.countedStages ? [...rule.countedStages] : null } as Omit<RuleOutcome, "agencies">,
    "agencies",
    () => agencyOutcomes(min, names, types, ruledCounts),
  );
  outcome.compliant = compliant;
  outcome.nonCompliant = m - compliant;
  return outcome;
}

/** Each agency of the rule's types with its count, in list order (as `ruleOutcome` took them). */
function agencyOutcomes(min: number, names: string[], types: Agency["type"][], counts: number[]): RuleOutcome["agencies"] {
  return names.map((agency, k) => {
    const count = counts[k]!;
    return { agency, type: types[k]!, count, required: min, complies: count >= min, shortBy: Math.max(0, min - count) };
  });
}

/** How many innovations count towards a target (the loop on its own, so the rest of the outcome is not hot: see `scoreRegion`). */
function countTowards(
  target: ComplianceTarget,
  targetYear: number,
  input: RegionInput,
  agencyOf: number[],
  yearOf: (inv: Innovation) => number,
): number {
  const types = target.agencyTypes;
  let count = 0;
  for (let i = 0; i < input.innovations.length; i++) {
    // an innovation of no listed agency (-1) counts only towards a target over every agency
    if (counts(input.innovations[i]!, yearOf, target, targetYear) && (!types || types.includes(input.agencies[agencyOf[i]!]?.type!))) count++;
  }
  return count;
}

function targetOutcome(
  target: ComplianceTarget,
  targetYear: number,
  input: RegionInput,
  agencyOf: number[],
  yearOf: (inv: Innovation) => number,
  issues: Issue[],
): TargetOutcome {
  const count = countTowards(target, targetYear, input, agencyOf, yearOf);
  const met = count >= target.count;
  if (!met) {
    issues.push(
      issue("compliance_target_not_met", "warning", [], {
        target: target.id,
        targetName: target.name.id,
        targetNameEn: target.name.en,
        count,
        required: target.count,
        year: targetYear,
      }),
    );
  }
  return {
    targetId: target.id,
    name: { id: target.name.id, en: target.name.en },
    year: targetYear,
    target: target.count,
    count,
    progress: Math.min(100, roundHalfUp((count / target.count) * 100, 2)),
    met,
  };
}
