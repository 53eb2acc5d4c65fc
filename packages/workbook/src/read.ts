import {
  type AgencyType,
  type AnswerInput,
  type Edition,
  type Indicator,
  type InnovationInput,
  type Issue,
  type IssueCode,
  type RegionResult,
  type MessageLocale,
  type RegionInput,
  type RegionInputData,
  type RegionLevel,
  defaultEdition,
  editionIds,
  editions,
  getEdition,
  isShippedEdition,
  levelInName,
  numberRanges,
  parseRegionInput,
  readLocale,
  readableDate,
  resolveAnswer,
} from "@inovasi/core";
import { type CellRange, type CellValue, type Grid, type UnsavedFormula, type WorkbookGrids, a1, cellAt, findSheet, formatAt, isBlank, normaliseHeader, rowsText } from "./grid.js";
import { arithmetic } from "./formula.js";
import { numberName } from "./number-names.js";
import { type ModelFileRef, bandGap } from "./band-gap.js";
import {
  AGENCY_TYPE_EN,
  AGENCY_TYPE_LABELS,
  EVIDENCE_LABELS,
  EVIDENCE_UNCLEAR_WORDS,
  EVIDENCE_WORDS,
  FORM_LABELS,
  FORM_WORDS,
  INITIATOR_LABELS,
  KIND_LABELS,
  LEVEL_EN,
  LEVEL_LABELS,
  type LabelTable,
  STAGE_LABELS,
  YES_NO,
  labelOf,
  labelsMeant,
  matchLabel,
  offeredLabels,
} from "./labels.js";
import {
  AGENCY_HEADERS,
  AGENCY_TYPE_OPTIONS,
  COUNT_UNITS,
  type IndicatorRole,
  PROFILE_COLUMNS,
  type ProfileField,
  SETTINGS_KEYS,
  SHEETS,
  SPD_HEADERS,
  type SettingKey,
  indicatorHeaders,
  indicatorsOf,
  isOutputHeader,
  knownNumbers,
  parseIndicatorHeader,
  settingKeyOf,
} from "./layout.js";
import { profileColumns } from "./format-columns.js";
import { type LocatedIssue, locatedCore, sheetIssue, where } from "./messages.js";
import { isShareMeasure, looseOption, valueWithUnit } from "./answer-text.js";
import { optionByWords } from "./option-words.js";
import { partOfWhole } from "./part-of-whole.js";
import { LINK_OR_FILE, statusWithRemark } from "./evidence-remark.js";
import { duplicateKey } from "./duplicate-key.js";
import { rejectedByWord } from "./rejected-words.js";
import { rowsLeftOutText, sayRowLeftOut } from "./row-left-out.js";
import { monthAsDate, sayDateRefused, yearAsDate, yearOnly } from "./date-cells.js";
import { optionByForm } from "./tier-forms.js";
import { noneReading, noneWord } from "./none-words.js";
import { stageAndYear } from "./stage-year.js";
import { withGradeNote } from "./grade-words.js";
import { type Impossible, impossibleFor, isCountMeasure, isPointsMeasure, measureByWords, plausibleBound, readingByDefinition, scaleFraction, tierOf, unitAfter, unitIn, unitsIn, withUnitIn } from "./measured-value.js";
import { agencyTotal, headingAgency, isColumnNumbering, isMergedHeading, loneText, readsAsTitle, titleYear, totalsWord } from "./form-rows.js";
import { type HeaderRow, col, findHeaderRow, headerRow, rewordedHeaderRow, rowBlank, totalsRows } from "./table.js";
import { AGENCY_HEADER_WORDS, AGENCY_TYPE_BY_CELLS, PROFILE_HEADER_HINTS, PROFILE_HEADER_WORDS, SPD_HEADER_WORDS, columnNamed, headerKey, sharedWords } from "./header-words.js";
import { headingNames, headingNear, namesInFull } from "./indicator-heading.js";
import { holdsAnswers } from "./short-heading-cells.js";
import { countOrShare } from "./share-heading.js";
import { rowInAmounts, rowTierDigits, tierDigitsDoubt } from "./tier-digits.js";
import { filledRows, numbersAreCodes, spdByName, spdColumn, spdHeaderRow, spdIndicator, spdNamedRows, spdNamesHeaderRow } from "./spd-columns.js";
import { type ContractSheet, type SheetTaken, sheetsTaken, typeColumn } from "./sheets-taken.js";
import { type ColumnCandidate, chooseColumn } from "./column-choice.js";
import { withSubHeader } from "./sub-header.js";
import { dateInYearCell, toYear, yearIn } from "./year-text.js";
import { dateAsShown } from "./date-shown.js";
import { DESIGN_TEXT_HEADERS, narrativeWords, textStart } from "./design-text.js";
import { blockLayout, headerMoves, isExplanationRow, isPrefilledOnly, isRepeatedHeader } from "./skipped-rows.js";
import { trialAfterImplementation } from "./date-order.js";
import { hiddenAmong } from "./hidden-rows.js";
import { type LayoutBlock, type RowLayout, type SheetLayout, layoutAt } from "./row-layout.js";
import { numberText } from "./number-text.js";
import { percentWithoutPercentMeasure, unitOfOtherMeasure } from "./unit-other-measure.js";
import { ordinalCount } from "./ordinal-count.js";
import { NearDuplicates, nameWords, sameAnswers } from "./near-duplicates.js";
import { tierWordEn, tierWordId } from "./value-messages.js";
import { type OwnRegion, agencyNameKey, asListed, listNumber, listedAgencyMatcher, opdAbbreviation, withAgencyMeant } from "./agency-names.js";
import { asShown, atLeast, isExcelError, isPercentFormat, percentOf, readNumber, shown, toInteger, toIsoDate, toMonthYear, toText, withoutInvisible, withoutUnit } from "./values.js";
import { withParams } from "./issue-params.js";

/** How `readWorkbook` reads; every field is optional and may be given as undefined (its default then applies). */
export interface ReadOptions {
  /** Score with this edition whatever the workbook's model-edition cell says (CLI `--edition` / `--model`). */
  edition?: Edition | undefined;
  /** Look up the edition named in the model-edition cell; default: the shipped editions. */
  editions?: ((id: string) => Edition | undefined) | undefined;
  /** Language of the messages; default Bahasa Indonesia. */
  locale?: MessageLocale | undefined;
  /**
   * The caller gives no result while an error stands (a spreadsheet function returns #VALUE!): an error's message then
   * leaves out what is taken until it is fixed ("sampai diperbaiki daerah ini dianggap tidak melapor (indeks 0 …)",
   * an innovation taken as rejected, …), which holds only where a workbook is scored despite its errors (the pane,
   * `inovasi score`, `rekap`). Default false.
   */
  errorsStop?: boolean | undefined;
}

/** Where each part of the region input came from, so any issue (the reader's or the engine's) can name its cell. */
export interface SourceMap {
  /**
   * The Inovasi sheet: its header row's layout (`profile`, `indicators`), and `blocks` read with their own header's
   * layout (rows pasted under an agency's header in another column order): a field's cell on a row is
   * {@link layoutAt}'s, never `profile` / `indicators` alone.
   */
  innovations: { sheet: string; headerRow: number; rows: number[]; profile: Partial<Record<ProfileField, number>>; indicators: Record<string, Partial<Record<IndicatorRole, number>>>; blocks?: LayoutBlock[]; headerRows?: number[]; lastInputCol: number; /** The sheet's last row holding something (a cell not blank, or a formula without a saved value) when read. */ lastRow: number;
    /** Totals rows under the header (a typed "JUMLAH", a table's totals row), skipped: a new innovation goes above one, never over it. */
    totalsRows?: number[];
    /** Other rows under the header holding input not read as an innovation (a row left out for an error, a heading or title, a later year's part set aside): never typed over. */
    unreadRows?: number[];
    /** Merged ranges reaching more than one row below the header row (an agency merged over its innovations): a step never names part of one. */
    merges?: CellRange[];
    /**
     * Titles naming a year after Tahun Penilaian (`row`, `col`: the title's cell; `year`) and the rows under each set
     * aside for it (`rows`: not scored, not in n): the scored copy marks them, and the plan's new rows go above it.
     * `until`: the row of the next title naming a year, where its part ends (none: it reaches the end of the list).
     */
    laterYear?: { row: number; col: number; year: number; assessed: number; rows: number[]; until?: number }[] } | undefined;
  spd: { sheet: string; rows: Record<string, number>; cols: Partial<Record<"answer" | "measure" | "evidence", number>> } | undefined;
  /** `headerRow`: the Perangkat Daerah header row (a rule over no agency is said under it, where the first goes). */
  agencies: { sheet: string; rows: number[]; cols: { name?: number; type?: number }; headerRow?: number } | undefined;
  settings: { sheet: string; rows: Partial<Record<SettingKey, number>>; valueCol: Partial<Record<SettingKey, number>> } | undefined;
  /**
   * Answer cells (`Inovasi!O4`) whose text could name two or more options ("Kepala Daerah" for SID-1): the core's
   * "unknown option" there is said as that, naming them.
   */
  ambiguous?: Record<string, { tier: number; label: { id: string; en: string } }[]>;
  /**
   * Cells (`Inovasi!Q5`) where the reader's own message already says what a core issue placed there would, by the
   * core codes it stands for: not said again. A Ditolak value that could not be read (`rejected_unreadable`, or a
   * formula there that failed or has no saved value) stands for `innovation_rejected` (no verifier rejected it; its
   * error says why it is taken as rejected); a Dasar Ukur that could not be read (`unknown_measure_label`) for
   * `measure_required` (the basis was given; its error says what is valid).
   */
  saidAt?: Record<string, IssueCode[]>;
  /**
   * Where a number typed with a percent sign ("45%") and no Dasar Ukur gets the core's `measure_required` (the Dasar
   * Ukur cell, `Inovasi!AX5`), the text typed: the sign narrows the bases to those in percent, so only they are named.
   */
  percentTyped?: Record<string, string>;
  /**
   * Innovation rows left out for an error in Nama, Perangkat Daerah, Urusan or Tahapan, by the agency they name (as
   * `normaliseHeader` writes it): the cell of the first error (`Inovasi!C7`). A compliance warning that counts that agency short says them.
   */
  rowsLeftOut?: Record<string, string[]>;
  /**
   * Every innovation row left out so, of any agency or none, in sheet order (the cell of its first error): an unmet
   * count target (`compliance_target_not_met`) counted without them says them, as its count is short by them.
   */
  leftOutRows?: string[];
  /**
   * Where the edition came from: the Edisi Model cell, the host's choice (the CLI's `--edition` / `--model`, the
   * add-in's) or the default. An issue the edition decides (an unknown band threshold) is placed at that cell only
   * when the cell chose it.
   */
  edition?: "cell" | "chosen" | "default";
  /**
   * The SPD sheet's rows not read for want of a Kode column (none of their Indikator names is one of the edition's):
   * the sheet, its header cell and how many rows hold something. The core's "no SPD answer yet" is said as that.
   */
  spdNotRead?: { sheet: string; cell?: string; filled: number };
}

/** What `readWorkbook` gives: the region input (when readable), the edition, every located problem, and the source map. */
export interface ReadResult {
  /** The region input, or undefined when the workbook cannot be read as one (a sheet or required column missing). */
  input: RegionInput | undefined;
  /** The edition the workbook is (to be) scored with. */
  edition: Edition;
  /** Every problem, located. Severity `error` marks input that is wrong; the rows stay readable where possible. */
  issues: LocatedIssue[];
  /** Where everything came from; pass it to {@link locateIssues} and {@link writeResults}. */
  source: SourceMap;
  /** The sheet taken for each contract sheet, by its name or another ({@link sheetsTaken}). */
  sheets: Record<ContractSheet, SheetTaken>;
}

/**
 * Read an agency workbook (as grids) into a region input, by the worksheet contract (see the package README).
 * Headers are matched by name; a value that cannot be read is reported at its cell and quoted, never silently dropped.
 *
 * @example
 * const read = readWorkbook(grids, { locale: "id" });
 * for (const i of read.issues) console.log(i.message); // "Inovasi!F12: pilihan "Ada" tidak dikenal …"
 * if (read.input) { const result = scoreRegion(read.input, read.edition); … }
 */
export function readWorkbook(grids: WorkbookGrids, opts: ReadOptions = {}): ReadResult {
  const locale = readLocale(opts.locale, "readWorkbook");
  const ctx = new Reader(grids, locale);
  ctx.meanwhile = opts.errorsStop !== true;
  const settings = ctx.readSettings();
  // a date in Tahun Penilaian is its year, as `Reader.integer` reads it (and says)
  ctx.assessed = settings.values.year && yearIn(settings.values.year.value);
  if (settings.values.level && !isBlank(settings.values.level.value)) ctx.level = matchLabel(LEVEL_LABELS, shown(settings.values.level.value));
  const edition = ctx.resolveEdition(settings.values, opts);
  const named = settings.values.edition && !isBlank(settings.values.edition.value);
  const source: SourceMap = { innovations: undefined, spd: undefined, agencies: undefined, settings: settings.map, ambiguous: ctx.ambiguous, saidAt: ctx.saidAt, percentTyped: ctx.percentTyped, rowsLeftOut: ctx.rowsLeftOut, leftOutRows: ctx.leftOutRows, edition: opts.edition ? "chosen" : named ? "cell" : "default" };
  const sheets = (ctx.taken = sheetsTaken(grids, { edition: edition ?? opts.edition ?? defaultEdition, assessed: ctx.assessed }));
  if (!edition) return { input: undefined, edition: opts.edition ?? defaultEdition, issues: ctx.issues, source, sheets };

  // the region's own name, which agency names may be written with (their headings on the Inovasi sheet too)
  const own = ctx.ownRegion(settings.values);
  const agencies = ctx.readAgencies(source, edition, own);
  const innovations = ctx.readInnovations(edition, source);
  if (agencies && innovations) ctx.agenciesAsListed(asListed(agencies, innovations, own, ctx.rowsLeftOut), source, own);
  ctx.strayInnovationSheets();
  ctx.emptyAgencyList(innovations, source, (settings.compliance?.rules?.length ?? 0) + edition.compliance.rules.length);
  const spd = ctx.readSpd(edition, source, settings.values);
  ctx.straySpdSheets();
  ctx.evidenceNotesOut();
  ctx.dayFirstOut();
  const region = ctx.region(settings.values, settings.map);
  if (innovations) ctx.offYearRows(innovations, source, settings.compliance);
  ctx.editionYear(edition, settings.values, opts);
  if (!region || !innovations || !agencies || ctx.spdUnread) return { input: undefined, edition, issues: ctx.issues, source, sheets };

  const data: RegionInputData = {
    region,
    spdAnswers: spd.answers,
    ...(spd.total !== undefined ? { spdTotal: spd.total } : {}),
    agencies,
    innovations,
    ...(settings.compliance ? { compliance: settings.compliance } : {}),
  };
  const parsed = parseRegionInput(data, { locale });
  for (const i of parsed.issues) ctx.issues.push(locateIssue(i, source, locale));
  return { input: parsed.ok ? parsed.value : undefined, edition, issues: ctx.issues, source, sheets };
}

/**
 * One answer cell read as the reader reads an indicator's answer column (`Inovasi` and `SPD`): an option label in
 * either language, loosely typed ("51-90 %"), a number or a number typed as text ("3", "1,5", "25 orang" with its
 * unit), an Excel error value reported. `numbersAreTiers` (what `=IID.SKOR_INOVASI` documents) reads a bare number
 * as the tier even on an indicator with measures, where the sheet reads it as the measured value; a number with its
 * unit stays a measured value. Issues are placed on a one-cell sheet named `sheet` (default "") at A1.
 *
 * @example
 * readAnswerCell(sid1, "3").answer //=> { tier: 3, evidence: "pending" }
 */
export function readAnswerCell(
  indicator: Indicator,
  value: CellValue,
  opts: { numbersAreTiers?: boolean; locale?: MessageLocale; sheet?: string } = {},
): { answer: AnswerInput | undefined; issues: LocatedIssue[] } {
  const locale = readLocale(opts.locale, "readAnswerCell");
  const name = opts.sheet ?? "";
  const r = new Reader({ [name]: { name, cells: [[value]] } }, locale);
  r.numbersAreTiers = opts.numbersAreTiers === true;
  const answer = r.answer(r.grids[name]!, 0, indicator, { answer: 0 });
  r.evidenceNotesOut();
  // a text that names two options: said as the sheet says it (the sheet names them when the core's unknown option comes)
  const options = r.ambiguous[where(name, "A1")];
  if (options) {
    r.issues.push(sheetIssue(locale, "option_ambiguous", "error", name, "A1", indicator.id, { given: shown(value), indicator: indicator.id, options: namedOptions(options, locale), mandatory: 0 }));
  }
  return { answer, issues: r.issues };
}

/**
 * Place core issues (from `scoreRegion` or `parseRegionInput`) at the cells their paths came from. With what they were
 * scored with (`scored`): a region that did not report is said with the predicate its edition gave it (the `result`'s;
 * a province's edition names that band itself, "Tidak Melapor"), else with its index 0 only; and the yandas rule of an
 * `edition` that does not apply it (`formula.jumlahInovasi.requiresYandas: false`) is no warning — it costs nothing.
 * An innovation taken as rejected because its Ditolak cell could not be read is not said "ditolak verifikator": the
 * reader's error at that cell is its one message; so is a mandatory indicator's missing answer column, not "belum
 * dijawab" at every row.
 */
export function locateIssues(issues: Issue[], source: SourceMap, locale: MessageLocale = "id", scored: { result?: RegionResult; edition?: Edition; model?: ModelFileRef | undefined } = {}): LocatedIssue[] {
  locale = readLocale(locale, "locateIssues");
  const { result, edition } = scored;
  const ruleOff = edition?.formula.jumlahInovasi.requiresYandas === false;
  const out: LocatedIssue[] = [];
  for (const i of issues) {
    if (ruleOff && i.code === "yandas_not_met") continue;
    // the reader's message at that cell says it already (an unreadable Ditolak, an unknown Dasar Ukur: audit17 F13)
    if (saidAtCell(i, source)) continue;
    // a mandatory indicator without its answer column: said once at the header row (indicator_column_missing), not at every row
    if (i.code === "mandatory_unanswered" && source.innovations && source.innovations.indicators[String(i.params.indicator)]?.answer === undefined) continue;
    // an unknown band threshold decides the predicate: at the Edisi Model cell or the model file's band entry
    if (i.code === "predicate_unknown") { out.push(bandGap(i, source, locale, scored.model)); continue; }
    // a target of the edition or model (not the workbook's Target Jumlah Inovasi cell): at its entry there
    if (i.code === "compliance_target_not_met" && i.params.target !== WORKBOOK_TARGET_ID && edition) { out.push(withRowsLeftOut(editionTarget(i, edition, locale, scored.model), source, locale)); continue; }
    const measure = i.code === "measure_required" && edition ? measureRequired(i, source, locale, edition) : i.code === "spd_total_required" && edition ? spdTotalRow(i, source, locale) : undefined;
    const issue =
      i.code === "region_not_reported" && result ? withBand(i, result)
      : i.code === "unknown_option" && edition ? numberAllowed(i, edition, locale)
      : i.code === "unknown_agency" ? withAgencyMeant(i, edition, result)
      : edition ? withUnitIn(i, edition, locale)
      : i;
    // SPD 0 for the rows a missing Kode left unread: said at the SPD sheet with why, not "not answered yet"
    const notRead = i.code === "spd_rows_missing" ? source.spdNotRead : undefined;
    if (notRead) { out.push({ ...sheetIssue(locale, "spd_rows_not_read", i.severity, notRead.sheet, notRead.cell, SPD_HEADERS.id, { sheet: notRead.sheet, filled: notRead.filled, rows: Number(i.params.rows) }), issue: i }); continue; }
    const located = measure ?? locateIssue(issue, source, locale);
    out.push(
      i.code === "compliance_rule_not_met" || i.code === "compliance_target_not_met" ? withRowsLeftOut(located, source, locale)
      : i.code === "unknown_option" && edition ? withGradeNote(located, indicatorById(edition, i.params.indicator), i.params.given, locale)
      : located,
    );
  }
  return out;
}

/** The id of the target the workbook's own Target Jumlah Inovasi cell sets (the edition's or model's have theirs). */
const WORKBOOK_TARGET_ID = "target-daerah";

/**
 * An unmet target the edition or a province model sets (`compliance.targets`), placed at its entry there
 * (`compliance.targets[0] di model.json`; a shipped edition: its id) — not at the workbook's target cell, which may
 * be empty. Outside the parse + score bundle, as `bandGap`.
 */
function editionTarget(issue: Issue, edition: Edition, locale: MessageLocale, model?: ModelFileRef): LocatedIssue {
  const k = edition.compliance.targets.findIndex((t) => t.id === issue.params.target);
  const entry = `compliance.targets[${k < 0 ? "?" : k}] ("${String(issue.params.target)}")`;
  const at = `${entry} ${locale === "en" ? "in" : "di"} ${model ? model.file : `${locale === "en" ? "edition" : "edisi"} ${edition.id}`}`;
  const located = locatedCore(locale, issue, { sheet: "", field: at });
  // no cell to put in front: the entry is said first, as a cell would be
  const text = `${at}: ${located.text}`;
  return { ...located, text, message: located.message.slice(0, located.message.length - located.text.length) + text };
}

/**
 * A compliance warning on an agency one of whose rows the reader left out, or on a count target while any row is left
 * out (its count is short by them: "78 dari 100" of a file with 80): which (see {@link SourceMap.rowsLeftOut},
 * {@link SourceMap.leftOutRows}).
 */
