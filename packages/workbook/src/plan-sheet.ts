import { type CountFixWhere, EFFORT_KEYS, columnsAbsentNote, type Edition, type EffortKind, type MessageLocale, type Plan, type PlanAction, describeAction, formatEffort, formatPlanNumber, planAgencyText, planInnovationName, planNewInnovationNote, planReadingNote, planSpdNote, planStatusNote, printedGain, resetsEvidence, roundHalfUp, targetBandNote, targetUnknownNote, readLocale } from "@inovasi/core";
import { type CellValue, type CellWrite, type WorkbookGrids, a1, cellAt, findSheet, isBlank, rangeA1 } from "./grid.js";
import { AGENCY_TYPE_LABELS, labelOf } from "./labels.js";
import { PROFILE_COLUMNS, type ProfileField } from "./layout.js";
import { type LocatedIssue, sheetIssue, where } from "./messages.js";
import type { OwnedSheetSpec } from "./output.js";
import { EFFORT_UNIT, PLAN_SETTINGS_KEYS, indicatorEffortRows } from "./plan-settings.js";
import type { SourceMap } from "./read.js";
import { layoutAt } from "./row-layout.js";
import { mergesByRow, newRowNote, newRowPlacer, withheldCells } from "./plan-rows.js";
import { numberText as num } from "./number-text.js";
import { missingSpdNote } from "./plan-spd-note.js";
import { looksLikeFormula } from "./safe-text.js";
import { type NamedPlace, placeLinks } from "./cell-links.js";
import { SHEET_TITLES, isSheetTitle } from "./sheet-titles.js";

/** Name of the sheet the plan (`score --plan`, the add-in's plan) is written to. */
export const PLAN_SHEET = "Rencana";
/** First cell of the plan sheet in Bahasa: marks it as the tool's own (re-runs rewrite it); in English `SHEET_TITLES.plan.en`. */
export const PLAN_MARKER = SHEET_TITLES.plan.id;
/**
 * Column widths, shared by the sections (steps, key figures, evidence, compliance, efforts): the long texts (a step's
 * change, the evidence needed) sit in column F and wrap there; with landscape one page wide this prints at ≈ 60 %. The
 * steps' last column (L) names the agency to do each: the indicator column (E) gave it the width it needed.
 */
const WIDTHS = [20, 22, 16, 26, 22, 50, 12, 12, 16, 8, 10, 16];

const KIND_LABELS: Record<PlanAction["kind"], { id: string; en: string }> = {
  evidence: { id: "Bukti dukung", en: "Evidence" },
  count: { id: "Hitung inovasi", en: "Count the innovation" },
  new_innovation: { id: "Inovasi baru", en: "New innovation" },
  yandas: { id: "Yandas", en: "Yandas" },
  tier_up: { id: "Naik tingkat", en: "Tier up" },
  fill: { id: "Isi data", en: "Fill in data" },
  withhold: { id: "Jangan diajukan", en: "Do not submit" },
};

const PROFILE_OF: Record<string, ProfileField> = { implementationDate: "implementationDate", trialDate: "trialDate", designWords: "designWords", stage: "stage" };

/** The fields a count step fixes, in English: the Inovasi column's header (Bahasa, as the template has it) follows in brackets. */
const FIELD_EN: Partial<Record<ProfileField, string>> = { implementationDate: "Implementation date", trialDate: "Trial date", designWords: "Design narrative word count", stage: "Stage" };

/** A field a count step fixes, in the sheet's language: its column's header, in English "Implementation date (Tanggal Penerapan)". */
function fieldName(field: ProfileField, locale: MessageLocale): string {
  const header = PROFILE_COLUMNS[field].header;
  const en = locale === "en" ? FIELD_EN[field] : undefined;
  return en ? `${en} (${header})` : header;
}

/** A count step's date fix that counts only if the innovation was trialled, and then moves its Tahapan to Uji Coba. */
const trialled = (f: Pick<CountFixWhere, "stage"> & { fault: string }) => f.fault === "outside_window" && f.stage === "inisiatif";

/**
 * The cell each action changes, as `Inovasi!AX14`: an evidence action names the indicator's evidence column, a tier up
 * its answer column (SPD rows: the SPD sheet), a count action every field it fixes (`Inovasi!J14 dan L14`), a withhold
 * its whole row (`Inovasi!A8:BZ8`: emptied, not deleted; a cell merged with other rows left out and said so:
 * `Inovasi!A8 dan C8:BZ8 (biarkan B8: …)`), a new innovation the name cell of the first free row under the Inovasi
 * table (a yandas step's several: `Inovasi!A9:A10`; a later step on one, its row) — a row inserted above its totals
 * row or a later year's title when that comes first, said in brackets, as which cells to copy when the row it copies has merged ones (see
 * plan-rows.ts). A step that sets an
 * answer and its evidence (answering an unanswered indicator, a mandatory one for a count, filling in an empty SPD row)
 * names both: `Inovasi!O26:P26` when the evidence column is next to the answer's, else `Inovasi!O26 dan R26` (`locale`
 * "en": "and"). Undefined when the workbook has no such place ({@link actionCellNotes} says why).
 */
