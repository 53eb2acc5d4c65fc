import { type MessageMap, type Params, amount, meantAgency, meantOption, nearPlaces, notReportedBand, quotedOr, readableDate, twoDecimals } from "./_format.js";

/** Messages in English, one per issue code. */
export const en: MessageMap = {
  schema: () => "the value does not have the expected shape",
  edition_not_found: (_, p) => `unknown edition "${p("id")}"; available editions: ${p("allowed")}`,
  duplicate_id: (_, p) => `id "${p("id")}" is used more than once; every id must be unique`,
  unknown_source: (_, p) => `source "${p("ref")}" is not in the edition's list of sources`,
  unknown_value_confidence: (prm) =>
    prm.value === null
      ? `this number is empty (null), so its source confidence must be "unknown"`
      : `this number is given, so its source confidence must not be "unknown" (use confirmed, peer or inferred), or empty the number (null)`,
  missing_number: (prm, p) => `edition ${p("edition")} does not give ${typeof prm.number === "string" ? prm.number : prm.effect === "stages" ? "this rule" : "this number"} yet; ${MISSING_EFFECT_EN[String(prm.effect)] ?? "values that depend on it are left empty (not 0)"}`,
  duplicate_tier: (_, p) => `tier ${p("tier")} appears more than once`,
  interval_empty: () => "this interval holds no value (its lower end is above its upper end)",
  interval_overlap: (prm, p) => `intervals ${p("a")} and ${p("b")} overlap; their ends must touch exactly${fractionBandEn(prm, p)}${inheritedNeighbourEn(prm, p)}`,
  interval_gap: (prm, p) => `there is a gap between intervals ${p("a")} and ${p("b")}; their ends must touch exactly${fractionBandEn(prm, p)}${inheritedNeighbourEn(prm, p)}`,
  interval_unsorted: (prm, p) => `interval ${p("b")} must come before ${p("a")}; list them from the lowest value up${fractionBandEn(prm, p)}${inheritedNeighbourEn(prm, p)}`,
  measure_maximum_below_tier: (_, p) => `the maximum ${p("maximum")} is below tier ${p("tier")} ${p("interval")}: that tier cannot be reached; check the maximum (the highest value by the measure's definition) or the tiers`,
  bands_fraction_scale: (_, p) => `every threshold between bands is below 1 (${p("ends")}), while the index runs 0–100: nearly every region would take the top band; if the thresholds are written on a 0–1 scale, write ${p("meant")}`,
  bands_do_not_cover: (_, p) => `the predicates do not cover the whole index 0–100 (not covered: ${p("uncovered")})`,
  max_mismatch: (_, p) => `maximum ${p("given")} differs from the sum of its parts (${p("expected")}); write ${p("expected")}, or in a file with "extends" leave the value out so it is derived`,
  extends_unknown: (prm, p) => {
    const listed = Array.isArray(prm.allowed) && prm.allowed.length > 0;
    const near = prm.near === undefined ? "" : ` — did you mean "${p("near")}"?`;
    const only = listed ? `; "extends" can only name an edition shipped with inovasi${prm.file === true ? ", not a file" : ""}: ${p("allowed")}` : "";
    const other = listed && prm.near === undefined ? `. To build on another model (e.g. last year's), copy its file, change "id" and edit the copy` : "";
    return `base edition "${p("id")}" is unknown${only}${other}${near}`;
  },
  extends_missing: (prm, p) => {
    const write = prm.write === undefined ? "" : `"extends": "${p("write")}"`;
    const lead = prm.given === undefined ? `this file has no "extends"` : `field "${p("given")}" is almost surely a typo for "extends"`;
    const listed = Array.isArray(prm.allowed) && prm.allowed.length > 0 ? ` (shipped editions: ${p("allowed")})` : "";
    return `${lead}: a province model names the shipped edition it builds on and holds only what differs; write ${write || `"extends"`} at the top of the file${listed}. Without "extends" the file must hold a whole edition, including ${p("missing")}`;
  },
  urusan_alias_ambiguous: (_, p) => `"${p("given")}" of urusan "${p("id")}" is already a name or alias of urusan "${p("other")}"; one written form may name one urusan only`,
  urusan_not_in_catalogue: (_, p) => `urusan "${p("given")}" is not in the edition's urusan catalogue (the "urusan" list); ids present: ${p("allowed")}`,
  yandas_min_invalid: (prm, p) => {
    const why =
      prm.problem === "above"
        ? `the yandas rule can never be met: at least ${p("given")} urusan must be covered, but yandas.urusan holds only ${p("count")}${prm.requiresYandas === false ? "" : ", so every region loses its innovation-count score"}`
        : `at least ${p("given")} urusan means nothing (urusan count whole)`;
    const inherited = prm.base ? `; ${p("given")} is inherited from ${p("base")}: write yandas.minCovered in this file` : "";
    return `${why}; write a whole number from 0 to ${p("count")} (0: always met), or change yandas.urusan${inherited}`;
  },
  number_not_allowed: (prm, p) => numberEn(prm, p),
  band_end_unknown: (prm, p) =>
    prm.other === undefined
      ? `band "${p("band")}"'s end at index ${p("at")} cannot be unknown: the bands cover the index from 0 to 100; write ${p("at")}`
      : `the threshold between bands "${p("band")}" and "${p("other")}" is known on one side only: mark both unknown ({ "value": null, "source": … } with confidence "unknown") or write the same number on both`,
  band_outside_index: (_, p) => `the threshold ${p("given")} of band "${p("band")}" is outside the index, which runs from 0 to 100; write ${p("end")} (check the other bands' thresholds too)`,
  band_name_duplicate: (_, p) =>
    `bands "${p("band")}" and "${p("other")}" are both named "${p("given")}" (id or label, ignoring case), so a target "${p("given")}" always picks "${p("other")}"; give every band its own name`,
  patch_id_required: (_, p) => `this model needs its own "id" (lowercase letters, digits, dashes; e.g. "prov-kalsel-2026"), other than base edition "${p("base")}", so its results are not taken for that edition's`,
  patch_entry_without_id: (prm, p) =>
    prm.given === undefined
      ? `every entry of this list needs an "id": a known id changes the inherited item, a new id adds one; ${presentEn(prm, p)}`
      : Array.isArray(prm.meant)
      ? `"id" must be text in quotes, not the number ${p("given")}: write ${quotedOr(prm.meant, "or")} to change the inherited item of that number`
      : `"id" must be text in quotes, not ${p("given")} (e.g. "${p("given").replace(/"/g, "")}"): a known id changes the inherited item, a new id adds one; ${presentEn(prm, p)}`,
  patch_new_item_incomplete: (prm, p) => prm.near !== undefined ? `id "${p("id")}" is not in the inherited edition ${p("base")}; did you mean "${p("near")}"? Write "${p("near")}" to change that item (a new item needs an id unlike the inherited ones, and all its fields)` : `id "${p("id")}" is not in the base edition, so this entry is a new item and must be complete (see the errors below)${Array.isArray(prm.allowed) && prm.allowed.length > 0 ? `; to change an inherited item use one of the ids: ${p("allowed")}` : "; the base edition has no entry in this list to change"}${newBandInsideEn(prm, p)}`,
  remove_unknown_id: (prm, p) => `no inherited item has the id "${p("id")}" to remove; ${presentEn(prm, p)}`,
  remove_with_fields: (_, p) => `entry "${p("id")}" is marked "$remove", so it may hold only "id" and "$remove"; drop ${p("fields")} or drop the "$remove" mark`,
  removed_still_referenced: (_, p) => `"${p("id")}" is removed but still referred to by ${p("by")}; change those references or keep the item`,
  removed_band_leaves_gap: (_, p) => `band "${p("id")}" is removed, so index values ${p("uncovered")} get no predicate; widen the neighbouring band or keep it`,
  unknown_field: (prm, p) =>
    prm.bahasa === true
      ? `field "${p("given")}" is written in Bahasa Indonesia, but a model's fields are named in English: write "${p("near")}" (${p("given")}) (until then its value is not used and the model is refused)`
      : prm.typo === true
      ? `field "${p("given")}" is unknown, almost surely a typo for "${p("near")}"; write "${p("near")}" (until then its value is not used and the model is refused). If it is a field of a newer version of inovasi, update inovasi`
      : `field "${p("given")}" is unknown and ignored${prm.near === undefined ? "." : `; did you mean "${p("near")}"?`} Fields known here: ${p("allowed")}`,
  max_rederived: (prm, p) => {
    if (prm.expected === null) {
      const what = prm.field === "maxSpd" ? "maximum SPD" : "maximum total";
      return `${what} cannot be re-derived, a part is unknown (${unknownPartsEn(prm, p)}); left empty (not ${p("given")} from base edition ${p("base")}), so no index is computed`;
    }
    const confirm = `; if that is right, confirm it by writing in "formula": "${p("field")}": { "value": ${p("expected")}, "source": { "ref": "…", "confidence": "confirmed" } }`;
    return prm.field === "maxSpd"
      ? `maximum SPD re-derived as ${p("expected")} because SPD row weights or tiers changed (base edition ${p("base")}: ${p("given")})${confirm}`
      : `maximum total re-derived as ${p("expected")} because ${reasonsEn(prm)}; the index is divided by ${p("expected")}, not ${p("given")} from base edition ${p("base")}${confirm}`;
  },
  compliance_year_far: (prm, p) =>
    `${prm.kind === "rules" ? "rule" : "target"} "${p("id")}" counts only the innovations of ${p("year")}, far from the model's year (${p("editionYear")}); check "year" (without "year": the region's assessment year)`,
  name_inherited: (_, p) => `this model uses the name of base edition ${p("base")} ("${p("nameEn")}"), shown in its results (e.g. Ringkasan) beside the id "${p("id")}"; write its own "name"`,
  unknown_indicator: (_, p) => `indicator "${p("given")}" is not in this edition; its indicators: ${p("allowed")}`,
  unknown_option: (prm, p) => {
    const near = meantOption(prm, "allowedEn");
    const valid = near === undefined ? "valid options" : `did you mean "${near}"? Valid options`;
    return `option "${p("given")}" is unknown for indicator ${p("indicator")}; ${valid}: ${p("allowedEn")} (${p("allowed")})${orNumberEn(prm)}${mandatoryEn(prm)}`;
  },
  unknown_measure: (prm, p) =>
    prm.given === null
      ? `indicator ${p("indicator")} cannot be answered with a measured value; give a tier or an option`
      : `measure "${p("given")}" is unknown for indicator ${p("indicator")}; valid measures: ${p("allowed")}`,
  measure_required: (_, p) => `indicator ${p("indicator")} has several measures; name the measure: ${p("allowed")}`,
  tier_out_of_range: (prm, p) => `tier ${p("given")} is not valid for indicator ${p("indicator")}; valid tiers: ${p("allowed")}${mandatoryEn(prm)}`,
  answer_conflict: (_, p) => `the answers to indicator ${p("indicator")} disagree (${p("via")} give tiers ${p("tiers")}); give one, or make them agree`,
  unknown_agency: (prm, p) => {
    const near = meantAgency(prm);
    const rule = prm.rule === 0 ? "" : " in the innovation rule";
    return `agency "${p("given")}" is not in the list of agencies; ${near === undefined ? `until it is fixed, this innovation counts for no listed agency${rule}; listed: ` : `did you mean "${near}"? Until it is fixed, this innovation does not count for "${near}"${rule}. Listed: `}${p("allowed")}`;
  },
  duplicate_agency: (prm, p) => `agency "${p("given")}" is listed more than once (first ${firstPlace(prm)})`,
  spd_total_required: (_, p) => `edition ${p("edition")} has no SPD rows; give the SPD total (maximum ${p("max")})`,
  spd_rows_missing: (_, p) => `no SPD indicator is answered yet (${p("rows")} rows); SPD counts as 0`,
  unknown_urusan: (prm, p) =>
    Array.isArray(prm.suggestions) && prm.suggestions.length > 0
      ? `urusan "${p("given")}" is unknown and does not count for the yandas rule; did you mean: ${p("suggestions")}`
      : `urusan "${p("given")}" is unknown and does not count for the yandas rule; write an urusan pemerintahan of UU 23/2014 or its abbreviation (e.g. "Pendidikan", "PUPR", "Perkim", "Satpol PP", "Dukcapil")`,
  innovation_rejected: (_, p) => `innovation "${p("name")}" was rejected by verification: it scores 0 but stays in the divisor (n) where the edition says so`,
  stage_not_scored: (_, p) => `stage "${p("stage")}" is not scored; scored stages: ${p("allowed")}`,
  outside_window: (prm) =>
    prm.date === null
      ? `the implementation (or trial) date is missing; it must be between ${dateEn(prm.from)} and ${dateEn(prm.to)}`
      : `date ${dateEn(prm.date)} is outside ${dateEn(prm.from)} to ${dateEn(prm.to)}`,
  design_too_short: (prm, p) =>
    prm.given === null
      ? `the design narrative's word count is missing; at least ${p("min")} words`
      : `the design narrative has ${p("given")} words; at least ${p("min")} words`,
  too_many_entries: (_, p) => `this innovation has been entered ${p("given")} times; at most ${p("max")}`,
  mandatory_unanswered: (_, p) => `mandatory indicator ${p("indicator")} is not answered; the innovation does not count in the verified projection`,
  stages_rule_unknown: (_, p) => `edition ${p("edition")} does not say which stages are scored; every stage is scored`,
  jumlah_inovasi_unknown: (_, p) => `edition ${p("edition")} lacks the innovation-count score rule; SID, total and index are left empty`,
  divisor_floor_unknown: (_, p) => `edition ${p("edition")} lacks the SID divisor floor; SID, total and index are left empty`,
  max_total_unknown: (_, p) => `edition ${p("edition")} lacks the maximum total score; the index is left empty`,
  spd_from_total: (_, p) => `SPD is taken from the total given (${p("value")}), not from indicator rows`,
  yandas_not_met: (prm, p) => {
    const near = nearPlaces(prm, "en");
    // two decimals, as the figures beside it; a loss of 0 is "0.00", not "−0.00"
    const dec = (key: string) => twoDecimals(prm[key], p(key));
    const cost = prm.points === null ? "unknown" : `${dec("points")} points (index ${prm.index === null ? "?" : prm.index === 0 ? "0.00" : `−${dec("index")}`})`;
    return `the yandas rule is not met (${prm.projection === "verified" ? "verified" : "claimed"} projection): ${p("covered")} of at least ${p("min")} basic-service urusan covered; not covered: ${p("missing")}; innovation-count score lost: ${cost}${near ? `; urusan close to a missing one (check the spelling): ${near}` : ""}`;
  },
  predicate_unknown: (prm, p) =>
    `the ${prm.projection === "verified" ? "verified" : "claimed"} predicate is unknown: index ${twoDecimals(prm.index, p("index"))} may be ${p("namesEn")}, as the threshold between them is not known in edition ${p("edition")}; the predicate is not guessed — fill in the threshold in the model once it is published`,
  value_outside_tiers: (prm, p) =>
    `value ${amount(prm.value, "en", p("value"))} is outside the range indicator ${p("indicator")} scores (${rangeEn(prm)}${prm.unit ? ` ${p("unit")}` : ""}); this answer gets no tier (0) — check the number${mandatoryEn(prm)}`,
  spd_total_out_of_range: (prm, p) => `SPD total ${amount(prm.given, "en", p("given"))} is above the maximum ${amount(prm.max, "en", p("max"))}`,
  region_not_reported: (prm, p) => `${p("region")} did not report: index 0${notReportedBand(prm, "en") === undefined ? "" : `, predicate "${notReportedBand(prm, "en")}"`}`,
  compliance_rule_not_met: (prm, p) =>
    `${p("agency")} has ${p("count")} innovation${prm.count === 1 ? "" : "s"} in ${p("year")}; rule "${p(prm.ruleNameEn === undefined ? "ruleName" : "ruleNameEn")}" requires at least ${p("required")}`,
  compliance_rule_no_agencies: (prm, p) =>
    `rule "${p(prm.ruleNameEn === undefined ? "ruleName" : "ruleNameEn")}" cannot be judged (not "all comply"): no listed agency is of a type it covers (an empty list, or other types)`,
  compliance_year_mismatch: (prm, p) =>
    `${prm.kind === "target" ? "target" : "rule"} "${p(prm.nameEn === undefined ? "name" : "nameEn")}" counts innovations of ${p("year")}, but no innovation is of ${p("year")}; there are ${yearsEn(prm)}. An innovation's year is the year it is proposed or assessed, not its trial or implementation year — check the years filled in`,
  compliance_target_not_met: (prm, p) => `target "${p(prm.targetNameEn === undefined ? "targetName" : "targetNameEn")}": ${p("count")} of ${p("required")} innovations in ${p("year")}`,
};