function withRowsLeftOut(i: LocatedIssue, s: SourceMap, locale: MessageLocale): LocatedIssue {
  const agency = i.issue?.params["agency"];
  const target = i.code === "compliance_target_not_met";
  const cells = target ? s.leftOutRows : typeof agency === "string" ? s.rowsLeftOut?.[normaliseHeader(agency)] : undefined;
  if (!cells?.length) return i;
  const more = rowsLeftOutText(cells, locale, !target);
  return { ...i, text: i.text + more, message: i.message + more };
}

/**
 * The agency type an agency's name begins with ("Dinas Sosial": OPD, "Kecamatan Hulu", "Rumah Sakit Umum …", "UPTD
 * …"), as the Jenis column reads the word, or OPD for a dinas's or badan's abbreviation ("Bappeda", "Bapperida",
 * "Dinkes": `opdAbbreviation`, read31); undefined when its first words are no type (Lainnya is never guessed).
 */
function typeInName(name: string, edition: Edition): AgencyType | undefined {
  const words = name.trim().split(/\s+/);
  const t = matchLabel(AGENCY_TYPE_LABELS, words.slice(0, 2).join(" ")) ?? matchLabel(AGENCY_TYPE_LABELS, words[0]!);
  return t === "lainnya" ? undefined : t ?? (opdAbbreviation(name, edition) ? "opd" : undefined);
}

/** The reader's own message at the issue's cell stands for it (see {@link SourceMap.saidAt}). */
function saidAtCell(issue: Issue, s: SourceMap): boolean {
  if (!s.saidAt) return false;
  const place = placeOf(issue.path, s);
  return !!place?.cell && s.saidAt[where(place.sheet, place.cell)]?.includes(issue.code) === true;
}

/** An SPD total the edition needs and the Pengaturan sheet has no row for: the row to add, named as the sheet names it. */
function spdTotalRow(issue: Issue, s: SourceMap, locale: MessageLocale): LocatedIssue | undefined {
  if (!s.settings || placeOf(issue.path, s)?.cell) return undefined;
  return { ...sheetIssue(locale, "spd_total_row_missing", issue.severity, s.settings.sheet, undefined, SETTINGS_KEYS.spdTotal, { edition: String(issue.params.edition), max: typeof issue.params.max === "number" ? numberText(issue.params.max, locale) : "?", row: SETTINGS_KEYS.spdTotal }), issue };
}

/**
 * An unknown option of an indicator that takes a number too: the message says so (its unit and a number it scores, or
 * that a basis is needed).
 */
function numberAllowed(issue: Issue, edition: Edition, locale: MessageLocale): Issue {
  const measures = indicatorById(edition, issue.params.indicator)?.measures ?? [];
  if (measures.length === 0) return issue;
  if (measures.length > 1) return withParams(issue, { numberBasis: true });
  return withParams(issue, numberExampleOf(measures[0]!, locale));
}

/** An edition's indicators by id, made once per edition: an unknown option's issue looks its indicator up twice. */
const indicatorMaps = new WeakMap<Edition, Map<string, Indicator>>();

function indicatorById(edition: Edition, id: unknown): Indicator | undefined {
  let m = indicatorMaps.get(edition);
  if (!m) indicatorMaps.set(edition, (m = new Map(edition.indicators.map((x) => [x.id, x]))));
  return m.get(String(id));
}

/**
 * The unit and the example number an unknown option's message gives (`numberAllowed`), per measure and locale: they
 * depend on the measure only, not on the cell (a messy workbook has ~20,000 such issues; {@link exampleValue} may try
 * the numbers from 1 up).
 */
const numberExamples = new WeakMap<Indicator["measures"][number], Partial<Record<MessageLocale, { numberUnit: string; numberExample: string }>>>();

function numberExampleOf(m: Indicator["measures"][number], locale: MessageLocale): { numberUnit: string; numberExample: string } {
  let byLocale = numberExamples.get(m);
  if (!byLocale) numberExamples.set(m, (byLocale = {}));
  return (byLocale[locale] ??= ((n) => ({ numberUnit: unitAfter(m, locale, n), numberExample: numberText(n, locale) }))(exampleValue(m)));
}

/**
 * An option as the sheet lists it: its Bahasa label, the one the template's drop-down offers (a strict list refuses
 * another) and the reader takes; in an English run with its English label beside it.
 */
function sheetOption(o: { label: Indicator["options"][number]["label"] }, locale: MessageLocale): string {
  return locale === "en" && o.label.en !== o.label.id ? `"${o.label.id}" (${o.label.en})` : `"${o.label.id}"`;
}

/** The first whole number from 1 that reaches a measure's top tier (SID-14: 91 %); undefined when none up to 1000 does. */
function topExample(m: Indicator["measures"][number]): number | undefined {
  const top = Math.max(...m.tiers.map((t) => t.tier));
  for (let n = 1; n <= 1000; n++) if (tierOf(m, n) === top) return n;
  return undefined;
}

/**
 * A number to give as an example of a measured answer: 25 where it scores, else the first whole number from 1 that
 * reaches the top tier ("3 tahun" of 3 for SPD-2a, "5 unsur" for SID-20: "25" was outside their range).
 */
function exampleValue(m: Indicator["measures"][number]): number {
  if (tierOf(m, 25) > 0) return 25;
  const top = Math.max(...m.tiers.map((t) => t.tier));
  for (let n = 1; n <= 1000; n++) if (tierOf(m, n) === top) return n;
  return 25;
}

/**
 * A number without its basis, for an indicator with several (the engine's `measure_required`, which names the
 * measures by their ids): said as the sheet asks it, the Dasar Ukur column and the labels its list offers.
 */
function measureRequired(issue: Issue, s: SourceMap, locale: MessageLocale, edition: Edition): LocatedIssue | undefined {
  const ind = edition.indicators.find((x) => x.id === issue.params.indicator);
  const place = placeOf(issue.path, s);
  if (!ind || !place) return undefined;
  const column = issue.path[0] === "spdAnswers" ? SPD_HEADERS.measure : indicatorHeaders(ind).find((h) => h.role === "measure")?.header ?? SPD_HEADERS.measure;
  // "45%": only the bases in percent (SID-18's coverage, efficiency, revenue, not its persons or products)
  const given = place.cell && s.percentTyped?.[where(place.sheet, place.cell)];
  const percent = ind.measures.filter((m) => m.unit === "%");
  const measures = given && percent.length > 0 ? percent : ind.measures;
  const allowed = measures.map((m) => `"${m.name.id}"`).join(", ");
  return { ...sheetIssue(locale, "measure_label_required", issue.severity, place.sheet, place.cell, place.field, { indicator: ind.id, column, allowed, given: measures === percent ? given : undefined }), issue };
}

/** The region_not_reported issue with the band the result gives the region (index 0's), for its message. */
function withBand(issue: Issue, result: RegionResult): Issue {
  const band = result.verified.predicate;
  return band ? { ...issue, params: { ...issue.params, predicate: band.label.id, predicateEn: band.label.en } } : issue;
}

/** Where a path of the input is in the workbook (`Inovasi!H12`), one function per source map: see {@link placesIn}. */
const PLACES = new WeakMap<SourceMap, (path: Issue["path"]) => string | undefined>();

/**
 * The `whereOf` a located core issue keeps to name the cells its `refs` point at: one per source map, shared by its
 * issues (one closure per issue was ~3 MB of a messy workbook's ~30,000 issues, held until the copy was written).
 */
function placesIn(s: SourceMap): (path: Issue["path"]) => string | undefined {
  let f = PLACES.get(s);
  if (!f) {
    f = (path) => {
      const p = placeOf(path, s);
      return p?.cell ? where(p.sheet, p.cell) : undefined;
    };
    PLACES.set(s, f);
  }
  return f;
}

function locateIssue(issue: Issue, s: SourceMap, locale: MessageLocale): LocatedIssue {
  const whereOf = placesIn(s);
  const place = placeOf(issue.path, s);
  const options = issue.code === "unknown_option" && place?.cell ? s.ambiguous?.[where(place.sheet, place.cell)] : undefined;
  if (options && place) {
    // a text that names two options: both named, instead of "not known"
    const params = { given: String(issue.params.given), indicator: issue.params.indicator as string, options: namedOptions(options, locale), mandatory: issue.params.mandatory === true ? 1 : 0 };
    return { ...sheetIssue(locale, "option_ambiguous", issue.severity, place.sheet, place.cell, place.field, params), issue };
  }
  if (!place && issue.code === "missing_number") return modelGap(issue, locale);
  return locatedCore(locale, issue, place ?? sheetOf(issue, s), whereOf);
}

/**
 * A number the edition lacks (the engine's `missing_number`, its path inside the edition): no place in the workbook,
 * so the message names the number itself (`belum memuat bobot indikator SID-19`), and so does the field.
 */
function modelGap(issue: Issue, locale: MessageLocale): LocatedIssue {
  const indicator = typeof issue.params.indicator === "string" ? issue.params.indicator : undefined;
  const number = numberName(issue.path, locale, indicator);
  return locatedCore(locale, { ...issue, params: { ...issue.params, number } }, { sheet: "", field: number });
}

/** The options a text could mean, as `option_ambiguous` names them ("; " between them: a label may hold "atau" itself). */
function namedOptions(options: NonNullable<SourceMap["ambiguous"]>[string], locale: MessageLocale): string {
  return options.map((o) => `${locale === "en" ? "tier" : "tingkat"} ${o.tier} ${sheetOption(o, locale)}`).join("; ");
}

/**
 * Where an issue without a cell belongs, in the workbook's own words: a sheet (`Inovasi` for the yandas rule over the
 * innovations' urusan, `SPD`, `Perangkat Daerah`, `Pengaturan` for the region and its targets), or no place at all
 * for the model's own gaps (their text names the edition). Never the input's internal path.
 */
function sheetOf(issue: Issue, s: SourceMap): { sheet: string; cell?: string; field: string } {
  const head = issue.path[0];
  if (issue.code === "compliance_year_mismatch" && s.innovations) {
    // the year trap: the years live in the Tahun column (its header cell, where the help prompt says what it means)
    const c = s.innovations.profile.year;
    return { sheet: s.innovations.sheet, ...(c !== undefined ? { cell: a1(s.innovations.headerRow, c) } : {}), field: PROFILE_COLUMNS.year.header };
  }
  // the yandas rule is over the innovations' urusan (the core gives it no path): the Urusan header says where to add
  if ((head === "innovations" || issue.code === "yandas_not_met") && s.innovations) {
    const c = s.innovations.profile.urusan;
    return { sheet: s.innovations.sheet, ...(c !== undefined ? { cell: a1(s.innovations.headerRow, c) } : {}), field: PROFILE_COLUMNS.urusan.header };
  }
  if (head === "spdAnswers" && s.spd) return { sheet: s.spd.sheet, field: SPD_HEADERS.answer };
  if (head === "agencies" && s.agencies) return { sheet: s.agencies.sheet, field: AGENCY_HEADERS.name };
  if (issue.code === "compliance_target_not_met" && s.settings) {
    const row = s.settings.rows.target;
    return { sheet: s.settings.sheet, ...(row !== undefined ? { cell: a1(row, s.settings.valueCol.target ?? 1) } : {}), field: SETTINGS_KEYS.target };
  }
  if ((head === "region" || head === "spdTotal" || head === "compliance") && s.settings) return { sheet: s.settings.sheet, field: SETTINGS_KEYS.regionName };
  return { sheet: "", field: "" };
}

const PROFILE_PATH: Record<string, ProfileField> = {
  name: "name", agency: "agency", stage: "stage", form: "form", kind: "kind", initiator: "initiator", urusan: "urusan",
  relatedUrusan: "relatedUrusan", year: "year", trialDate: "trialDate", implementationDate: "implementationDate",
  designWords: "designWords", entries: "entries", rejected: "rejected",
};

function placeOf(path: Issue["path"], s: SourceMap): { sheet: string; cell?: string; field: string } | undefined {
  const [head, a, b, c, d] = path;
  if (head === "innovations" && typeof a === "number" && s.innovations) {
    const inv = s.innovations;
    const row = inv.rows[a];
    if (row === undefined) return undefined;
    const at = layoutAt(inv, row);
    if (b === "answers" && typeof c === "string") {
      const cols = at.indicators[c] ?? {};
      const role: IndicatorRole = d === "evidence" ? "evidence" : d === "measure" ? "measure" : "answer";
      const cc = cols[role] ?? cols.answer;
      return { sheet: inv.sheet, cell: cc !== undefined ? a1(row, cc) : a1(row, at.profile.name ?? 0), field: `${c}` };
    }
    const field = typeof b === "string" ? PROFILE_PATH[b] : undefined;
    const pc = field ? at.profile[field] : undefined;
    return {
      sheet: inv.sheet,
      cell: a1(row, pc ?? at.profile.name ?? 0),
      field: field ? PROFILE_COLUMNS[field].header : PROFILE_COLUMNS.name.header,
    };
  }
  if (head === "spdAnswers" && typeof a === "string" && s.spd) {
    const row = s.spd.rows[a];
    const role = b === "evidence" ? "evidence" : b === "measure" ? "measure" : "answer";
    const cc = s.spd.cols[role] ?? s.spd.cols.answer ?? 0;
    return { sheet: s.spd.sheet, cell: row !== undefined ? a1(row, cc) : undefined, field: a };
  }
  // the list as a whole (a rule over no agency): under the header row, where the first agency goes or is
  if (head === "agencies" && a === undefined && s.agencies?.headerRow !== undefined) {
    const ag = s.agencies;
    const type = ag.rows.length > 0 && ag.cols.type !== undefined;
    return { sheet: ag.sheet, cell: a1(ag.headerRow! + 1, (type ? ag.cols.type : ag.cols.name) ?? 0), field: type ? AGENCY_HEADERS.type : AGENCY_HEADERS.name };
  }
  if (head === "agencies" && typeof a === "number" && s.agencies) {
    const row = s.agencies.rows[a];
    const cc = b === "type" ? s.agencies.cols.type : s.agencies.cols.name;
    return { sheet: s.agencies.sheet, cell: row !== undefined ? a1(row, cc ?? 0) : undefined, field: b === "type" ? AGENCY_HEADERS.type : AGENCY_HEADERS.name };
  }
  const settingFor: Partial<Record<string, SettingKey>> = { spdTotal: "spdTotal", compliance: "ruleMin" };
  const key: SettingKey | undefined =
    head === "region" ? ({ name: "regionName", level: "level", year: "year", reported: "reported" } as const)[a as "name"] : settingFor[String(head)];
  if (key && s.settings) {
    const row = s.settings.rows[key];
    const vc = s.settings.valueCol[key];
    return { sheet: s.settings.sheet, cell: row !== undefined ? a1(row, vc ?? 1) : undefined, field: SETTINGS_KEYS[key] };
  }
  return undefined;
}

interface Settings {
  values: Partial<Record<SettingKey, { value: CellValue; cell: string }>>;
  map: SourceMap["settings"];
  compliance?: RegionInputData["compliance"];
}

/** Profile fields the scorer reports when absent, by their input names (the Inovasi sheet's optional values). */
const LEFT_OUT_FIELDS = ["year", "trialDate", "implementationDate", "designWords", "entries"] as const;

/** An indicator's answers to one given text or number, by evidence status (`EVIDENCE_SLOT`): without a measure, and by measure. */
interface InternedAnswers {
  plain: AnswerInput[];
  measured: Map<string, AnswerInput[]> | undefined;
}
/** Each evidence status's slot in {@link InternedAnswers}: an array index, not a property added to an object per answer. */
/**
 * The answer with its evidence, a new object (the same keys, in the same order, as `{ ...a, evidence }`). Not a spread:
 * once V8's clone IC is warm, a spread copy given a property more gets a hidden class of its own, and frozen, another —
 * a messy 10,000-innovation workbook's ~30,000 distinct answers held ~140,000 such classes (10 MB, a fifth of the
 * heap while it was read and scored); `Object.assign` onto `{}` takes the shared transitions.
 */
function withEvidence(a: AnswerInput, evidence: NonNullable<AnswerInput["evidence"]>): AnswerInput {
  return Object.assign({}, a, { evidence });
}

const EVIDENCE_SLOT: Record<NonNullable<AnswerInput["evidence"]>, number> = { accepted: 0, pending: 1, missing: 2, rejected: 3 };

class Reader {
  issues: LocatedIssue[] = [];
  /** The `Tahun Penilaian` read, if it could be (see {@link Reader.editionYear}). */
  year: number | undefined;
  /** The `Tahun Penilaian` as typed, read quietly before the sheets (a renamed sheet's year is weighed against it). */
  assessed: number | undefined;
  /** A bare number is the tier on every indicator (see {@link readAnswerCell}). */
  numbersAreTiers = false;
  /** The Jumlah Kata column read is a "Rancang Bangun" column of narratives (its counting said once at its header). */
  designTextColumn = false;
  /** The SPD sheet has no answer column: its answers cannot be read, so the region is not scored. */
  spdUnread = false;
  /** The sheet taken for each contract sheet (see {@link sheetsTaken}). */
  taken!: Record<ContractSheet, SheetTaken>;
  /** The region's level as Pengaturan gives it (a "Perwali" typed in a kabupaten is said). */
  level: RegionLevel | undefined;
  /** See {@link SourceMap.ambiguous}. */
  ambiguous: NonNullable<SourceMap["ambiguous"]> = {};
  /** See {@link SourceMap.saidAt}. */
  saidAt: Record<string, IssueCode[]> = {};
  /** See {@link SourceMap.percentTyped}. */
  percentTyped: Record<string, string> = {};
  /** See {@link SourceMap.rowsLeftOut}. */
  rowsLeftOut: Record<string, string[]> = {};
  /** See {@link SourceMap.leftOutRows}. */
  leftOutRows: string[] = [];
  /** The edition's implementation window, while the innovations are read. */
  window: { from: string; to: string } | undefined;
  /** The edition's eligibility counts (Jumlah Kata's least, Jumlah Keikutsertaan's most), for what an unreadable one costs. */
  minWords: number | undefined;
  maxEntries: number | undefined;
  /** Distinct answers per indicator, shared (see {@link Reader.interned}). */
  private answers = new Map<string, Record<"option" | "tier" | "value", Map<string | number, InternedAnswers>>>();
  /** Option labels per indicator (see {@link Reader.optionLabels}). */
  private labels = new Map<string, Set<string>>();
  /** Column names per indicator (see {@link Reader.fieldsOf}). */
  private fields = new Map<string, { answer: string; measure: string; evidence: string }>();
  /** Short headings not taken as their indicator's column, their cells not its answers (`answerColumnByName`), by indicator id. */
  private shortRefused = new Map<string, { col: number; text: string; filled: number; refused: number }>();
  /** Evidence cells read by their word or as a link, per sheet and kind (see {@link Reader.noteEvidence}). */
  private evidenceNotes = new Map<string, { sheet: string; r: number; c: number; field: string; kind: "pending" | "missing" | "rejected" | "link" | EvidenceRemark; words: string[]; count: number }>();
  /** Cells reported as holding a formula error (`Sheet!row:col`): a second message about the same cell is left out. */
  private errorCells = new Set<string>();
  /** Per sheet, its formulas without a saved value by cell (see {@link Reader.unsavedAt}). */
  private unsavedByCell = new Map<string, Map<number, UnsavedFormula>>();
  /** Cells whose formula was computed here and said so (`Sheet!row:col`). */
  private computedCells = new Set<string>();
  /** The sheet read as Inovasi: by its name, or renamed (null: more than one sheet could be it, none read). */
  private innovationSheet: Grid | null | undefined;
  /** Header row per sheet name, once found: merged ranges above it are headings, not data. */
  private headerRows = new Map<string, number>();
  /** Per sheet, the cells a merged range covers below its top-left cell (first column) → the top-left value. */
  private mergedValues = new Map<string, Map<number, CellValue>>();
  /** Errors say what is taken until they are fixed (`ReadOptions.errorsStop` false): the workbook is scored despite them. */
  meanwhile = true;
  constructor(
    readonly grids: WorkbookGrids,
    private locale: MessageLocale,
  ) {}

  private sheet(name: string, severity: "error" | "warning" = "error"): Grid | undefined {
    const g = findSheet(this.grids, name);
    if (!g) {
      const allowed = Object.values(this.grids).filter((x) => !x.hidden).map((x) => `"${x.name}"`).join(", ") || "-";
      this.issues.push(sheetIssue(this.locale, "sheet_missing", severity, name, undefined, name, { sheet: name, allowed }));
    }
    return g;
  }

  /**
   * A cell as the reader takes it: an Excel error value (a formula that failed: `#N/A`, `#REF!` …) is reported at its
   * cell and read as blank; a blank cell under the top-left cell of a merged range (in its first column) takes that
   * cell's value.
   */
  private cell(g: Grid, r: number, c: number, field: string, meanwhile?: Meanwhile): CellValue {
    const v = cellAt(g, r, c);
    if (v === null) {
      if (g.unsavedFormulas) {
        const f = this.unsavedAt(g, r, c);
        if (f) return this.unsaved(g, r, c, field, f, meanwhile);
      }
      return g.merges ? this.merged(g, r, c) : null;
    }
    if (typeof v === "string" && v.charCodeAt(0) === 35 && isExcelError(v)) {
      if (!this.formulaFailed(g.name, r, c)) {
        this.errorCells.add(errorKey(g.name, r, c));
        this.add("formula_error", "error", g.name, r, c, field, { given: v.trim(), column: field, ...meanwhile });
      }
      return null;
    }
    return v;
  }