export function actionCells(plan: Plan, source: SourceMap, locale: MessageLocale = "id"): (string | undefined)[] {
  locale = readLocale(locale, "actionCells");
  const inv = source.innovations;
  // the rows the plan's new innovations go to, in order (the k-th's steps are named on addedRows[k]), and the merged
  // cells a step naming a whole row leaves out (see plan-rows.ts)
  const place = inv && newRowPlacer(inv);
  const addedRows: number[] = [];
  const merges = inv && mergesByRow(inv);
  // the answer's cell, and its evidence's beside it when the step sets that too
  const and = locale === "en" ? "and" : "dan";
  const span = (row: number, answer: number, evidence: number | undefined): string => {
    if (evidence === undefined || evidence === answer) return a1(row, answer);
    if (evidence === answer + 1) return rangeA1(row, answer, row, evidence);
    return `${a1(row, answer)} ${and} ${a1(row, evidence)}`;
  };
  const cells = (sheet: string, row: number, answer: number, evidence: number | undefined, both: boolean): string =>
    where(sheet, both ? span(row, answer, evidence) : a1(row, answer));
  return plan.actions.map((a) => {
    const w = a.where;
    if (w.added) {
      if (!inv) return undefined;
      // the name cells of every row the step adds (a yandas step adds several: A9:A10), in the layout of the block
      // they go under (see row-layout.ts)
      const n = w.added.length;
      const at = place!(n);
      for (let k = 0; k < n; k++) addedRows.push(at.row + k);
      const col = layoutAt(inv, at.row).profile.name ?? 0;
      // inserted above a totals row, or copied from a row with a merged cell: said after it, in brackets
      return where(inv.sheet, rangeA1(at.row, col, at.row + n - 1, col)) + newRowNote(inv, merges, at, n, w.like?.index, locale, place!.shift);
    }
    // an answer given from nothing is given with its evidence (the step sets it accepted)
    // and a tier up whose Bukti said "Diterima" for the old tier: set back to "Menunggu" (audit33)
    const fromNothing = a.kind === "fill" || (a.kind === "tier_up" && (w.tier?.from === 0 || resetsEvidence(a)));
    if (w.spdRow) {
      const s = source.spd;
      const row = s?.rows[w.spdRow.id];
      if (!s || row === undefined) return undefined;
      if (a.kind === "evidence") {
        const col = s.cols.evidence ?? s.cols.answer;
        return col === undefined ? undefined : where(s.sheet, a1(row, col));
      }
      return s.cols.answer === undefined ? undefined : cells(s.sheet, row, s.cols.answer, s.cols.evidence, fromNothing);
    }
    if (!inv || !w.innovation) return undefined;
    const read = w.innovation.planned ? undefined : inv.rows[w.innovation.index];
    // a row read, where it is once the new rows of the steps before are in (rows inserted above it move it down)
    const row = read === undefined ? addedRows[w.innovation.index - inv.rows.length] : place!.shift(read);
    if (row === undefined) return undefined;
    // the row's columns: the header row's, or those of the block it is in (a header repeated in another order)
    const layout = layoutAt(inv, read ?? row);
    const cols = (id: string | undefined) => (id === undefined ? undefined : layout.indicators[id]);
    let col: number | undefined;
    if (a.kind === "evidence" && w.indicator) col = cols(w.indicator.id)?.evidence ?? cols(w.indicator.id)?.answer;
    else if (a.kind === "tier_up" && w.indicator) {
      const c = cols(w.indicator.id);
      if (c?.answer !== undefined) return cells(inv.sheet, row, c.answer, c.evidence, fromNothing);
    }
    // not submitting it: its whole row, emptied and kept (the later steps name the rows below by their number);
    // marking it "Ditolak" would keep it in the divisor. A cell merged with other rows (their agency) is left as it is
    else if (a.kind === "withhold") return where(inv.sheet, withheldCells(inv, merges, read ?? row, locale, row));
    else if (a.kind === "count") {
      // every field it fixes (a trial date and the design words: J14 dan L14); a mandatory indicator answered: its
      // answer and its evidence
      const parts = (w.fixes ?? []).map((f) => {
        const c = cols(f.indicatorId);
        if (c?.answer !== undefined) return span(row, c.answer, c.evidence);
        return a1(row, layout.profile[PROFILE_OF[f.field] ?? "name"] ?? layout.profile.name ?? 0);
      });
      // a trial date on an Inisiatif innovation: its Tahapan too, on the step's condition ("hanya bila sudah
      // diujicobakan — ubah juga Tahapan ke Uji Coba"), after the cells it sets (review20 F4; the plan sets the date only)
      const stage = (w.fixes ?? []).some(trialled) ? layout.profile.stage : undefined;
      const also = stage === undefined ? "" : ` (${and} ${a1(row, stage)} ${WORDS[locale].ifTrialled})`;
      if (parts.length) return where(inv.sheet, [...new Set(parts)].join(` ${and} `)) + also;
    }
    return where(inv.sheet, a1(row, col ?? layout.profile.name ?? 0));
  });
}