/** "90 innovations of 2025, 3 of 2024". */
function yearsEn(prm: Params): string {
  const ys = Array.isArray(prm.otherYears) ? prm.otherYears : [];
  const cs = Array.isArray(prm.otherCounts) ? prm.otherCounts : [];
  return ys.map((y, k) => (k === 0 ? `${cs[k]} innovation${cs[k] === 1 ? "" : "s"} of ${y}` : `${cs[k]} of ${y}`)).join(", ");
}

/** What a wrong answer to a mandatory SID indicator costs. */
/** That a measured indicator takes a number too (see the Bahasa `orNumberId`). */
function orNumberEn(prm: Params): string {
  if (prm.numberBasis === true) return "; or write a number with its basis";
  return typeof prm.numberUnit === "string" ? `; or write a number, e.g. ${prm.numberExample ?? 25}${prm.numberUnit ? ` ${prm.numberUnit}` : ""}` : "";
}

function mandatoryEn(prm: Params): string {
  return prm.mandatory === true ? "; mandatory indicator: the innovation does not count in the verified projection" : "";
}

/** The values a measure scores, in words: "from 1 to 10", "at least 1", "above 0 up to 4". */
function rangeEn(prm: Params): string {
  const lo = prm.min === null || prm.min === undefined ? null : amount(prm.min, "en", String(prm.min));
  const hi = prm.max === null || prm.max === undefined ? null : amount(prm.max, "en", String(prm.max));
  if (lo !== null && hi !== null) return `${prm.minInclusive ? "from" : "above"} ${lo} ${prm.maxInclusive ? "to" : "up to but not including"} ${hi}`;
  if (lo !== null) return `${prm.minInclusive ? "at least" : "above"} ${lo}`;
  if (hi !== null) return `${prm.maxInclusive ? "at most" : "below"} ${hi}`;
  return "any value";
}

