/**
 * IID custom functions (namespace IID, see the manifest). Thin wrappers over @inovasi/core; a value the user can get
 * wrong becomes `#VALUE!` with a message in the pane's language, never a thrown string. They run in the pane's shared
 * runtime and use what the pane knows (`context.ts`): without an `edition` argument, the edition a run would use (a
 * loaded province model, the edition chosen, or the Pengaturan sheet's as last read); an `edition` argument may name
 * the loaded model by its id. They get cell values without their number format (a 10% cell arrives as 0.1): where
 * that changes the reading, they say so instead of guessing. Parameter names are Bahasa (Excel shows them in the
 * formula tooltip and the Function Arguments dialog; they are not saved in formulas) and messages quote them.
 */
import { type AnswerInput, type Edition, type Indicator, type Issue, type PlanTarget, type RegionInput, defaultEdition, editionIds, getEdition, innovationsNeeded, parseExpectedScore, parsePlanTarget, predicateFor, resolveAnswer, roundHalfUp, scoreRegion } from "@inovasi/core";
import { type CellValue, type LocatedIssue, type SourceMap, AGENCY_HEADERS, SETTINGS_KEYS, SHEETS, layoutAt, locateIssues, normaliseHeader, readAnswerCell, readNumber, readWorkbook, unitAfter } from "@inovasi/workbook";
import { functionContext } from "./context.js";
import { type FnLang, fnMsg, numberText } from "./messages.js";

/**
 * Set by {@link editionOf} when a call fell back to the latest shipped edition (no argument, and the pane has not yet
 * read the workbook's Pengaturan sheet): its failures then say which edition was used and how to choose. The
 * functions are synchronous, so the flag is the running call's; each function clears it first.
 */
let fellBack: string | undefined;

/** `#VALUE!` with the message; `edition`: the edition may be why (an option, a count, a band), said when it was a fallback. */
function fail(message: string, edition = true): never {
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, edition && fellBack ? message + fnMsg.editionFallback(lang(), fellBack) : message);
}

const lang = (): FnLang => functionContext().lang;

/**
 * The Excel error an argument holds (`#N/A` …), else undefined: a `CustomFunctions.Error` (its `code`), or a value in
 * the data-type form (`{ type: "Error", basicValue: "#N/A" }`); any other object is no value a function can read.
 * Office's documentation names error codes "supported as a custom function input error" without saying in which form
 * they arrive, so both forms are taken (not checked in Excel).
 */
export function errorOf(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as { code?: unknown; type?: unknown; basicValue?: unknown };
  if (typeof o.code === "string") return o.code;
  if (o.type === "Error" && typeof o.basicValue === "string") return o.basicValue;
  return "#VALUE!";
}

/** No value: an argument left out (Excel passes null) or an empty cell ("" in a range, null or "" alone). */
const isEmpty = (v: unknown) => v === null || v === undefined || v === "";

function editionOf(id: unknown): Edition {
  const ctx = functionContext();
  if (isEmpty(id)) {
    if (!ctx.edition) fellBack = defaultEdition.id;
    return ctx.edition ?? defaultEdition;
  }
  const err = errorOf(id);
  if (err) fail(fnMsg.errorValue(lang(), "edisi", err), false);
  const given = String(id).trim();
  const key = given.toLowerCase();
  // the province model loaded in the pane, by its id; a shipped edition in any case ("IID-2026")
  if (ctx.model && ctx.model.id.toLowerCase() === key) return ctx.model;
  const shipped = editionIds.find((e) => e.toLowerCase() === key);
  if (!shipped) fail(fnMsg.unknownEdition(lang(), given, editionIds, ctx.model?.id));
  return getEdition(shipped)!;
}

/**
 * Predikat Indeks Inovasi Daerah untuk sebuah indeks.
 * @customfunction PREDIKAT
 * @param {any} indeks Indeks (0–100): angka, atau teks seperti "38,55".
 * @param [edisi] Edisi model, mis. "iid-2026", atau id model provinsi yang dimuat di panel (bawaan: edisi yang dipakai panel, atau yang dinamai lembar Pengaturan).
 * @returns Label predikat, mis. "Inovatif".
 */
