import { norm } from "./_match.js";

/**
 * Words a region's name may start with that only repeat its level: "Kab. Malang", "Kabupaten Malang" and
 * "Pemerintah Kabupaten Malang" are one kabupaten. Only the region's own level is stripped, so "Kota Baru" as a
 * kabupaten stays "kota baru", and "Kabupaten Bogor" and "Kota Bogor" (two levels) never meet.
 */
export const LEVEL_WORDS: Record<string, RegExp> = {
  kabupaten: /^(pemerintah (kabupaten|kab) |pemkab |kabupaten |kab )/,
  kota: /^(pemerintah kota |pemkot |kota )/,
  provinsi: /^(pemerintah provinsi |pemprov |provinsi |prov )/,
};

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