/** Why a maximum total was re-derived: each part that moved, with its old and new maximum. */
function reasonsEn(prm: Params): string {
  const out: string[] = [];
  if (prm.sidTo != null) out.push(`the SID maximum per innovation changed from ${prm.sidFrom ?? "?"} to ${prm.sidTo} (SID weights or tiers)`);
  if (prm.spdTo != null) out.push(`the maximum SPD changed from ${prm.spdFrom ?? "?"} to ${prm.spdTo}`);
  if (prm.jumlahTo != null) out.push(`the jumlah inovasi maximum changed from ${prm.jumlahFrom ?? "?"} to ${prm.jumlahTo}`);
  return out.length > 0 ? out.join(", and ") : "its parts no longer add up to it";
}

/** The parts a maximum could not be re-derived from: `weight "SID-19", "formula.jumlahInovasi.countCap"`. */
function unknownPartsEn(prm: Params, p: (key: string) => string): string {
  const weights = Array.isArray(prm.weights) && prm.weights.length > 0 ? `weight ${p("weights")}` : "";
  const numbers = Array.isArray(prm.numbers) && prm.numbers.length > 0 ? p("numbers") : "";
  return [weights, numbers].filter((x) => x !== "").join(", ");
}

const NUMBER_NAMES_EN: Record<string, string> = {
  sidDivisorFloor: "SID divisor floor",
  countCap: "innovation count cap",
  perInnovation: "points per innovation",
  minDesignWords: "minimum words of the design narrative",
  maxEntries: "entry limit",
};