// `any`: Excel coerces an argument to its declared type before the call, so a number-typed one could never bring the
// text "38,55" here to be read with the decimal comma
export function predikat(indeks: any, edisi?: string): string {
  fellBack = undefined;
  const l = lang();
  const v = indeks as unknown;
  if (isEmpty(v)) fail(fnMsg.emptyIndex(l), false);
  const err = errorOf(v);
  if (err) fail(fnMsg.errorValue(l, "indeks", err), false);
  const n = numberArg(v);
  if (n === undefined || !Number.isFinite(n)) fail(fnMsg.notIndex(l, typeof v === "string" ? `"${v}"` : String(v)), false);
  const ed = editionOf(edisi);
  const p = predicateFor(n, ed);
  if (!p) fail(fnMsg.outOfBands(l, numberText(n, l), ed.id));
  return p.label[l];
}

/**
 * Skor satu inovasi dari jawaban indikator SID (satu sel per indikator, urut seperti edisi): label pilihan, tingkat
 * (angka, juga diketik sebagai teks), atau nilai dengan satuannya (mis. "25 orang"), dibaca seperti lembar Inovasi
 * kecuali angka tanpa satuan: di sini selalu tingkat (3 untuk SID-2 = tingkat 3), sedangkan lembar Inovasi membacanya
 * sebagai capaian pada indikator yang diukur (3 orang = tingkat 1). Tulis capaian dengan satuannya. Apa yang perlu
 * diperiksa dari pembacaannya ("3 hari kerja" dibaca 3 hari): IID.CATATAN_INOVASI dengan argumen yang sama.
 * @customfunction SKOR_INOVASI
 * @param jawaban Satu baris jawaban, satu sel per indikator SID.
 * @param [edisi] Edisi model, mis. "iid-2026", atau id model provinsi yang dimuat di panel (bawaan: edisi yang dipakai panel, atau yang dinamai lembar Pengaturan).
 * @returns Skor inovasi (Σ bobot × tingkat), dibulatkan ke 2 desimal seperti kolom Skor Klaim lembar Inovasi.
 */
export function skorInovasi(jawaban: unknown[][], edisi?: string): number {
  fellBack = undefined;
  const l = lang();
  const ed = editionOf(edisi);
  let total = 0;
  answeredIndicators(jawaban, ed).forEach(({ ind, cell }, k) => {
    const p = answerPoints(ind, k, cell, ed, l, []);
    if (typeof p !== "number") fail(p.text, p.edition);
    total += p;
  });
  // the number the Inovasi sheet's Skor Klaim gets for the same answers (write.ts: half-up to 2 decimals): a province
  // model's decimal weights sum to 62,19999999999999 in a double, which would not equal that cell
  return roundHalfUp(total, 2);
}

/**
 * Catatan pembacaan jawaban, seperti kolom Skor Catatan lembar Inovasi: apa yang dibaca dari tiap jawaban dan perlu
 * diperiksa ("3 hari kerja" dibaca 3 hari, "24 jam" dibaca 1 hari, "2,5 orang" …), juga kesalahan yang membuat
 * IID.SKOR_INOVASI bernilai #VALUE!. Kosong bila tidak ada catatan. Letakkan di samping IID.SKOR_INOVASI dengan
 * argumen yang sama.
 * @customfunction CATATAN_INOVASI
 * @param jawaban Satu baris jawaban, satu sel per indikator SID (seperti IID.SKOR_INOVASI).
 * @param [edisi] Edisi model, mis. "iid-2026", atau id model provinsi yang dimuat di panel (bawaan: edisi yang dipakai panel, atau yang dinamai lembar Pengaturan).
 * @returns Catatan tiap jawaban, mis. "jawaban ke-13 (SID-13): …"; kosong bila tidak ada.
 */
