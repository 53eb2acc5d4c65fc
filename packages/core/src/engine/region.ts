import { checkCompliance } from "../compliance/check.js";
import type { Innovation, RegionInput } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { compileEdition, type CompiledEdition } from "./_compiled.js";
import { checkEdition, checkRegionInput, unparsedHint } from "./_caller.js";
import { issue } from "./_issue.js";
import { roundHalfUp } from "./_round.js";
import { editionGaps } from "./edition-gaps.js";
import { scoreCompiled } from "./innovation.js";
import { lazyProperty } from "./_lazy.js";
import type { Resolved } from "./_resolved.js";
import { bandsMaybe, isKnownBand, nextBandFor, toPredicate } from "./predicate.js";
import type { IndicatorBreakdown, InnovationResult, ProjectionName, RegionProjection, RegionResult, YandasResult } from "./result.js";
import { sidBreakdown, sidFrom, sidSums, type SidPart, type SidTally } from "./sid.js";
import { scoreSpd, type SpdPart } from "./spd.js";
import { matchUrusan, urusanEntryOf } from "./urusan.js";
import { addEntries, coverageOf } from "./yandas.js";

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
 * A parse result, JSON without the input's shape, or anything but a validated edition (a model file before
 * `validateEdition`, an edition id) throws a TypeError that says what to pass. Values are checked by the parse, not
 * here: JSON of the right shape with values of the wrong kind (`rejected: "false"`, `year: "2026"`) scores as
 * JavaScript reads them, so parse whatever did not come from `parseRegionInput` or this library.
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
  checkEdition(edition, "scoreRegion");
  checkRegionInput(input, "scoreRegion");
  try {
    return scoreParsed(input, edition);
  } catch (e) {
    throw unparsedHint(e, "scoreRegion");
  }
}

function scoreParsed(input: RegionInput, edition: Edition): RegionResult {
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

  const counted = tallyCounted(input, innovations, edition);
  const yandas = {
    claimed: coverage(counted.claimed, edition),
    verified: coverage(counted.verified, edition),
  };
  const claimed = project(input, counted.claimed.resolved, "claimed", spd.claimed, sidFrom(counted.claimed, yandas.claimed.met, edition), edition, issues);
  const verified = project(input, counted.verified.resolved, "verified", spd.verified, sidFrom(counted.verified, yandas.verified.met, edition), edition, issues);
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
 * What one projection's counted innovations give: the SID tally (as `scoreSid` sums it), the urusan entries they name
 * and their resolved answers (what the breakdown sums when it is read).
 */
interface Counted extends SidTally {
  seen: Set<string>;
  resolved: Resolved[];
}

/**
 * Both projections' counted innovations in one pass: Σ totals and count for SID, and the catalogue entries their
 * urusan name for yandas (the catalogue's index found once per region).
 */
function tallyCounted(input: RegionInput, results: InnovationResult[], edition: Edition): { claimed: Counted; verified: Counted } {
  const related = edition.yandas.countRelatedUrusan;
  const entryOf = urusanEntryOf(edition);
  const claimed: Counted = { innovationSum: 0, counted: 0, all: results.length, seen: new Set(), resolved: [] };
  const verified: Counted = { innovationSum: 0, counted: 0, all: results.length, seen: new Set(), resolved: [] };
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const c = r.claimed.counted;
    const v = r.verified.counted;
    if (c) {
      tally(claimed, r.claimed.total, r.resolved);
      addEntries(claimed.seen, input.innovations[i]!, related, entryOf);
    }
    if (v) {
      tally(verified, r.verified.total, r.resolved);
      addEntries(verified.seen, input.innovations[i]!, related, entryOf);
    }
  }
  return { claimed, verified };
}

/** Count a counted innovation's total in, in innovation order; the sum stays null once a total is null. */
function tally(t: Counted, total: number | null, resolved: Resolved): void {
  t.counted++;
  t.resolved.push(resolved);
  if (t.innovationSum !== null) t.innovationSum = total === null ? null : t.innovationSum + total;
}

/**
 * The yandas coverage of one projection and what a failed rule costs: the skor jumlah inovasi the engine gives with
 * the rule met minus what it gives now (points), and that as index points.
 */