/**
 * Why a step has no cell ({@link actionCells} gave none), for each step: the workbook has no SPD sheet, the SPD sheet
 * has no row or answer column for the step's indicator, or no Inovasi row for its innovation; undefined for a step that
 * has its cell. Printed where the cell would be.
 */
export function actionCellNotes(plan: Plan, source: SourceMap, locale: MessageLocale = "id"): (string | undefined)[] {
  locale = readLocale(locale, "actionCellNotes");
  const cells = actionCells(plan, source, locale);
  const en = locale === "en";
  return plan.actions.map((a, k) => {
    if (cells[k] !== undefined) return undefined;
    const w = a.where;
    if (w.spdRow) {
      const s = source.spd;
      if (!s) return en ? "no cell: the workbook has no SPD sheet (add it from inovasi template)" : "tanpa sel: buku kerja tidak punya lembar SPD (tambahkan dari inovasi template)";
      if (s.rows[w.spdRow.id] === undefined) return en ? `no cell: no row ${w.spdRow.id} on the SPD sheet` : `tanpa sel: baris ${w.spdRow.id} tidak ada di lembar SPD`;
      return en ? "no cell: the SPD sheet has no answer column" : "tanpa sel: lembar SPD tidak punya kolom jawaban";
    }
    return en ? "no cell: the Inovasi sheet has no row for it" : "tanpa sel: tidak ada barisnya di lembar Inovasi";
  });
}

const r = (x: number | null, d = 2): number | null => (x === null ? null : roundHalfUp(x, d));

/**
 * The cell the plan's status is about, as `Pengaturan!B6`: for a region recorded as not reporting, its Melapor cell
 * (what to change if it does report). Undefined for any other status, or when the workbook has no such cell.
 */
export function statusCell(plan: Plan, source: SourceMap): string | undefined {
  const s = source.settings;
  if (plan.reason?.code !== "region_not_reported" || !s) return undefined;
  const row = s.rows.reported;
  return row === undefined ? undefined : where(s.sheet, a1(row, s.valueCol.reported ?? 1));
}

/**
 * The indicator a step is about, as "2. Ketersediaan SDM …": an evidence or tier-up step's, the mandatory indicators a
 * count step answers (a field it fixes by its Inovasi column, "Tanggal Penerapan"), or those a withheld innovation does
 * not count for (else the whole innovation, not submitted);
 * null for a step on no indicator (an SPD row names itself in the row column).
 */
function indicatorOf(a: PlanAction, locale: MessageLocale): string | null {
  const w = a.where;
  if (w.indicator) return `${w.indicator.number}. ${w.indicator.name[locale]}`;
  // a count step's field (a date, the design text, the stage) by its column on the Inovasi sheet, as the cell beside it
  const named = [...(w.fixes ?? []), ...(w.notCounted ?? [])].flatMap((f) => {
    if (f.indicator) return [`${f.indicator.number}. ${f.indicator.name[locale]}`];
    const field = a.kind === "count" ? PROFILE_OF[f.field] : undefined;
    return field ? [fieldName(field, locale)] : [];
  });
  // the Tahapan a trial date may need, last and on its condition, as the cell column names it
  if (a.kind === "count" && (w.fixes ?? []).some(trialled)) named.push(`${fieldName("stage", locale)} ${WORDS[locale].ifTrialled}`);
  if (named.length > 0) return named.join("; ");
  return a.kind === "withhold" ? WORDS[locale].whole : null;
}

/**
 * Number formats of the sheet's figures: a gain ("Tambahan Indeks") and an index both show two decimals (0.80, not
 * 0.8; 40.00, like the index on the other sheets). A step's gain is the change of the printed index (`printedGain`,
 * as the CLI prints it), so each row adds up: 39.35 + 0.48 = 39.83 (the exact 0.4853 rounds to 0.49). Under an
 * edition whose index has other decimals (`formula.rounding.decimals`), the index and those gains take its number.
 * A gain cell's format is {@link gainFormat}: this one, and "<0,01" for a step that does not move the printed index.
 * A step's number is grouped past a thousand as the plan's texts group it (Excel writes the separator of its language:
 * 1.001 in Bahasa Indonesia, 1,001 in English).
 */
export const PLAN_FORMATS = { gain: "0.00", index: "0.00", step: "#,##0" } as const;

/** Excel's number format for `decimals` places: "0", "0.0", "0.00" … (an index, here and on Ringkasan). */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