export function catatanInovasi(jawaban: unknown[][], edisi?: string): string {
  fellBack = undefined;
  const l = lang();
  const ed = editionOf(edisi);
  const notes: string[] = [];
  let edition = false;
  answeredIndicators(jawaban, ed).forEach(({ ind, cell }, k) => {
    const p = answerPoints(ind, k, cell, ed, l, notes);
    if (typeof p !== "number") {
      notes.push(p.text);
      edition ||= p.edition;
    }
  });
  // which edition read them, once, when it was a fallback and it may be why (as a failure of SKOR_INOVASI says)
  return notes.join("; ") + (notes.length && edition && fellBack ? fnMsg.editionFallback(l, fellBack) : "");
}

/** The edition's SID indicators, each with its cell of `jawaban`, one per cell (`#VALUE!` when the count differs). */
function answeredIndicators(jawaban: unknown[][], ed: Edition): { ind: Indicator; cell: unknown }[] {
  const sid = ed.indicators.filter((i) => i.aspect === "SID");
  const cells = jawaban.flat();
  if (cells.length !== sid.length) fail(fnMsg.count(lang(), sid.length, ed.id, cells.length));
  return sid.map((ind, k) => ({ ind, cell: cells[k] }));
}

/**
 * One answer's points (weight × tier), or why it has none (`edition`: the edition may be why, see {@link fail}); what
 * the reading says besides goes to `notes` (as the Inovasi sheet's notes column: warnings and notes alike), each
 * after the answer's position.
 */
function answerPoints(ind: Indicator, k: number, v: unknown, ed: Edition, l: FnLang, notes: string[]): number | { text: string; edition: boolean } {
  if (isEmpty(v)) return 0;
  const at = (text: string) => fnMsg.answer(l, k + 1, ind.id, text);
  const err = errorOf(v);
  if (err) return { text: at(fnMsg.errorValue(l, l === "id" ? "sel" : "the cell", err)), edition: false };
  // read as the Inovasi sheet's answer cells are ("3" typed as text, "51-90 %", "25 orang", a decimal comma), a
  // bare number being the tier (this function's contract: no Dasar Ukur beside it)
  // a number that is no tier (2,5 from a row's measured days): said with the decimal comma, and how to give it —
  // before the reader, which takes a fraction for an indicator of options as an option typed
  const tiers = [0, ...new Set(ind.options.map((o) => o.tier))];
  const notATier = (tier: number) => {
    const n = numberText(tier, l, 4);
    // the unit after the number as the sheets write it: "1 agency" in English, not "1 agencies"
    return { text: at(fnMsg.notATier(l, n, ind.id, tiers.join(", "), [...new Set(ind.measures.map((m) => unitAfter(m, l, n)).filter((u): u is string => !!u))])), edition: true };
  };
  const noTier = (x: unknown): x is number => typeof x === "number" && !tiers.includes(x) && (!Number.isInteger(x) || ind.measures.length > 0);
  if (noTier(v)) return notATier(v);
  const read = readAnswerCell(ind, typeof v === "number" || typeof v === "boolean" ? v : String(v), { numbersAreTiers: true, locale: l });
  const bad = read.issues.filter((i) => i.severity === "error");
  if (bad.length) return { text: at(bad.map((i) => i.text).join("; ")), edition: true };
  // what the reading says ("3 hari kerja" dibaca 3 hari, "24 jam" dibaca 1 hari, "1.500 orang" dibaca 1500 orang)
  for (const i of read.issues) notes.push(at(i.text));
  if (!read.answer) return 0;
  if (noTier(read.answer.tier)) return notATier(read.answer.tier);
  const r = resolveAnswer(ind, { ...read.answer, evidence: "accepted" }, [k]);
  // worded as the Inovasi sheet words it (locateIssues with the edition), without the engine's path ("[0].tier"):
  // the position is said in words; a value outside the tiers with its unit in the language; an unknown option on a
  // measured indicator with "atau tulis angka, mis. 25 orang", as the sheets advise
  const said = locateIssues(r.issues, NO_SOURCE, l, { edition: ed }).map((i) => i.text);
  if (r.status === "invalid_answer") return { text: at(said.join("; ")), edition: true };
  for (const t of said) notes.push(at(t));
  if (ind.weight === null) return { text: fnMsg.noWeight(l, ind.id, ed.id), edition: true };
  return ind.weight * r.tier;
}

