import type { SourceRef, Text } from "./common.js";
import type { ComplianceRule, ComplianceTarget } from "./compliance.js";
import type { Band, Edition, Indicator, Measure } from "./edition.js";
import { formatBand } from "./band.js";
import { formatInterval } from "./interval.js";
import { intervalComma } from "../messages/_format.js";

/**
 * What two editions score differently (`compareEditions`), by kind, most consequential first: a number one edition
 * knows and the other does not (figures that depend on it are unknown), which innovations count, the predicate
 * bands, the skor jumlah inovasi, the rest of the formula, the yandas rule, the SPD rows, the SID indicators, their
 * weights, their options, their measures' thresholds, compliance, and what only wording or the plan reads.
 */
export const DIFFERENCE_KINDS = ["unknown", "eligibility", "bands", "jumlahInovasi", "formula", "yandas", "spd", "indicators", "weights", "options", "measures", "compliance", "other"] as const;
/** A kind of difference between two editions (`DIFFERENCE_KINDS`, in their order). */
export type EditionDifferenceKind = (typeof DIFFERENCE_KINDS)[number];

/** One side's value of a difference, tagged so a message can say it in either language. */
export type DifferenceValue =
  | { type: "number"; value: number }
  /** The edition leaves it unknown (`value: null`, a weight of null, scored stages not published). */
  | { type: "unknown" }
  /** The rule is not set in this edition (no window, no minimum of words). */
  | { type: "none" }
  /** Not in this edition (an indicator, a band, a measure, an option's tier, a compliance rule). */
  | { type: "absent" }
  | { type: "yesNo"; value: boolean }
  /** A choice of the schema: `spdMode` rows / total, `countOf` counted / n, `predicateOn` rounded / unrounded. */
  | { type: "word"; value: string }
  | { type: "dates"; from: string; to: string }
  /** Ids: indicators added or removed, urusan, stages. */
  | { type: "list"; value: string[] }
  | { type: "text"; value: Text }
  /** By tier, only the tiers that differ: an option's label, or a measure's interval (written in each language). */
  | { type: "tiers"; value: { tier: number; text: Text }[] };

/** Which field of the editions differs (with `indicator`, `measure` or `aspect` saying whose). */
export type DifferenceField =
  | "window" | "scoredStages" | "mandatoryRequired" | "minDesignWords" | "maxEntries"
  | "bands" | "predicateOn"
  | "perInnovation" | "countCap" | "requiresYandas" | "countOf"
  | "sidDivisorFloor" | "rejectedCountInDivisor" | "maxTotal" | "maxSpd" | "decimals" | "maxTier"
  | "minCovered" | "yandasUrusan" | "countRelatedUrusan"
  | "spdMode" | "added" | "removed"
  | "weight" | "mandatory" | "options" | "measure"
  | "complianceRule" | "complianceTarget"
  | "urusan" | "name" | "question" | "record" | "evidence";

/** One difference: both values, and each edition's source for it where the edition records one. */
export interface EditionDifference {
  kind: EditionDifferenceKind;
  field: DifferenceField;
  /** Where it is in the editions (the later edition's, e.g. `["indicators", "SID-14", "options"]`). */
  path: (string | number)[];
  /** The indicator it concerns, named as the later edition names it (the earlier's when it has it alone). */
  indicator?: { id: string; name: Text };
  measure?: { id: string; name: Text };
  /** For `added` / `removed`: SID indicators or SPD rows. */
  aspect?: "SID" | "SPD";
  before: DifferenceValue;
  after: DifferenceValue;
  sources: { before?: SourceRef; after?: SourceRef };
}

/** Two editions compared: their ids, and every difference, most consequential first. */
export interface EditionComparison {
  before: { id: string; year: number };
  after: { id: string; year: number };
  differences: EditionDifference[];
}

type Sourced = { value: number | null; source: SourceRef };