  /** The formula without a saved value at a cell, if one is there (`Grid.unsavedFormulas`, indexed once per sheet). */
  private unsavedAt(g: Grid, r: number, c: number): UnsavedFormula | undefined {
    let m = this.unsavedByCell.get(g.name);
    if (!m) this.unsavedByCell.set(g.name, (m = new Map((g.unsavedFormulas ?? []).map((f) => [f.row * 16384 + f.col, f]))));
    return m.get(r * 16384 + c);
  }

  /**
   * A formula cell without a saved value: plain arithmetic of numbers computed and said (a warning); anything else
   * reported as not read (an error, and the cell is treated as a failed formula: its absence is not reported again).
   * Said once per cell.
   */
  private unsaved(g: Grid, r: number, c: number, field: string, f: UnsavedFormula, meanwhile?: Meanwhile): CellValue {
    const n = f.formula !== undefined ? arithmetic(f.formula) : undefined;
    const key = errorKey(g.name, r, c);
    if (n !== undefined) {
      if (!this.computedCells.has(key)) {
        this.computedCells.add(key);
        // a year is written as a year ("2026", not the amount "2.026")
        const value = /^tahun\b/i.test(field) && Number.isInteger(n) ? String(n) : this.decimal(n);
        this.add("formula_computed", "warning", g.name, r, c, field, { formula: `=${f.formula!.replace(/^\s*=/, "").trim()}`, value });
      }
      return n;
    }
    if (!this.formulaFailed(g.name, r, c)) {
      this.errorCells.add(key);
      this.add("formula_without_value", "error", g.name, r, c, field, { formula: f.formula !== undefined ? `=${f.formula.trim()}` : "", column: field, ...meanwhile });
    }
    return null;
  }

  /** Whether the cell holds a formula error already reported (its value reads as blank). */
  private formulaFailed(sheet: string, r: number, c: number | undefined): boolean {
    return c !== undefined && this.errorCells.has(errorKey(sheet, r, c));
  }

  private merged(g: Grid, r: number, c: number): CellValue {
    let m = this.mergedValues.get(g.name);
    if (!m) {
      m = new Map();
      const header = this.headerRows.get(g.name) ?? -1;
      for (const x of g.merges ?? []) {
        if (x.rows < 2 || x.row <= header) continue;
        const v = cellAt(g, x.row, x.col);
        if (v === null || isExcelError(v)) continue;
        for (let k = 1; k < x.rows; k++) m.set((x.row + k) * 16384 + x.col, v);
      }
      this.mergedValues.set(g.name, m);
    }
    return m.get(r * 16384 + c) ?? null;
  }

  private add(code: Parameters<typeof sheetIssue>[1], severity: "error" | "warning" | "info", sheet: string, row: number, c: number, field: string, params: Record<string, string | number | undefined>) {
    if (code === "required" && this.formulaFailed(sheet, row, c)) return;
    // nothing is scored while an error stands (a spreadsheet function): no "until corrected, … is taken as …"
    if (!this.meanwhile && severity === "error") params = withoutMeanwhile(params);
    this.issues.push(sheetIssue(this.locale, code, severity, sheet, a1(row, c), field, params));
  }

  /** The message just given at `cell` says what the core's `code` would say there (see {@link SourceMap.saidAt}). */
  private saysAlso(cell: string, code: IssueCode): void {
    (this.saidAt[cell] ??= []).push(code);
  }

  private header(g: Grid, anchor: string, found = findHeaderRow(g, anchor)): HeaderRow | undefined {
    const h = found;
    if (h) this.headerRows.set(g.name, h.row);
    if (!h) this.issues.push(sheetIssue(this.locale, "column_missing", "error", g.name, undefined, anchor, { column: anchor }));
    else
      for (const [key, cols] of h.duplicates) {
        const used = h.columns.get(key)!;
        const text = h.cells.find((x) => x.col === used)!.text;
        const hidden = cols.filter((c) => g.hiddenCols?.includes(c)).map((c) => a1(h.row, c).replace(/\d+$/, ""));
        this.add("column_duplicate", "warning", g.name, h.row, cols.find((c) => c !== used)!, text, { column: text, used: a1(h.row, used).replace(/\d+$/, ""), ...(hidden.length ? { hidden: hidden.join(", ") } : {}) });
      }
    return h;
  }

  /** A closed-list cell: the key, undefined when blank; unknown words are reported and give undefined. */
  private label<T extends string>(g: Grid, r: number, c: number | undefined, table: LabelTable<T>, column: string): T | undefined {
    if (c === undefined) return undefined;
    const v = this.cell(g, r, c, column);
    if (isBlank(v)) return undefined;
    const k = matchLabel(table, shown(v));
    if (!k) {
      // "Uji Coba/Penerapan", "Replikasi": the labels it may mean, asked (read29)
      const meant = labelsMeant(table, shown(v))?.map((x) => `"${labelOf(table, x)}"`).join(", ");
      this.add("unknown_label", "error", g.name, r, c, column, { given: shown(v), column, allowed: allowedText(table, this.locale), meant });
    }
    return k;
  }

  /** A typed cell: undefined when blank; a value the parser rejects is reported under `code` and gives undefined. */
  private parsed<T>(g: Grid, r: number, c: number | undefined, column: string, parse: (v: CellValue) => T | undefined, code: "not_an_integer" | "not_a_number" | "not_a_date", meanwhile?: Meanwhile): T | undefined {
    if (c === undefined) return undefined;
    const v = this.cell(g, r, c, column, meanwhile);
    if (isBlank(v)) return undefined;
    const out = parse(v);
    if (out === undefined) {
      this.add(code, "error", g.name, r, c, column, { given: shown(v), ...meanwhile });
      // said once: not "belum diisi" again, nor a rule's "isi juga …" beside it
      this.errorCells.add(errorKey(g.name, r, c));
    }
    return out;
  }

  /**
   * The `Ditolak` cell: Ya/Tidak, or a verifier's word ("Ditolak", "Tidak Lolos", "TMS", "Gugur"; "Lolos") read and
   * said. A value that is neither is an error, and the innovation is taken as rejected until it is fixed: the projections
   * do not count what cannot be confirmed to have passed (as an unreadable mandatory answer takes it out of the
   * verified projection); so is a formula there that failed or has no saved value. See docs/decisions.md.
   */
  private rejected(g: Grid, r: number, c: number | undefined): "yes" | "no" | undefined {
    if (c === undefined) return undefined;
    const column = PROFILE_COLUMNS.rejected.header;
    const v = this.cell(g, r, c, column, { rejected: 1 });
    if (isBlank(v)) {
      if (!this.formulaFailed(g.name, r, c)) return undefined;
      // a formula that failed or has no saved value cannot be read either: taken as rejected like an unreadable word,
      // its error says so (review19 F3)
      this.saysAlso(where(g.name, a1(r, c)), "innovation_rejected");
      return "yes";
    }
    const given = shown(v).trim();
    const k = matchLabel(YES_NO, given);
    if (k) return k;
    const word = rejectedByWord(given);
    if (word) {
      this.add("rejected_word_read", "info", g.name, r, c, column, { given, column, as: labelOf(YES_NO, word) });
      return word;
    }
    this.add("rejected_unreadable", "error", g.name, r, c, column, { given, column, allowed: allowedText(YES_NO), rejected: 1 });
    this.saysAlso(where(g.name, a1(r, c)), "innovation_rejected");
    return "yes";
  }

  /** An amount inside a message as its language writes it: 45.678.000 and 0,053 in Bahasa, 45,678,000 and 0.053 in English. */
  private decimal(n: number): string {
    return numberText(n, this.locale);
  }

  /** A measure's unit in the messages' language (the edition's English name where it gives one). */
  private unitOf(m: Indicator["measures"][number]): string {
    return unitIn(m, this.locale);
  }

  /** A message's `unit` and, in English where the edition names the unit, `unitOne`: its singular, after a 1. */
  private units(m: Indicator["measures"][number]): { unit: string; unitOne?: string } {
    return unitsIn(m, this.locale);
  }

  /**
   * A number inside the messages about which separator groups thousands (`number_ambiguous`, `count_grouped`), not
   * grouped: "1.234" is said to be read as 1234 (1.234 would only repeat what was typed); the decimal mark is the
   * language's.
   */
  private ungrouped(n: number): string {
    return this.locale === "id" ? decimalText(n) : String(n);
  }

  /**
   * Jumlah Kata Rancang Bangun: a count, or the narrative itself (pasted into the cell, or a "Rancang Bangun" column of
   * texts): its words counted, said at the cell (in a narrative column, once at its header instead). An unreadable
   * count's error says what it costs until fixed (taken as too few words).
   */
  private designWords(g: Grid, r: number, c: number | undefined): number | undefined {
    const column = PROFILE_COLUMNS.designWords.header;
    // the cell as stored: a formula's error is said once, by the count's own reading below; a row under the top of a
    // merged cell takes its text, as the reader's other cells do (it was "not a number" there, the narrative quoted whole)
    const stored = c === undefined ? null : cellAt(g, r, c);
    const v = stored === null && c !== undefined && g.merges ? this.merged(g, r, c) : stored;
    const n = narrativeWords(v);
    if (n === undefined) return this.integer(g, r, c, column, this.minWords === undefined ? undefined : { wordsUnder: this.minWords });
    const top = v !== stored && g.merges!.find((x) => x.col <= c! && c! < x.col + x.cols && x.row < r && r < x.row + x.rows);
    if (!this.designTextColumn || top) this.add("design_words_counted", "info", g.name, r, c!, column, { given: textStart(String(v)), count: n, from: top ? a1(top.row, top.col) : undefined });
    return n;
  }

  private integer(g: Grid, r: number, c: number | undefined, column: string, meanwhile?: Meanwhile): number | undefined {
    // a year refused says to write one year ("2026/2027": which one is not the reader's guess); the region's, that the
    // region is not scored until then; an innovation's, that it is taken as the Tahun Penilaian's
    if (column === SETTINGS_KEYS.year || column === PROFILE_COLUMNS.year.header) return this.parsed(g, r, c, column, (v) => this.yearOfDate(g, r, c!, column, v) ?? toYear(v), "not_an_integer", { ...meanwhile, oneYear: column === SETTINGS_KEYS.year ? 2 : 1 });
    const units = COUNT_UNITS[column];
    // the rule's minimum and the target as a regulation writes them ("minimal 1", "1 (satu) inovasi")
    const setting = column === SETTINGS_KEYS.ruleMin || column === SETTINGS_KEYS.target;
    return this.parsed(g, r, c, column, units ? (v) => toInteger(withoutUnit(setting ? atLeast(v) : v, units)) : toInteger, "not_an_integer", meanwhile);
  }

  /**
   * A date in a year cell (Excel shows 11/03/2026 under Tahun): its year, said with the date as the cell shows it (its
   * number format; a date typed as text as typed), and what to write. Undefined when the cell holds no date.
   */
  private yearOfDate(g: Grid, r: number, c: number, column: string, v: CellValue): number | undefined {
    const fmt = formatAt(g, r, c);
    const iso = dateInYearCell(v, fmt);
    if (!iso) return undefined;
    const year = Number(iso.slice(0, 4));
    // a date cell (a number, or the ISO date a host made of one) as its format shows it; without a format, an ISO date
    // as the messages write dates (the analyst typed it, or the host gave no format); other text as typed
    const cellDate = typeof v === "number" || /^\d{4}-\d{2}-\d{2}$/.test(String(v).trim());
    const given = cellDate ? (fmt && dateAsShown(iso, fmt, this.locale)) || readableDate(iso, this.locale, iso) : shown(v).trim();
    this.add("year_from_date", "warning", g.name, r, c, column, { given, typed: cellDate ? undefined : 1, year, column });
    return year;
  }

  /**
   * Jumlah Keikutsertaan: a count, or the entry named by its ordinal ("Ketiga", "ke-3": read as 3, said). A value that
   * cannot be read is taken as more entries than the edition allows until it is fixed — the verified projection does
   * not count what cannot be confirmed eligible, as an unreadable Jumlah Kata — and its error says so (audit22 F10).
   */
  private entries(g: Grid, r: number, c: number | undefined, max: number | undefined): number | undefined {
    if (c === undefined) return undefined;
    const column = PROFILE_COLUMNS.entries.header;
    const k = ordinalCount(cellAt(g, r, c));
    if (k !== undefined) {
      this.add("ordinal_read", "info", g.name, r, c, column, { given: shown(cellAt(g, r, c)).trim(), value: k });
      return k;
    }
    const n = this.integer(g, r, c, column, max === undefined ? undefined : { entriesOver: max });
    return n === undefined && max !== undefined && this.formulaFailed(g.name, r, c) ? max + 1 : n;
  }

  private number(g: Grid, r: number, c: number | undefined, column: string): number | undefined {
    const reading = this.parsed(g, r, c, column, readNumber, "not_a_number");
    if (reading?.other !== undefined) {
      const given = shown(cellAt(g, r, c!)).trim();
      this.add("number_ambiguous", "warning", g.name, r, c!, column, { given, value: this.ungrouped(reading.value), other: this.ungrouped(reading.other), otherText: decimalText(reading.other) });
    }
    return reading?.value;
  }

  private date(g: Grid, r: number, c: number | undefined, column: string): string | undefined {
    // a year alone not read says why (filled in by `monthDate`, before the error is added)
    const why: Meanwhile = {};
    return this.parsed(g, r, c, column, (v) => this.dayFirst(g.name, r, c!, column, v, toIsoDate(v), why) ?? this.monthDate(g, r, c!, column, v, why), "not_a_date", why);
  }

  /**
   * A text date with slashes is read day first ("03/11/2025" is 3 November). One that is no date so read but is month
   * first ("12/31/2024") says how it was read and the date it would be (`why.monthFirst`); one either reading allows is
   * kept, to be warned of when its sheet has such a month-first date ({@link Reader.dayFirstOut}, audit38 #4).
   */
  private dayFirst(sheet: string, r: number, c: number, column: string, v: CellValue, iso: string | undefined, why: Meanwhile): string | undefined {
    const m = typeof v === "string" ? /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(v) : null;
    if (!m) return iso;
    const [a, b] = [Number(m[1]), Number(m[2])];
    const swapped = toIsoDate(`${m[3]}-${a}-${b}`);
    if (!iso) {
      Object.assign(why, { slashes: 1, day: a, month: b });
      if (swapped) {
        Object.assign(why, { monthFirst: readableDate(swapped, this.locale, swapped), written: `${m[2]!.padStart(2, "0")}/${m[1]!.padStart(2, "0")}/${m[3]}`, iso: swapped });
        if (!this.monthFirstSeen.has(sheet)) this.monthFirstSeen.set(sheet, { given: shown(v).trim(), cell: a1(r, c) });
      }
    } else if (swapped && a !== b) this.eitherWay.push({ sheet, r, c, column, given: shown(v).trim(), iso, swapped });
    return iso;
  }

  /** Per sheet, its first text date that is month first (see {@link Reader.dayFirst}). */
  private monthFirstSeen = new Map<string, { given: string; cell: string }>();
  /** Text dates either order reads, read day first. */
  private eitherWay: { sheet: string; r: number; c: number; column: string; given: string; iso: string; swapped: string }[] = [];

  /**
   * A text date read day first on a sheet whose other text dates show month first: a warning at each, saying the other
   * reading (audit38 #4: "03/11/2025" read as 3 November beside "12/31/2024").
   */
  dayFirstOut(): void {
    for (const d of this.eitherWay) {
      const seen = this.monthFirstSeen.get(d.sheet);
      if (!seen) continue;
      const date = (x: string) => readableDate(x, this.locale, x);
      this.add("date_day_first", "warning", d.sheet, d.r, d.c, d.column, { given: d.given, date: date(d.iso), other: date(d.swapped), iso: d.swapped, seen: seen.given, at: seen.cell });
    }
    this.eitherWay = [];
  }

  /**
   * A month without its day, or a year alone ("2024", "Tahun 2024"), read as its first day where the day cannot change
   * eligibility (see `date-cells.ts`); a year not wholly inside the window is left to the date, `why` says so.
   */
  private monthDate(g: Grid, r: number, c: number, column: string, v: CellValue, why: Meanwhile): string | undefined {
    const w = this.window;
    if (!w) return undefined;
    const date = (d: string) => readableDate(d, this.locale, d);
    const y = yearOnly(v);
    const m = y === undefined ? toMonthYear(v) : undefined;
    const read = y !== undefined ? yearAsDate(y, w) : m && monthAsDate(m, w);
    if (!read) {
      if (y !== undefined) Object.assign(why, { yearOut: y, from: date(w.from), to: date(w.to) }, `${y}-12-31` < w.from || `${y}-01-01` > w.to ? {} : { part: 1 });
      return undefined;
    }
    this.add("month_read", "info", g.name, r, c, column, { given: shown(v), date: date(read.date), from: date(w.from), to: date(w.to), inside: read.inside ? 1 : 0, year: y });
    return read.date;
  }

  readSettings(): Settings {
    // an error: without it the region has no name, level or year, so nothing can be scored
    const g = this.sheet(SHEETS.settings);
    if (!g) return { values: {}, map: undefined };
    const wanted = new Map(Object.entries(SETTINGS_KEYS).map(([k, h]) => [normaliseHeader(h), k as SettingKey]));
    const values: Settings["values"] = {};
    const rows: Partial<Record<SettingKey, number>> = {};
    const valueCol: Partial<Record<SettingKey, number>> = {};
    g.cells.forEach((row, r) => {
      // the row's key as the hosts find Tahun Penilaian's value to load its format (format-columns.ts)
      const at = settingKeyOf(row);
      if (!at) return;
      const kc = at.col;
      const key = wanted.get(at.key);
      if (!key || rows[key] !== undefined) return;
      rows[key] = r;
      valueCol[key] = kc + 1;
      // a failed formula on the rule's minimum or the target says what is not checked meanwhile (read29)
      values[key] = { value: this.cell(g, r, kc + 1, SETTINGS_KEYS[key], key === "ruleMin" ? { ruleOff: 1 } : key === "target" ? { targetOff: 1 } : undefined), cell: a1(r, kc + 1) };
    });
    const map = { sheet: g.name, rows, valueCol };
    const compliance = this.complianceFrom(g, values, rows, valueCol);
    return { values, map, ...(compliance ? { compliance } : {}) };
  }

  private complianceFrom(g: Grid, v: Settings["values"], rows: Settings["map"] extends infer M ? M extends { rows: infer R } ? R : never : never, vc: Partial<Record<SettingKey, number>>): RegionInputData["compliance"] | undefined {
    // a minimum that cannot be read leaves the region without the rule: its error says so and what to write
    const min = rows.ruleMin !== undefined ? this.integer(g, rows.ruleMin, vc.ruleMin, SETTINGS_KEYS.ruleMin, { ruleOff: 1 }) : undefined;
    // a target that cannot be read is no target: its error says so (read29), as the minimum's does
    const target = rows.target !== undefined ? this.integer(g, rows.target, vc.target, SETTINGS_KEYS.target, { targetOff: 1 }) : undefined;
    // the rows that shape the rule, filled while there is no rule: said at their cells (the count target does not read them)
    if (!(min !== undefined && min >= 1) && !this.formulaFailed(g.name, rows.ruleMin ?? -1, vc.ruleMin)) {
      for (const key of ["ruleTypes", "ruleStages", "ruleForms"] as const) {
        const r = rows[key];
        const c = vc[key];
        if (r !== undefined && c !== undefined && !isBlank(cellAt(g, r, c))) this.add("rule_part_without_rule", "warning", g.name, r, c, SETTINGS_KEYS[key], { column: SETTINGS_KEYS[key], rule: SETTINGS_KEYS.ruleMin });
      }
    }
    if (min === undefined && target === undefined) return undefined;
    const rule = min !== undefined && min >= 1;
    const types = this.list(g, rows.ruleTypes, vc.ruleTypes, AGENCY_TYPE_LABELS, SETTINGS_KEYS.ruleTypes, rule);
    const stages = [...new Set(this.list(g, rows.ruleStages, vc.ruleStages, STAGE_LABELS, SETTINGS_KEYS.ruleStages, rule))];
    const forms = [...new Set(this.list(g, rows.ruleForms, vc.ruleForms, FORM_LABELS, SETTINGS_KEYS.ruleForms, rule))];
    const of = forms.length ? { id: ` ${forms.map((f) => FORM_WORDS.id[f]).join(" atau ")}`, en: ` ${forms.map((f) => FORM_WORDS.en[f]).join(" or ")}` } : { id: "", en: "" };
    void v;
    return {
      rules:
        rule
          ? [{
              id: "aturan-daerah",
              name: { id: `Setiap perangkat daerah wajib minimal ${min} inovasi${of.id}`, en: `Every agency must have at least ${min}${of.en} innovation${min === 1 ? "" : "s"}` },
              agencyTypes: types.length ? types : RULE_TYPES,
              minCount: min,
              ...(stages.length ? { countedStages: stages } : {}),
              ...(forms.length ? { countedForms: forms } : {}),
            }]
          : [],
      targets:
        target !== undefined && target >= 1
          ? [{ id: WORKBOOK_TARGET_ID, name: { id: `Target ${target} inovasi`, en: `Target of ${target} innovations` }, count: target }]
          : [],
    };
  }