/**
 * Indeks Inovasi Daerah (terverifikasi) dari tabel SPD dan tabel inovasi, masing-masing beserta baris judulnya,
 * ditata seperti templat (lembar SPD dan Inovasi). Peringatan pembacaan tabel (tidak menghentikan hasil):
 * IID.CATATAN_INDEKS dengan argumen yang sama.
 * @customfunction INDEKS
 * @param rentang_spd Tabel SPD termasuk baris judul (Kode, Indikator, Jawaban, Bukti; Dasar Ukur bila ada).
 * @param rentang_inovasi Tabel inovasi termasuk baris judul.
 * @param [edisi] Edisi model, mis. "iid-2026", atau id model provinsi yang dimuat di panel (bawaan: edisi yang dipakai panel, atau yang dinamai lembar Pengaturan).
 * @param [tingkat] Tingkat daerah: "Kabupaten", "Kota" atau "Provinsi" (bawaan: "Kabupaten").
 * @param {any} [total_spd] Total skor SPD, untuk edisi tanpa baris SPD (iid-2023): seperti "Total SPD" di lembar Pengaturan (angka, atau teks seperti "12,5"); rentang_spd boleh kosong.
 * @param [melapor] Apakah daerah melapor: "Ya" atau "Tidak", seperti "Melapor" di lembar Pengaturan (bawaan: "Ya"; daerah yang tidak melapor berindeks 0).
 * @returns Indeks terverifikasi (0–100).
 */
// total_spd `any`, as PREDIKAT's indeks: a number-typed one would be coerced by Excel before the call, so the text
// "12,5" (a decimal comma on an Excel with English separators) would be a bare #VALUE!; it is read as the Pengaturan
// sheet's "Total SPD" cell is
export function indeks(rentang_spd: unknown[][], rentang_inovasi: unknown[][], edisi?: string, tingkat?: string, total_spd?: any, melapor?: string): number {
  fellBack = undefined;
  const l = lang();
  const ed = editionOf(edisi);
  const { input, source } = regionOf(rentang_spd, rentang_inovasi, ed, tingkat, total_spd, melapor);
  const r = scoreRegion(input, ed);
  // located as the pane locates them (with the result and edition): the same words, "atau tulis angka, mis. 25 orang" too
  failOnErrors(locateIssues(r.issues, source, l, { result: r, edition: ed }));
  if (r.verified.index === null) fail(fnMsg.noIndex(l, ed.id));
  return r.verified.index;
}

/** No sheet: an issue of one answer is worded without a place (the function says the answer's position itself). */
const NO_SOURCE: SourceMap = { innovations: undefined, spd: undefined, agencies: undefined, settings: undefined };

/** Arguments whose cells the reader reports as cells of a template sheet. */
const RANGE_ARGS: Record<string, string> = { [SHEETS.innovations]: "rentang_inovasi", [SHEETS.spd]: "rentang_spd" };

/** The argument behind each setting of the Pengaturan sheet the functions make from their arguments. */
const SETTING_ARGS: Record<string, string> = { [SETTINGS_KEYS.level]: "tingkat", [SETTINGS_KEYS.spdTotal]: "total_spd", [SETTINGS_KEYS.edition]: "edisi", [SETTINGS_KEYS.reported]: "melapor" };

/**
 * Where a problem is, in the function's own terms: the argument and the row and column counted from the range's first
 * cell (the reader's `Inovasi!C4` is only the sheet's C4 when the range starts at A1); for a setting, the argument it
 * was made from (`tingkat`, `total_spd`, `edisi`) — an edition without SPD rows needs `total_spd`, said as such.
 */