const UNKNOWN = { type: "unknown" } as const;
const NONE = { type: "none" } as const;
const ABSENT = { type: "absent" } as const;
const num = (n: number | null): DifferenceValue => (n === null ? UNKNOWN : { type: "number", value: n });
const yesNo = (value: boolean): DifferenceValue => ({ type: "yesNo", value });
const word = (value: string): DifferenceValue => ({ type: "word", value });
const list = (value: string[]): DifferenceValue => ({ type: "list", value });
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
const text = (t: Text) => ({ id: t.id, en: t.en });

/**
 * What differs between two editions that changes how a region is scored or read: a number known in one only,
 * eligibility (the date window, the minimum of words, the entries, the stages), the predicate bands, the skor jumlah
 * inovasi (per innovation, its cap, its yandas condition), the rest of the formula (the divisor floor, the maxima),
 * the yandas rule, the SPD rows, SID indicators added or removed, weights, options' labels by tier, measures'
 * thresholds, compliance rules and targets, and last what only reads differently (names, questions, evidence, whether
 * a plan may raise a row). Each with both values and both sources. Sources, descriptions and the caveat are not
 * compared themselves. Pure; an empty list when the editions score alike.
 *
 * @example
 * const c = compareEditions(getEdition("iid-2023"), getEdition("iid-2026"));
 * c.differences.find((d) => d.field === "sidDivisorFloor") //=> { kind: "formula", before: { type: "number", value: 10 }, after: { type: "number", value: 12 }, … }
 * formatEditionDifference(c.differences[0]!, "en") //=> "Minimum words of the design narrative: unknown → 300"
 */
export function compareEditions(before: Edition, after: Edition): EditionComparison {
  for (const [e, name] of [[before, "before"], [after, "after"]] as const) {
    if (typeof e !== "object" || e === null || !Array.isArray(e.indicators) || typeof e.formula !== "object") {
      throw new TypeError(`compareEditions: ${name} must be a validated edition (getEdition, validateEdition), got ${e === null ? "null" : typeof e}`);
    }
  }
  const out: EditionDifference[] = [];
  const add = (d: Omit<EditionDifference, "kind"> & { kind: EditionDifferenceKind }) => {
    if (same(d.before, d.after)) return;
    // a number one edition knows and the other does not: its own kind, first (figures on that side are unknown)
    const unknownInOne = (d.before.type === "unknown") !== (d.after.type === "unknown");
    out.push({ ...d, kind: unknownInOne ? "unknown" : d.kind });
  };
  const sourced = (kind: EditionDifferenceKind, field: DifferenceField, path: string[], x: Sourced | null, y: Sourced | null) =>
    add({ kind, field, path, before: x ? num(x.value) : NONE, after: y ? num(y.value) : NONE, sources: sources(x?.source, y?.source) });

  eligibility(before, after, add, sourced);
  bands(before, after, add);
  const [f, g] = [before.formula, after.formula];
  const [j, k] = [f.jumlahInovasi, g.jumlahInovasi];
  sourced("jumlahInovasi", "perInnovation", ["formula", "jumlahInovasi", "perInnovation"], j.perInnovation, k.perInnovation);
  sourced("jumlahInovasi", "countCap", ["formula", "jumlahInovasi", "countCap"], j.countCap, k.countCap);
  add({ kind: "jumlahInovasi", field: "requiresYandas", path: ["formula", "jumlahInovasi", "requiresYandas"], before: yesNo(j.requiresYandas), after: yesNo(k.requiresYandas), sources: {} });
  add({ kind: "jumlahInovasi", field: "countOf", path: ["formula", "jumlahInovasi", "countOf"], before: word(j.countOf ?? "counted"), after: word(k.countOf ?? "counted"), sources: {} });
  sourced("formula", "sidDivisorFloor", ["formula", "sidDivisorFloor"], f.sidDivisorFloor, g.sidDivisorFloor);
  add({ kind: "formula", field: "rejectedCountInDivisor", path: ["formula", "rejectedCountInDivisor"], before: yesNo(f.rejectedCountInDivisor.value), after: yesNo(g.rejectedCountInDivisor.value), sources: sources(f.rejectedCountInDivisor.source, g.rejectedCountInDivisor.source) });
  sourced("formula", "maxTotal", ["formula", "maxTotal"], f.maxTotal, g.maxTotal);
  sourced("formula", "maxSpd", ["formula", "maxSpd"], f.maxSpd, g.maxSpd);
  add({ kind: "formula", field: "decimals", path: ["formula", "rounding", "decimals"], before: num(f.rounding.decimals), after: num(g.rounding.decimals), sources: {} });
  add({ kind: "formula", field: "maxTier", path: ["formula", "maxTier"], before: num(f.maxTier), after: num(g.maxTier), sources: {} });
  const [y, z] = [before.yandas, after.yandas];
  sourced("yandas", "minCovered", ["yandas", "minCovered"], y.minCovered, z.minCovered);
  add({ kind: "yandas", field: "yandasUrusan", path: ["yandas", "urusan"], before: list(y.urusan), after: list(z.urusan), sources: {} });
  add({ kind: "yandas", field: "countRelatedUrusan", path: ["yandas", "countRelatedUrusan"], before: yesNo(y.countRelatedUrusan), after: yesNo(z.countRelatedUrusan), sources: {} });
  add({ kind: "spd", field: "spdMode", path: ["spdMode"], before: word(before.spdMode), after: word(after.spdMode), sources: {} });
  indicators(before, after, add);
  compliance(before, after, add);
  const ids = (e: Edition) => new Set(e.urusan.map((u) => u.id));
  const [u, v] = [ids(before), ids(after)];
  add({ kind: "other", field: "urusan", path: ["urusan"], before: list([...u].filter((x) => !v.has(x))), after: list([...v].filter((x) => !u.has(x))), sources: {} });
  // the kinds in their order, each kind's differences in the order found (which follows the same reasoning)
  const rank = (d: EditionDifference) => DIFFERENCE_KINDS.indexOf(d.kind);
  return { before: { id: before.id, year: before.year }, after: { id: after.id, year: after.year }, differences: out.map((d, i) => [d, i] as const).sort(([a, i], [b, k]) => rank(a) - rank(b) || i - k).map(([d]) => d) };
}

