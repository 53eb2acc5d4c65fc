import type { SourceRef } from "../model/common.js";
import type { Edition, Indicator } from "../model/edition.js";
import type { EditionPatch } from "../model/merge.js";

const WHY =
  "Tidak diketahui untuk IGA 2023; diisi dari IGA 2026 karena struktur 2023 (36 indikator: 20 SID, 15 SPD dan jumlah inovasi; SPD 25,2 % / SID 74,8 %) sama dengan 2026 (63 / 187 dari 250).";

/**
 * IGA 2023 with every number the 2023 sources leave unknown filled from IGA 2026, marked "inferred" with a note:
 * skor jumlah inovasi 0.38 × MIN(n, 200) (and its yandas condition), the yandas minimum 5 of 6, the 300-word minimum,
 * at most 2 entries, and the 2026 SPD rows (2023 gives SPD only as a total). 2023's confirmed numbers stay: divisor
 * floor 10, the 2023 bands, the 2023 SID indicators. The implementation window is not filled (its dates are
 * year-specific), nor is the scored-stages rule (unknown in 2026 too). Not an official edition: it carries a caveat.
 */
export function iid2023InferredPatch(e2023: Edition, e2026: Edition): EditionPatch {
  const from2026 = (source: SourceRef, what: string): SourceRef => ({
    ref: source.ref,
    ...(source.page !== undefined ? { page: `${source.page} (IGA 2026)` } : { page: "IGA 2026" }),
    confidence: "inferred",
    note: [`${what} ${WHY}`, source.note ? `Catatan 2026: ${source.note}` : ""].filter((x) => x !== "").join(" "),
  });
  const f = e2026.formula;
  const el = e2026.eligibility;
  const spdRow = (ind: Indicator): Indicator => ({
    ...ind,
    source: from2026(ind.source, `Baris SPD ${ind.number}: baris SPD 2023 tidak diterbitkan (2023 memberi SPD sebagai total); bobot dan tingkat 2026 dipakai.`),
    measures: ind.measures.map((m) =>
      m.source ? { ...m, source: from2026(m.source, "Ambang numerik diterbitkan per tahun; ambang 2026 dipakai, ambang 2023 yang sebenarnya dapat berbeda.") } : m,
    ),
  });
  const cited = new Set([f.jumlahInovasi.perInnovation.source.ref, e2026.yandas.minCovered.source.ref, el.minDesignWords?.source.ref, el.maxEntries?.source.ref, ...e2026.indicators.map((i) => i.source.ref), ...e2026.indicators.flatMap((i) => i.measures.map((m) => m.maximum?.source.ref))]);
  return {
    id: "iid-2023-inferred",
    year: e2023.year,
    name: {
      id: "Indeks Inovasi Daerah — IGA 2023, aturan yang tidak diketahui diisi dari 2026 (bukan edisi resmi)",
      en: "Regional Innovation Index — IGA 2023 with its unknown rules filled from 2026 (not official)",
    },
    description: {
      id: "Diturunkan dari iid-2023 agar wilayah dapat membandingkan 2023 dengan 2026: setiap angka 2023 yang tidak diketahui (skor jumlah inovasi, aturan yandas, batas kata rancang bangun, batas keikutsertaan, baris SPD) diisi dari IGA 2026 dengan keyakinan \"inferred\". Angka 2023 yang terkonfirmasi tetap: batas bawah pembagi 10, predikat 2023, indikator SID 2023. Jendela waktu penerapan tidak diisi (tanggalnya khas per tahun), dan aturan tahapan yang dinilai tetap belum diketahui.",
      en: "Derived from iid-2023 so a region can compare 2023 with 2026: every unknown 2023 number (skor jumlah inovasi, the yandas rule, the design-word minimum, the entry limit, the SPD rows) is filled from IGA 2026 with confidence \"inferred\". 2023's confirmed numbers stay: divisor floor 10, the 2023 bands, the 2023 SID indicators. The implementation window is not filled (its dates are year-specific), and the scored-stages rule stays unknown.",
    },
    caveat: {
      id: "Angka ini memakai edisi turunan: aturan 2023 yang tidak diketahui diisi dari 2026 — bukan angka resmi",
      en: "These figures use a derived edition: the unknown 2023 rules are filled from 2026 — not official figures",
    },
    sources: e2026.sources.filter((s) => cited.has(s.id) && !e2023.sources.some((t) => t.id === s.id)),
    spdMode: "rows",
    indicators: e2026.indicators.filter((i) => i.aspect === "SPD").map(spdRow),
    formula: {
      jumlahInovasi: {
        perInnovation: {
          value: f.jumlahInovasi.perInnovation.value,
          source: from2026(f.jumlahInovasi.perInnovation.source, "Skor jumlah inovasi 0,38 × MIN(n, 200), 0 bila aturan yandas tidak terpenuhi."),
        },
        countCap: { value: f.jumlahInovasi.countCap.value, source: from2026(f.jumlahInovasi.countCap.source, "Batas jumlah inovasi 200.") },
        requiresYandas: f.jumlahInovasi.requiresYandas,
      },
    },
    yandas: {
      minCovered: { value: e2026.yandas.minCovered.value, source: from2026(e2026.yandas.minCovered.source, "Yandas minimal 5 dari 6 urusan.") },
    },
    eligibility: {
      ...(el.minDesignWords && { minDesignWords: { value: el.minDesignWords.value, source: from2026(el.minDesignWords.source, "Rancang bangun minimal 300 kata.") } }),
      ...(el.maxEntries && { maxEntries: { value: el.maxEntries.value, source: from2026(el.maxEntries.source, "Satu inovasi paling banyak diikutkan dua kali (berlaku sejak 2024).") } }),
    },
  };
}
