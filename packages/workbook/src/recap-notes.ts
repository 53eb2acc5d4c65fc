/**
 * What a reader of a recap must know before its ranks: regions scored with different editions or of different years
 * (ranks never cross them), the same region given twice, the province's own workbook among its kab/kota. One sentence
 * each, in Bahasa Indonesia or English; the Rekap sheet and the add-in's pane show the same sentences.
 */
import type { MessageLocale, Recap } from "@inovasi/core";

type Notes = Pick<Recap, "mixedEditions" | "duplicates" | "mixedYears" | "years" | "provinces">;

const T = {
  id: {
    mixedEditions: "Daerah dinilai dengan edisi yang berbeda: peringkat dihitung di dalam setiap edisi, tidak lintas edisi.",
    duplicate: (name: string, year: number, ids: string[], spelt: string[]) =>
      `${name} ${year} muncul ${ids.length} kali (${ids.join(", ")}):${spelt.length > 1 ? ` ditulis ${spelt.map((n) => `"${n}"`).join(" dan ")};` : ""} setiap berkas tetap satu baris; bila salah satunya kiriman ulang, keluarkan berkas yang lama.`,
    years: (main: number, others: string) =>
      `Tahun penilaian berbeda: kebanyakan berkas ${main}; ${others}. Peringkat dihitung di dalam setiap tahun; periksa apakah berkas itu kiriman tahun lain.`,
    provinces: (ids: string[]) => `Buku kerja tingkat provinsi di antara kab/kota: ${ids.join(", ")}; diberi peringkat sendiri, tidak bersama kab/kota.`,
  },
  en: {
    mixedEditions: "Regions were scored with different editions: ranks are within each edition, never across.",
    duplicate: (name: string, year: number, ids: string[], spelt: string[]) =>
      `${name} ${year} appears ${ids.length} times (${ids.join(", ")}):${spelt.length > 1 ? ` spelt ${spelt.map((n) => `"${n}"`).join(" and ")};` : ""} each file is still one row; if one is a re-sent copy, leave the old file out.`,
    years: (main: number, others: string) =>
      `Different assessment years: most files ${main}; ${others}. Ranks are within each year; check whether that file was sent for another year.`,
    provinces: (ids: string[]) => `Province-level workbook among the kab/kota: ${ids.join(", ")}; ranked on its own, not with the kab/kota.`,
  },
} as const;

/** The recap's notes, in order: editions, duplicates, years, the province's own workbook. */
export function recapNotes(recap: Notes, locale: MessageLocale = "id"): string[] {
  const t = T[locale];
  const out: string[] = [];
  if (recap.mixedEditions) out.push(t.mixedEditions);
  for (const d of recap.duplicates) out.push(t.duplicate(d.name, d.year, d.ids, d.names));
  const years = recapYearsNote(recap, locale);
  if (years) out.push(years);
  const provinces = recapProvincesNote(recap, locale);
  if (provinces) out.push(provinces);
  return out;
}

/** Files of more than one assessment year: which, and that ranks stay within a year; null when all are of one. */
export function recapYearsNote(recap: Pick<Recap, "mixedYears" | "years">, locale: MessageLocale = "id"): string | null {
  if (!recap.mixedYears) return null;
  return T[locale].years(recap.years[0]!.year, recap.years.slice(1).map((y) => `${y.year}: ${y.ids.join(", ")}`).join("; "));
}

/** The province's own workbook among its kab/kota, ranked apart; null when there is none. */
export function recapProvincesNote(recap: Pick<Recap, "provinces">, locale: MessageLocale = "id"): string | null {
  return recap.provinces.length ? T[locale].provinces(recap.provinces) : null;
}