function placeInRange(i: LocatedIssue): string {
  if (i.sheet === SHEETS.settings) {
    const arg = i.code === "spd_total_required" ? "total_spd" : SETTING_ARGS[i.field];
    return arg ? `${arg}: ${i.text}${arg === "total_spd" ? fnMsg.spdTotalHint(lang()) : ""}` : i.text;
  }
  const arg = RANGE_ARGS[i.sheet];
  const m = i.cell ? /^([A-Z]+)(\d+)$/.exec(i.cell) : null;
  if (!arg) return i.text;
  if (!m) return `${arg}: ${i.text}`;
  const col = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return `${fnMsg.place(lang(), arg, m[2]!, col, i.field)}: ${i.text}`;
}

/** A formula gives no number while the tables hold an error (the pane and `inovasi score` report it; a cell cannot). */
function failOnErrors(issues: (LocatedIssue | string)[], edition = true): void {
  const errors = issues.filter((i) => typeof i === "string" || i.severity === "error");
  if (!errors.length) return;
  const more = errors.length > 3 ? fnMsg.moreErrors(lang(), errors.length - 3) : "";
  fail(errors.slice(0, 3).map((i) => (typeof i === "string" ? i : placeInRange(i))).join("; ") + more, edition);
}

/** A range's cell as the reader takes it: "" blank, an Excel error by its text (the reader reports it at its cell). */
function cellOf(v: unknown): CellValue {
  if (v === "" || v === undefined) return null;
  const err = errorOf(v);
  return err ?? (v as CellValue);
}

/**
 * Answers read from a number between -1 and 1 (not 0) on an indicator measured in percent: in a sheet Excel shows 0.1
 * with a percent format as 10%, and the pane reads 10; a function gets 0.1 without the format and cannot tell.
 */
function percentsUnseen(input: RegionInput, source: SourceMap, spd: CellValue[][], inv: CellValue[][], ed: Edition): string[] {
  const l = lang();
  const out: string[] = [];
  const check = (raw: CellValue | undefined, ind: Indicator | undefined, a: AnswerInput | undefined, arg: string, r: number, c: number) => {
    if (!ind || !a || a.value === undefined || typeof raw !== "number" || raw === 0 || Math.abs(raw) >= 1) return;
    const m = a.measure ? ind.measures.find((x) => x.id === a.measure) : ind.measures.length === 1 ? ind.measures[0] : undefined;
    if (!(m ? m.unit === "%" : ind.measures.length > 0 && ind.measures.every((x) => x.unit === "%"))) return;
    out.push(`${fnMsg.place(l, arg, String(r + 1), c + 1, undefined)}: ${fnMsg.percentUnseen(l, numberText(raw, l, 4), numberText(raw * 100, l, 2), ind.id)}`);
  };
  const byId = new Map(ed.indicators.map((i) => [i.id, i]));
  const s = source.spd;
  if (s && s.cols.answer !== undefined) for (const [id, r] of Object.entries(s.rows)) check(spd[r]?.[s.cols.answer], byId.get(id), input.spdAnswers?.[id], "rentang_spd", r, s.cols.answer);
  const v = source.innovations;
  if (v) v.rows.forEach((r, k) => {
    for (const [id, cols] of Object.entries(layoutAt(v, r).indicators)) if (cols.answer !== undefined) check(inv[r]?.[cols.answer], byId.get(id), input.innovations[k]?.answers[id], "rentang_inovasi", r, cols.answer);
  });
  return out;
}

/** The region the SPD and Inovasi tables describe, read by the worksheet contract (as INDEKS and the CLI read it). */
function regionOf(spdRange: unknown[][], innovationsRange: unknown[][], ed: Edition, level: string | undefined, spdTotal: unknown, reported: unknown): { input: RegionInput; source: SourceMap } {
  const t = tablesRead(spdRange, innovationsRange, ed, level, spdTotal, reported);
  failOnErrors(t.issues);
  if (!t.input) fail(fnMsg.unreadable(lang()), false);
  failOnErrors(t.percents, false);
  return { input: t.input, source: t.source };
}

/**
 * The SPD and Inovasi tables read by the worksheet contract, every reading said: the reader's located issues and the
 * percent answers a function cannot read (see {@link percentsUnseen}: errors, placed).
 */
