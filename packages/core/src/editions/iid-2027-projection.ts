import type { Edition } from "../model/edition.js";
import type { EditionPatch } from "../model/merge.js";

const PROJECTION = "proyeksi-peer-2027";

/**
 * What the 2027 projection changes in IGA 2026: the divisor floor 14 and the yandas rule 6 of 6, as a peer's
 * projection table encodes them. Every other rule stays as in 2026. Not an official edition.
 */
export function iid2027ProjectionPatch(base: Edition): EditionPatch {
  const source = (page: string, note: string) => ({ ref: PROJECTION, page, confidence: "peer" as const, note });
  return {
    id: "iid-2027-projection",
    year: 2027,
    name: { id: "Proyeksi Indeks Inovasi Daerah 2027 (bukan edisi resmi)", en: "Regional Innovation Index 2027 projection (not official)" },
    caveat: {
      id: "Angka ini memakai edisi proyeksi 2027: batas bawah pembagi 14 dan yandas 6 dari 6 dari tabel proyeksi perangkat lunak pembanding — bukan angka resmi",
      en: "These figures use the 2027 projection: divisor floor 14 and yandas 6 of 6 from a peer's projection table — not official figures",
    },
    description: {
      id: "Diturunkan dari iid-2026: batas bawah pembagi SID 14 dan aturan yandas 6 dari 6 menurut tabel proyeksi peer. Aturan lain (termasuk jendela waktu 2024–2025) tetap seperti IGA 2026 sampai lampiran 2027 terbit.",
      en: "Derived from iid-2026: SID divisor floor 14 and yandas 6 of 6 per a peer's projection table. Every other rule (the 2024–2025 window included) stays as in IGA 2026 until the 2027 annexes are published.",
    },
    sources: [
      ...base.sources,
      {
        id: PROJECTION,
        title: "Tabel proyeksi perangkat lunak pembanding (peer): batas bawah pembagi SID 14 (2027), 16 (2028), 18 (2029); yandas 6 dari 6 (2027)",
        publisher: "peer software",
      },
    ],
    formula: {
      sidDivisorFloor: { value: 14, source: source("tabel proyeksi, 2027; spesifikasi §2", "Batas bawah pembagi tampak berindeks tahun: 10 (2023), 12 (2026), 14 (2027) [I].") },
    },
    yandas: {
      minCovered: { value: 6, source: source("aturan yandas 2027; spesifikasi §2", "Peer lain mengodekan 5 dari 6 untuk IGA 2026 (edisi iid-2026).") },
    },
  };
}