/**
 * Excel's number format for an index gain at `decimals` places (a step's here, an evidence gap's on Ringkasan). A gain
 * too small to move the printed index keeps its exact value in the cell (under half the last unit, so a column still
 * adds up); it shows "<1" (at two decimals "<0,01") as the CLI prints "+<1", where "0" read as "adds nothing"
 * (plan13 F5, review14 finding 3). Gains are never negative; 0 shows as 0.
 *
 * @example
 * gainFormat(0, "id") //=> '[=0]0;[<0.5]"<1";0'
 * gainFormat(2, "id") //=> '[=0]0.00;[<0.005]"<0,01";0.00'
 */
export function gainFormat(decimals: number, locale: MessageLocale): string {
  const unit = 10 ** -decimals;
  const plain = numberFormat(decimals);
  return `[=0]${plain};[<${(unit / 2).toFixed(decimals + 1)}]"<${formatPlanNumber(unit, locale, decimals)}";${plain}`;
}

/**
 * The sheet's own words in both languages (`score --lang en`, the add-in in English). The first cell (the marker that
 * says the sheet is the tool's) and the Pengaturan keys of the efforts stay as written: the one is how a re-run knows
 * the sheet, the others are what to type on the Pengaturan sheet.
 */
const WORDS = {
  id: {
    region: "Daerah", edition: "Edisi Model", projection: "Proyeksi", verified: "Terverifikasi", claimed: "Klaim", claimedAfter: "Indeks Klaim Sesudah",
    now: "Sekarang", target: "Target", result: "Hasil", without: "Perangkat daerah tanpa inovasi",
    toGo: (gap: string) => `kurang ${gap} poin indeks dari sekarang`,
    steps: ["Langkah", "Tindakan", "Sel", "Inovasi / Baris", "Indikator", "Perubahan", "Tambahan Indeks", "Indeks Sesudah", "Predikat Sesudah", "Upaya", "Upaya Kumulatif", "Perangkat Daerah"],
    keyFigures: "Angka Kunci", value: "Nilai", note: "Keterangan",
    seats: "Inovasi yang dapat ditambah tanpa menambah pembagi", seatsNote: (floor: string, n: string) => `pembagi minimum ${floor}, diajukan ${n}`,
    oneMore: "Tambahan indeks dari satu inovasi lagi",
    basis: { median: "median inovasi yang dihitung saat ini", given: "skor yang ditetapkan", minimum: "skor terendah inovasi yang memenuhi syarat" },
    score: "skor", below: (avg: string) => `; di atas batas pembagi, skor di bawah rata-rata ${avg} menurunkan indeks`,
    byIndicator: "Bukti per Indikator", byAgency: "Bukti per Perangkat Daerah", bullet: "· ",
    groups: ["Nama", "Jawaban", "Inovasi", "Tambahan Indeks", "Bukti yang Diperlukan", "Indeks Sesudah"],
    none: "(tidak ada)",
    compliance: ["Kepatuhan", "Perangkat Daerah", "Jenis", "Jumlah Inovasi", "Wajib", "Kurang"],
    kept: ["Tetap diajukan untuk kepatuhan (tidak dihitung)", "Inovasi", null, "Perangkat Daerah"],
    notJudged: "(tidak dapat dinilai: tidak ada perangkat daerah berjenis yang diwajibkan dalam daftar)",
    allComply: "(semua patuh)", year: (y: number) => `Tahun ${y}`, targetRow: "Target", noRules: "(tidak ada aturan kepatuhan)",
    efforts: "Upaya per Tindakan", changeAt: "Ubah di lembar Pengaturan, baris",
    whole: "seluruh inovasi (tidak diajukan)", ifTrialled: "bila sudah diujicobakan",
    regionLevel: "SPD (tingkat daerah)", spdData: "Data SPD", newOnes: "Inovasi baru", spdSheet: "Lembar SPD", modelNote: "Catatan model",
  },
  en: {
    region: "Region", edition: "Model edition", projection: "Projection", verified: "Verified", claimed: "Claimed", claimedAfter: "Claimed Index After",
    now: "Now", target: "Target", result: "Result", without: "Agencies without an innovation",
    toGo: (gap: string) => `${gap} index points to go from now`,
    steps: ["Step", "Action", "Cell", "Innovation / Row", "Indicator", "Change", "Index Gained", "Index After", "Predicate After", "Effort", "Effort So Far", "Agency"],
    keyFigures: "Key Figures", value: "Value", note: "Note",
    seats: "Innovations that can be added without raising the divisor", seatsNote: (floor: string, n: string) => `divisor floor ${floor}, ${n} submitted`,
    oneMore: "Index gained from one more innovation",
    basis: { median: "today's median counted innovation", given: "the score given", minimum: "the lowest score of an eligible innovation" },
    score: "score", below: (avg: string) => `; above the divisor floor, a score below the average ${avg} lowers the index`,
    byIndicator: "Evidence by Indicator", byAgency: "Evidence by Agency", bullet: "· ",
    groups: ["Name", "Answers", "Innovations", "Index Gained", "Evidence Needed", "Index After"],
    none: "(none)",
    compliance: ["Compliance", "Agency", "Type", "Innovations", "Required", "Short"],
    kept: ["Kept submitted for compliance (not counted)", "Innovation", null, "Agency"],
    notJudged: "(cannot be judged: no listed agency is of a type the rule covers)",
    allComply: "(all comply)", year: (y: number) => `Year ${y}`, targetRow: "Target", noRules: "(no compliance rules)",
    efforts: "Effort per Action", changeAt: "Change it on the Pengaturan sheet, row",
    whole: "the whole innovation (not submitted)", ifTrialled: "if it was trialled",
    regionLevel: "SPD (region level)", spdData: "SPD data", newOnes: "New innovations", spdSheet: "SPD sheet", modelNote: "Model note",
  },
} as const;