  /**
   * A list of the rule's types, stages or forms. A part not known is an error that says, while `rule` is, what the rule
   * keeps meanwhile: the parts read, else what a blank cell gives (the default types; every stage or form).
   */
  private list<T extends string>(g: Grid, r: number | undefined, c: number | undefined, table: LabelTable<T>, column: string, rule: boolean): T[] {
    if (r === undefined || c === undefined) return [];
    const v = this.cell(g, r, c, column);
    if (isBlank(v)) return [];
    const out: T[] = [];
    const unknown: string[] = [];
    // "OPD; Kecamatan", "OPD, Kecamatan dan Kelurahan", "Uji Coba & Penerapan", "OPD/Kecamatan"
    for (const typed of shown(v).split(/[;,/&]|\s+dan\s+/i).map((x) => x.trim()).filter(Boolean)) {
      // "Semua OPD", "seluruh Kecamatan": every agency of the type, which is what a type in the rule says
      const part = typed.replace(/^(?:semua|seluruh|setiap|tiap|all)\s+/i, "");
      const k = matchLabel(table, part);
      if (k) out.push(k);
      else unknown.push(typed);
      // "Dinas" in the rule's types: the rule knows types only, and a dinas is an OPD like the inspectorate; said
      if (k === "opd" && (table as LabelTable<string>) === AGENCY_TYPE_LABELS && normaliseHeader(part) !== "opd")
        this.add("rule_types_widened", "warning", g.name, r, c, column, { given: part, as: AGENCY_TYPE_LABELS.opd[0], allowed: allowedText(AGENCY_TYPE_LABELS, this.locale) });
    }
    // a blank list's reading: the default types, every stage or form ("" says the row does not narrow the rule)
    const kept = rule ? [...new Set<string>(out.length ? out : (table as LabelTable<string>) === AGENCY_TYPE_LABELS ? RULE_TYPES : [])].map((k) => `"${table[k as T][0]}"`).join(", ") : undefined;
    for (const given of unknown) this.add("unknown_label", "error", g.name, r, c, column, { given, column, allowed: allowedText(table, this.locale), kept });
    return out;
  }

  resolveEdition(v: Settings["values"], opts: ReadOptions): Edition | undefined {
    const cell = v.edition;
    const named = cell && !isBlank(cell.value) ? shown(cell.value).trim() : undefined;
    const where = cell?.cell.match(/^([A-Z]+)(\d+)$/);
    const loc = (code: "edition_unknown" | "edition_mismatch" | "edition_by_year", severity: "error" | "warning" | "info", params: Record<string, string>) =>
      this.issues.push(sheetIssue(this.locale, code, severity, SHEETS.settings, where ? cell!.cell : undefined, SETTINGS_KEYS.edition, params));
    if (opts.edition) {
      if (named && normaliseHeader(named) !== normaliseHeader(opts.edition.id)) loc("edition_mismatch", "warning", { given: named, used: opts.edition.id });
      return opts.edition;
    }
    if (!named) return defaultEdition;
    const found = (opts.editions ?? getEdition)(named.toLowerCase()) ?? (opts.editions ?? getEdition)(named);
    if (found) return found;
    // "IGA 2026", "2026": the one shipped edition for that year, said (two for the year, or none: unknown, as before)
    const year = toYear(cell!.value);
    const ofYear = year === undefined ? [] : Object.values(editions).filter((e) => e.year === year);
    if (ofYear.length === 1) {
      loc("edition_by_year", "info", { given: named, used: ofYear[0]!.id, year: String(year) });
      return ofYear[0];
    }
    loc("edition_unknown", "error", { given: named, allowed: editionIds.map((x) => `"${x}"`).join(", ") });
    return undefined;
  }

  /**
   * The year trap: a `Tahun Penilaian` other than the IGA year of the edition that scores it (its `year`: bands, floor
   * and rules are that year's). Said at the Tahun Penilaian cell, naming where the edition came from (the Edisi Model
   * cell, the host's choice or the default) and the shipped edition for that year, if one is. A province model (not a
   * shipped edition) is the same case: its `year` is the year it assesses.
   */
  editionYear(edition: Edition, v: Settings["values"], opts: ReadOptions): void {
    const year = this.year;
    const at = v.year;
    if (year === undefined || !at || year === edition.year) return;
    const cell = v.edition?.cell;
    const source = opts.edition ? "chosen" : v.edition && !isBlank(v.edition.value) ? "cell" : "default";
    const fit = Object.values(editions).find((e) => e.year === year);
    const province = !isShippedEdition(edition.id);
    this.issues.push(sheetIssue(this.locale, "edition_year_mismatch", "warning", SHEETS.settings, at.cell, SETTINGS_KEYS.year, {
      year,
      used: edition.id,
      usedYear: edition.year,
      source,
      editionCell: cell ? where(SHEETS.settings, cell) : "",
      fit: fit?.id ?? "",
      // a projected or derived edition (iid-2027-projection) is no official one: said beside its name
      projected: fit?.caveat ? "1" : "",
      province: province ? "1" : "",
      shipped: Object.values(editions).map((e) => `${e.id} (${e.year})`).join(", "),
    }));
  }

  /**
   * Rows whose Tahun is not Tahun Penilaian while others are (the implementation year typed on some rows): the
   * region's rules and targets count the assessment year's innovations only, so each such row is said at its Tahun
   * cell. When no row has the assessment year the core's year trap says it once instead.
   */
  offYearRows(innovations: InnovationInput[], source: SourceMap, compliance: Settings["compliance"]): void {
    const year = this.year;
    const inv = source.innovations;
    if (year === undefined || !inv || inv.profile.year === undefined || !compliance || (compliance.rules?.length ?? 0) + (compliance.targets?.length ?? 0) === 0) return;
    if (!innovations.some((x) => x.year === year)) return;
    const g = findSheet(this.grids, inv.sheet)!;
    innovations.forEach((x, k) => {
      const r = inv.rows[k]!;
      if (x.year !== undefined && x.year !== year)
        this.add("innovation_year_other", "warning", g.name, r, layoutAt(inv, r).profile.year!, PROFILE_COLUMNS.year.header, { given: x.year, year, agency: x.agency });
    });
  }

  /**
   * Innovations given the listed agency's name because the two differ only by the region's own name (`asListed`): one
   * info per name typed, at its first cell, counting the other cells (read29). The list-number case is said on the list.
   */
  agenciesAsListed(changed: { at: number; typed: string; name: string }[], source: SourceMap, own: OwnRegion | undefined): void {
    const inv = source.innovations;
    if (!inv || inv.profile.agency === undefined) return;
    const byTyped = new Map<string, { at: number; name: string; more: number }>();
    for (const x of changed) {
      const had = byTyped.get(x.typed);
      if (had) had.more++;
      else byTyped.set(x.typed, { at: x.at, name: x.name, more: 0 });
    }
    for (const [given, x] of byTyped) this.add("agency_read_as_listed", "info", inv.sheet, inv.rows[x.at]!, layoutAt(inv, inv.rows[x.at]!).profile.agency!, PROFILE_COLUMNS.agency.header, { given, name: x.name, region: own?.name, more: x.more || undefined });
  }

  /** The region Pengaturan names, for agency names written with it (`asListed`); undefined without name or level. */
  ownRegion(v: Settings["values"]): OwnRegion | undefined {
    const name = v.regionName && toText(v.regionName.value);
    return name && this.level ? { name, level: this.level } : undefined;
  }

  region(v: Settings["values"], map: SourceMap["settings"]): RegionInputData["region"] | undefined {
    if (!map) return undefined;
    const g = findSheet(this.grids, SHEETS.settings)!;
    const at = (k: SettingKey) => [map.rows[k], map.valueCol[k]] as const;
    const name = v.regionName && toText(v.regionName.value);
    if (!name) this.requiredSetting(g, "regionName");
    const [lr, lc] = at("level");
    let level = lr !== undefined ? this.label(g, lr, lc, LEVEL_LABELS, SETTINGS_KEYS.level) : undefined;
    if (lr === undefined || (v.level && isBlank(v.level.value))) {
      // Tingkat left empty beside a name that says its level ("Kabupaten Bukit"): that level, said (audit34 F7: the
      // file was refused, and a province's recap left the region unscored, for a cell its name already answers)
      level = name ? levelInName(name) : undefined;
      if (level) this.issues.push(sheetIssue(this.locale, "level_from_name", "warning", g.name, lr !== undefined ? a1(lr, lc ?? 1) : undefined, SETTINGS_KEYS.level, { name, named: LEVEL_LABELS[level][0] }));
      else this.requiredSetting(g, "level", LEVEL_LABELS);
    }
    const [yr, yc] = at("year");
    const year = yr !== undefined ? this.integer(g, yr, yc, SETTINGS_KEYS.year) : undefined;
    if (yr === undefined || (v.year && isBlank(v.year.value))) this.requiredSetting(g, "year");
    const [rr, rc] = at("reported");
    const reported = rr !== undefined ? this.reported(g, rr, rc) : undefined;
    this.year = year;
    // a name that says another level than Tingkat ("Kabupaten Malang" with Tingkat Kota): one cell slip takes the
    // region out of last year's comparison and the list's check, so it is said at the Tingkat cell
    // (core's `levelInName`: the rule the year comparison and the province's list of regions take too)
    const named = name && level ? levelInName(name) : undefined;
    if (named && named !== level && lr !== undefined) {
      this.issues.push(sheetIssue(this.locale, "level_name_mismatch", "warning", g.name, a1(lr, lc ?? 1), SETTINGS_KEYS.level, { name, named: LEVEL_LABELS[named][0], given: LEVEL_LABELS[level!][0] }));
    }
    if (!name || !level || year === undefined) return undefined;
    return { name, level, year, ...(reported ? { reported: reported === "yes" } : {}) };
  }

  /**
   * The `Melapor` cell: Ya/Tidak, or a word for done or not yet as the Bukti column reads it ("Sudah" → Ya, "Belum" →
   * Tidak: EVIDENCE_WORDS' present and absent), said. A value that is neither, or a formula without a value, is an error
   * and the region is taken as not reporting until it is fixed (audit34 F3: it was counted as reporting), as an
   * unreadable Ditolak is taken as rejected.
   */
  private reported(g: Grid, r: number, c: number | undefined): "yes" | "no" | undefined {
    if (c === undefined) return undefined;
    const column = SETTINGS_KEYS.reported;
    const v = this.cell(g, r, c, column, { notReported: 1 });
    if (isBlank(v)) return this.formulaFailed(g.name, r, c) ? "no" : undefined;
    const given = shown(v).trim();
    const k = matchLabel(YES_NO, given);
    if (k) return k;
    const word = matchLabel(EVIDENCE_WORDS, given);
    if (word === "pending" || word === "missing") {
      const as = word === "pending" ? "yes" : "no";
      this.add("rejected_word_read", "info", g.name, r, c, column, { given, column, as: labelOf(YES_NO, as) });
      return as;
    }
    this.add("unknown_label", "error", g.name, r, c, column, { given, column, allowed: allowedText(YES_NO), notReported: 1 });
    return "no";
  }

  private requiredSetting<T extends string>(g: Grid, key: SettingKey, choices?: LabelTable<T>) {
    const m = this.issues;
    const r = findSettingRow(g, SETTINGS_KEYS[key]);
    if (r !== undefined && [...this.errorCells].some((k) => k.startsWith(errorKey(g.name, r, "")))) return; // reported as a formula error
    const allowed = choices ? allowedText(choices, this.locale) : undefined;
    m.push(sheetIssue(this.locale, "required", "error", g.name, r !== undefined ? a1(r, 1) : undefined, SETTINGS_KEYS[key], { column: SETTINGS_KEYS[key], allowed }));
  }

  readAgencies(source: SourceMap, edition: Edition, own?: OwnRegion): RegionInputData["agencies"] | undefined {
    const g = this.said("agencies", true);
    if (!g) return undefined;
    // the template's headers, or their rewordings ("Nama Perangkat Daerah", "Nama OPD", "Jenis PD"), said as read
    const found = findHeaderRow(g, AGENCY_HEADERS.name) ?? rewordedHeaderRow(g, AGENCY_HEADER_WORDS.name);
    if (!found) {
      this.noAgencyHeader(g);
      return undefined;
    }
    const h = this.header(g, AGENCY_HEADERS.name, found);
    if (!h) return undefined;
    const nc = this.agencyColumn(g, h, "name", new Set())!;
    let tc = this.agencyColumn(g, h, "type", new Set([nc]));
    // "Kategori" whose cells are agency types is the Jenis column, said (read29); under another heading it is named
    const category = tc === undefined ? h.cells.find((x) => x.col !== nc && AGENCY_TYPE_BY_CELLS.includes(headerKey(x.text)) && typeColumn(g, h.row, x.col)) : undefined;
    if (category) {
      tc = category.col;
      this.add("column_read_as", "info", g.name, h.row, tc, AGENCY_HEADERS.type, { given: category.text, column: AGENCY_HEADERS.type, byCells: 1 });
    }
    if (tc === undefined) {
      // a column whose cells are agency types under another heading ("Kategori") is named; meanwhile every agency stays
      // listed, as the type its name begins with or Lainnya, as a blank Jenis is read (audit27 C3)
      const near = h.cells.find((x) => x.col !== nc && typeColumn(g, h.row, x.col));
      this.issues.push(sheetIssue(this.locale, "column_missing", "error", g.name, a1(h.row, near ? near.col : h.lastCol + 1), AGENCY_HEADERS.type, { column: AGENCY_HEADERS.type, near: near?.text, meanwhile: AGENCY_TYPE_LABELS.lainnya[0] }));
    }
    const out: NonNullable<RegionInputData["agencies"]> = [];
    const rows: number[] = [];
    // every agency's row, a duplicate's too (its message names its row and the first's), and each name's first
    const listed: number[] = [];
    const firsts = new Map<string, number>();
    const duplicates: { name: string; at: number; first: number }[] = [];
    const totals = totalsRows(g);
    let named = 0;
    const summed: { r: number; c: number; word: string }[] = [];
    for (let r = h.row + 1; r < g.cells.length; r++) {
      if (totals.has(r)) continue;
      if (rowBlank(g, r, [nc, ...(tc !== undefined ? [tc] : [])])) continue;
      // a "JUMLAH" / "TOTAL" row typed under the list: a sum, not an agency (said once, with the others)
      const total = agencyTotal(g, r, nc, tc);
      if (total) { summed.push({ r, ...total }); continue; }
      const name = this.agencyName(g, r, nc);
      if (name) named++;
      const typed = tc !== undefined ? this.cell(g, r, tc, AGENCY_HEADERS.type) : null;
      let type = isBlank(typed) ? undefined : matchLabel(AGENCY_TYPE_LABELS, shown(typed));
      if (!name) {
        if (!isBlank(typed) && !type) this.label(g, r, tc, AGENCY_TYPE_LABELS, AGENCY_HEADERS.type);
        this.add("required", "error", g.name, r, nc, AGENCY_HEADERS.name, { column: AGENCY_HEADERS.name });
        continue;
      }
      if (tc !== undefined && isBlank(typed) && !this.formulaFailed(g.name, r, tc)) {
        // kept in the list (its innovations are not "unknown agencies", and a rule may still find it short): as the
        // type its name begins with ("Dinas …", "Kecamatan …"), else Lainnya, and the message says which (audit27 C3)
        type = typeInName(name, edition);
        const as = AGENCY_TYPE_LABELS[type ?? "lainnya"][0];
        this.add("agency_type_blank", "error", g.name, r, tc, AGENCY_HEADERS.type, { agency: name, as, ...(type ? { word: name.trim().split(/\s+/)[0] } : { allowed: allowedText(AGENCY_TYPE_LABELS, this.locale) }) });
        type ??= "lainnya";
      } else if (tc !== undefined && isBlank(typed)) this.add("required", "error", g.name, r, tc, AGENCY_HEADERS.type, { column: AGENCY_HEADERS.type });
      if (tc === undefined) type = typeInName(name, edition) ?? "lainnya";
      if (!isBlank(typed) && !type) {
        // kept in the list (its innovations are not "unknown agencies"), as Lainnya, and the message says what that costs
        this.add("unknown_agency_type", "error", g.name, r, tc!, AGENCY_HEADERS.type, { given: shown(typed), agency: name, allowed: allowedText(AGENCY_TYPE_LABELS, this.locale), as: AGENCY_TYPE_LABELS.lainnya[0] });
        type = "lainnya";
      }
      if (!type) continue;
      listed.push(r);
      const first = firsts.get(agencyNameKey(name));
      if (first !== undefined) { duplicates.push({ name, at: listed.length - 1, first }); continue; }
      firsts.set(agencyNameKey(name), listed.length - 1);
      out.push({ name, type });
      rows.push(r);
    }
    const cols = { name: nc, ...(tc !== undefined ? { type: tc } : {}) };
    source.agencies = { sheet: g.name, rows, cols, headerRow: h.row };
    this.agencyRowsNamed = named;
    this.listedAgencies = out.length ? listedAgencyMatcher(out, own) : undefined;
    this.totalsSkipped(g, h, summed, AGENCY_HEADERS.name, { agency: 1 });
    this.hiddenRowsRead(g, rows, nc, AGENCY_HEADERS.name, "agency");
    this.duplicateAgencies(duplicates, { ...source, agencies: { sheet: g.name, rows: listed, cols } });
    return out;
  }

  /**
   * The totals rows a list's reader skipped (the innovations', the agencies': audit33), said once at the first one's
   * totals word, under its column's header as typed (`header` when that column has none).
   */
  private totalsSkipped(g: Grid, h: HeaderRow, summed: { r: number; c: number; word: string }[], header: string, params: Issue["params"] = {}): void {
    const s = summed[0];
    if (s) this.add("totals_row_skipped", "info", g.name, s.r, s.c, h.cells.find((x) => x.col === s.c)?.text ?? header, { given: s.word, rows: rowsText(summed.map((x) => x.r)), count: summed.length, ...params });
  }

  /** How many rows of the Perangkat Daerah sheet name an agency (undefined: the sheet was not read). */
  private agencyRowsNamed: number | undefined;
  /** The listed agency a name names, as the Perangkat Daerah column is matched (a heading naming one, see readInnovations). */
  private listedAgencies: ((typed: string) => string | undefined) | undefined;

  /** A Perangkat Daerah column by its template header, else a rewording of it (`AGENCY_HEADER_WORDS`, said as read). */
  private agencyColumn(g: Grid, h: HeaderRow, role: "name" | "type", taken: ReadonlySet<number>): number | undefined {
    const header = AGENCY_HEADERS[role];
    const hit = columnNamed(h.cells, [header, ...AGENCY_HEADER_WORDS[role]], taken);
    if (hit && headerKey(hit.text) !== headerKey(header)) this.add("column_read_as", "info", g.name, h.row, hit.col, header, { given: hit.text, column: header });
    return hit?.col;
  }

  /**
   * No Nama column on the Perangkat Daerah sheet (by its header or a rewording): the region is not scored, and the
   * error names the row taken for the header row and what it holds, so the analyst sees which heading to rename.
   */
  private noAgencyHeader(g: Grid): void {
    const r = g.cells.slice(0, 10).findIndex((row) => (row ?? []).some((v) => !isBlank(v ?? null)));
    const cells = r < 0 ? [] : headerRow(g, r).cells;
    const seen = cells.slice(0, 8).map((x) => `"${x.text}"`).join(", ") + (cells.length > 8 ? ", …" : "");
    this.issues.push(sheetIssue(this.locale, "column_missing", "error", g.name, r < 0 ? undefined : a1(r, cells[0]!.col), AGENCY_HEADERS.name, { column: AGENCY_HEADERS.name, ...(r < 0 ? {} : { seen, row: r + 1 }) }));
  }

  /**
   * A Perangkat Daerah sheet that lists no agency (its header row and nothing named under it): the innovations'
   * agencies cannot be checked against it, and a rule over agencies cannot be judged — said once under the header,
   * with how many agencies the Inovasi sheet names; the core's `compliance_rule_no_agencies` is that message there.
   * Not said when nothing depends on the list (no innovation names an agency, no rule: a blank template).
   */
  emptyAgencyList(innovations: InnovationInput[] | undefined, source: SourceMap, rules: number): void {
    const a = source.agencies;
    if (!a || a.headerRow === undefined || this.agencyRowsNamed !== 0) return;
    const names: string[] = [];
    const seen = new Set<string>();
    for (const x of innovations ?? []) {
      const k = agencyNameKey(x.agency ?? "");
      if (k && !seen.has(k)) { seen.add(k); names.push(x.agency!); }
    }
    // nothing to check it against and no rule over it (a blank template): an empty list costs nothing, so no word
    if (!names.length && !rules) return;
    const cell = a1(a.headerRow + 1, a.cols.name ?? 0);
    this.issues.push(sheetIssue(this.locale, "agencies_none", "warning", a.sheet, cell, AGENCY_HEADERS.name, { named: names.length, examples: names.slice(0, 3).map((n) => `"${n}"`).join(", "), rules }));
    this.saysAlso(where(a.sheet, cell), "compliance_rule_no_agencies");
  }

  /**
   * An agency's name on the list, without a list number in front ("1. Dinas Kesehatan", "01 - …": no name begins so),
   * said at the cell (an info): the Inovasi sheet names the agency without it (audit27 d6).
   */
  private agencyName(g: Grid, r: number, c: number): string | undefined {
    const typed = toText(this.cell(g, r, c, AGENCY_HEADERS.name));
    const numbered = typed === undefined ? undefined : listNumber(typed);
    if (!numbered) return typed;
    this.add("agency_list_number", "info", g.name, r, c, AGENCY_HEADERS.name, { given: typed, number: numbered.number, name: numbered.name });
    return numbered.name;
  }

