import { checkCompliance } from "../compliance/check.js";
import type { Innovation, RegionInput } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { compileEdition, type CompiledEdition } from "./_compiled.js";
import { issue } from "./_issue.js";
import { roundHalfUp } from "./_round.js";
import { editionGaps } from "./edition-gaps.js";
import { scoreCompiled } from "./innovation.js";
import { lazyProperty } from "./_lazy.js";
import { nextBandFor, predicateFor } from "./predicate.js";
import type { IndicatorBreakdown, InnovationResult, ProjectionName, RegionProjection, RegionResult, YandasResult } from "./result.js";
import { scoreSid, sidBreakdown, sidSums } from "./sid.js";
import { scoreSpd, type SpdPart } from "./spd.js";
import { matchUrusan, urusanEntry } from "./urusan.js";
import { yandasCoverage } from "./yandas.js";

/**
 * Score a region under an edition, in the claimed and the verified projection.
 *
 * SPD = Σ weight × tier over the SPD rows (or the given total); SID = Σ counted innovation scores / MAX(floor, n) +
 * skor jumlah inovasi; IID = (SPD + SID) / maxTotal × 100, rounded half-up to the edition's decimals once, at the end;
 * the predicate is the band holding the rounded index ("Tidak Dapat Dinilai" when the region did not report or the
 * index is 0). Values the edition cannot give (a `null` number) are null, with an issue naming the number.
 * The edition's compliance rules and targets and the input's own are checked too.
 *
 * Pass a parsed input (`parseRegionInput`) and a validated edition. Never throws for bad answers: they are issues.
 *
 * @example
 * const input = parseRegionInput(json);
 * if (input.ok) {
 *   const r = scoreRegion(input.value, getEdition("iid-2026"));
 *   r.verified.index           //=> 48.22
 *   r.verified.predicate?.label //=> { id: "Inovatif", en: "Innovative" }
 * }
 */
export function scoreRegion(input: RegionInput, edition: Edition): RegionResult {
  // Straight-line steps; every pass over the innovations is a small function of its own. The engine optimises a
  // function by how much of it runs: a long one that loops would be compiled whole for 550 calls (most of a first
  // run's time went to that), small loops compile in no time.
  const c = compileEdition(edition);
  const issues: Issue[] = editionGaps(edition);
  const innovations = scoreInnovations(c, edition, input.innovations);
  appendInnovationIssues(issues, innovations);
  const spd = scoreSpd(input, edition);
  append(issues, spd.issues);
  if (!input.region.reported) {
    issues.push(issue("region_not_reported", "info", ["region", "reported"], { region: input.region.name }));
  }

  const yandas = {
    claimed: coverage(input, innovations, "claimed", edition),
    verified: coverage(input, innovations, "verified", edition),
  };
  const claimed = project(input, innovations, "claimed", spd.claimed, yandas.claimed, edition);
  const verified = project(input, innovations, "verified", spd.verified, yandas.verified, edition);
  if (yandas.claimed.met === false) issues.push(yandasNotMet(input, innovations, "claimed", yandas.claimed, edition));
  if (yandas.verified.met === false) issues.push(yandasNotMet(input, innovations, "verified", yandas.verified, edition));

  const compliance = checkCompliance(input, {
    rules: [...edition.compliance.rules, ...(input.compliance?.rules ?? [])],
    targets: [...edition.compliance.targets, ...(input.compliance?.targets ?? [])],
  });
  append(issues, compliance.issues);

  return {
    edition: { id: edition.id, name: edition.name, year: edition.year },
    region: { name: input.region.name, level: input.region.level, year: input.region.year, reported: input.region.reported },
    claimed,
    verified,
    innovations,
    yandas,
    compliance,
    issues,
  };
}

/**
 * The yandas coverage of one projection and what a failed rule costs: the skor jumlah inovasi the engine gives with
 * the rule met minus what it gives now (points), and that as index points.
 */
function coverage(input: RegionInput, results: InnovationResult[], projection: ProjectionName, edition: Edition): YandasResult {
  const cov = yandasCoverage(countedIn(input, results, projection), edition);
  const { requiresYandas } = edition.formula.jumlahInovasi;
  const maxTotal = edition.formula.maxTotal.value;
  if (!requiresYandas || cov.met === true) return { ...cov, cost: { points: 0, index: 0 } };
  if (cov.met === null) return { ...cov, cost: { points: null, index: null } };
  const ifMet = scoreSid(results, projection, true, edition).jumlahInovasi.score;
  const now = scoreSid(results, projection, false, edition).jumlahInovasi.score;
  const points = ifMet === null || now === null ? null : ifMet - now;
  const decimals = edition.formula.rounding.decimals;
  const unknown = points === null || maxTotal === null || maxTotal === 0;
  const index = unknown ? null : roundHalfUp((points / maxTotal) * 100, decimals);
  return { ...cov, cost: { points, index } };
}