/** The efforts' names in English (in Bahasa Indonesia a Pengaturan key is the name). */
const EFFORT_NAMES_EN: Record<EffortKind, string> = {
  evidence: "Evidence effort",
  count: "Count-an-innovation effort",
  newInnovation: "New innovation effort",
  yandas: "Yandas innovation effort",
  tierUp: "Tier-up effort",
  spdTierUp: "SPD tier-up effort",
  withhold: "Do-not-submit effort",
};

/** What the Rencana sheet says beside the plan, from the run: see {@link planSheetContent}. */
export interface PlanSheetContext {
  /** The edition planned with: an index target's row names the band it is in (`targetBandNote`), as the CLI prints it. */
  edition?: Edition | undefined;
  /** The reader's issues: a missing SPD sheet gets its own row (`missingSpdNote`). */
  issues?: readonly Pick<LocatedIssue, "code" | "sheet">[] | undefined;
  /** The add-in writes the sheet: where a missing sheet comes from is said as the pane offers it. */
  host?: "addin" | undefined;
}

/**
 * The plan sheet's cells: where the region stands, the agencies without an innovation, the steps (each naming its
 * cell), key figures, evidence groups, compliance, efforts — in the run's language. With `context`, the Target row of
 * an index target names its band ("40,00 masih Kurang Inovatif; Inovatif mulai 40,01") and a workbook without an SPD
 * sheet says so on a row of its own.
 */
