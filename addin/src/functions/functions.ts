/**
 * IID custom functions (namespace IID, see the manifest). Thin wrappers over @inovasi/core; a value the user can get
 * wrong becomes `#VALUE!` with an Indonesian message, never a thrown string.
 */
import { type Edition, defaultEdition, editionIds, formatIssue, getEdition, predicateFor, resolveAnswer, scoreRegion } from "@inovasi/core";
import { type CellValue, AGENCY_HEADERS, SETTINGS_KEYS, SHEETS, normaliseHeader, readWorkbook } from "@inovasi/workbook";

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
  if (typeof score !== "number" || !Number.isFinite(score)) fail(`"${String(score)}" bukan angka indeks`);
  const ed = editionOf(edition);
  const p = predicateFor(score, ed);
  if (!p) fail(`indeks ${score} tidak berada di rentang predikat mana pun pada edisi ${ed.id}`);
  return p.label.id;
}

/**
 * Skor satu inovasi dari jawaban indikator SID (satu sel per indikator, urut seperti edisi): label pilihan, tingkat (angka).
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
    const answer = typeof v === "number" ? { tier: v, evidence: "accepted" as const } : { option: String(v), evidence: "accepted" as const };
    const r = resolveAnswer(ind, answer, [k]);
    if (r.status === "invalid_answer") fail(`jawaban ke-${k + 1} (${ind.id}): ${r.issues.map((i) => formatIssue(i, "id")).join("; ")}`);
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
  if (!read.input) fail(read.issues.filter((i) => i.severity === "error").slice(0, 3).map((i) => i.message).join("; ") || "tabel tidak dapat dibaca");
  const r = scoreRegion(read.input, ed);
  if (r.verified.index === null) fail(`indeks belum dapat dihitung dengan edisi ${ed.id} (ada angka model yang belum ditetapkan)`);
  return r.verified.index;
}

/** Register the functions with Excel's runtime (no-op outside Excel). */
export function registerFunctions(): void {
  if (typeof CustomFunctions === "undefined" || !CustomFunctions.associate) return;
  CustomFunctions.associate("PREDIKAT", predikat);
  CustomFunctions.associate("SKOR_INOVASI", skorInovasi);
  CustomFunctions.associate("INDEKS", indeks);
}

registerFunctions();