function tablesRead(spdRange: unknown[][], innovationsRange: unknown[][], ed: Edition, level: string | undefined, spdTotal: unknown, reported: unknown): { input: RegionInput | undefined; source: SourceMap; issues: LocatedIssue[]; percents: string[] } {
  const l = lang();
  const inv = innovationsRange.map((r) => r.map(cellOf));
  const spd = spdRange.map((r) => r.map(cellOf));
  // No Perangkat Daerah sheet: the agencies are the ones the innovations name, of a kind a function cannot know
  // ("Dinas" stands for it). The index does not depend on it; what does (the edition's agency rules) is left out of
  // CATATAN_INDEKS and said there (agencyRules).
  const agencyCol = (inv[0] ?? []).findIndex((h) => typeof h === "string" && normaliseHeader(h) === "perangkat daerah");
  const agencies = [...new Set(inv.slice(1).map((r) => r[agencyCol]).filter((v): v is string => typeof v === "string" && v.trim() !== ""))];
  // the Total SPD row always there, empty when not given: a missing total is then said of the argument, not as a row
  // to add to a Pengaturan sheet the analyst never saw
  const grids = {
    [SHEETS.settings]: { name: SHEETS.settings, cells: [["Pengaturan", "Nilai"], [SETTINGS_KEYS.regionName, "Daerah"], [SETTINGS_KEYS.level, isEmpty(level) ? "Kabupaten" : (errorOf(level) ?? level!)], [SETTINGS_KEYS.year, ed.year], [SETTINGS_KEYS.edition, ed.id], [SETTINGS_KEYS.spdTotal, isEmpty(spdTotal) ? null : cellOf(spdTotal)], [SETTINGS_KEYS.reported, isEmpty(reported) ? "Ya" : cellOf(reported)]] as CellValue[][] },
    [SHEETS.agencies]: { name: SHEETS.agencies, cells: [[AGENCY_HEADERS.name, AGENCY_HEADERS.type], ...agencies.map((a) => [a, "Dinas"])] as CellValue[][] },
    [SHEETS.spd]: { name: SHEETS.spd, cells: spd },
    [SHEETS.innovations]: { name: SHEETS.innovations, cells: inv },
  };
  // a function gives no number while an error stands: the reader's errors say nothing of what is taken meanwhile
  const read = readWorkbook(grids, { edition: ed, locale: l, errorsStop: true });
  return { input: read.input, source: read.source, issues: read.issues, percents: read.input ? percentsUnseen(read.input, read.source, spd, inv, ed) : [] };
}

/**
 * Catatan pembacaan tabel SPD dan tabel inovasi, seperti lembar Masalah: setiap kesalahan dan peringatan, di mana
 * (argumen, baris dan kolom dihitung dari sel pertama rentang) dan apa yang diharapkan — juga yang tidak menghentikan
 * IID.INDEKS dan IID.INOVASI_DIBUTUHKAN (mis. "3 hari kerja" dibaca 3 hari, bukti yang belum diterima). Satu catatan
 * per baris (tumpah ke bawah), kesalahan lebih dahulu; kosong bila tidak ada.
 * @customfunction CATATAN_INDEKS
 * @param rentang_spd Tabel SPD termasuk baris judul (seperti IID.INDEKS).
 * @param rentang_inovasi Tabel inovasi termasuk baris judul.
 * @param [edisi] Edisi model, mis. "iid-2026", atau id model provinsi yang dimuat di panel (bawaan: edisi yang dipakai panel, atau yang dinamai lembar Pengaturan).
 * @param [tingkat] Tingkat daerah: "Kabupaten", "Kota" atau "Provinsi" (bawaan: "Kabupaten").
 * @param {any} [total_spd] Total skor SPD, untuk edisi tanpa baris SPD (iid-2023), seperti IID.INDEKS.
 * @param [melapor] Apakah daerah melapor: "Ya" atau "Tidak", seperti "Melapor" di lembar Pengaturan (bawaan: "Ya"; daerah yang tidak melapor berindeks 0).
 * @returns {string[][]} Satu catatan per baris, mis. "Peringatan — rentang_inovasi baris ke-4, kolom ke-41 (SID-13): …".
 */