export function planSheetContent(plan: Plan, source: SourceMap, locale: MessageLocale = "id", decimals = 2, context: PlanSheetContext = {}): { rows: CellValue[][]; headingRows: number[]; formats: Map<number, Record<number, string>>; links: NamedPlace[] } {
  locale = readLocale(locale, "planSheetContent");
  const rows: CellValue[][] = [];
  /** Cells naming a cell of the workbook (`ref`, as `where` writes it): a host links them to it. */
  const links: NamedPlace[] = [];
  const link = (col: number, ref: string | undefined) => { if (ref) links.push({ row: rows.length, col, ref }); };
  const headingRows: number[] = [];
  /** Row → (column → number format) of the figures on that row. */
  const formats = new Map<number, Record<number, string>>();
  const heading = (...cells: CellValue[]) => { headingRows.push(rows.length); rows.push(cells); };
  const figures = (cells: CellValue[], fmts: Record<number, string>) => { formats.set(rows.length, fmts); rows.push(cells); };
  // the index and its gains at the edition's decimals (`formula.rounding.decimals`): "39", not "39,00", with none
  const I = decimals === 2 ? PLAN_FORMATS.index : numberFormat(decimals);
  const G = gainFormat(decimals, locale); // a gain that does not move the printed index shows "<0,01" ("<1"), not 0
  // a step that gains without moving the printed index holds 0 (the column adds up) and shows "<0,01" ("<1")
  const G0 = `[=0]"<${formatPlanNumber(10 ** -decimals, locale, decimals)}";${G.split(";").at(-1)}`;
  const W = WORDS[locale];
  rows.push([SHEET_TITLES.plan[locale]]);
  rows.push([W.region, plan.region.name, W.edition, plan.edition.id, W.projection, plan.projection === "verified" ? W.verified : W.claimed]);
  figures([W.now, plan.start.index, plan.start.predicate?.label[locale] ?? null], { 1: I });
  // how far it is, in the note column: what the steps' gains below add up to
  const gap = plan.target && plan.start.index !== null && plan.start.index < plan.target.index && plan.reason?.code !== "region_not_reported" ? W.toGo(formatPlanNumber(roundHalfUp(plan.target.index - plan.start.index, decimals), locale, decimals)) : null;
  // an index target names the band it is in (40 is still Kurang Inovatif under the 2026 bands), as the CLI prints it
  const band = plan.target && !plan.target.predicate && context.edition ? targetBandNote(plan.target.index, context.edition)?.[locale] : undefined;
  figures([W.target, plan.target?.index ?? null, plan.target?.predicate?.label[locale] ?? (plan.target ? "IID" : null), null, null, [band, gap].filter(Boolean).join(" — ") || null], { 1: I });
  // the status and the agencies without an innovation are sentences: in the wide column F, like the key figures' notes
  // the status names the Melapor cell to change (a region not reporting): the sentence links to it
  link(5, statusCell(plan, source));
  figures([W.result, plan.end.index, plan.end.predicate?.label[locale] ?? null, null, null, statusText(plan, source, locale, decimals)], { 1: I });
  // the agencies still to get an innovation from, on the first screen: the compliance table is below the steps
  const without = plan.compliance.agenciesWithout;
  if (without.length > 0) rows.push([W.without, without.length, null, null, null, without.join(", ")]);
  // no SPD sheet: its indicators were not scored and the steps on its rows have no cell — said, with where it comes from
  const noSheet = missingSpdNote(context.issues ?? [], locale, context.host);
  if (noSheet) rows.push([W.spdSheet, null, null, null, null, noSheet]);
  // the empty SPD rows of record its "fill in" steps count at their lowest tier
  const spd = planSpdNote(plan, locale);
  if (spd) rows.push([W.spdData, null, null, null, null, spd]);
  // what the new innovations are modelled on, when that is not today's median (as the CLI prints it)
  const fresh = planNewInnovationNote(plan, locale);
  if (fresh) rows.push([W.newOnes, null, null, null, null, fresh]);
  // what the withhold steps rest on (a reading of the count score, not confirmed)
  const reading = planReadingNote(plan, locale);
  if (reading) rows.push([W.modelNote, null, null, null, null, reading]);
  rows.push([]);

  // a claimed plan's index after each step is the claimed one: said in its heading, not only at the top (audit19 F6)
  heading(...W.steps.map((h, i) => (i === 7 && plan.projection === "claimed" ? W.claimedAfter : h)));
  const cells = actionCells(plan, source, locale);
  const noCell = actionCellNotes(plan, source, locale);
  plan.actions.forEach((a, k) => {
    const w = a.where;
    // an innovation the plan adds by its name in the sheet's language ("New innovation 2"; the planner's "Inovasi baru 2")
    const named = (x: { name: string }) => planInnovationName(x.name, locale);
    const subject = (w.innovation && (w.innovation.planned ? named(w.innovation) : w.innovation.name)) ?? (w.spdRow ? `SPD ${w.spdRow.number}. ${w.spdRow.name[locale]}` : (w.added?.map(named).join("; ") ?? null));
    // the change of the printed index (printedGain), as the CLI prints it: the column adds up, row by row
    const gain = printedGain(a, k === 0 ? plan.start.index : plan.actions[k - 1]!.indexAfter, decimals);
    // who is to do it: the innovation's agency, the new innovations', or the region itself for an SPD row
    // (one no listed agency stands for, in the sheet's language: "the agency in charge of Sosial")
    const agency = w.innovation ? planAgencyText(w.innovation.agency, locale) : w.added ? [...new Set(w.added.map((x) => planAgencyText(x.agency, locale)))].join("; ") : w.spdRow ? W.regionLevel : null;
    link(2, cells[k]);
    figures([a.step, KIND_LABELS[a.kind][locale], cells[k] ?? noCell[k] ?? null, subject, indicatorOf(a, locale), describeAction(a, locale, false, plan.projection === "claimed"), gain, a.indexAfter, a.predicateAfter?.label[locale] ?? null, a.effort, a.effortSoFar, agency], { 0: PLAN_FORMATS.step, 6: gain === 0 && a.gain > 0 ? G0 : G, 7: I });
  });
  if (plan.actions.length === 0) rows.push([statusText(plan, source, locale)]);
  rows.push([]);

  // the notes (up to a sentence) in the wide column F, where the steps' changes are: in C, 16 wide, next to the value,
  // they ran down three or more lines against it. A region not reporting stays at 0 whatever is added: no room under
  // the divisor, no one more innovation to weigh (as formatPlan leaves those lines out)
  if (plan.reason?.code !== "region_not_reported") {
    heading(W.keyFigures, W.value, null, null, null, W.note);
    const s = plan.seats;
    rows.push([W.seats, s.empty, null, null, null, W.seatsNote(s.floor === null ? "?" : num(s.floor, locale), num(s.n, locale))]);
    const o = plan.oneMore;
    const avg = r(o.average);
    const note = o.gain !== null && o.gain < 0 && avg !== null ? W.below(num(avg, locale)) : "";
    // an exact gain, not a change of the printed index: at two decimals whatever the edition's (0,26 is not "0")
    figures([W.oneMore, r(o.gain), null, null, null, `${W.score} ${num(r(o.expectedScore)!, locale)} (${W.basis[o.basis]}${o.like ? `: ${o.like.name}` : ""})${note}`], { 1: PLAN_FORMATS.gain });
    rows.push([]);
  }

  const inv = source.innovations;
  const indicatorName = new Map(plan.evidence.byIndicator.map((g) => [g.key, g.name]));
  for (const [title, groups] of [[W.byIndicator, plan.evidence.byIndicator], [W.byAgency, plan.evidence.byAgency]] as const) {
    // the evidence needed (often several documents) in the wide column F, like a step's change
    heading(title, ...W.groups);
    // an agency's key is its name: shown once, in the Nama column
    // an unknown index (the edition lacks a number) leaves every group's gain and index after unknown: "?", not 0
    for (const g of groups) {
      // the change of the printed index, as a step's (its index after is beside it)
      const gain = g.gain === null ? "?" : printedGain({ gain: g.gain, indexAfter: g.indexAfter }, plan.start.index, decimals);
      figures([g.key === g.name[locale] ? null : g.key, g.name[locale], g.answers, g.innovations, gain, g.required.map((x) => x[locale]).join("; ") || null, g.indexAfter ?? "?"], { 4: gain === 0 && (g.gain ?? 0) > 0 ? G0 : G, 6: I });
      // an agency's to-do under it (audit38): each of its innovations at its row's name cell, with the indicators whose
      // evidence it lacks; each answer's evidence needed is in its row's Skor Kekurangan Bukti
      for (const x of g.innovationGaps ?? []) {
        const row = inv?.rows[x.index];
        const at = inv && row !== undefined ? where(inv.sheet, a1(row, layoutAt(inv, row).profile.name ?? 0)) : null;
        link(0, at ?? undefined);
        rows.push([at, `${W.bullet}${x.name}`, x.indicators.length, null, null, x.indicators.map((id) => `${id} ${indicatorName.get(id)?.[locale] ?? ""}`.trim()).join("; ")]);
      }
    }
    if (groups.length === 0) rows.push([W.none]);
    rows.push([]);
  }

  heading(...W.compliance);
  for (const rule of plan.compliance.rules) {
    for (const a of rule.owing) {
      const type = a.type in AGENCY_TYPE_LABELS ? labelOf(AGENCY_TYPE_LABELS, a.type as keyof typeof AGENCY_TYPE_LABELS) : a.type;
      rows.push([rule.name[locale], a.agency, type, a.count, a.required, a.shortBy]);
    }
    if (rule.notJudged) rows.push([rule.name[locale], W.notJudged]);
    else if (rule.owing.length === 0) rows.push([rule.name[locale], W.allComply]);
  }
  for (const t of plan.compliance.targets) rows.push([t.name[locale], W.year(t.year), W.targetRow, t.count, t.target, t.stillNeeded]);
  if (plan.compliance.rules.length + plan.compliance.targets.length === 0) rows.push([W.noRules]);
  rows.push([]);

  // what the plan does not withhold, and why: each at its row's name cell
  if (plan.compliance.kept.length > 0) {
    heading(...W.kept);
    for (const k of plan.compliance.kept) {
      const row = inv?.rows[k.index];
      const at = inv && row !== undefined ? where(inv.sheet, a1(row, layoutAt(inv, row).profile.name ?? 0)) : null;
      link(0, at ?? undefined);
      rows.push([at, k.name, null, k.agency]);
    }
    rows.push([]);
  }

  // what one unit is, where the efforts are read (plan13 F10)
  heading(W.efforts, W.value, W.changeAt, null, null, EFFORT_UNIT[locale]);
  // each effort by its name in the run's language, then the Pengaturan key to change it under (Bahasa: the key is the name)
  for (const key of EFFORT_KEYS) rows.push([locale === "en" ? EFFORT_NAMES_EN[key] : PLAN_SETTINGS_KEYS[key], plan.efforts[key], PLAN_SETTINGS_KEYS[key]]);
  // then the indicators' own, each under the key that sets it
  for (const r of indicatorEffortRows(plan.efforts)) rows.push([locale === "en" ? r.en : r.key, r.value, r.key]);
  return { rows, headingRows, formats, links };
}