  /**
   * An agency listed again (the same name, as the core compares names) is the same agency: said once
   * (`duplicate_agency`, the core's message, at its row and naming the first), and not passed on, so that it is counted
   * once — passed on, the core's rule check found the second entry with none of the agency's innovations ("Dinas
   * Kesehatan memiliki 0 inovasi") and listed it among the non-compliant agencies (audit22 F7).
   */
  private duplicateAgencies(duplicates: { name: string; at: number; first: number }[], listed: SourceMap): void {
    for (const d of duplicates) {
      const i: Issue = { code: "duplicate_agency", severity: "warning", path: ["agencies", d.at], params: { given: d.name, first: d.first }, refs: [["agencies", d.first]] };
      this.issues.push(locateIssue(i, listed, this.locale));
    }
  }

  /**
   * Other visible sheets laid out like Inovasi (a "Nama Inovasi" header with names under it: a copied sheet, one
   * sheet per agency): only the Inovasi sheet is scored, so each is named with how many innovations it holds.
   */
  strayInnovationSheets(): void {
    // (none when the Inovasi sheet is missing, or more than one sheet could be it: that error names them)
    const main = this.innovationSheet;
    if (!main) return;
    const anchor = PROFILE_COLUMNS.name.header;
    for (const g of Object.values(this.grids)) {
      if (g === main || g.hidden) continue;
      const h = findHeaderRow(g, anchor);
      if (!h) continue;
      const c = col(h, anchor)!;
      let n = 0;
      for (let r = h.row + 1; r < g.cells.length; r++) if (!isBlank(cellAt(g, r, c))) n++;
      if (n > 0) this.add("sheet_not_read", "warning", g.name, h.row, c, anchor, { sheet: g.name, count: n, main: main.name, column: anchor, ...(main.hidden ? { hidden: 1 } : {}) });
    }
  }

  /** Visible sheets laid out as SPD beside the SPD sheet read ("SPD 2026"): named, with their rows, as not read. */
  straySpdSheets(): void {
    const t = this.taken.spd;
    for (const { grid: g, rows } of t.notRead ?? []) {
      const h = spdHeaderRow(g)!;
      const id = spdColumn(h, "id")!;
      this.add("sheet_not_read", "warning", g.name, h.row, id.col, id.text, { sheet: g.name, count: rows, main: t.grid!.name, column: id.text });
    }
  }