/** What a number that must be whole is compared with (the formula's counts bound a count of innovations). */
const COUNTED_EN: Record<string, string> = { minDesignWords: "a count of words", maxEntries: "a count of entries" };

/** A model number the formula or eligibility cannot use (or, a warning, may not mean): why, and what to write. */
function numberEn(prm: Params, p: (key: string) => string): string {
  const name = `${NUMBER_NAMES_EN[String(prm.number)] ?? p("number")} ${p("given")}`;
  if (prm.number === "maxEntries" && prm.problem !== "fraction") {
    return `${name} is impossible: an innovation's first entry already counts as 1, so no innovation would be scored; write 1 or more`;
  }
  if (prm.problem === "zero") return `${name} means no floor: SID becomes the plain average of the innovations (IGA 2026: 12); ignore this if it is meant`;
  if (prm.problem === "fraction") return `${name} is not a whole number, though it is compared with ${COUNTED_EN[String(prm.number)] ?? "a count of innovations"}; ignore this if it is meant`;
  if (prm.number === "minDesignWords") return `${name} means nothing (a word count is never negative); write 0 or more (0: no minimum)`;
  const rule = prm.number === "sidDivisorFloor" ? "SID divisor = MAX(floor, n)" : "innovation-count score = points per innovation × MIN(n, cap) turns negative";
  return `${name} is impossible (${rule}); write 0 or more`;
}