function statusText(plan: Plan, source: SourceMap, locale: MessageLocale, decimals = 2): string {
  const id = locale === "id";
  const n = (x: number | null) => (x === null ? "?" : formatPlanNumber(x, locale, decimals));
  const rs = plan.reason;
  const effort = formatEffort(plan.totalEffort, locale);
  const k = plan.actions.length;
  const steps = num(k, locale);
  if (plan.status === "reached") return id ? `target tercapai dalam ${steps} langkah, upaya ${effort}` : `target reached in ${steps} step${k === 1 ? "" : "s"}, effort ${effort}`;
  if (rs?.code === "top_band") return id ? "sudah di predikat tertinggi" : "already in the top predicate";
  if (rs?.code === "already_at_target") return id ? `indeks ${n(rs.index)} sudah mencapai target ${n(rs.target)}` : `index ${n(rs.index)} already reaches the target ${n(rs.target)}`;
  if (rs?.code === "index_unknown") return id ? "indeks tidak dapat dihitung dengan edisi ini" : "the index cannot be computed with this edition";
  if (rs?.code === "region_not_reported") {
    // where to change it, if the region does report
    const at = statusCell(plan, source) ?? "Pengaturan";
    return id ? `daerah tercatat tidak melapor (Melapor: Tidak, ${at}): indeks 0; bila melapor, isi Ya lalu nilai ulang` : `the region is recorded as not reporting (Melapor: Tidak, ${at}): index 0; if it reports, set Ya and score again`;
  }
  // a column the reader did not find: the one fix, before any step
  if (rs?.code === "columns_absent") return columnsAbsentNote(rs.columns, locale);
  if (rs?.code === "target_unknown") return targetUnknownNote(rs, plan.edition.id, locale);
  // a plan that stops short says how far the target still is
  const left = (x: number) => n(plan.target === null ? null : Math.max(0, roundHalfUp(plan.target.index - x, decimals)));
  if (rs?.code === "action_limit") return id ? `berhenti di batas ${num(rs.limit, locale)} langkah, upaya ${effort}; target belum tercapai (indeks ${n(rs.index)}, masih kurang ${left(rs.index)} poin)` : `stopped at the limit of ${num(rs.limit, locale)} step${rs.limit === 1 ? "" : "s"}, effort ${effort}; target not reached yet (index ${n(rs.index)}, still ${left(rs.index)} points short)`;
  if (rs?.code === "no_more_gain") {
    // when the bound is the score the plan assumes for new innovations, the library's note says so (as the CLI's plan)
    const note = planStatusNote(plan, locale);
    const assumed = rs.newInnovations?.reachedWith != null;
    const head = id ? `target tidak terjangkau${assumed ? " dalam rencana ini" : ""}; indeks tertinggi ${n(rs.maximum)} dalam ${steps} langkah, upaya ${effort}, masih kurang ${left(rs.maximum)} poin` : `target out of reach${assumed ? " in this plan" : ""}; highest index ${n(rs.maximum)} in ${steps} step${k === 1 ? "" : "s"}, effort ${effort}, still ${left(rs.maximum)} points short`;
    return note ? `${head}. ${note}` : head;
  }
  return "";
}

