import { norm } from "./_match.js";

/**
 * Words a region's name may start with that only repeat its level: "Kab. Malang", "Kabupaten Malang" and
 * "Pemerintah Kabupaten Malang" are one kabupaten. Only the region's own level is stripped, so "Kota Baru" as a
 * kabupaten stays "kota baru", and "Kabupaten Bogor" and "Kota Bogor" (two levels) never meet.
 */
export const LEVEL_WORDS: Record<string, RegExp> = {
  kabupaten: /^(pemerintah (kabupaten|kab) |pemkab |kabupaten |kab )/,
  kota: /^(pemerintah kota |pemkot |kota )/,
  provinsi: /^(pemerintah provinsi |pemprov |provinsi |propinsi |prov )/,
};

/**
 * The kabupaten whose names begin with "Kota", written in two words: Kotabaru as "Kota Baru", Kotawaringin Barat and
 * Kotawaringin Timur as "Kota Waringin …" (Kemendagri's list of kabupaten has no other name beginning with "Kota"; no
 * kota is named Baru or Waringin). Their "Kota" says no level.
 */
const KABUPATEN_NAMED_KOTA = /^kota (baru|waringin (barat|timur)) $/;

/**
 * The level a region's name says by its first words, or undefined when it says none: "Kabupaten", "Kab.", "Pemkab",
 * "Pemerintah Kabupaten" (kabupaten); "Kota", "Pemkot", "Pemerintah Kota" (kota); "Provinsi", "Propinsi", "Prov.",
 * "Pemprov", "Pemerintah Provinsi" (provinsi) — the words `regionKey` strips. A bare "Kota …" says kota ("Kota Malang"
 * with Tingkat Kabupaten is a slip: Kabupaten Malang is another region), except the two-word spellings of the kabupaten
 * named "Kota…" ("Kota Baru" for Kotabaru, "Kota Waringin Timur"), which say none.
 *
 * @example
 * levelInName("Kab. Malang") //=> "kabupaten"
 * levelInName("Kota Malang") //=> "kota"
 * levelInName("Kota Baru") //=> undefined (Kabupaten Kotabaru written in two words)
 * levelInName("Malang") //=> undefined
 */
export function levelInName(name: string): "kabupaten" | "kota" | "provinsi" | undefined {
  const n = `${norm(name)} `;
  if (KABUPATEN_NAMED_KOTA.test(n)) return undefined;
  return (["kabupaten", "kota", "provinsi"] as const).find((level) => LEVEL_WORDS[level]!.test(n));
}

/**
 * The key one region has however its workbook spells the name: level, then the name normalised (accents, case,
 * punctuation, runs of spaces) without a leading word that repeats the level.
 *
 * @example
 * regionKey({ name: "Kab. Malang", level: "kabupaten" }) === regionKey({ name: "KABUPATEN  MALANG", level: "kabupaten" }) //=> true
 */
export function regionKey(region: { name: string; level: string }): string {
  const name = `${norm(region.name)} `;
  const strip = LEVEL_WORDS[region.level];
  return `${region.level}\u0000${(strip ? name.replace(strip, "") : name).trim()}`;
}

/**
 * A region's name without any leading level word, whatever level it is of ("Kabupaten Danau" and "Kota Danau" both
 * "danau"): for suggesting that a file whose level differs from the list's is still the listed region. Not a key.
 */
export function bareRegionName(name: string): string {
  let n = `${norm(name)} `;
  for (const re of Object.values(LEVEL_WORDS)) n = n.replace(re, "");
  return n.trim();
}