export function catatanIndeks(rentang_spd: unknown[][], rentang_inovasi: unknown[][], edisi?: string, tingkat?: string, total_spd?: any, melapor?: string): string[][] {
  fellBack = undefined;
  const l = lang();
  const ed = editionOf(edisi);
  const t = tablesRead(rentang_spd, rentang_inovasi, ed, tingkat, total_spd, melapor);
  const issues: (LocatedIssue | string)[] = [...t.issues, ...t.percents];
  const rules = agencyRules(ed);
  if (t.input) {
    const r = scoreRegion(t.input, ed);
    issues.push(...locateIssues(r.issues.filter((i) => !rules.codes(i)), t.source, l, { result: r, edition: ed }));
  } else if (!t.issues.some((i) => i.severity === "error")) issues.push(fnMsg.unreadable(l));
  // as the Masalah sheet lists them: errors, then warnings (notes left out); in the order read within each
  const severity = (i: LocatedIssue | string) => (typeof i === "string" ? "error" : i.severity);
  const rows = (["error", "warning"] as const).flatMap((s) => issues.filter((i) => severity(i) === s).map((i) => [`${fnMsg.severity(l, s)} — ${typeof i === "string" ? i : placeInRange(i)}`]));
  if (rules.names.length) rows.push([`${fnMsg.severity(l, "info")} — ${fnMsg.agencyRulesUnchecked(l, rules.names.map((n) => n[l]))}`]);
  if (rows.length && fellBack) rows.push([`${fnMsg.severity(l, "info")} — ${fnMsg.editionFallback(l, fellBack).trim().replace(/^\(|\)$/g, "")}`]);
  return rows.length ? rows : [[""]];
}

/**
 * The edition's compliance checks that need the Perangkat Daerah sheet — every rule (which agencies have too few
 * innovations: those with none are on that sheet only) and each target counted from some agency kinds — by name, and
 * whether an engine issue is theirs. A function lists the innovations' agencies under one placeholder kind, so their
 * outcome would be a guess: "Kecamatan Hulu memiliki 0 inovasi" under an OPD rule, and none of the sheet's agencies
 * without an innovation named.
 */
function agencyRules(ed: Edition): { names: { id: string; en: string }[]; codes: (i: Issue) => boolean } {
  const typed = new Set(ed.compliance.targets.filter((x) => x.agencyTypes).map((x) => x.id));
  return {
    names: [...ed.compliance.rules.map((r) => r.name), ...ed.compliance.targets.filter((x) => typed.has(x.id)).map((x) => x.name)],
    codes: (i) => i.code === "compliance_rule_not_met" || (i.code === "compliance_target_not_met" && typed.has(String(i.params["target"]))),
  };
}

/**
 * Berapa inovasi baru (masing-masing dengan skor yang diharapkan) yang dibutuhkan agar indeks terverifikasi mencapai
 * target, tanpa perubahan lain. 0 bila target sudah tercapai.
 * @customfunction INOVASI_DIBUTUHKAN
 * @param rentang_spd Tabel SPD termasuk baris judul (Kode, Indikator, Jawaban, Dasar Ukur, Bukti).
 * @param rentang_inovasi Tabel inovasi termasuk baris judul.
 * @param [target] Predikat (mis. "Sangat Inovatif") atau nilai indeks (mis. 50); bawaan: predikat berikutnya.
 * @param {any} [skor_harapan] Skor terverifikasi tiap inovasi baru (angka, atau teks seperti "57,5"); bawaan: median inovasi yang dihitung.
 * @param [edisi] Edisi model, mis. "iid-2026", atau id model provinsi yang dimuat di panel (bawaan: edisi yang dipakai panel, atau yang dinamai lembar Pengaturan).
 * @param [tingkat] Tingkat daerah: "Kabupaten", "Kota" atau "Provinsi" (bawaan: "Kabupaten").
 * @param {any} [total_spd] Total skor SPD, untuk edisi tanpa baris SPD (iid-2023): seperti "Total SPD" di lembar Pengaturan (angka, atau teks seperti "12,5"); rentang_spd boleh kosong.
 * @param [melapor] Apakah daerah melapor: "Ya" atau "Tidak", seperti "Melapor" di lembar Pengaturan (bawaan: "Ya"; daerah yang tidak melapor berindeks 0).
 * @returns Jumlah inovasi baru yang dibutuhkan.
 */