/**
 * The writes of the plan sheet (Rencana), owned like the summary: a sheet the tool did not make is left alone and
 * reported unless `overwrite`; a re-run rewrites it whole (cells past the new content are emptied).
 */
export function writePlanSheet(
  grids: WorkbookGrids,
  plan: Plan,
  source: SourceMap,
  opts: { locale?: MessageLocale; overwrite?: boolean; host?: "addin"; decimals?: number; edition?: Edition | undefined; issues?: readonly LocatedIssue[] | undefined; maxLinks?: number } = {},
): { writes: CellWrite[]; issues: LocatedIssue[]; sheet: OwnedSheetSpec | undefined } {
  const locale = readLocale(opts.locale, "writePlanSheet");
  const existing = findSheet(grids, PLAN_SHEET);
  const ours = !existing || isSheetTitle("plan", cellAt(existing, 0, 0)) || existing.cells.every((row) => row.every((v) => isBlank(v ?? null)));
  if (!ours && !opts.overwrite) {
    return { writes: [], issues: [sheetIssue(locale, "summary_sheet_not_ours", "warning", existing!.name, undefined, PLAN_SHEET, { sheet: existing!.name, host: opts.host })], sheet: undefined };
  }
  const name = existing?.name ?? PLAN_SHEET;
  const content = planSheetContent(plan, source, locale, opts.decimals, { edition: opts.edition, issues: opts.issues, host: opts.host });
  // up to Excel's limit of links on a sheet; a row at the end says so
  const { links, note } = placeLinks(grids, content.links, locale, opts.maxLinks);
  if (note) content.rows.push([], [note]);
  const headings = new Set(content.headingRows);
  const writes: CellWrite[] = [];
  const height = Math.max(content.rows.length, existing?.cells.length ?? 0);
  for (let row = 0; row < height; row++) {
    const want = content.rows[row] ?? [];
    const width = Math.max(want.length, existing?.cells[row]?.length ?? 0);
    for (let col = 0; col < width; col++) {
      const value = want[col] ?? null;
      if (value === null && (existing ? cellAt(existing, row, col) : null) === null) continue;
      const w: CellWrite = { sheet: name, row, col, address: a1(row, col), value };
      if ((headings.has(row) || row === 0) && value !== null) w.header = true;
      if (typeof value === "string" && looksLikeFormula(value)) w.text = true;
      const numFmt = typeof value === "number" ? content.formats.get(row)?.[col] : undefined;
      if (numFmt) w.numFmt = numFmt;
      writes.push(w);
    }
  }
  return { writes, issues: [], sheet: { name, widths: WIDTHS, headingRows: content.headingRows, freezeRows: 0, landscape: true, wrap: { fromRow: 1 }, ...(links.length ? { links } : {}) } };
}