type Add = (d: EditionDifference) => void;
type AddSourced = (kind: EditionDifferenceKind, field: DifferenceField, path: string[], x: Sourced | null, y: Sourced | null) => void;

function sources(before: SourceRef | undefined, after: SourceRef | undefined): EditionDifference["sources"] {
  return { ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/** Which innovations count: the window first (it moves the most innovations), then the stages, the mandatory rule, words, entries. */
function eligibility(before: Edition, after: Edition, add: Add, sourced: AddSourced): void {
  const [x, y] = [before.eligibility, after.eligibility];
  const dates = (w: typeof x.window): DifferenceValue => (w ? { type: "dates", from: w.from, to: w.to } : NONE);
  add({ kind: "eligibility", field: "window", path: ["eligibility", "window"], before: dates(x.window), after: dates(y.window), sources: sources(x.window?.source, y.window?.source) });
  const stages = (s: typeof x.scoredStages): DifferenceValue => (s.value === null ? UNKNOWN : list(s.value));
  add({ kind: "eligibility", field: "scoredStages", path: ["eligibility", "scoredStages"], before: stages(x.scoredStages), after: stages(y.scoredStages), sources: sources(x.scoredStages.source, y.scoredStages.source) });
  add({ kind: "eligibility", field: "mandatoryRequired", path: ["eligibility", "mandatoryRequired"], before: yesNo(x.mandatoryRequired), after: yesNo(y.mandatoryRequired), sources: {} });
  sourced("eligibility", "minDesignWords", ["eligibility", "minDesignWords"], x.minDesignWords, y.minDesignWords);
  sourced("eligibility", "maxEntries", ["eligibility", "maxEntries"], x.maxEntries, y.maxEntries);
}

/** The predicate bands as one difference (each changed band with its interval), then which index they are read on. */
function bands(before: Edition, after: Edition, add: Add): void {
  const shown = (b: Band) => ({ label: b.label, interval: formatBand(b) });
  const changed = (from: Edition, to: Edition) =>
    from.bands.filter((b) => {
      const other = to.bands.find((o) => o.id === b.id);
      return !other || !same(shown(b), shown(other));
    });
  const [gone, now] = [changed(before, after), changed(after, before)];
  const tiers = (bs: Band[], all: Band[]): DifferenceValue => ({ type: "tiers", value: bs.map((b) => ({ tier: all.indexOf(b) + 1, text: { id: `${b.label.id} ${intervalComma(formatBand(b))}`, en: `${b.label.en} ${formatBand(b)}` } })) });
  if (gone.length + now.length > 0) {
    add({ kind: "bands", field: "bands", path: ["bands"], before: gone.length ? tiers(gone, before.bands) : ABSENT, after: now.length ? tiers(now, after.bands) : ABSENT, sources: sources(gone[0]?.source, now[0]?.source) });
  }
  add({ kind: "bands", field: "predicateOn", path: ["formula", "predicateOn"], before: word(before.formula.predicateOn), after: word(after.formula.predicateOn), sources: {} });
}

/** SPD rows and SID indicators added or removed, then each indicator both editions have: weight, mandatory, options, measures, wording. */
function indicators(before: Edition, after: Edition, add: Add): void {
  const byId = (e: Edition) => new Map(e.indicators.map((i) => [i.id, i]));
  const [x, y] = [byId(before), byId(after)];
  for (const aspect of ["SPD", "SID"] as const) {
    const kind = aspect === "SPD" ? "spd" : "indicators";
    const removed = before.indicators.filter((i) => i.aspect === aspect && !y.has(i.id)).map((i) => i.id);
    const added = after.indicators.filter((i) => i.aspect === aspect && !x.has(i.id)).map((i) => i.id);
    if (added.length) add({ kind, field: "added", aspect, path: ["indicators"], before: ABSENT, after: list(added), sources: {} });
    if (removed.length) add({ kind, field: "removed", aspect, path: ["indicators"], before: list(removed), after: ABSENT, sources: {} });
  }
  const found: EditionDifference[] = [];
  for (const b of after.indicators) {
    const a = x.get(b.id);
    if (a) indicator(a, b, (d) => found.push(d));
  }
  // weights, options and measures by kind, each in the later edition's order (`add` sorts kinds, stable)
  for (const d of found) add(d);
}

function indicator(a: Indicator, b: Indicator, add: Add): void {
  const base = { indicator: { id: b.id, name: text(b.name) }, sources: sources(a.source, b.source) };
  const at = (...rest: string[]) => ["indicators", b.id, ...rest];
  add({ ...base, kind: "weights", field: "weight", path: at("weight"), before: num(a.weight), after: num(b.weight) });
  add({ ...base, kind: "indicators", field: "mandatory", path: at("mandatory"), before: yesNo(a.mandatory), after: yesNo(b.mandatory) });
  const labels = (i: Indicator) => i.options.map((o) => ({ tier: o.tier, text: text(o.label) }));
  const [la, lb] = byTier(labels(a), labels(b));
  add({ ...base, kind: "options", field: "options", path: at("options"), before: la, after: lb });
  const measures = new Map(a.measures.map((m) => [m.id, m]));
  for (const m of b.measures) {
    const old = measures.get(m.id);
    const [ta, tb] = old ? byTier(intervals(old), intervals(m)) : [ABSENT, { type: "tiers", value: intervals(m) } as DifferenceValue];
    add({ ...base, kind: "measures", field: "measure", measure: { id: m.id, name: text(m.name) }, path: at("measures", m.id), before: ta, after: tb, sources: sources(old?.source ?? a.source, m.source ?? b.source) });
  }
  for (const m of a.measures.filter((m) => !b.measures.some((n) => n.id === m.id))) {
    add({ ...base, kind: "measures", field: "measure", measure: { id: m.id, name: text(m.name) }, path: at("measures", m.id), before: { type: "tiers", value: intervals(m) }, after: ABSENT, sources: sources(m.source ?? a.source, b.source) });
  }
  add({ ...base, kind: "other", field: "name", path: at("name"), before: { type: "text", value: text(a.name) }, after: { type: "text", value: text(b.name) } });
  add({ ...base, kind: "other", field: "question", path: at("question"), before: { type: "text", value: text(a.question) }, after: { type: "text", value: text(b.question) } });
  const evidence = (i: Indicator) => i.options.map((o) => ({ tier: o.tier, text: { id: o.evidence.map((e) => e.id).join("; "), en: o.evidence.map((e) => e.en).join("; ") } }));
  const [ea, eb] = byTier(evidence(a), evidence(b));
  add({ ...base, kind: "other", field: "evidence", path: at("options"), before: ea, after: eb });
  // whether a plan may raise the row: unset reads as the schema says (a measured SPD row is a record)
  const record = (i: Indicator) => i.record ?? (i.aspect === "SPD" && i.measures.length > 0);
  add({ ...base, kind: "other", field: "record", path: at("record"), before: yesNo(record(a)), after: yesNo(record(b)) });
}

/** The tiers whose text differs, on each side (a tier one side lacks is given by the other alone). */
function byTier(a: { tier: number; text: Text }[], b: { tier: number; text: Text }[]): [DifferenceValue, DifferenceValue] {
  const key = (xs: typeof a) => new Map(xs.map((x) => [x.tier, JSON.stringify(x.text)]));
  const [ka, kb] = [key(a), key(b)];
  const differ = (x: { tier: number; text: Text }, other: Map<number, string>) => other.get(x.tier) !== JSON.stringify(x.text);
  const [da, db] = [a.filter((x) => differ(x, kb)), b.filter((x) => differ(x, ka))];
  return [da.length ? { type: "tiers", value: da } : ABSENT, db.length ? { type: "tiers", value: db } : ABSENT];
}

function intervals(m: Measure): { tier: number; text: Text }[] {
  return m.tiers.map((t) => ({ tier: t.tier, text: { id: intervalComma(formatInterval(t)), en: formatInterval(t) } }));
}

/** Compliance rules and targets by id: added, removed or changed (said by their name and what they ask). */
function compliance(before: Edition, after: Edition, add: Add): void {
  const rule = (r: ComplianceRule): Text => ({ id: `${r.name.id}: ${r.agencyTypes.join(", ")} ≥ ${r.minCount}${r.year ? ` (${r.year})` : ""}`, en: `${r.name.en}: ${r.agencyTypes.join(", ")} ≥ ${r.minCount}${r.year ? ` (${r.year})` : ""}` });
  const target = (t: ComplianceTarget): Text => ({ id: `${t.name.id}: ${t.count} inovasi${t.year ? ` (${t.year})` : ""}`, en: `${t.name.en}: ${t.count} innovations${t.year ? ` (${t.year})` : ""}` });
  const pair = <T extends { id: string; source?: SourceRef | undefined }>(field: DifferenceField, key: "rules" | "targets", xs: T[], ys: T[], say: (x: T) => Text) => {
    for (const id of new Set([...xs.map((x) => x.id), ...ys.map((y) => y.id)])) {
      const [x, y] = [xs.find((r) => r.id === id), ys.find((r) => r.id === id)];
      if (x && y && same(x, y)) continue;
      const value = (r: T | undefined): DifferenceValue => (r ? { type: "text", value: say(r) } : ABSENT);
      // a change that leaves its words alike (counted stages, forms, agency types in order) is said with the full rule
      const [vx, vy] = [value(x), value(y)];
      add({ kind: "compliance", field, path: ["compliance", key, id], before: vx, after: same(vx, vy) ? { type: "text", value: { id: `${(vy as { value: Text }).value.id} (diubah)`, en: `${(vy as { value: Text }).value.en} (changed)` } } : vy, sources: sources(x?.source, y?.source) });
    }
  };
  pair("complianceRule", "rules", before.compliance.rules, after.compliance.rules, rule);
  pair("complianceTarget", "targets", before.compliance.targets, after.compliance.targets, target);
}
