/**
 * The IID functions' messages (the text behind `#VALUE!`), Bahasa Indonesia and English as the pane's language says,
 * numbers as that language writes them (decimal comma in Bahasa). Pure.
 */
import { formatPlanNumber } from "@inovasi/core";

export type FnLang = "id" | "en";

/** A number as the language writes it, at most two decimals, trailing zeros dropped (105,5; 76,23). */
export const numberText = (x: number, lang: FnLang, decimals = 2): string => formatPlanNumber(x, lang, decimals).replace(/([.,]\d*?)0+$/, "$1").replace(/[.,]$/, "");

const list = (xs: readonly string[]) => xs.map((x) => `"${x}"`).join(", ");

export const fnMsg = {
  notIndex: (l: FnLang, given: string) => (l === "id" ? `${given} bukan angka indeks; tulis angka 0 sampai 100` : `${given} is not an index; write a number from 0 to 100`),
  emptyIndex: (l: FnLang) => (l === "id" ? "sel indeks kosong; tulis angka 0 sampai 100" : "the index cell is empty; write a number from 0 to 100"),
  /** An Excel error value (`#N/A` …) where a value was expected: said as the error it is (it was "[object Object]"). */
  errorValue: (l: FnLang, where: string, code: string) =>
    l === "id" ? `${where} berisi kesalahan ${code}; perbaiki sel atau rumus itu dahulu` : `${where} holds the error ${code}; fix that cell or formula first`,
  outOfBands: (l: FnLang, index: string, edition: string) =>
    l === "id" ? `indeks ${index} tidak berada di rentang predikat mana pun pada edisi ${edition}; tulis angka 0 sampai 100` : `index ${index} is in no predicate's range of edition ${edition}; write a number from 0 to 100`,
  unknownEdition: (l: FnLang, given: string, shipped: readonly string[], model: string | undefined) =>
    l === "id"
      ? `edisi "${given}" tidak dikenal; yang tersedia: ${[...shipped, ...(model ? [model] : [])].join(", ")}${model ? "" : ". Model provinsi: muat berkasnya di panel IID (Pilih berkas model), lalu tulis id-nya di sini"}`
      : `edition "${given}" is unknown; available: ${[...shipped, ...(model ? [model] : [])].join(", ")}${model ? "" : ". A province model: load its file in the IID pane (Choose a model file), then give its id here"}`,
  count: (l: FnLang, want: number, edition: string, given: number) =>
    l === "id" ? `diharapkan ${want} jawaban (satu per indikator SID edisi ${edition}), diberikan ${given}` : `${want} answers expected (one per SID indicator of edition ${edition}), ${given} given`,
  answer: (l: FnLang, k: number, id: string, text: string) => (l === "id" ? `jawaban ke-${k} (${id}): ${text}` : `answer ${k} (${id}): ${text}`),
  /** A bare number that is no tier; on an indicator with measures, how to give it as a measured value. */
  notATier: (l: FnLang, n: string, id: string, tiers: string, units: readonly string[]) =>
    (l === "id" ? `${n} bukan tingkat indikator ${id} (tingkat yang sah: ${tiers})` : `${n} is not a tier of indicator ${id} (valid tiers: ${tiers})`) +
    (units.length ? (l === "id" ? `; bila itu nilai terukur, tulis bersama satuannya, mis. "${n} ${units[0]}"` : `; if it is a measured value, write it with its unit, e.g. "${n} ${units[0]}"`) : ""),
  noWeight: (l: FnLang, id: string, edition: string) => (l === "id" ? `bobot indikator ${id} belum ditetapkan di edisi ${edition}` : `the weight of indicator ${id} is not set in edition ${edition}`),
  noIndex: (l: FnLang, edition: string) =>
    l === "id" ? `indeks belum dapat dihitung dengan edisi ${edition} (ada angka model yang belum ditetapkan)` : `the index cannot be computed with edition ${edition} (a number of the model is not set)`,
  unreadable: (l: FnLang) =>
    l === "id" ? "tabel tidak dapat dibaca; pilih tabel SPD dan tabel inovasi masing-masing beserta baris judulnya" : "the tables cannot be read; select the SPD table and the innovations table, each with its header row",
  place: (l: FnLang, arg: string, row: string, col: number, field: string | undefined) =>
    l === "id" ? `${arg} baris ke-${row}, kolom ke-${col}${field ? ` (${field})` : ""}` : `${arg} row ${row}, column ${col}${field ? ` (${field})` : ""}`,
  moreErrors: (l: FnLang, n: number) => (l === "id" ? `; dan ${n} kesalahan lain` : `; and ${n} more error${n === 1 ? "" : "s"}`),
  /** A fraction in a percent answer: a function gets values without their number format, so it cannot tell 10% from 0,1 %. */
  percentUnseen: (l: FnLang, n: string, pct: string, id: string) =>
    l === "id"
      ? `${n} pada ${id} (dalam persen): fungsi tidak melihat format sel, jadi tidak tahu apakah sel menampilkan ${pct}% atau ${n} %; tulis ${pct} bila maksudnya ${pct}%, atau ketik teks "${n}%" bila memang ${n} %`
      : `${n} in ${id} (a percentage): a function does not see the cell's format, so it cannot tell ${pct}% from ${n} %; write ${pct} if ${pct}% is meant, or type the text "${n}%" if ${n} % is meant`,
  expectedNotPositive: (l: FnLang, given: string) => (l === "id" ? `skor_harapan: skor yang diharapkan "${given}" harus berupa angka lebih dari 0, mis. 57,5` : `skor_harapan: the expected score "${given}" must be a number above 0, e.g. 57.5`),
  expectedPrefix: (l: FnLang, text: string) => (l === "id" ? `skor yang diharapkan ${text}` : `expected score: ${text}`),
  topBand: (l: FnLang) => (l === "id" ? "daerah sudah berada di predikat tertinggi; tulis target berupa nilai indeks" : "the region is in the top predicate already; give the target as an index"),
  /** The default target's band has an unknown lower threshold (core's `lowerEndUnknown`): no count reaches it for sure. */
  lowerEndUnknown: (l: FnLang, band: string, edition: string) =>
    l === "id"
      ? `target bawaan adalah predikat "${band}", tetapi batas bawahnya belum diketahui di edisi ${edition}, maka jumlah inovasi yang mencapainya tidak dapat dihitung; tulis target berupa nilai indeks (mis. 50 atau 50,5)`
      : `the default target is the predicate "${band}", but its lower threshold is not known in edition ${edition}, so the number of innovations that reach it cannot be computed; give the target as an index (e.g. 50 or 50.5)`,
  goalPredicate: (l: FnLang, p: string) => (l === "id" ? `predikat "${p}"` : `the predicate "${p}"`),
  goalIndex: (l: FnLang, x: string) => (l === "id" ? `indeks ${x}` : `index ${x}`),
  // any number is tried (innovationsNeeded goes past the count cap): "whatever their number"
  unreachable: (l: FnLang, goal: string, tried: number | null, score: string, max: string) =>
    l === "id"
      ? `${goal} tidak tercapai ${tried !== null ? `dengan sampai ${tried}` : "berapa pun jumlah"} inovasi baru berskor ${score} (indeks tertinggi ${max}); naikkan skor yang diharapkan atau perbaiki inovasi yang ada`
      : `${goal} is not reached with ${tried !== null ? `up to ${tried}` : "any number of"} new innovations scoring ${score} (highest index ${max}); raise the expected score or improve the existing innovations`,
  allowed: list,
  /**
   * A failure of a call that used the latest shipped edition because nothing named one yet (no `edisi` argument, the
   * workbook's Pengaturan sheet not read): which edition, and how to choose.
   */
  editionFallback: (l: FnLang, id: string) =>
    l === "id"
      ? ` (edisi dipakai: ${id}, edisi terbaru, karena panel IID belum membaca lembar Pengaturan; tulis argumen edisi, mis. "iid-2023", atau buka panel IID dan klik Nilai)`
      : ` (edition used: ${id}, the latest, as the IID pane has not read the Pengaturan sheet yet; give the edisi argument, e.g. "iid-2023", or open the IID pane and click Score)`,
  /** A note's severity, as the Masalah sheet words it (problems-sheet.ts). */
  severity: (l: FnLang, s: "error" | "warning" | "info") => ({ error: { id: "Kesalahan", en: "Error" }, warning: { id: "Peringatan", en: "Warning" }, info: { id: "Catatan", en: "Note" } })[s][l],
  /** INOVASI_DIBUTUHKAN for a region that did not report: its index is 0 whatever it adds. */
  notReported: (l: FnLang) =>
    l === "id"
      ? `melapor: daerah yang tidak melapor berindeks 0 berapa pun inovasinya; tulis melapor "Ya" untuk melihat berapa inovasi yang dibutuhkan bila daerah melapor`
      : `melapor: a region that did not report has index 0 whatever its innovations; give melapor "Ya" to see how many are needed once it reports`,
  /**
   * The edition's rules on agencies (every agency of some kinds, at least k innovations; a count from some kinds): a
   * function sees no Perangkat Daerah sheet, so neither the agencies without an innovation nor any agency's kind.
   */
  agencyRulesUnchecked: (l: FnLang, names: readonly string[]) =>
    l === "id"
      ? `aturan perangkat daerah edisi ini (${list(names)}) tidak diperiksa di sini: fungsi tidak melihat lembar Perangkat Daerah (daftar perangkat daerah dan jenisnya); klik Nilai di panel IID untuk memeriksanya`
      : `this edition's agency rules (${list(names)}) are not checked here: a function does not see the Perangkat Daerah sheet (the agencies and their kinds); click Score in the IID pane to check them`,
  /** How to give an edition without SPD rows its total. */
  spdTotalHint: (l: FnLang) =>
    l === "id" ? ` — tulis total itu sebagai argumen total_spd (seperti "Total SPD" di lembar Pengaturan)` : ` — give that total as the total_spd argument (as "Total SPD" on the Pengaturan sheet)`,
};