/** Where the first of two listed agencies is: its cell (`issue.refs`, from a workbook), else its position in the list. */
function firstPlace(prm: Params): string {
  const where = Array.isArray(prm.refsAt) ? prm.refsAt[0] : undefined;
  if (typeof where === "string" && where !== "") return `at ${where}`;
  return `as agency no. ${typeof prm.first === "number" ? prm.first + 1 : "?"}`;
}

function dateEn(value: Params[string] | undefined): string {
  return readableDate(value, "en", "(empty)");
}

/** A band end written as a fraction (0.5) beside a score (45): a 0–1 scale, not the index's 0–100. */
function fractionBandEn(prm: Params, p: (key: string) => string): string {
  return prm.meant !== undefined ? `; ${p("fraction")} here looks written on a 0–1 scale, while the index and the band ends run 0–100: perhaps ${p("meant")} is meant` : "";
}

/** An interval's neighbour the model file inherits (a boundary has two sides; the file wrote one): write it too if it moves. */
function inheritedNeighbourEn(prm: Params, p: (key: string) => string): string {
  return prm.inherited ? `; "${p("inherited")}" is inherited from the base edition: if its end moves too, write a "${p("inherited")}" entry in this file as well` : "";
}

/** A new band's written end inside another band: the overlap, and the ends to write so the bands touch. */
function newBandInsideEn(prm: Params, p: (key: string) => string): string {
  if (prm.inside === undefined) return "";
  const [theirs, mine] = prm.side === "min" ? ["max", "min"] : ["min", "max"];
  const end = prm.end !== undefined ? `, and this entry "${theirs}": { "value": ${p("end")}, "inclusive": ${p("endInclusive")} }` : "";
  return `. "${mine}" ${p("at")} overlaps band "${p("inside")}" ${p("range")}: also write a "${p("inside")}" entry with "${theirs}": { "value": ${p("at")}, "inclusive": ${p("atInclusive")} }${end}`;
}

/** What the engine does without an unknown value (`missing_number`'s `effect`, from `validateEdition`). */
const MISSING_EFFECT_EN: Record<string, string> = {
  stages: "every stage is scored",
  unchecked: "this condition is not checked",
  spd: "SPD, the total and the index are left empty (not 0)",
  sid: "SID, the total and the index are left empty (not 0)",
  index: "the index is left empty (not 0); SPD and SID are still computed",
  maxSpd: "an SPD total given directly is not checked against it; SPD from the rows does not use it",
  band: "the predicate is left empty where this threshold decides it; the index is still computed",
  none: "nothing depends on it (the yandas rule is not applied)",
};

/** The inherited ids of a list, or that the base has none there (never an empty list: "ids present: (empty)"). */
function presentEn(prm: Params, p: (key: string) => string): string {
  return Array.isArray(prm.allowed) && prm.allowed.length > 0 ? `ids present: ${p("allowed")}` : "the base edition has no entry in this list";
}
