/**
 * IID custom functions (namespace IID, see the manifest). Thin wrappers over @inovasi/core; a value the user can get
 * wrong becomes `#VALUE!` with an Indonesian message, never a thrown string.
 */
import { type Edition, type PlanTarget, type RegionInput, defaultEdition, editionIds, formatIssue, formatPlanNumber, getEdition, innovationsNeeded, parseExpectedScore, parsePlanTarget, predicateFor, resolveAnswer, scoreRegion } from "@inovasi/core";
import { type CellValue, type LocatedIssue, type SourceMap, AGENCY_HEADERS, SETTINGS_KEYS, SHEETS, locateIssues, normaliseHeader, readAnswerCell, readWorkbook } from "@inovasi/workbook";

function fail(message: string): never {
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

function editionOf(id: string | null | undefined): Edition {
  if (id === null || id === undefined || id === "") return defaultEdition;
  const e = getEdition(String(id).trim());
  if (!e) fail(`edisi "${id}" tidak dikenal; yang tersedia: ${editionIds.join(", ")}`);
  return e;
}

/**
 * Predikat (band) Indeks Inovasi Daerah untuk sebuah indeks.
 * @customfunction PREDIKAT
 * @param score Indeks (0–100).
 * @param [edition] Edisi model, mis. "iid-2026" (bawaan: edisi terbaru).
 * @returns Label predikat, mis. "Inovatif".
 */
export function predikat(score: number, edition?: string): string {
  if (typeof score !== "number" || !Number.isFinite(score)) fail(`"${String(score)}" bukan angka indeks; tulis angka 0 sampai 100`);
  const ed = editionOf(edition);
  const p = predicateFor(score, ed);
  if (!p) fail(`indeks ${numberText(score)} tidak berada di rentang predikat mana pun pada edisi ${ed.id}; tulis angka 0 sampai 100`);
  return p.label.id;
}

/**
 * Skor satu inovasi dari jawaban indikator SID (satu sel per indikator, urut seperti edisi): label pilihan, tingkat
 * (angka, juga diketik sebagai teks), atau nilai dengan satuannya (mis. "25 orang"), dibaca seperti lembar Inovasi.
 * @customfunction SKOR_INOVASI
 * @param answers Satu baris jawaban, satu sel per indikator SID.
 * @param [edition] Edisi model, mis. "iid-2026".
 * @returns Skor inovasi (Σ bobot × tingkat).
 */
export function skorInovasi(answers: unknown[][], edition?: string): number {
  const ed = editionOf(edition);
  const sid = ed.indicators.filter((i) => i.aspect === "SID");
  const cells = answers.flat();
  if (cells.length !== sid.length) fail(`diharapkan ${sid.length} jawaban (satu per indikator SID edisi ${ed.id}), diberikan ${cells.length}`);
  let total = 0;
  sid.forEach((ind, k) => {
    const v = cells[k];
    if (v === null || v === undefined || v === "") return;
    // read as the Inovasi sheet's answer cells are ("3" typed as text, "51-90 %", "25 orang", a decimal comma), a
    // bare number being the tier (this function's contract: no Dasar Ukur beside it)
    const read = readAnswerCell(ind, typeof v === "number" || typeof v === "boolean" ? v : String(v), { numbersAreTiers: true });
    const bad = read.issues.filter((i) => i.severity === "error");
    if (bad.length) fail(`jawaban ke-${k + 1} (${ind.id}): ${bad.map((i) => i.text).join("; ")}`);
    if (!read.answer) return;
    const r = resolveAnswer(ind, { ...read.answer, evidence: "accepted" }, [k]);
    // the message without the engine's path ("[0].tier"): the position is said in words
    if (r.status === "invalid_answer") fail(`jawaban ke-${k + 1} (${ind.id}): ${r.issues.map((i) => formatIssue({ ...i, path: [] }, "id")).join("; ")}`);
    if (ind.weight === null) fail(`bobot indikator ${ind.id} belum ditetapkan di edisi ${ed.id}`);
    total += ind.weight * r.tier;
  });
  return total;
}

/**
 * Indeks Inovasi Daerah (terverifikasi) dari tabel SPD dan tabel inovasi, masing-masing beserta baris judulnya,
 * ditata seperti templat (lembar SPD dan Inovasi).
 * @customfunction INDEKS
 * @param spd_range Tabel SPD termasuk baris judul (Kode, Indikator, Jawaban, Dasar Ukur, Bukti).
 * @param innovations_range Tabel inovasi termasuk baris judul.
 * @param [edition] Edisi model, mis. "iid-2026".
 * @param [level] Tingkat daerah: "Kabupaten", "Kota" atau "Provinsi" (bawaan: "Kabupaten").
 * @returns Indeks terverifikasi (0–100).
 */
export function indeks(spd_range: unknown[][], innovations_range: unknown[][], edition?: string, level?: string): number {
  const ed = editionOf(edition);
  const { input, source } = regionOf(spd_range, innovations_range, ed, level);
  const r = scoreRegion(input, ed);
  failOnErrors(locateIssues(r.issues, source, "id"));
  if (r.verified.index === null) fail(`indeks belum dapat dihitung dengan edisi ${ed.id} (ada angka model yang belum ditetapkan)`);
  return r.verified.index;
}

/** A number as an Indonesian Excel writes it (decimal comma), at most two decimals. */
function numberText(x: number): string {
  return formatPlanNumber(x, "id").replace(/,?0+$/, "");
}

/** Arguments whose cells the reader reports as cells of a template sheet. */
const RANGE_ARGS: Record<string, string> = { [SHEETS.innovations]: "innovations_range", [SHEETS.spd]: "spd_range" };

/**
 * Where a problem is, in the function's own terms: the argument and the row and column counted from the range's first
 * cell (the reader's `Inovasi!C4` is only the sheet's C4 when the range starts at A1); `level` for the level argument.
 */
function placeInRange(i: LocatedIssue): string {
  if (i.sheet === SHEETS.settings) return `level: ${i.text}`;
  const arg = RANGE_ARGS[i.sheet];
  const m = i.cell ? /^([A-Z]+)(\d+)$/.exec(i.cell) : null;
  if (!arg) return i.text;
  if (!m) return `${arg}: ${i.text}`;
  const col = [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return `${arg} baris ke-${m[2]}, kolom ke-${col}${i.field ? ` (${i.field})` : ""}: ${i.text}`;
}

/** A formula gives no number while the tables hold an error (the pane and `inovasi score` report it; a cell cannot). */
function failOnErrors(issues: LocatedIssue[]): void {
  const errors = issues.filter((i) => i.severity === "error");
  if (!errors.length) return;
  const more = errors.length > 3 ? `; dan ${errors.length - 3} kesalahan lain` : "";
  fail(errors.slice(0, 3).map(placeInRange).join("; ") + more);
}

/** The region the SPD and Inovasi tables describe, read by the worksheet contract (as INDEKS and the CLI read it). */
function regionOf(spd_range: unknown[][], innovations_range: unknown[][], ed: Edition, level: string | undefined): { input: RegionInput; source: SourceMap } {
  const cell = (v: unknown): CellValue => (v === "" || v === undefined ? null : (v as CellValue));
  const inv = innovations_range.map((r) => r.map(cell));
  const spd = spd_range.map((r) => r.map(cell));
  // The index does not depend on agency types; agencies are the ones the innovations name, listed as "Dinas".
  const agencyCol = (inv[0] ?? []).findIndex((h) => typeof h === "string" && normaliseHeader(h) === "perangkat daerah");
  const agencies = [...new Set(inv.slice(1).map((r) => r[agencyCol]).filter((v): v is string => typeof v === "string" && v.trim() !== ""))];
  const grids = {
    [SHEETS.settings]: { name: SHEETS.settings, cells: [["Pengaturan", "Nilai"], [SETTINGS_KEYS.regionName, "Daerah"], [SETTINGS_KEYS.level, level ?? "Kabupaten"], [SETTINGS_KEYS.year, ed.year], [SETTINGS_KEYS.edition, ed.id]] as CellValue[][] },
    [SHEETS.agencies]: { name: SHEETS.agencies, cells: [[AGENCY_HEADERS.name, AGENCY_HEADERS.type], ...agencies.map((a) => [a, "Dinas"])] as CellValue[][] },
    [SHEETS.spd]: { name: SHEETS.spd, cells: spd },
    [SHEETS.innovations]: { name: SHEETS.innovations, cells: inv },
  };
  const read = readWorkbook(grids, { edition: ed, locale: "id" });
  failOnErrors(read.issues);
  if (!read.input) fail("tabel tidak dapat dibaca; pilih tabel SPD dan tabel inovasi masing-masing beserta baris judulnya");
  return { input: read.input, source: read.source };
}

/**
 * Berapa inovasi baru (masing-masing dengan skor yang diharapkan) yang dibutuhkan agar indeks terverifikasi mencapai
 * target, tanpa perubahan lain. 0 bila target sudah tercapai.
 * @customfunction INOVASI_DIBUTUHKAN
 * @param spd_range Tabel SPD termasuk baris judul (Kode, Indikator, Jawaban, Dasar Ukur, Bukti).
 * @param innovations_range Tabel inovasi termasuk baris judul.
 * @param [target] Predikat (mis. "Sangat Inovatif") atau nilai indeks (mis. 50); bawaan: predikat berikutnya.
 * @param [expected_score] Skor terverifikasi tiap inovasi baru; bawaan: median inovasi yang dihitung.
 * @param [edition] Edisi model, mis. "iid-2026".
 * @param [level] Tingkat daerah: "Kabupaten", "Kota" atau "Provinsi" (bawaan: "Kabupaten").
 * @returns Jumlah inovasi baru yang dibutuhkan.
 */
export function inovasiDibutuhkan(spd_range: unknown[][], innovations_range: unknown[][], target?: string | number, expected_score?: number, edition?: string, level?: string): number {
  const ed = editionOf(edition);
  let t: PlanTarget | undefined;
  if (target !== undefined && target !== null && target !== "") {
    const parsed = parsePlanTarget(String(target), ed);
    if (!parsed.ok) fail(parsed.message.id);
    t = parsed.value;
  }
  const given = expected_score === undefined || expected_score === null || (expected_score as unknown) === "" ? undefined : expected_score;
  if (given !== undefined && (typeof given !== "number" || !Number.isFinite(given) || given <= 0)) fail(`skor yang diharapkan "${String(given)}" harus berupa angka lebih dari 0`);
  const score = given === undefined ? undefined : parseExpectedScore(given, ed);
  if (score && !score.ok) fail(`skor yang diharapkan ${score.message.id}`);
  const { input, source } = regionOf(spd_range, innovations_range, ed, level);
  failOnErrors(locateIssues(scoreRegion(input, ed).issues, source, "id"));
  const r = innovationsNeeded(input, ed, { ...(t ? { target: t } : {}), ...(given !== undefined ? { expectedScore: given } : {}) });
  if (r.index === null) fail(`indeks belum dapat dihitung dengan edisi ${ed.id} (ada angka model yang belum ditetapkan)`);
  if (r.target === null) fail("daerah sudah berada di predikat tertinggi; tulis target berupa nilai indeks");
  const n = (x: number) => formatPlanNumber(x, "id").replace(/,00$/, "");
  const goal = r.target.predicate ? `predikat "${r.target.predicate.label.id}"` : `indeks ${n(r.target.index)}`;
  // any number is tried (innovationsNeeded goes past the count cap): "whatever their number"
  const upTo = Number.isFinite(r.tried) ? `dengan sampai ${r.tried}` : "berapa pun jumlah";
  if (r.needed === null) fail(`${goal} tidak tercapai ${upTo} inovasi baru berskor ${n(r.expectedScore)} (indeks tertinggi ${n(r.index)}); naikkan skor yang diharapkan atau perbaiki inovasi yang ada`);
  return r.needed;
}

/** Register the functions with Excel's runtime (no-op outside Excel). */
export function registerFunctions(): void {
  if (typeof CustomFunctions === "undefined" || !CustomFunctions.associate) return;
  CustomFunctions.associate("PREDIKAT", predikat);
  CustomFunctions.associate("SKOR_INOVASI", skorInovasi);
  CustomFunctions.associate("INDEKS", indeks);
  CustomFunctions.associate("INOVASI_DIBUTUHKAN", inovasiDibutuhkan);
}

registerFunctions();