  readInnovations(edition: Edition, source: SourceMap): InnovationInput[] | undefined {
    this.window = edition.eligibility.window ?? undefined;
    this.minWords = edition.eligibility.minDesignWords?.value ?? undefined;
    this.maxEntries = edition.eligibility.maxEntries?.value ?? undefined;
    const g = (this.innovationSheet = this.said("innovations", true));
    if (!g) return undefined;
    const top = this.header(g, PROFILE_COLUMNS.name.header, findHeaderRow(g, PROFILE_COLUMNS.name.header) ?? rewordedHeaderRow(g, PROFILE_HEADER_WORDS.name!));
    if (!top) return undefined;
    // "Jawaban" | "Bukti" under a merged indicator heading: read into the header row, the row skipped
    const numbers = knownNumbers(edition, top.cells.map((x) => x.text));
    const sid = indicatorsOf(edition, "SID");
    // the output columns a scored copy has: what a header's row under holds there is the tool's note, not a sub-header
    const outputCols = new Set(top.cells.filter((x) => isOutputHeader(x.text, numbers)).map((x) => x.col));
    const sub = withSubHeader(g, top, numbers, false, outputCols);
    const h = sub?.h ?? top;
    if (sub) this.add("sub_header_read", "info", g.name, sub.row, sub.example.col, sub.example.as, { given: sub.example.given, as: sub.example.as, row: top.row + 1 });
    let missingRequired = false;
    const fields = Object.entries(PROFILE_COLUMNS) as [ProfileField, (typeof PROFILE_COLUMNS)[ProfileField]][];
    // the template's headers first, then the rewordings (header-words.ts) among the columns left: as the hosts find
    // the columns whose formats they load (format-columns.ts)
    const { cols: profile, reworded } = profileColumns(h);
    const taken = new Set(Object.values(profile));
    for (const [f, spec] of fields) {
      const as = reworded[f];
      if (as !== undefined) this.add("column_read_as", "info", g.name, h.row, profile[f]!, spec.header, { given: as, column: spec.header });
      else if (profile[f] === undefined && spec.required) {
        missingRequired = true;
        this.issues.push(sheetIssue(this.locale, "column_missing", "error", g.name, a1(h.row, h.lastCol + 1), spec.header, { column: spec.header }));
      }
    }
    // no Jumlah Kata column, but a "Rancang Bangun" column holding the narrative itself: its words are counted (a
    // number beside them is a count; with no narrative in it, the column is only named, read12a)
    this.designTextColumn = false;
    if (profile.designWords === undefined) {
      const hit = h.cells.find((x) => !taken.has(x.col) && DESIGN_TEXT_HEADERS.has(headerKey(x.text)));
      const rows = hit ? g.cells.slice(h.row + 1).map((row) => row[hit.col] ?? null).filter((v) => !isBlank(v)) : [];
      if (hit && rows.length && rows.some((v) => narrativeWords(v) !== undefined)) {
        profile.designWords = hit.col;
        taken.add(hit.col);
        this.designTextColumn = true;
        const at = h.row + 1 + g.cells.slice(h.row + 1).findIndex((row) => narrativeWords(row[hit.col] ?? null) !== undefined);
        this.add("design_text_column", "info", g.name, h.row, hit.col, hit.text, { given: hit.text, column: PROFILE_COLUMNS.designWords.header, at: a1(at, hit.col), count: narrativeWords(cellAt(g, at, hit.col))! });
      }
    }
    // indicator columns, by the number in their header
    const byNumber = new Map(sid.map((i) => [i.number.toLowerCase(), i]));
    const indicators: Record<string, Partial<Record<IndicatorRole, number>>> = {};
    let lastInputCol = -1;
    // an indicator's points column of another edition (a province model scored with before) is output too
    // (numbered as that model numbers them, "Skor P1 Klaim", when the sheet has that indicator's evidence column)
    const known = knownNumbers(edition, h.cells.map((x) => x.text));
    const isOutput = (text: string) => isOutputHeader(text, known);
    // headers read as nothing: named where a column the edition depends on is absent ("mungkin maksudnya …")
    const unread: { col: number; text: string }[] = [];
    // each indicator's columns by role, more than one when two headers have its number ("1. Tautan Dokumen")
    const found: Record<string, Partial<Record<IndicatorRole, ColumnCandidate[]>>> = {};
    const hiddenCols = new Set(g.hiddenCols);
    let baseByNumber: Map<string, Indicator> | undefined;
    for (const { col: c, text } of h.cells) {
      if (isOutput(text)) continue;
      lastInputCol = Math.max(lastInputCol, c);
      const p = taken.has(c) ? undefined : parseIndicatorHeader(text, known);
      if (!p) {
        if (!taken.has(c)) unread.push({ col: c, text });
        continue;
      }
      const ind = byNumber.get(p.number);
      if (!ind) {
        // an indicator the model removed from its base ({ "id": "SID-19", "$remove": true }): said so, not "no match"
        const removed = (baseByNumber ??= removedFromBase(edition)).get(p.number);
        const why = removed ? { removed: removed.id, base: edition.derivedFrom } : {};
        this.add("column_unknown_indicator", "warning", g.name, h.row, c, text, { column: text, edition: edition.id, ...why });
        continue;
      }
      const slot = ((found[ind.id] ??= {})[p.role] ??= []);
      // the same header twice is column_duplicate's (said by this.header): the one it names is kept
      const same = slot.findIndex((x) => normaliseHeader(x.text) === normaliseHeader(text));
      if (same < 0) slot.push({ col: c, text, hidden: hiddenCols.has(c) });
      else if (h.columns.get(normaliseHeader(text)) === c) slot[same] = { col: c, text, hidden: hiddenCols.has(c) };
    }
    for (const [id, roles] of Object.entries(found))
      for (const [role, cands] of Object.entries(roles) as [IndicatorRole, ColumnCandidate[]][])
        (indicators[id] ??= {})[role] = this.columnChosen(g, h.row, sid.find((i) => i.id === id)!, role, cands);
    const byNames: { ind: Indicator; col: number; text: string }[] = [];
    for (const ind of sid) {
      if (indicators[ind.id]?.answer !== undefined) continue;
      // headed with its name without the number's stop ("Kualitas inovasi (video)", "20 Kualitas inovasi"), or short
      // ("Regulasi", "1"): that column
      const byName = this.answerColumnByName(ind, unread, sid, g, h.row);
      if (!byName) continue;
      (indicators[ind.id] ??= {}).answer = byName.col;
      unread.splice(unread.indexOf(byName), 1);
      byNames.push({ ind, ...byName });
      this.add("column_read_as", "info", g.name, h.row, byName.col, byName.text, { given: byName.text, column: indicatorHeaders(ind)[0]!.header });
    }
    const absent = this.absentColumns(g, h, edition, profile, indicators, sid, unread);
    this.missingAnswerColumns(g, h, edition, indicators, sid, unread);
    const rows: number[] = [];
    // the blocks under a header repeated in another column order, read with that header's layout (see row-layout.ts)
    const blocks: LayoutBlock[] = [];
    // the rows under the header row holding a header's text, not an innovation (see SheetLayout.headerRows)
    const headerRows: number[] = [];
    const map: NonNullable<SourceMap["innovations"]> = { sheet: g.name, headerRow: h.row, rows, profile, indicators, blocks, headerRows, lastInputCol, lastRow: lastFilledRow(g) };
    source.innovations = map;
    if (missingRequired) return undefined;

    const inputCols = h.cells.filter((x) => !isOutput(x.text)).map((x) => x.col);
    const out: InnovationInput[] = [];
    const totals = totalsRows(g);
    const seen = new Map<string, number>();
    const nearby = new NearDuplicates();
    const headings = g.merges && new Map(g.merges.filter((x) => x.rows === 1 && x.cols >= 3).map((x) => [x.row, x] as const));
    const answerColsOf = (l: RowLayout) => Object.values(l.indicators).flatMap((x) => [x.answer, x.measure].filter((c): c is number => c !== undefined));
    const answerCols = answerColsOf(map);
    // the layout the rows are read with (the header row's, or a block's since its header), and its answer columns
    let layout: RowLayout = map;
    let layoutAnswers = answerCols;
    const readWith = (r: number, l: RowLayout) => {
      if (l === layout) return;
      blocks.push({ row: r, profile: l.profile, indicators: l.indicators });
      layout = l;
      layoutAnswers = l === map ? answerCols : answerColsOf(l);
    };
    const repeated: number[] = [];
    const reordered: { r: number; moves: ReturnType<typeof headerMoves>; own: boolean; twoRows: boolean }[] = [];
    // the sub-header row of a header in two rows repeated lower down (read into it, as the top one's)
    let blockSub = -1;
    const prefilled: number[] = [];
    // the rows read as innovations, those refused too (a Tahapan not known): the rows under a reordered header
    const tried: number[] = [];
    const summed: { r: number; c: number; word: string }[] = [];
    // titles over part of the list, and the one naming a year after Tahun Penilaian whose rows are set aside (`aside`)
    const titles: { r: number; c: number; text: string; lone: boolean; year: number | undefined; aside: number[] }[] = [];
    let section: (typeof titles)[number] | undefined;
    // a listed agency's name as a heading over its innovations ("DINAS KESEHATAN" alone in the row, or merged across):
    // the rows under it with Perangkat Daerah blank take it, as rows under an agency merged down take that (`group`)
    const groups: { r: number; c: number; text: string; agency: string; merged: boolean; took: number[] }[] = [];
    let group: (typeof groups)[number] | undefined;
    let grouped = false; // a row under `group` was read: a blank, totals or header row now ends it
    const firstCol = Math.min(...inputCols);
    // a text alone in the name cell, read as a title by its words or by the header repeated under it
    const loneTitle = (r: number, t: ReturnType<typeof loneText>) => {
      if (!t || t.c !== layout.profile.name) return undefined;
      if (readsAsTitle(t.text)) return t;
      let k = r + 1;
      while (k < g.cells.length && (totals.has(k) || rowBlank(g, k, inputCols))) k++;
      return k < g.cells.length && isRepeatedHeader(g, k, h, profile) ? t : undefined;
    };
    let firstData = true;
    const notRead: number[] = [];
    for (let r = h.row + 1; r < g.cells.length; r++) {
      if (totals.has(r) || rowBlank(g, r, inputCols)) {
        if (grouped) group = undefined;
        continue;
      }
      // the "(1) (2) (3) …" row under the header of a government form numbers the columns: it is not an innovation
      if (r === sub?.row || r === blockSub) { headerRows.push(r); continue; }
      if (r === h.row + 1 + (sub ? 1 : 0) && isColumnNumbering(g.cells[r] ?? [], inputCols)) { headerRows.push(r); continue; }
      // a "JUMLAH" / "TOTAL" row typed under the list: a sum, not an innovation (said once, with the others)
      const total = totalsWord(g, r, layout.profile, inputCols, layoutAnswers);
      if (total) { summed.push({ r, ...total }); if (grouped) group = undefined; continue; }
      // a heading merged across the row ("DINAS KESEHATAN" over A:N) between groups of innovations, or a title alone in
      // the name cell over part of the list ("Usulan inovasi tahun 2027" under the table): not an innovation. A title
      // naming a year opens that year's part: after Tahun Penilaian, its rows of that year are set aside (below)
      const merged = headings?.get(r) !== undefined && isMergedHeading(g, r, inputCols, headings!);
      const alone = merged ? undefined : loneText(g.cells[r] ?? [], inputCols);
      // a heading naming a listed agency, in the name column or the first (merged across: its first cell)
      const ac = merged ? headings!.get(r)!.col : alone && (alone.c === layout.profile.name || alone.c === firstCol) ? alone.c : undefined;
      const agency = ac === undefined ? undefined : headingAgency(merged ? shown(cellAt(g, r, ac)).trim() : alone!.text, this.listedAgencies);
      if (agency) {
        group = { r, c: ac!, text: merged ? shown(cellAt(g, r, ac!)).trim() : alone!.text, agency, merged, took: [] };
        groups.push(group);
        grouped = false;
        notRead.push(r);
        continue;
      }
      const lone = merged ? undefined : loneTitle(r, alone);
      if (merged || lone) {
        group = undefined;
        const c = merged ? headings!.get(r)!.col : lone!.c;
        const text = merged ? shown(cellAt(g, r, c)).trim() : lone!.text;
        const title = { r, c, text, lone: lone !== undefined, year: titleYear(text), aside: [] };
        titles.push(title);
        notRead.push(r); // not a row for the plan's new innovations either
        if (title.year !== undefined) {
          // a title naming a year ends the later year's part above it
          const open = section && map.laterYear?.[map.laterYear.length - 1];
          if (open) open.until = r;
          section = this.assessed !== undefined && title.year > this.assessed ? title : undefined;
        }
        if (section === title) (map.laterYear ??= []).push({ row: r, col: c, year: title.year!, assessed: this.assessed!, rows: title.aside });
        continue;
      }
      // the header again (a table pasted twice), an explanation under the header, defaults waiting for an innovation
      const topRow = firstData;
      firstData = false;
      if (isRepeatedHeader(g, r, h, profile)) {
        headerRows.push(r);
        if (grouped) group = undefined;
        // pasted with its columns in another order: said at the row, with the rows read below it (skippedRows)
        // the rows below it read with its own layout when its columns are the header row's in another order. Under
        // a header in two rows, a repeated one is read joined with its row under as the top one is (that row then
        // skipped, not an innovation), so both compare column for column; one whose row under is not such a row is
        // compared by its profile columns only, and read with its own layout only when it heads every column itself
        const joined = sub ? withSubHeader(g, headerRow(g, r), numbers, true, outputCols) : undefined;
        if (joined) blockSub = joined.row;
        const cells = joined?.cells;
        const moves = headerMoves(g, r, h, isOutput, sub !== undefined && !joined, cells);
        const own = moves.length ? blockLayout(g, r, h, isOutput, map, cells) : undefined;
        if (moves.length) reordered.push({ r, moves, own: own !== undefined, twoRows: sub !== undefined && !joined });
        else repeated.push(r);
        readWith(r, own ?? map);
        continue;
      }
      if (topRow && isExplanationRow(g, r, profile)) { headerRows.push(r); this.add("explanation_row_skipped", "info", g.name, r, profile.name!, PROFILE_COLUMNS.name.header, {}); continue; }
      if (isPrefilledOnly(g, r, layout.profile, layoutAnswers)) { prefilled.push(r); continue; }
      if (group) grouped = true;
      // under a title naming a later year: its innovations (Tahun blank or that year) are next year's, not scored now
      if (section) {
        const yc = layout.profile.year;
        const own = yc === undefined ? null : cellAt(g, r, yc);
        if (isBlank(own) || yearIn(own, formatAt(g, r, yc!)) === section.year) { section.aside.push(r); notRead.push(r); continue; }
      }
      tried.push(r);
      const nc = layout.profile.name!;
      const inv = this.innovationRow(g, r, layout.profile, layout.indicators, sid, group);
      if (!inv) { notRead.push(r); continue; }
      if (absent.length) inv.leftOut = [...(inv.leftOut ?? []), ...absent];
      // the same innovation twice (a row copied twice, "Kartu Ramah-Kesehatan" beside "Kartu Ramah Kesehatan (KRK)"):
      // both are scored as given, the second is named; the same name under another agency is named too (see
      // `duplicateKey`); the name normalised once, for both the key and its words
      const words = nameWords(inv.name);
      const key = duplicateKey(inv.name, words);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, out.length);
        // a name a letter off an earlier one's of the same agency, or holding it with every answer the same: said too
        const near = nearby.add(out.length, duplicateKey(inv.agency), key, words);
        if (near) {
          const other = out[near.first]!;
          this.add("innovation_near_duplicate", "warning", g.name, r, nc, PROFILE_COLUMNS.name.header, { given: inv.name, agency: inv.agency, other: other.name, used: a1(rows[near.first]!, layoutAt(map, rows[near.first]!).profile.name!), why: near.why, same: sameAnswers(other, inv) ? 1 : 0 });
        }
      } else {
        const before = out[first]!;
        const used = a1(rows[first]!, layoutAt(map, rows[first]!).profile.name!);
        if (duplicateKey(before.agency) === duplicateKey(inv.agency))
          this.add("innovation_duplicate", "warning", g.name, r, nc, PROFILE_COLUMNS.name.header, { given: inv.name, agency: inv.agency, used });
        else
          this.add("innovation_same_name", "warning", g.name, r, nc, PROFILE_COLUMNS.name.header, { given: inv.name, agency: inv.agency, other: before.name, otherAgency: before.agency, used });
      }
      out.push(inv);
      rows.push(r);
    }
    this.reorderedHeaders(g, h, reordered, tried, repeated, sub?.row);
    this.skippedRows(g, h, profile, repeated, prefilled, summed);
    for (const t of titles) {
      const header = h.cells.find((x) => x.col === t.c)?.text ?? PROFILE_COLUMNS.name.header;
      if (t.aside.length) this.add("section_year_later", "warning", g.name, t.r, t.c, header, { given: t.text, row: t.r + 1, year: t.year, assessed: this.assessed, count: t.aside.length, rows: rowsText(t.aside), ...(profile.year !== undefined ? { tahun: 1 } : {}) });
      else if (t.lone) this.add("section_title_skipped", "info", g.name, t.r, t.c, header, { given: t.text, row: t.r + 1 });
    }
    // an agency heading: said once, with the rows that took its agency (merged across and taken by none: silent, as before)
    for (const x of groups) {
      if (x.merged && !x.took.length) continue;
      const header = h.cells.find((y) => y.col === x.c)?.text ?? PROFILE_COLUMNS.name.header;
      this.add("agency_heading_read", "info", g.name, x.r, x.c, header, { given: x.text, row: x.r + 1, agency: x.agency, count: x.took.length, rows: rowsText(x.took) });
    }
    this.hiddenRowsRead(g, rows, profile.name!, PROFILE_COLUMNS.name.header, "innovation");
    if (!blocks.length) delete map.blocks;
    if (!headerRows.length) delete map.headerRows;
    // where the plan's steps may not write (a new row over a totals row, an emptied row through a merged agency cell)
    const totalRows = [...totals].filter((r) => r > h.row).concat(summed.map((x) => x.r)).sort((a, b) => a - b);
    if (totalRows.length) map.totalsRows = totalRows;
    if (notRead.length) map.unreadRows = notRead;
    const merges = g.merges?.filter((x) => x.rows > 1 && x.row + x.rows - 1 > h.row);
    if (merges?.length) map.merges = merges;
    this.tierDigitColumns(g, h, map, sid, rows);
    // a percentage headed short without "%" ("Pengaduan"): a bare 12 is 12 % or 12 complaints; both said (read27)
    for (const x of byNames) {
      const d = countOrShare(g, rows, map.blocks ? (r) => layoutAt(map, r).indicators[x.ind.id]!.answer! : x.col, x.text, x.ind);
      const m = x.ind.measures[0]!;
      if (d) this.add("column_unsure", "warning", g.name, h.row, x.col, x.text, { role: "share", given: x.text, column: indicatorHeaders(x.ind)[0]!.header, at: where(g.name, a1(d.r, layoutAt(map, d.r).indicators[x.ind.id]!.answer!)), value: this.decimal(d.value), tier: tierOf(m, d.value), count: d.count, measure: m.name[this.locale] });
    }
    return out;
  }

  /**
   * The column read for an indicator's role among those headed with its number (`cands`, in sheet order): one, or
   * {@link chooseColumn}'s choice, each other said at the later of the two headers (an error when which one is meant
   * is a guess).
   */
  private columnChosen(g: Grid, hr: number, ind: Indicator, role: IndicatorRole, cands: ColumnCandidate[]): number {
    if (cands.length === 1) return cands[0]!.col;
    const firstDiff = (a: number, b: number) => {
      for (let r = hr + 1; r < g.cells.length; r++) if (shown(cellAt(g, r, a)) !== shown(cellAt(g, r, b))) return r;
      return undefined;
    };
    const { col: used, dropped } = chooseColumn(cands, (a, b) => firstDiff(a, b) !== undefined);
    const u = cands.find((x) => x.col === used)!;
    const letter = (c: number) => a1(hr, c).replace(/\d+$/, "");
    for (const d of dropped) {
      const r = d.why === "differs" ? firstDiff(used, d.col)! : undefined;
      const params = {
        column: d.text, at: letter(d.col), used: letter(used), usedText: u.text, indicator: ind.number, role, why: d.why,
        ...(d.word ? { word: d.word } : {}), ...(d.hidden ? { hidden: 1 } : {}), ...(u.hidden ? { usedHidden: 1 } : {}),
        ...(r !== undefined ? { row: r + 1, value: shown(cellAt(g, r, d.col)), usedValue: shown(cellAt(g, r, used)) } : {}),
      };
      const severity = d.why === "differs" ? "error" : d.why === "links" ? "info" : "warning";
      this.add("column_twice", severity, g.name, hr, Math.max(d.col, used), d.col > used ? d.text : u.text, params);
    }
    return used;
  }

  /**
   * Measured indicators' answer columns holding only numbers that may be tiers ({@link tierDigitsDoubt}): read as the
   * amounts they are, the doubt said once per column at its header, with both readings and what to write instead; in
   * the other columns, a row answered in tier numbers ({@link rowTierDigits}) said once at its first such cell.
   */
  private tierDigitColumns(g: Grid, h: HeaderRow, map: SheetLayout, sid: Indicator[], rows: number[]): void {
    // each row's columns: the header row's, or its block's (see row-layout.ts)
    const colsAt = (r: number) => layoutAt(map, r).indicators;
    const measureAt = (ind: Indicator, r: number) => {
      const mc = colsAt(r)[ind.id]?.measure;
      const b = mc !== undefined ? cellAt(g, r, mc) : null;
      return isBlank(b) ? (ind.measures.length === 1 ? ind.measures[0] : undefined) : this.measureNamed(ind, shown(b));
    };
    const option = (ind: Indicator, n: number) => sheetOption(ind.options.find((o) => o.tier === n)!, this.locale);
    const doubted = new Set<string>();
    const inAmounts = new Map<number, boolean>();
    const rowInAmount = (r: number) => inAmounts.get(r) ?? inAmounts.set(r, rowInAmounts(g, r, sid, colsAt(r), measureAt)).get(r)!;
    for (const ind of sid) {
      const c = map.indicators[ind.id]?.answer;
      if (c === undefined || ind.measures.length === 0) continue;
      const at = map.blocks ? (r: number) => colsAt(r)[ind.id]!.answer! : c;
      const d = tierDigitsDoubt(g, rows, at, ind, (r) => measureAt(ind, r), rowInAmount);
      if (!d) continue;
      doubted.add(ind.id);
      const given = h.cells.find((x) => x.col === c)!.text;
      this.add("column_unsure", "warning", g.name, h.row, c, given, { role: "measured", given, at: where(g.name, a1(d.r, typeof at === "number" ? at : at(d.r))), value: this.decimal(d.value), indicator: ind.id, ...this.units(d.measure), tier: d.tier, option: option(ind, d.value) });
    }
    for (const r of rows) {
      const t = rowTierDigits(g, r, sid, colsAt(r), measureAt, doubted);
      if (!t) continue;
      const { tiered, doubt: d } = t;
      this.add("row_tier_digits", "warning", g.name, r, d.c, this.fieldsOf(d.ind).answer, { tieredAt: where(g.name, a1(r, tiered.c)), tiered: tiered.n, tieredIndicator: tiered.ind.id, value: this.decimal(d.value), indicator: d.ind.id, ...this.units(d.measure), tier: d.tier, option: option(d.ind, d.value), others: t.others });
    }
  }

  /**
   * The one unread header naming an indicator by its name (its number, when there, the indicator's), else the one
   * naming it alone by its number or a shortened name ({@link headingNames}: "1", "Regulasi"), or undefined.
   */
  private answerColumnByName(ind: Indicator, unread: { col: number; text: string }[], sid: Indicator[], g: Grid, headerRow: number): { col: number; text: string } | undefined {
    const hits = unread.filter((x) => namesInFull(x.text, ind));
    if (hits.length === 1) return hits[0];
    const short = unread.filter((x) => { const n = headingNames(x.text, sid); return n.length === 1 && n[0] === ind; });
    if (short.length === 0) return undefined;
    // a short heading over a column of something else ("Anggaran" in rupiah, "Video" holding links): not taken, said
    // once at its heading by missingAnswerColumns; of two ("1" over row numbers, "Regulasi"), the one over answers
    const held = short.map((x) => ({ ...x, ...holdsAnswers(g, headerRow, x.col, ind) }));
    const ok = held.filter((x) => x.ok);
    if (ok.length === 1) return short[held.indexOf(ok[0]!)];
    if (short.length === 1) this.shortRefused.set(ind.id, held[0]!);
    return undefined;
  }

  /**
   * Indicators whose answer column the header row does not have, each said: at an unread heading that may be it (one
   * naming it among others, "Layanan", or sharing a word of its name) with "mungkin maksudnya …?", else past the last
   * header. A mandatory one (the edition requiring them) is an error: no innovation counts in the verified projection,
   * said once here (its "belum dijawab" at every row is left out by {@link locateIssues}).
   */
  private missingAnswerColumns(g: Grid, h: HeaderRow, edition: Edition, indicators: Record<string, Partial<Record<IndicatorRole, number>>>, sid: Indicator[], unread: { col: number; text: string }[]): void {
    for (const ind of sid) {
      if (indicators[ind.id]?.answer !== undefined) continue;
      const header = indicatorHeaders(ind)[0]!.header;
      const refused = this.shortRefused.get(ind.id);
      const near = refused ?? unread.find((x) => headingNear(x.text, ind, sid));
      const mandatory = ind.mandatory && edition.eligibility.mandatoryRequired;
      this.issues.push(sheetIssue(this.locale, "indicator_column_missing", mandatory ? "error" : "warning", g.name, a1(h.row, near ? near.col : h.lastCol + 1), header, { indicator: ind.id, column: header, name: ind.name[this.locale], mandatory: mandatory ? 1 : 0, near: near?.text, ...(refused ? { refused: refused.refused, filled: refused.filled } : {}) }));
    }
  }

  /** One note each for the header rows repeated and the rows of defaults only that {@link Reader.readInnovations} skipped. */
  private skippedRows(g: Grid, h: HeaderRow, profile: Partial<Record<ProfileField, number>>, repeated: number[], prefilled: number[], summed: { r: number; c: number; word: string }[]): void {
    const nc = profile.name!;
    if (repeated.length) this.add("header_row_repeated", "info", g.name, repeated[0]!, nc, PROFILE_COLUMNS.name.header, { rows: rowsText(repeated), count: repeated.length });
    this.totalsSkipped(g, h, summed, PROFILE_COLUMNS.name.header);
    if (prefilled.length) {
      // the headers of the columns the defaults are in, as typed
      const filled = h.cells.filter((x) => prefilled.some((r) => !isBlank(cellAt(g, r, x.col)))).map((x) => `"${x.text}"`);
      const columns = filled.length > 4 ? `${filled.slice(0, 4).join(", ")}, …` : filled.join(", ");
      this.add("prefilled_rows_skipped", "info", g.name, prefilled[0]!, nc, PROFILE_COLUMNS.name.header, { count: prefilled.length, rows: rowsText(prefilled), columns });
    }
  }

  /**
   * Header rows repeated with their columns in another order (`reordered`: a block pasted from an agency's file, Bentuk
   * before Tahapan), each said at its first moved cell, naming the columns that differ from the header row's and the
   * rows read below it (`rows`, up to the next header row). The same columns in another order (`own`): those rows were
   * read with this row's layout, an info. Else (a column added, missing or twice; a header in two rows, `twoRows`) an
   * error: they were read with the header row's columns — their values in the wrong fields, the errors on them caused
   * by this row. A row with no row read below it only repeats the header: added to `repeated`, said with the others.
   */
  private reorderedHeaders(g: Grid, h: HeaderRow, reordered: { r: number; moves: { col: number; text: string; was?: string }[]; own: boolean; twoRows: boolean }[], rows: number[], repeated: number[], subRow: number | undefined): void {
    const letter = (c: number) => a1(0, c).replace(/\d+$/, "");
    const list = <T,>(xs: T[], f: (x: T) => string) => (xs.length > 4 ? `${xs.slice(0, 4).map(f).join(", ")}, …` : xs.map(f).join(", "));
    const headers = [...repeated, ...reordered.map((x) => x.r)].sort((a, b) => a - b);
    for (const { r, moves, own, twoRows } of reordered) {
      const next = headers.find((x) => x > r) ?? Infinity;
      const below = rows.filter((x) => x > r && x < next);
      if (below.length === 0) {
        repeated.push(r);
        continue;
      }
      const was = moves.filter((m) => m.was !== undefined);
      this.add(own ? "header_row_own_order" : "header_row_reordered", own ? "info" : "error", g.name, r, moves[0]!.col, moves[0]!.text, {
        row: r + 1, top: h.row + 1, rows: rowsText(below), count: below.length,
        moved: list(moves, (m) => `${letter(m.col)} "${m.text}"`),
        was: was.length ? list(was, (m) => `${letter(m.col)} "${m.was}"`) : undefined,
        // under a header in two rows, one whose row under is not read as sub-headers: that row and the top's named
        ...(own || !twoRows ? {} : { twoRows: 1, under: r + 2, subRow: subRow! + 1 }),
      });
    }
    repeated.sort((a, b) => a - b);
  }

  /**
   * Columns the edition reads that the header row does not have (under any of their names), each said once at the
   * header row with what its absence costs and any unread header sharing a word with it; the profile fields among them
   * are left out of every row (the scorer does not say "belum diisi" at each row again).
   */
  private absentColumns(
    g: Grid,
    h: HeaderRow,
    edition: Edition,
    profile: Partial<Record<ProfileField, number>>,
    indicators: Record<string, Partial<Record<IndicatorRole, number>>>,
    sid: Indicator[],
    unread: { col: number; text: string }[],
  ): ProfileField[] {
    const rules = edition.eligibility;
    const at = h.lastCol + 1;
    const hint = (names: readonly string[]) =>
      unread.filter((x) => sharedWords(x.text, names)).slice(0, 3).map((x) => `"${x.text}" (${a1(h.row, x.col)})`).join(", ") || undefined;
    const left: ProfileField[] = [];
    const absent = (f: ProfileField, cost: string, n?: number) => {
      const header = PROFILE_COLUMNS[f].header;
      this.add("column_absent", "warning", g.name, h.row, at, header, { column: header, cost, n, hint: hint([header, ...(PROFILE_HEADER_WORDS[f] ?? []), ...(PROFILE_HEADER_HINTS[f] ?? [])]) });
      // the fields whose absence the scorer would say at every row
      if (cost === "designWords" || cost === "dates") left.push(f);
    };
    if (profile.rejected === undefined) absent("rejected", "rejected");
    const minWords = rules.minDesignWords?.value ?? null;
    if (profile.designWords === undefined && minWords !== null) absent("designWords", "designWords", minWords);
    const maxEntries = rules.maxEntries?.value ?? null;
    if (profile.entries === undefined && maxEntries !== null) absent("entries", "entries", maxEntries);
    if (rules.window && profile.implementationDate === undefined) absent("implementationDate", profile.trialDate === undefined ? "dates" : "implementationDate");
    // an indicator answered without its evidence column: every answer's evidence reads as Menunggu
    const noEvidence = sid.filter((i) => indicators[i.id]?.answer !== undefined && indicators[i.id]!.evidence === undefined);
    if (noEvidence.length) {
      const numbers = noEvidence.map((i) => i.number);
      const header = indicatorHeaders(noEvidence[0]!).find((x) => x.role === "evidence")!.header;
      // `all`: every one's number, for the recap's figure flaws (the message: the first column, the numbers as ranges)
      this.add("evidence_column_missing", "warning", g.name, h.row, indicators[noEvidence[0]!.id]!.answer!, header, { indicators: numberRanges(numbers), column: header, all: numbers.join(), hint: hint(["bukti", "verifikasi"]) });
    }
    return left;
  }

  private innovationRow(
    g: Grid,
    r: number,
    p: Partial<Record<ProfileField, number>>,
    cols: Record<string, Partial<Record<IndicatorRole, number>>>,
    sid: Indicator[],
    heading?: { agency: string; took: number[] },
  ): InnovationInput | undefined {
    const P = PROFILE_COLUMNS;
    const mark = this.issues.length;
    const req = (f: ProfileField): string | undefined => {
      const t = toText(this.cell(g, r, p[f]!, P[f].header));
      if (!t) this.add("required", "error", g.name, r, p[f]!, P[f].header, { column: P[f].header });
      return t;
    };
    const name = req("name");
    // under a heading naming a listed agency, a blank Perangkat Daerah is that agency (said once at the heading); a
    // cell whose formula failed is not blank: its error stands
    const fromHeading = heading !== undefined && !toText(this.cell(g, r, p.agency!, P.agency.header)) && !this.formulaFailed(g.name, r, p.agency);
    if (fromHeading) heading.took.push(r);
    const agency = fromHeading ? heading.agency : req("agency");
    const urusan = req("urusan");
    const stageCell = this.cell(g, r, p.stage!, P.stage.header);
    // "Penerapan (2024)": the stage, its year said beside the date the scoring reads; a year still to come, not read
    const withYear = typeof stageCell === "string" && !matchLabel(STAGE_LABELS, stageCell) ? stageAndYear(stageCell) : undefined;
    const yearStage = withYear && matchLabel(STAGE_LABELS, withYear.stage);
    const future = yearStage && this.assessed !== undefined && withYear.year > this.assessed;
    if (future) this.add("stage_year_future", "error", g.name, r, p.stage!, P.stage.header, { given: stageCell as string, year: withYear.year, assessed: this.assessed, allowed: allowedText(STAGE_LABELS) });
    const stage = future ? undefined : yearStage || this.label(g, r, p.stage, STAGE_LABELS, P.stage.header);
    if (isBlank(stageCell)) this.add("required", "error", g.name, r, p.stage!, P.stage.header, { column: P.stage.header, allowed: allowedText(STAGE_LABELS) });
    const form = this.label(g, r, p.form, FORM_LABELS, P.form.header);
    const kind = this.label(g, r, p.kind, KIND_LABELS, P.kind.header);
    const initiator = this.label(g, r, p.initiator, INITIATOR_LABELS, P.initiator.header);
    const related = p.relatedUrusan !== undefined ? toText(this.cell(g, r, p.relatedUrusan, P.relatedUrusan.header)) : undefined;
    const year = this.integer(g, r, p.year, P.year.header);
    const dates = this.issues.length;
    const trialDate = this.date(g, r, p.trialDate, P.trialDate.header);
    const implementationDate = this.date(g, r, p.implementationDate, P.implementationDate.header);
    if (this.window && this.issues.length > dates) {
      const cells = (["trialDate", "implementationDate"] as const).flatMap((f) => (p[f] !== undefined ? [a1(r, p[f]!)] : []));
      sayDateRefused(this.issues, dates, cells, [{ column: P.implementationDate.header, date: implementationDate }, { column: P.trialDate.header, date: trialDate }], this.locale);
    }
    this.datesOutOfOrder(g, r, p, trialDate, implementationDate);
    if (yearStage && stage) {
      const f = stage === "penerapan" ? "implementationDate" : stage === "uji_coba" ? "trialDate" : undefined;
      const date = f && (f === "trialDate" ? trialDate : implementationDate);
      const same = date !== undefined && Number(date.slice(0, 4)) === withYear.year;
      this.add("stage_year_read", f && !same ? "warning" : "info", g.name, r, p.stage!, P.stage.header, {
        given: stageCell as string, stage: STAGE_LABELS[stage][0], year: withYear.year, column: f && P[f].header, date: date && readableDate(date, this.locale, date), same: same ? 1 : 0,
      });
    }
    // what an unreadable count costs until fixed (taken as too few words, too many entries), said at its cell
    const designWords = this.designWords(g, r, p.designWords);
    const entries = this.entries(g, r, p.entries, this.maxEntries);
    const rejected = this.rejected(g, r, p.rejected);
    const answers: Record<string, AnswerInput> = {};
    for (const ind of sid) {
      const a = this.answer(g, r, ind, cols[ind.id] ?? {});
      if (a) answers[ind.id] = a;
    }
    if (!name || !agency || !urusan || !stage) {
      const cells = (["name", "agency", "urusan", "stage"] as const).flatMap((f) => (p[f] !== undefined ? [a1(r, p[f]!)] : []));
      const first = sayRowLeftOut(this.issues, mark, g.name, cells, this.locale);
      if (first) {
        const at = where(g.name, first);
        this.leftOutRows.push(at);
        if (agency) (this.rowsLeftOut[normaliseHeader(agency)] ??= []).push(at);
      }
      return undefined;
    }
    // a value whose formula failed was reported at its cell: listed as left out, the scorer does not report its
    // absence again ("SID-20 belum dijawab", "tanggal penerapan belum diisi" beside the formula error)
    const leftOut = [
      ...LEFT_OUT_FIELDS.filter((f) => this.formulaFailed(g.name, r, p[f])),
      ...sid.filter((ind) => answers[ind.id] === undefined && this.formulaFailed(g.name, r, cols[ind.id]?.answer)).map((ind) => `answers.${ind.id}`),
    ];
    return {
      name,
      agency,
      stage,
      urusan,
      ...(form ? { form } : {}),
      ...(kind ? { kind } : {}),
      ...(initiator ? { initiator } : {}),
      relatedUrusan: related ? related.split(/[;\n\r]+/).map((x) => x.trim()).filter(Boolean) : [],
      ...(year !== undefined ? { year } : {}),
      ...(trialDate ? { trialDate } : {}),
      ...(implementationDate ? { implementationDate } : {}),
      ...(designWords !== undefined ? { designWords } : {}),
      ...(entries !== undefined ? { entries } : {}),
      rejected: rejected === "yes",
      answers,
      ...(leftOut.length ? { leftOut } : {}),
    };
  }

  /** A trial date after the implementation date, both whole dates: warned at the trial's cell (see date-order.ts). */
  private datesOutOfOrder(g: Grid, r: number, p: Partial<Record<ProfileField, number>>, trial: string | undefined, applied: string | undefined): void {
    const late = trialAfterImplementation(g, r, p.trialDate, p.implementationDate, trial, applied);
    if (!late) return;
    const date = (d: string) => readableDate(d, this.locale, d);
    this.add("trial_after_implementation", "warning", g.name, r, p.trialDate!, PROFILE_COLUMNS.trialDate.header, { trial: date(trial!), applied: date(applied!), trialCell: late.trialCell, appliedCell: late.appliedCell });
  }

  /** One indicator's answer from its cells (shared by the Inovasi and SPD sheets). */
  answer(g: Grid, r: number, ind: Indicator, c: Partial<Record<IndicatorRole, number>>): AnswerInput | undefined {
    const f = this.fieldsOf(ind);
    const evidenceField = f.evidence;
    const v = c.answer !== undefined ? this.cell(g, r, c.answer, f.answer) : null;
    const ev = c.evidence !== undefined ? this.cell(g, r, c.evidence, evidenceField) : null;
    const basis = c.measure !== undefined ? this.cell(g, r, c.measure, f.measure) : null;
    if (isBlank(v)) {
      // (an answer whose formula failed is reported as such: its evidence is not "without an answer")
      if (!isBlank(ev) && c.answer !== undefined && !this.formulaFailed(g.name, r, c.answer)) this.add("evidence_without_answer", "warning", g.name, r, c.evidence!, evidenceField, { given: shown(ev), indicator: ind.id });
      return undefined;
    }
    const a: AnswerInput = {};
    let evidence: AnswerInput["evidence"] = "pending";
    if (!isBlank(ev)) evidence = this.evidence(g, r, c.evidence!, shown(ev), evidenceField);
    const text = shown(v).trim();
    const key = normaliseHeader(text);
    const isOption = this.optionLabels(ind).has(key);
    // a number cell as it is (no reading object per cell: a province has millions); text through readNumber
    let n: number | undefined;
    let other: number | undefined;
    if (!isOption) {
      if (typeof v === "number") n = Number.isFinite(v) ? asShown(v) : undefined;
      else if (!percentWithoutPercentMeasure(ind, text)) ({ value: n, other } = readNumber(v) ?? { value: undefined });
    }
    // a label with the invisible characters text pasted from the web or Word carries ("Elektronik\u200b"), which the
    // core, comparing labels as typed, would not know: without them (read31; a key shorter than the text has them, or
    // had spaces collapsed — one comparison per cell, the text scanned only then)
    let option = isOption && key.length !== text.length ? withoutInvisible(text) : text;
    let byUnit: Indicator["measures"][number] | undefined;
    if (!isOption && n === undefined) {
      // an option label typed loosely ("51-90 %", ">= 0,9 poin"), or a value with its unit ("25 orang")
      const loose = looseOption(ind, text);
      // "Tingkat 2", "II", a range as the options print it ("11-30", ">30"): the one option it names, said
      const form = loose === undefined ? optionByForm(ind, text, isBlank(basis) ? undefined : this.measureNamed(ind, shown(basis))) : undefined;
      if (loose !== undefined) option = loose;
      else if (form) {
        option = form.label.id;
        this.add("option_form_read", "info", g.name, r, c.answer!, f.answer, { given: text, option: sheetOption(form, this.locale), tier: form.tier });
      } else if (ind.measures.length > 0) {
        const named = isBlank(basis) ? undefined : this.measureNamed(ind, shown(basis));
        const u: ReturnType<typeof valueWithUnit> = valueWithUnit(ind, text, named) ?? partOfWhole(ind, text, named);
        if (u) ({ reading: { value: n, other }, measure: byUnit } = u);
        const into = byUnit ?? named ?? ind.measures[0]!;
        // working days read as days: no source says which the edition counts, so said as a warning with the tier
        // a converted value as read, to four decimals at most (24,1 jam is 1,0041666… days: 1,0042)
        const read = u && { given: text, value: this.decimal(Math.round(n! * 1e4) / 1e4), ...this.units(into) };
        if (u?.workingDays) this.add("working_days_read", "warning", g.name, r, c.answer!, f.answer, { ...read!, tier: tierOf(into, n!) });
        else if (u?.hours) this.add("hours_read", "warning", g.name, r, c.answer!, f.answer, { ...read!, tier: tierOf(into, n!) });
        else if (u?.from) this.add("unit_converted", "info", g.name, r, c.answer!, f.answer, read!);
      }
      // an option as analysts name it: "C" for "C atau D", "Perbup" for the Perkada, "Visi dan Misi"
      if (loose === undefined && !form && n === undefined) {
        option = this.optionNamed(g, r, c.answer!, ind, text, f.answer);
        const at = where(g.name, a1(r, c.answer!));
        const options = this.ambiguous[at];
        // two options it could mean, one of which the core reads it as by its capitals ("SK" for SID-8's "SK Kepala
        // Daerah", whose agency head's letter is tier 2): said here, left out of the scorer, not scored until chosen
        if (options && resolveAnswer(ind, { option: text, evidence: "pending" }).tier > 0) {
          delete this.ambiguous[at];
          this.add("option_ambiguous", "error", g.name, r, c.answer!, f.answer, { given: text, indicator: ind.id, options: namedOptions(options, this.locale), mandatory: ind.mandatory && ind.aspect === "SID" ? 1 : 0 });
          this.errorCells.add(errorKey(g.name, r, c.answer!));
          return undefined;
        }
      }
    }
    if (!isOption && typeof v === "string" && ind.measures.length > 1 && !isBlank(basis) && this.unitOtherMeasure(g, r, c, ind, text, shown(basis), f)) {
      n = undefined;
      option = text;
    }
    // a none word no option reading took ("Tidak ada", "Belum pernah", "tidak ada pengaduan"): tier 0 as 0 gives, or
    // the indicator's one option that says none (SID-14's "≤ 50 % atau tidak ada"); a dash tier 0 always; said (audit34 F2)
    const word = !isOption && n === undefined && option === text && !this.ambiguous[where(g.name, a1(r, c.answer!))] ? noneWord(text) : null;
    const none = word === "blank" ? 0 : word ? noneReading(ind) : null;
    if (none === 0) {
      this.noneWord(g, r, c.answer!, ind, text, f.answer);
      a.tier = 0;
    } else if (n === undefined) {
      if (none) {
        option = none.label.id;
        this.noneOption(g, r, c.answer!, ind, text, none, f.answer);
      }
      a.option = option;
    } else if (ind.measures.length > 0 && !(this.numbersAreTiers && (typeof v === "number" || BARE_NUMBER.test(text)))) {
      a.value = n;
      let chosen: Indicator["measures"][number] | undefined = ind.measures.length === 1 ? ind.measures[0] : byUnit;
      let byDefinition: ReturnType<typeof readingByDefinition>;
      if (byUnit) a.measure = byUnit.id;
      if (!isBlank(basis)) {
        const m = this.measureNamed(ind, shown(basis));
        if (m) { a.measure = m.id; chosen = m; }
        else {
          // with several bases the value cannot be scored without one (tier 0): said, and what it costs a mandatory indicator
          const unscored = ind.measures.length > 1 && !byUnit;
          this.add("unknown_measure_label", "error", g.name, r, c.measure!, f.measure, {
            given: shown(basis),
            indicator: ind.id,
            allowed: ind.measures.map((x) => `"${x.name.id}"`).join(", "),
            unscored: unscored ? 1 : 0,
            mandatory: unscored && ind.mandatory && ind.aspect === "SID" ? 1 : 0,
          });
          this.saysAlso(where(g.name, a1(r, c.measure!)), "measure_required");
        }
      }
      if (!chosen && isBlank(basis) && ind.measures.length > 1 && typeof v === "string" && /%|persen|percent/i.test(text)) this.percentTyped[where(g.name, a1(r, c.measure ?? c.answer!))] = text;
      // Excel keeps a typed 95 % as 0.95 with a percent format: a measure in percent takes the percentage shown
      const inPercent = chosen ? chosen.unit === "%" : ind.measures.every((x) => x.unit === "%");
      const percentCell = typeof v === "number" && isPercentFormat(formatAt(g, r, c.answer!));
      if (percentCell && inPercent) a.value = percentOf(n);
      else if (percentCell && !(chosen && isPointsMeasure(chosen))) {
        // a count or an index in a percent cell (the column formatted for its percent rows): 80 typed shows "80%" and
        // is stored 0,8; the Petunjuk promises the value as shown, so 80, said at the cell. The cell cannot tell 84
        // typed from 0,84 typed (0,84 bulan is an answer too): where the two readings score apart, a warning with both.
        // Where one reading cannot be (72,5 typed before the format: IPM 7250; 0,25 orang), the other, said why
        const shownValue = percentOf(n);
        const [tier, otherTier] = chosen ? [tierOf(chosen, shownValue), tierOf(chosen, n)] : [];
        const shownBad = chosen && impossibleFor(chosen, shownValue);
        const storedImpossible = chosen && impossibleFor(chosen, n);
        const storedBad = shownBad ? undefined : storedImpossible;
        const p = { given: this.decimal(n), shown: this.decimal(shownValue), ...(chosen && this.units(chosen)) };
        const why = (b: Impossible) => ({ why: b.why, max: b.why === "above" ? this.decimal(b.max) : undefined });
        if (shownBad && !storedImpossible) this.add("percent_cell_stored", "info", g.name, r, c.answer!, f.answer, { ...p, tier: otherTier, ...why(shownBad) });
        else a.value = shownValue;
        if (storedBad) this.add("percent_cell_shown", "info", g.name, r, c.answer!, f.answer, { ...p, tier, ...why(storedBad) });
        else if (!shownBad || a.value === shownValue) {
          const doubt = tier !== otherTier;
          this.add("percent_cell_shown", doubt ? "warning" : "info", g.name, r, c.answer!, f.answer, { ...p, ...(doubt ? { tier, otherTier } : {}) });
        }
      }
      if (percentCell && chosen && isPointsMeasure(chosen)) {
        // 0,4 typed in a "0.0%" cell is kept as 0.004: the points shown are the ones meant, most likely; both said, a
        // warning only where the two readings reach different tiers (95 % shown, 0,95 stored: tier 3 either way)
        a.value = percentOf(n);
        const [tier, otherTier] = [tierOf(chosen, a.value), tierOf(chosen, n)];
        this.add("percent_cell_points", tier === otherTier ? "info" : "warning", g.name, r, c.answer!, f.answer, { given: this.decimal(n), shown: this.decimal(a.value), ...this.units(chosen), tier, otherTier });
      } else if (other !== undefined && chosen && isCountMeasure(chosen)) {
        // "1,250 orang": a count is whole, so the grouped reading (the larger) is the only one; said, not asked
        const whole = Math.abs(other) > Math.abs(n) ? other : n;
        a.value = whole;
        this.add("count_grouped", "info", g.name, r, c.answer!, f.answer, { given: text, value: this.ungrouped(whole), ...this.units(chosen), separator: text.includes(",") ? "," : "." });
      } else if (other !== undefined && chosen && (byDefinition = readingByDefinition(chosen, n, other))) {
        // "72.500" for the IPM (0–100 by its definition): 72500 cannot be, so 72,5; a warning, as "7.250" (72,50
        // mistyped?) is read 7,25 by the same rule and only the analyst can tell (review19 F2)
        const { take, drop } = byDefinition;
        a.value = take;
        this.add("number_other_impossible", "warning", g.name, r, c.answer!, f.answer, { given: text, value: this.ungrouped(take), other: this.ungrouped(drop), ...this.units(chosen), tier: tierOf(chosen, take), why: "above", max: this.decimal(chosen.maximum!.value) });
      } else if (other !== undefined) {
        // "1.234": 1234 by the Indonesian grouping, 1.234 to someone who writes a decimal point; ask, do not guess silently
        this.add("number_ambiguous", "warning", g.name, r, c.answer!, f.answer, { given: text, value: this.ungrouped(n), other: this.ungrouped(other), otherText: decimalText(other) });
      } else if (!percentCell && n > 0 && (n < 1 || (n === 1 && !/%|persen|percent/i.test(text))) && (chosen ? isShareMeasure(chosen) && tierOf(chosen, n) !== tierOf(chosen, percentOf(n)) : ind.measures.every(isShareMeasure))) {
        // 0,943 in a share of 0–100 %: a ratio formula without the percent format, most likely; say how it is read
        // (where both readings reach the same tier, as 0,05 % and 5 % do, the warning would change nothing: not said).
        // A bare 1 too (a ratio of all, 100 % pasted as a value: audit36), read as typed but not silently; "1 %" is not asked
        this.add("percent_as_fraction", "warning", g.name, r, c.answer!, f.answer, { ...typedOr(v, text, this.decimal(n)), percent: this.decimal(percentOf(n)), ...(chosen ? { tier: tierOf(chosen, n), otherTier: tierOf(chosen, percentOf(n)) } : {}) });
      } else if (!percentCell && chosen?.unit === "%" && n !== 0 && Math.abs(n) < 1 && !/%|persen|percent/i.test(text) && tierOf(chosen, n) !== tierOf(chosen, percentOf(n))) {
        // 0,053 in a growth or rate in percent (not a share): 0,053 % or a ratio for 5,3 %; both readings and their
        // tiers said where they differ, the value kept as typed
        this.add("percent_as_fraction", "warning", g.name, r, c.answer!, f.answer, { ...typedOr(v, text, this.decimal(n)), percent: this.decimal(percentOf(n)), tier: tierOf(chosen, n), otherTier: tierOf(chosen, percentOf(n)) });
      } else if (!percentCell && chosen && scaleFraction(chosen, n)) {
        // 0,7123 for the IPM (0–100 by its edition's maximum): the HDI's 0–1 form, most likely; both readings said
        this.add("percent_as_fraction", "warning", g.name, r, c.answer!, f.answer, { ...typedOr(v, text, this.decimal(n)), percent: this.decimal(percentOf(n)), tier: tierOf(chosen, n), otherTier: tierOf(chosen, percentOf(n)), ...this.units(chosen), measure: chosen.name[this.locale], max: this.decimal(chosen.maximum!.value) });
      }
      if (!percentCell && chosen && isCountMeasure(chosen) && !Number.isInteger(a.value)) {
        // "1,5 kali": a count is whole, whatever tier the fraction reaches; read as typed, said (review19)
        this.add("count_fraction", "warning", g.name, r, c.answer!, f.answer, { given: text, value: this.decimal(a.value), unit: this.unitOf(chosen), tier: tierOf(chosen, a.value) });
      }
      const bound = chosen && plausibleBound(chosen);
      if (bound !== undefined && Math.abs(a.value) > bound)
        this.add("implausible_value", "warning", g.name, r, c.answer!, f.answer, { value: this.decimal(a.value), ...this.units(chosen!), measure: chosen!.name[this.locale], bound: this.decimal(bound), tier: tierOf(chosen!, a.value), defined: chosen!.maximum ? 1 : undefined });
    } else if (!Number.isInteger(n)) {
      // a fraction is no tier ("78,5" for the policy quality index): given as the option typed, so that the core names
      // the options it takes instead of asking for a whole number
      a.option = typeof v === "number" ? decimalText(n) : text;
    } else {
      // an indicator without measures answered with a number: the number is the tier (its limits are the core's to check)
      a.tier = n;
    }
    return this.interned(ind, a, evidence);
  }

  /**
   * A word for none read as tier 0 (none-words.ts): said at the cell with the options that score (and a number, for a
   * measured indicator); for a mandatory SID indicator it says what that costs, the core's "belum dijawab" not repeated.
   */
  private noneWord(g: Grid, r: number, c: number, ind: Indicator, text: string, field: string): void {
    const mandatory = ind.mandatory && ind.aspect === "SID";
    // as the sheet lists them (the Bahasa labels its drop-down offers), glossed in an English run
    const allowed = ind.options.map((o) => sheetOption(o, this.locale)).join(", ");
    const number = ind.measures.length > 1 ? { numberBasis: 1 } : ind.measures.length === 1 ? numberExampleOf(ind.measures[0]!, this.locale) : {};
    this.add("none_word_read", "warning", g.name, r, c, field, { given: text, indicator: ind.id, allowed, mandatory: mandatory ? 1 : 0, ...number });
    if (mandatory) this.saysAlso(where(g.name, a1(r, c)), "mandatory_unanswered");
  }

  /**
   * A word for none read as the indicator's one option that says none (none-words.ts `noneReading`): said at the cell
   * with the other options and, for a measured indicator, a number to write instead (one that reaches the top tier:
   * SID-14's "tidak ada pengaduan" may have meant that every complaint received was resolved).
   */
  private noneOption(g: Grid, r: number, c: number, ind: Indicator, text: string, option: Indicator["options"][number], field: string): void {
    const l = this.locale;
    const others = ind.options.filter((o) => o !== option).map((o) => sheetOption(o, l)).join(", ");
    const m = ind.measures.length === 1 ? ind.measures[0]! : undefined;
    const top = m && topExample(m);
    const number = ind.measures.length > 1 ? { numberBasis: 1 } : m && top !== undefined ? { measure: m.name[l], numberExample: numberText(top, l), numberUnit: unitAfter(m, l, top) } : {};
    this.add("none_option_read", "warning", g.name, r, c, field, { given: text, indicator: ind.id, option: sheetOption(option, l), tier: option.tier, others, ...number });
  }

  /**
   * A value whose unit is another measure's than the one its Dasar Ukur names ("45%" with persons served): said at the
   * answer, naming both measures and what each reading reaches, and not scored until fixed (the core's unknown option
   * at that cell is this message). True when said.
   */
  private unitOtherMeasure(g: Grid, r: number, c: Partial<Record<IndicatorRole, number>>, ind: Indicator, text: string, basis: string, f: { answer: string; measure: string }): boolean {
    const named = this.measureNamed(ind, basis);
    const clash = named && unitOfOtherMeasure(ind, text, named);
    if (!clash) return false;
    const l = this.locale;
    const others = clash.measures.map((m) => `"${m.name[l]}" ${(l === "en" ? tierWordEn : tierWordId)(tierOf(m, clash.value))}`).join(", ");
    this.add("unit_other_measure", "error", g.name, r, c.answer!, f.answer, {
      given: text, value: this.decimal(clash.value), typedUnit: clash.measures.length === 1 ? this.unitOf(clash.measures[0]!) : clash.unit,
      column: f.measure, named: named.name[l], ...this.units(named), tier: tierOf(named, clash.value), others, mandatory: ind.mandatory && ind.aspect === "SID" ? 1 : 0,
    });
    this.saysAlso(where(g.name, a1(r, c.answer!)), "unknown_option");
    return true;
  }

  /**
   * An evidence cell's status: a label of the template's list; a word for present or absent ("Ada", "✓", "Tidak"), read
   * as pending or missing and said once per sheet; a link or file name (the document, not its status) read as pending
   * and said once per sheet; "x" and a verdict without this column's words ("OK", "Terverifikasi") asked; anything else
   * an error that says what the column holds. Pending until fixed.
   */
  private evidence(g: Grid, r: number, c: number, given: string, field: string): NonNullable<AnswerInput["evidence"]> {
    const e = matchLabel(EVIDENCE_LABELS, given);
    if (e) return e;
    const word = matchLabel(EVIDENCE_WORDS, given);
    const text = given.trim();
    const remarked = word ? undefined : statusWithRemark(text);
    if (word) this.noteEvidence(g.name, r, c, field, word, text);
    else if (remarked?.read) {
      this.noteEvidence(g.name, r, c, field, { remark: remarked.status }, text);
      return remarked.status;
    } else if (remarked) this.add("evidence_remark_unread", "error", g.name, r, c, field, { given: text, as: labelOf(EVIDENCE_LABELS, remarked.status) });
    else if (LINK_OR_FILE.test(text)) this.noteEvidence(g.name, r, c, field, "link", text);
    else {
      const unclear = matchLabel(EVIDENCE_UNCLEAR_WORDS, text);
      this.add(/^[xX×]$/.test(text) ? "evidence_ambiguous" : unclear ? "evidence_unclear" : "unknown_evidence", "error", g.name, r, c, field, { given: text, column: field, kind: unclear });
    }
    return word ?? "pending";
  }

  /** Count an evidence cell read by its word (or a link) towards its sheet's one note. */
  private noteEvidence(sheet: string, r: number, c: number, field: string, kind: "pending" | "missing" | "rejected" | "link" | EvidenceRemark, given: string): void {
    const key = `${sheet}\u0000${typeof kind === "string" ? kind : "remark"}`;
    const n = this.evidenceNotes.get(key);
    if (!n) this.evidenceNotes.set(key, { sheet, r, c, field, kind, words: [given], count: 1 });
    else {
      n.count++;
      // the words as typed, each once whatever its case ("Ada", "ada")
      if (n.words.length <= 5 && !n.words.some((w) => w.toLowerCase() === given.toLowerCase())) n.words.push(given);
    }
  }

  /** The notes of {@link Reader.noteEvidence}, one per sheet and kind, at the first cell of each. */
  evidenceNotesOut(): void {
    for (const n of this.evidenceNotes.values()) {
      if (n.kind === "link") {
        this.add("evidence_link", "warning", n.sheet, n.r, n.c, n.field, { given: n.words[0], count: n.count });
        continue;
      }
      const words = n.words.slice(0, 5).map((w) => `"${w}"`).join(", ") + (n.words.length > 5 ? ", …" : "");
      if (typeof n.kind !== "string") this.add("evidence_with_remark", "info", n.sheet, n.r, n.c, n.field, { given: n.words[0], words, count: n.count, as: labelOf(EVIDENCE_LABELS, n.kind.remark) });
      // present read as Menunggu is a warning (audit38: "Yes" may be meant as accepted, and the answers leave the verified
      // projection; an info shows in neither the CLI's output nor Masalah), as a link read so is; absent and TMS a note
      else this.add("evidence_word_read", n.kind === "pending" ? "warning" : "info", n.sheet, n.r, n.c, n.field, { given: n.words[0], words, count: n.count, status: n.kind, as: labelOf(EVIDENCE_LABELS, n.kind) });
    }
    this.evidenceNotes.clear();
  }

  /**
   * The answer with its evidence (the parser's default, "pending", when the cell is blank: the parsed input then shares
   * the reader's objects instead of copying them), one frozen object per indicator and distinct answer: a province's
   * innovations answer each indicator with a handful of options, so 50,000 rows hold a few hundred answer objects, not
   * a million. What a profile charges it (~10 % of a read's own time) is mostly not the table's: the first hash of each
   * cell's text (charged to the first Map that sees the string) and, in a messy workbook, an entry per distinct typo or
   * fraction; a read without the table costs 26 % more instructions (docs/decisions.md, ws32).
   */
  private interned(ind: Indicator, a: AnswerInput, evidence: NonNullable<AnswerInput["evidence"]>): AnswerInput {
    const v = a.option ?? a.tier ?? a.value!;
    // long texts are kept out of the tables; -0 stays apart from 0
    if ((typeof v === "string" && v.length > 200) || Object.is(v, -0)) return withEvidence(a, evidence);
    let byIndicator = this.answers.get(ind.id);
    if (!byIndicator) this.answers.set(ind.id, (byIndicator = { option: new Map(), tier: new Map(), value: new Map() }));
    // by what was given, then (a value with its measure) by the measure, then by evidence
    const slots = a.option !== undefined ? byIndicator.option : a.tier !== undefined ? byIndicator.tier : byIndicator.value;
    let given = slots.get(v);
    if (!given) slots.set(v, (given = { plain: [], measured: undefined }));
    let byEvidence = given.plain;
    if (a.measure !== undefined) {
      given.measured ??= new Map();
      byEvidence = given.measured.get(a.measure)!;
      if (!byEvidence) given.measured.set(a.measure, (byEvidence = []));
    }
    return (byEvidence[EVIDENCE_SLOT[evidence]] ??= Object.freeze(withEvidence(a, evidence)));
  }

  /** The label of the option a text names by its words (see `optionByWords`), else the text as typed. */
  private optionNamed(g: Grid, r: number, c: number, ind: Indicator, text: string, field: string): string {
    const w = optionByWords(ind, text);
    if (!w) return text;
    if ("ambiguous" in w) {
      this.ambiguous[where(g.name, a1(r, c))] = w.ambiguous.map((o) => ({ tier: o.tier, label: o.label }));
      return text;
    }
    if (w.form) this.add("option_form_read", "info", g.name, r, c, field, { given: text, option: sheetOption(w.option, this.locale), tier: w.option.tier });
    if (w.word && this.level && w.word.level !== this.level) {
      const level = (l: RegionLevel) => LEVEL_LABELS[l][0]!;
      this.add("option_word_other_level", "warning", g.name, r, c, field, { given: text, word: w.word.given, wordLevel: level(w.word.level), level: level(this.level), option: sheetOption(w.option, this.locale) });
    }
    return w.option.label.id;
  }

  /** An indicator's column names as messages give them (answer, Dasar Ukur, Bukti), made once per indicator. */
  private fieldsOf(ind: Indicator): { answer: string; measure: string; evidence: string } {
    let f = this.fields.get(ind.id);
    if (!f) this.fields.set(ind.id, (f = { answer: `${ind.number}. ${ind.name.id}`, measure: `${ind.number}. Dasar Ukur`, evidence: `${ind.number}. Bukti` }));
    return f;
  }

  /** The measure a `Dasar Ukur` cell names (its id, its name in either language, or a run of its name's words), or undefined. */
  private measureNamed(ind: Indicator, given: string): Indicator["measures"][number] | undefined {
    const want = normaliseHeader(given);
    return ind.measures.find((x) => [x.id, x.name.id, x.name.en].some((s) => normaliseHeader(s) === want)) ?? measureByWords(ind.measures, given);
  }

  /** An indicator's option labels (both languages), normalised. */
  private optionLabels(ind: Indicator): Set<string> {
    let s = this.labels.get(ind.id);
    if (!s) this.labels.set(ind.id, (s = new Set(ind.options.flatMap((o) => [normaliseHeader(o.label.id), normaliseHeader(o.label.en)]))));
    return s;
  }

  readSpd(edition: Edition, source: SourceMap, settings: Settings["values"]): { answers: Record<string, AnswerInput>; total?: number } {
    const answers: Record<string, AnswerInput> = {};
    let total: number | undefined;
    const t = settings.spdTotal;
    if (t && !isBlank(t.value)) {
      const rc = source.settings!;
      const g = findSheet(this.grids, rc.sheet)!;
      total = this.number(g, rc.rows.spdTotal!, rc.valueCol.spdTotal!, SETTINGS_KEYS.spdTotal);
    }
    const spd = indicatorsOf(edition, "SPD");
    const g = this.said("spd");
    if (!g) {
      if (g === undefined && edition.spdMode === "rows" && total === undefined) this.sheet(SHEETS.spd, "warning");
      return { answers, ...(total !== undefined ? { total } : {}) };
    }
    // no Kode anywhere: the row heading Indikator and Jawaban, where the rows may be read by their names
    const h = this.header(g, SPD_HEADERS.id, spdHeaderRow(g) ?? spdNamesHeaderRow(g));
    if (!h) {
      source.spdNotRead = { sheet: g.name, filled: filledRows(g, -1) };
      return { answers, ...(total !== undefined ? { total } : {}) };
    }
    const nc = col(h, SPD_HEADERS.name);
    const idc = this.spdIdColumn(g, h, nc, spd);
    if (idc === undefined) {
      source.spdNotRead = { sheet: g.name, cell: a1(h.row, h.lastCol + 1), filled: filledRows(g, h.row) };
      return { answers, ...(total !== undefined ? { total } : {}) };
    }
    // without a Kode column (idc null), each row's indicator by its name: exact and of one indicator only
    const indicatorAt = (r: number) => {
      if (idc !== null) { const code = toText(cellAt(g, r, idc)); return code ? spdIndicator(code, spd) : undefined; }
      const named = nc !== undefined ? toText(cellAt(g, r, nc)) : undefined;
      return named ? spdByName(named, spd) : undefined;
    };
    const answerCol = this.spdAnswerColumn(g, h, indicatorAt);
    const cols = { answer: answerCol ?? undefined, measure: col(h, SPD_HEADERS.measure), evidence: col(h, SPD_HEADERS.evidence) };
    if (answerCol === null) {
      // a Nilai column that may hold tiers: said at its header (column_unsure); not read, as a missing Jawaban is not
      this.spdUnread = edition.spdMode === "rows" && total === undefined;
      return { answers, ...(total !== undefined ? { total } : {}) };
    }
    if (cols.answer === undefined) {
      // a renamed header ("Jawab"): said at that cell; the rows are not read (each would say "not answered"), and the
      // region is not scored when its SPD score comes from these rows
      const known = Object.values(SPD_HEADERS).map(normaliseHeader);
      const want = normaliseHeader(SPD_HEADERS.answer);
      const near = h.cells.find((x) => { const k = normaliseHeader(x.text); return !known.includes(k) && k.length > 2 && (want.startsWith(k) || k.startsWith(want)); });
      this.issues.push(sheetIssue(this.locale, "column_missing", "error", g.name, a1(h.row, near ? near.col : h.lastCol + 1), SPD_HEADERS.answer, { column: SPD_HEADERS.answer, near: near?.text }));
      this.spdUnread = edition.spdMode === "rows" && total === undefined;
      return { answers, ...(total !== undefined ? { total } : {}) };
    }
    if (cols.evidence === undefined) cols.evidence = this.spdEvidenceColumn(g, h, [idc ?? undefined, nc, cols.answer, cols.measure]);
    const rows: Record<string, number> = {};
    source.spd = { sheet: g.name, rows, cols: Object.fromEntries(Object.entries(cols).filter(([, v]) => v !== undefined)) };
    const totals = totalsRows(g);
    for (let r = h.row + 1; r < g.cells.length; r++) {
      if (totals.has(r)) continue;
      if (idc === null) {
        // no Kode column: the row by its Indikator name (said once at the header), an unknown name said at the row
        const named = toText(cellAt(g, r, nc!));
        if (!named) continue;
        const ind = spdByName(named, spd);
        if (!ind) {
          if (!isBlank(cellAt(g, r, cols.answer))) this.add("spd_row_not_read", "warning", g.name, r, nc!, SPD_HEADERS.name, { given: named, example: `"${spd[0]?.id ?? "SPD-1"}"`, noColumn: 1 });
          continue;
        }
        if (rows[ind.id] !== undefined) {
          this.add("spd_code_duplicate", "warning", g.name, r, nc!, SPD_HEADERS.name, { given: named, indicator: ind.id, used: a1(rows[ind.id]!, nc!) });
          continue;
        }
        rows[ind.id] = r;
        const a = this.answer(g, r, ind, cols);
        if (a) answers[ind.id] = a;
        continue;
      }
      let code = toText(this.cell(g, r, idc, SPD_HEADERS.id));
      if (!code) {
        // a row without its Kode: by its indicator's name, when that names one; an answer otherwise said not read
        const named = nc !== undefined ? toText(cellAt(g, r, nc)) : undefined;
        if (!named) continue;
        const byName = spdByName(named, spd);
        if (byName) {
          this.add("spd_row_by_name", "info", g.name, r, idc, SPD_HEADERS.id, { given: named, indicator: byName.id });
          code = byName.id;
        } else {
          if (cols.answer !== undefined && !isBlank(cellAt(g, r, cols.answer))) this.add("spd_row_not_read", "warning", g.name, r, idc, SPD_HEADERS.id, { given: named, example: `"${spd[0]?.id ?? "SPD-1"}"` });
          continue;
        }
      }
      const ind = spdIndicator(code, spd);
      if (!ind) {
        this.add("unknown_spd_code", "warning", g.name, r, idc, SPD_HEADERS.id, { given: code, edition: edition.id, allowed: spd.map((i) => `"${i.id}"`).join(", ") });
        continue;
      }
      if (rows[ind.id] !== undefined) {
        // the same indicator on two rows: the first one counts, this one is named (a later row never wins silently)
        this.add("spd_code_duplicate", "warning", g.name, r, idc, SPD_HEADERS.id, { given: code, indicator: ind.id, used: a1(rows[ind.id]!, idc) });
        continue;
      }
      rows[ind.id] = r;
      const a = this.answer(g, r, ind, cols);
      if (a) answers[ind.id] = a;
    }
    if (g.hiddenRows) this.hiddenRowsRead(g, Object.entries(rows).filter(([id]) => answers[id]).map(([, r]) => r).sort((a, b) => a - b), cols.answer, SPD_HEADERS.answer, "spd");
    return { answers, ...(total !== undefined ? { total } : {}) };
  }

  /**
   * The rows read (`rows`, ascending) that the host found hidden — by hand or by a filter — said once for the sheet at
   * the first one's cell in column `c`: they are read and scored as any row (hiding is not deleting), see hidden-rows.ts.
   */
  private hiddenRowsRead(g: Grid, rows: readonly number[], c: number, field: string, what: "innovation" | "agency" | "spd"): void {
    const hidden = hiddenAmong(g, rows);
    if (hidden.length) this.add("hidden_rows_read", "info", g.name, hidden[0]!, c, field, { rows: rowsText(hidden), count: hidden.length, what });
  }

  /**
   * The sheet taken for a contract sheet ({@link sheetsTaken}): one under another name is said (an info note when both
   * its name and its cells say it and its name raises no doubt), several that could be it an error naming them (null:
   * none read); none said missing (an error) when `required` (the SPD sheet's absence is weighed by its caller).
   */
  private said(key: ContractSheet, required?: boolean): Grid | null | undefined {
    const t = this.taken[key];
    const sheet = SHEETS[key];
    const r = t.renamed;
    if (r) this.issues.push(sheetIssue(this.locale, "sheet_read_as", r.named && r.coded && !r.doubt ? "info" : "warning", t.grid!.name, undefined, sheet, { sheet, given: t.grid!.name, ...r.doubt }));
    if (t.candidates) {
      const cost = key === "spd" ? "spd" : "region";
      const names = (gs: Grid[]) => gs.map((x) => `"${x.name}"`).join(", ");
      const hidden = t.hiddenNamed ? { hidden: 1, visible: names(t.candidates.filter((x) => !x.hidden)) } : {};
      this.issues.push(sheetIssue(this.locale, "sheet_ambiguous", "error", sheet, undefined, sheet, { sheet, cost, candidates: names(t.candidates), ...hidden }));
    }
    return t.grid === undefined && required ? this.sheet(sheet) : t.grid;
  }

  /**
   * The SPD sheet's Kode column: by its header or a rewording ("Kode Indikator", said), or a `No` column whose cells
   * are the indicators' codes (said). A `No` that may hold row numbers as well is said once at its header, with what is
   * meant, and not read; no Kode at all is an error at the header row. Undefined: the rows are not read.
   */
  private spdIdColumn(g: Grid, h: HeaderRow, nc: number | undefined, spd: Indicator[]): number | null | undefined {
    const id = spdColumn(h, "id");
    const codes = id?.unsure ? numbersAreCodes(g, h, id.col, nc, spd, totalsRows(g)) : true;
    if (id && codes === true) {
      if (headerKey(id.text) !== headerKey(SPD_HEADERS.id)) this.add("column_read_as", "info", g.name, h.row, id.col, SPD_HEADERS.id, { given: id.text, column: SPD_HEADERS.id });
      return id.col;
    }
    if (id && typeof codes === "object") {
      this.add("column_unsure", "error", g.name, h.row, id.col, SPD_HEADERS.id, { role: "id", given: id.text, at: where(g.name, a1(codes.r, id.col)), value: codes.value, named: codes.named });
      return undefined;
    }
    // no Kode column, but Indikator names that are the edition's own, each of one indicator only: read by them (null),
    // as a row with its Kode blank is; said once at the Indikator header with an example
    const named = nc === undefined ? [] : spdNamedRows(g, h.row, nc, spd);
    if (named.length > 0) {
      const [first] = named;
      this.add("spd_read_by_names", "info", g.name, h.row, nc!, SPD_HEADERS.name, { count: named.length, at: where(g.name, a1(first!.r, nc!)), given: first!.name, indicator: first!.ind.id });
      return null;
    }
    this.issues.push(sheetIssue(this.locale, "column_missing", "error", g.name, a1(h.row, h.lastCol + 1), SPD_HEADERS.id, { column: SPD_HEADERS.id }));
    return undefined;
  }

  /**
   * The SPD sheet's Jawaban column: by its header or a rewording ("Capaian", said), or a `Nilai` column (said) unless a
   * whole number in it may be a tier that, read as the measured value, reaches another tier — then said once at its
   * header and not read (null). Undefined: none.
   */
  private spdAnswerColumn(g: Grid, h: HeaderRow, indicatorAt: (r: number) => Indicator | undefined): number | null | undefined {
    const a = spdColumn(h, "answer");
    if (!a) return undefined;
    const tier = a.unsure ? this.tierLike(g, h, a.col, indicatorAt, col(h, SPD_HEADERS.measure)) : undefined;
    if (tier) {
      this.add("column_unsure", "error", g.name, h.row, a.col, SPD_HEADERS.answer, { role: "answer", given: a.text, ...tier, at: where(g.name, a1(tier.r, a.col)) });
      return null;
    }
    if (headerKey(a.text) !== headerKey(SPD_HEADERS.answer)) this.add("column_read_as", "info", g.name, h.row, a.col, SPD_HEADERS.answer, { given: a.text, column: SPD_HEADERS.answer });
    return a.col;
  }

  /**
   * The first cell of a `Nilai` column holding a whole number from 1 to its indicator's tiers that, read as the measured
   * value (by the row's Dasar Ukur, else each measure), reaches another tier: "3" for SPD-4 is tier 3, or a growth of
   * 3 % (tier 1). A 0 that reads as a value of another tier is the same doubt (tier 0, or growth 0 %), unless a cell of
   * the column can only be a value (a fraction, a number above the tiers or below 0, a number with its unit): a column
   * of tiers holding 0 where nothing was achieved is as likely as a 0 achieved. Undefined when every cell reads the same
   * either way.
   */
  private tierLike(g: Grid, h: HeaderRow, c: number, indicatorAt: (r: number) => Indicator | undefined, mc: number | undefined) {
    const totals = totalsRows(g);
    let zero: { r: number; value: string; indicator: string; unit: string | undefined; tier: number } | undefined;
    let valued = false;
    for (let r = h.row + 1; r < g.cells.length; r++) {
      const ind = totals.has(r) ? undefined : indicatorAt(r);
      if (!ind || ind.measures.length === 0) continue;
      const v = cellAt(g, r, c);
      const bare = typeof v === "number" || (typeof v === "string" && BARE_NUMBER.test(v.trim()));
      const n = typeof v === "number" ? v : typeof v === "string" ? readNumber(v)?.value : undefined;
      if (n === undefined) continue;
      if (!bare || !Number.isInteger(n) || n < 0 || n > ind.options.length) {
        valued = true;
        continue;
      }
      if (n === 0 && zero) continue;
      const basis = mc !== undefined ? cellAt(g, r, mc) : null;
      const named = isBlank(basis) ? undefined : this.measureNamed(ind, shown(basis));
      for (const m of named ? [named] : ind.measures) {
        const tier = tierOf(m, n);
        if (tier === n) continue;
        const doubt = { r, value: shown(v), indicator: ind.id, ...this.units(m), tier };
        if (n > 0) return doubt;
        zero = doubt;
        break;
      }
    }
    return valued ? undefined : zero;
  }

  /** The SPD evidence column under another name (header-words.ts), or undefined, said once at the header row with its cost. */
  private spdEvidenceColumn(g: Grid, h: HeaderRow, used: (number | undefined)[]): number | undefined {
    const taken = new Set(used.filter((c): c is number => c !== undefined));
    const hit = columnNamed(h.cells, [SPD_HEADERS.evidence, ...(SPD_HEADER_WORDS.evidence ?? [])], taken);
    if (hit) {
      if (headerKey(hit.text) !== headerKey(SPD_HEADERS.evidence)) this.add("column_read_as", "info", g.name, h.row, hit.col, SPD_HEADERS.evidence, { given: hit.text, column: SPD_HEADERS.evidence });
      return hit.col;
    }
    const near = h.cells.filter((x) => !taken.has(x.col) && sharedWords(x.text, ["bukti", "verifikasi"])).slice(0, 3);
    const hint = near.map((x) => `"${x.text}" (${a1(h.row, x.col)})`).join(", ") || undefined;
    this.add("column_absent", "warning", g.name, h.row, h.lastCol + 1, SPD_HEADERS.evidence, { column: SPD_HEADERS.evidence, cost: "spdEvidence", hint });
    return undefined;
  }
}