/** Every innovation scored in input order. */
function scoreInnovations(c: CompiledEdition, edition: Edition, list: Innovation[]): InnovationResult[] {
  const out: InnovationResult[] = [];
  for (let i = 0; i < list.length; i++) out.push(scoreCompiled(c, edition, list[i]!, i));
  return out;
}

/** The innovations' own issues, in innovation order, added to `issues`. */
function appendInnovationIssues(issues: Issue[], innovations: InnovationResult[]): void {
  for (let r = 0; r < innovations.length; r++) append(issues, innovations[r]!.issues);
}

function append(issues: Issue[], more: readonly Issue[]): void {
  for (let k = 0; k < more.length; k++) issues.push(more[k]!);
}

/** The input innovations that count in a projection, in input order. */
function countedIn(input: RegionInput, results: InnovationResult[], projection: ProjectionName): Innovation[] {
  const counted: Innovation[] = [];
  for (let i = 0; i < results.length; i++) if (results[i]![projection].counted) counted.push(input.innovations[i]!);
  return counted;
}

/**
 * The yandas_not_met warning: what is missing, what it costs (points and index points), and the counted innovations
 * whose urusan names nothing in the catalogue but comes close to a missing urusan (in `refs`, to be named by cell).
 */
function yandasNotMet(input: RegionInput, results: InnovationResult[], projection: ProjectionName, y: YandasResult, edition: Edition): Issue {
  const missingIds = new Set(edition.urusan.filter((u) => y.missing.includes(u.name.id)).map((u) => u.id));
  const near: { path: (string | number)[]; given: string; to: string; name: string }[] = [];
  const nearTo = (text: string, path: () => (string | number)[], name: string) => {
    if (urusanEntry(text, edition) !== null) return; // names an entry: nothing to suggest
    const close = matchUrusan(text, edition).suggestions.find((u) => missingIds.has(u.id));
    if (close) near.push({ path: path(), given: text, to: close.name.id, name });
  };
  input.innovations.forEach((inv, i) => {
    if (!results[i]?.[projection].counted) return;
    nearTo(inv.urusan, () => ["innovations", i, "urusan"], inv.name);
    if (edition.yandas.countRelatedUrusan) inv.relatedUrusan.forEach((u, k) => nearTo(u, () => ["innovations", i, "relatedUrusan", k], inv.name));
  });
  return {
    ...issue("yandas_not_met", "warning", [], {
      projection,
      covered: y.covered.length,
      min: y.minCovered,
      missing: y.missing,
      points: y.cost.points === null ? null : roundHalfUp(y.cost.points, 2),
      index: y.cost.index,
      near: near.map((n) => n.given),
      nearTo: near.map((n) => n.to),
      nearNames: near.map((n) => n.name),
    }),
    ...(near.length > 0 ? { refs: near.map((n) => n.path) } : {}),
  };
}

function project(
  input: RegionInput,
  innovations: InnovationResult[],
  projection: ProjectionName,
  spd: SpdPart,
  yandas: YandasResult,
  edition: Edition,
): RegionProjection {
  const sid = scoreSid(innovations, projection, yandas.met, edition);
  const total = spd.score === null || sid.score === null ? null : spd.score + sid.score;
  const maxTotal = edition.formula.maxTotal.value;
  const decimals = edition.formula.rounding.decimals;
  let exact: number | null = null; // the predicate is chosen on it (see formula.predicateOn); the index shown is rounded
  if (!input.region.reported) exact = 0;
  else if (total !== null && maxTotal !== null && maxTotal > 0) exact = (total / maxTotal) * 100;
  const index = exact === null ? null : roundHalfUp(exact, decimals);
  const predicate = exact === null ? null : predicateFor(exact, edition);
  const nextBand =
    input.region.reported && exact !== null && total !== null && maxTotal !== null
      ? nextBandFor(exact, total, maxTotal, edition)
      : null;
  const result: RegionProjection = { spd, sid, total, maxTotal, index, predicate, nextBand, breakdown: [] };
  // the per-indicator breakdown is built when a caller reads it (explain on demand), SID sums included
  lazyProperty(result, "breakdown", () => breakdown(spd, sid, sidSums(innovations, projection, edition), edition));
  return result;
}

function breakdown(spd: SpdPart, sid: RegionProjection["sid"], sums: number[], edition: Edition): IndicatorBreakdown[] {
  const { names } = compileEdition(edition);
  const out: IndicatorBreakdown[] = spd.rows.map((r) => ({
    indicatorId: r.indicatorId,
    aspect: r.aspect,
    name: names.get(r.indicatorId) ?? { id: r.indicatorId, en: r.indicatorId },
    weight: r.weight,
    sum: r.score,
    contribution: r.score,
    maxContribution: r.maxScore,
  }));
  for (const b of sidBreakdown(sums, sid, edition)) out.push(b);
  return out;
}