// skor_harapan and total_spd `any`: see INDEKS
export function inovasiDibutuhkan(rentang_spd: unknown[][], rentang_inovasi: unknown[][], target?: string | number, skor_harapan?: any, edisi?: string, tingkat?: string, total_spd?: any, melapor?: string): number {
  fellBack = undefined;
  const l = lang();
  const ed = editionOf(edisi);
  let t: PlanTarget | undefined;
  if (!isEmpty(target)) {
    const err = errorOf(target);
    if (err) fail(fnMsg.errorValue(l, "target", err), false);
    const parsed = parsePlanTarget(String(target), ed);
    if (!parsed.ok) fail(parsed.message[l]);
    t = parsed.value;
  }
  const given = expectedScoreOf(skor_harapan as unknown);
  const score = given === undefined ? undefined : parseExpectedScore(given, ed);
  if (score && !score.ok) fail(fnMsg.expectedPrefix(l, score.message[l]));
  const { input, source } = regionOf(rentang_spd, rentang_inovasi, ed, tingkat, total_spd, melapor);
  // index 0 whatever its innovations: "naikkan skor yang diharapkan" would send the analyst the wrong way
  if (!input.region.reported) fail(fnMsg.notReported(l), false);
  const scored = scoreRegion(input, ed);
  failOnErrors(locateIssues(scored.issues, source, l, { result: scored, edition: ed }));
  const r = innovationsNeeded(input, ed, { ...(t ? { target: t } : {}), ...(given !== undefined ? { expectedScore: given } : {}) });
  if (r.index === null) fail(fnMsg.noIndex(l, ed.id));
  if (r.lowerEndUnknown) fail(fnMsg.lowerEndUnknown(l, r.lowerEndUnknown.label[l], ed.id), false);
  if (r.target === null) fail(fnMsg.topBand(l), false);
  const n = (x: number) => numberText(x, l);
  const goal = r.target.predicate ? fnMsg.goalPredicate(l, r.target.predicate.label[l]) : fnMsg.goalIndex(l, n(r.target.index));
  if (r.needed === null) fail(fnMsg.unreachable(l, goal, r.tried, n(r.expectedScore), n(r.index)));
  return r.needed;
}

/** A number argument as given, or text read as the sheets read numbers ("38,55"); undefined when the text is not one number. */
function numberArg(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  const reading = typeof v === "string" ? readNumber(v) : undefined;
  return reading && reading.other === undefined ? reading.value : undefined;
}

/** `skor_harapan` as a number (a number, or text read as the sheets read numbers: "57,5"); undefined when left out. */
function expectedScoreOf(v: unknown): number | undefined {
  if (isEmpty(v)) return undefined;
  const l = lang();
  const err = errorOf(v);
  if (err) fail(fnMsg.errorValue(l, "skor_harapan", err), false);
  const n = numberArg(v);
  if (n === undefined || !Number.isFinite(n) || n <= 0) fail(fnMsg.expectedNotPositive(l, String(v)), false);
  return n;
}

/** Register the functions with Excel's runtime (no-op outside Excel). */
export function registerFunctions(): void {
  if (typeof CustomFunctions === "undefined" || !CustomFunctions.associate) return;
  CustomFunctions.associate("PREDIKAT", predikat);
  CustomFunctions.associate("SKOR_INOVASI", skorInovasi);
  CustomFunctions.associate("INDEKS", indeks);
  CustomFunctions.associate("INOVASI_DIBUTUHKAN", inovasiDibutuhkan);
  CustomFunctions.associate("CATATAN_INOVASI", catatanInovasi);
  CustomFunctions.associate("CATATAN_INDEKS", catatanIndeks);
}

registerFunctions();