/**
 * `given` for a value's message: a text cell as typed ("0,95", quoted back in either language: `typed`), a number cell
 * as the locale writes it; `value`, the number read, as the locale writes it.
 */
function typedOr(v: unknown, text: string, value: string): { given: string; value: string; typed?: 1 } {
  return typeof v === "number" ? { given: value, value } : { given: text, value, typed: 1 };
}

/** An evidence cell read by the status it starts with (the first cell's status, for the note's example). */
type EvidenceRemark = { remark: NonNullable<AnswerInput["evidence"]> };

/** A number typed alone ("3", "2,0"): with {@link readAnswerCell}'s `numbersAreTiers`, a tier; "25 orang", "35%" stay values. */
const BARE_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/** The words an unknown value is told it may be: the offered labels, or every word for an agency's type. */
/**
 * What the reader takes until a cell it cannot read is fixed, said in that cell's error: the innovation rejected (an
 * unreadable Ditolak), more entries than `entriesOver` allows, fewer words than `wordsUnder` asks.
 */
/** The agency types a rule covers when its Jenis Perangkat Daerah Wajib is blank (or none of it is known). */
const RULE_TYPES: AgencyType[] = ["opd", "kecamatan", "kelurahan"];

type Meanwhile = { slashes?: 1; day?: number; month?: number; monthFirst?: string; written?: string; iso?: string; rejected?: 1; notReported?: 1; entriesOver?: number; wordsUnder?: number; ruleOff?: 1; targetOff?: 1; oneYear?: 1 | 2; yearOut?: number; part?: 1; from?: string; to?: string };

