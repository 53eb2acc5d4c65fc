/**
 * IID custom functions (namespace IID, see the manifest). Thin wrappers over @inovasi/core; a value the user can get
 * wrong becomes `#VALUE!` with an Indonesian message, never a thrown string.
 */
import { type Edition, defaultEdition, editionIds, formatIssue, getEdition, predicateFor, resolveAnswer } from "@inovasi/core";

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

/** Register the functions with Excel's runtime (no-op outside Excel). */
export function registerFunctions(): void {
  if (typeof CustomFunctions === "undefined" || !CustomFunctions.associate) return;
  CustomFunctions.associate("PREDIKAT", predikat);
  CustomFunctions.associate("SKOR_INOVASI", skorInovasi);
}

registerFunctions();