function coverage(counted: Counted, edition: Edition): YandasResult {
  const { required, minCovered, covered, missing, met } = coverageOf(counted.seen, edition);
  const { requiresYandas } = edition.formula.jumlahInovasi;
  const maxTotal = edition.formula.maxTotal.value;
  let cost: YandasResult["cost"];
  if (!requiresYandas || met === true) cost = { points: 0, index: 0 };
  else if (met === null) cost = { points: null, index: null };
  else {
    const ifMet = sidFrom(counted, true, edition).jumlahInovasi.score;
    const now = sidFrom(counted, false, edition).jumlahInovasi.score;
    const points = ifMet === null || now === null ? null : ifMet - now;
    const decimals = edition.formula.rounding.decimals;
    const unknown = points === null || maxTotal === null || maxTotal === 0;
    cost = { points, index: unknown ? null : roundHalfUp((points / maxTotal) * 100, decimals) };
  }
  return { required, minCovered, covered, missing, met, cost };
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

/**
 * The yandas_not_met warning: what is missing, what it costs (points and index points), and the counted innovations
 * whose urusan names nothing in the catalogue but comes close to a missing urusan (in `refs`, to be named by cell).
 */
function yandasNotMet(input: RegionInput, results: InnovationResult[], projection: ProjectionName, y: YandasResult, edition: Edition): Issue {
  const missingIds = new Set(edition.urusan.filter((u) => y.missing.includes(u.name.id)).map((u) => u.id));
  const near: Near[] = [];
  const entryOf = urusanEntryOf(edition);
  const related = edition.yandas.countRelatedUrusan;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (!(projection === "claimed" ? r.claimed : r.verified).counted) continue;
    const inv = input.innovations[i]!;
    // a text naming an entry has nothing to suggest
    if (entryOf(inv.urusan) === null) nearTo(near, inv.urusan, ["innovations", i, "urusan"], inv.name, missingIds, edition);
    if (!related) continue;
    for (let k = 0; k < inv.relatedUrusan.length; k++) {
      const u = inv.relatedUrusan[k]!;
      if (entryOf(u) === null) nearTo(near, u, ["innovations", i, "relatedUrusan", k], inv.name, missingIds, edition);
    }
  }
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

/** A counted innovation's urusan text that names no entry but comes close to a missing yandas urusan. */
interface Near {
  path: (string | number)[];
  given: string;
  to: string;
  name: string;
}

/** Add `text` to `near` when one of its suggestions is a missing urusan (the closest such). */
function nearTo(near: Near[], text: string, path: (string | number)[], name: string, missingIds: Set<string>, edition: Edition): void {
  const close = matchUrusan(text, edition).suggestions.find((u) => missingIds.has(u.id));
  if (close) near.push({ path, given: text, to: close.name.id, name });
}

function project(
  input: RegionInput,
  counted: readonly Resolved[],
  projection: ProjectionName,
  spd: SpdPart,
  sid: SidPart,
  edition: Edition,
  issues: Issue[],
): RegionProjection {
  const total = spd.score === null || sid.score === null ? null : spd.score + sid.score;
  const maxTotal = edition.formula.maxTotal.value;
  const decimals = edition.formula.rounding.decimals;
  let exact: number | null = null; // the predicate is chosen on it (see formula.predicateOn); the index shown is rounded
  if (!input.region.reported) exact = 0;
  else if (total !== null && maxTotal !== null && maxTotal > 0) exact = (total / maxTotal) * 100;
  const index = exact === null ? null : roundHalfUp(exact, decimals);
  // the bands whose known ends hold the index: the one with both ends known is its band; without one, an unknown
  // threshold decides (the edition's bands cover 0–100) and the predicate stays unknown, never guessed
  const maybe = exact === null ? [] : bandsMaybe(exact, edition);
  const band = maybe.find(isKnownBand);
  if (exact !== null && !band) {
    issues.push(issue("predicate_unknown", "warning", ["bands"], { edition: edition.id, projection, index, bands: maybe.map((b) => b.id), names: maybe.map((b) => b.label.id), namesEn: maybe.map((b) => b.label.en) }));
  }
  const predicate = band ? toPredicate(band) : null;
  // a reported region has an index only when its total and maximum are known
  const nextBand = input.region.reported && band ? nextBandFor(exact!, band, total!, maxTotal!, edition) : null;
  // The per-indicator breakdown is built when a caller reads it (explain on demand), SID sums included. Its builder
  // holds the counted innovations' resolved answers, not their results: the accessor V8 keeps for it lives in the old
  // generation, so whatever the builder holds survives every young collection until a full one — with the results,
  // a caller scoring region after region and dropping each result still carried all of them (docs/decisions.md).
  return lazyProperty<RegionProjection, "breakdown">({ spd, sid, total, maxTotal, index, predicate, nextBand }, "breakdown", () =>
    breakdown(spd, sid, sidSums(counted, projection, edition), edition),
  );
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