/** The params that only say what is taken until the error is fixed (messages.ts `rejectedId`): none where nothing is scored. */
const MEANWHILE_ONLY = ["rejected", "notReported", "entriesOver", "wordsUnder", "ruleOff", "targetOff"] as const;

function withoutMeanwhile(params: Record<string, string | number | undefined>): Record<string, string | number | undefined> {
  if (!MEANWHILE_ONLY.some((k) => params[k] !== undefined)) return params;
  const out = { ...params };
  for (const k of MEANWHILE_ONLY) delete out[k];
  return out;
}

/** The key of a cell in `Reader.errorCells` (a row's prefix with `c` = ""). */
function errorKey(sheet: string, r: number, c: number | ""): string {
  return `${sheet}!${r}:${c}`;
}

function allowedText<T extends string>(table: LabelTable<T>, locale: MessageLocale = "id"): string {
  const agencies = (table as LabelTable<string>) === AGENCY_TYPE_LABELS;
  const words = agencies ? AGENCY_TYPE_OPTIONS : offeredLabels(table);
  const text = words.map((x) => `"${x}"`).join(", ");
  // the English names read, in an English message (audit38): the list the template offers is in Bahasa
  const en = locale === "en" ? (agencies ? AGENCY_TYPE_EN_NAMED : (table as LabelTable<string>) === LEVEL_LABELS ? offeredLabels(LEVEL_EN) : undefined) : undefined;
  return en ? `${text}, or in English ${en.map((x) => `"${x}"`).join(", ")}` : text;
}

/** The English agency types an English message names: each type's first name, and OPD's other two usual ones. */
const AGENCY_TYPE_EN_NAMED = [...new Set([...AGENCY_TYPE_EN.opd.slice(0, 3), ...Object.values(AGENCY_TYPE_EN).map((w) => w[0]!)])];


/** A number as Bahasa Indonesia writes it in a message: decimal comma, no grouping (1234,5). */
function decimalText(n: number): string {
  return String(n).replace(".", ",");
}

function findSettingRow(g: Grid, key: string): number | undefined {
  const want = normaliseHeader(key);
  const r = g.cells.findIndex((row) => row.some((v) => typeof v === "string" && normaliseHeader(v).replace(/:$/, "") === want));
  return r < 0 ? undefined : r;
}

/**
 * The last row of a sheet holding a cell that is not blank ("" and spaces are: a formula whose result is empty shows
 * nothing), or a formula without a saved value (which the reader reports); -1 when none.
 */
function lastFilledRow(g: Grid): number {
  let r = g.cells.length;
  while (--r >= 0 && (g.cells[r] ?? []).every((v) => isBlank(v ?? null)));
  return (g.unsavedFormulas ?? []).reduce((m, f) => Math.max(m, f.row), r);
}

/**
 * The SID indicators of the shipped edition `edition` derives from (`derivedFrom`: a model file's `extends`) that
 * `edition` no longer has, by number: a column of one is the model's removal, not a header matching nothing.
 */
function removedFromBase(edition: Edition): Map<string, Indicator> {
  const base = edition.derivedFrom !== undefined && edition.derivedFrom !== edition.id ? getEdition(edition.derivedFrom) : undefined;
  if (!base) return new Map();
  const kept = new Set(edition.indicators.map((i) => i.id));
  return new Map(indicatorsOf(base, "SID").filter((i) => !kept.has(i.id)).map((i) => [i.number.toLowerCase(), i]));
}
