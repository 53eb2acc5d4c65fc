/**
 * How an innovation is recognised from one year to the next: by its `id` when both years give the same one, else by
 * its name and agency, each normalised — Unicode NFKD without accents, lower case, every character that is not a
 * letter or digit left out (spaces too). So "E-Sehat" / "e sehat", "Si Sehat" / "SiSehat" and "Dinas  Kesehatan" /
 * "dinas kesehatan" match, as `banding` says ("ignoring case, spaces and punctuation"); a renamed innovation or one
 * moved to another agency does not (it is dropped in one year and added in the other; `compareYears` names the close
 * pairs in `innovations.near`, never pairing them silently).
 */
export function matchKey(name: string, agency: string): string {
  return `${joined(name)}\u0000${joined(agency)}`;
}

/** `norm` without its spaces: "Si-Bersih  pendidikan" → "sibersihpendidikan". */
export function joined(s: string): string {
  return norm(s).replace(/ /g, "");
}

/** Accents off, lower case, every run of non-letters/digits one space, trimmed ("Kab. Malang" → "kab malang"). */
export function norm(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * Pair items of two lists: first by equal non-empty `id`, then by `key`; within equal keys, first with first (so an
 * innovation listed twice in both years pairs twice). Returns index pairs and the unpaired indexes of each side.
 */
export function pairUp<T>(
  before: readonly T[],
  after: readonly T[],
  idOf: (x: T) => string | undefined,
  keyOf: (x: T) => string,
): { pairs: [number, number][]; onlyBefore: number[]; onlyAfter: number[] } {
  const pairs: [number, number][] = [];
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const byId = new Map<string, number[]>();
  after.forEach((x, j) => { const id = idOf(x); if (id) byId.set(id, [...(byId.get(id) ?? []), j]); });
  before.forEach((x, i) => {
    const id = idOf(x);
    const j = id ? byId.get(id)?.find((k) => !usedA.has(k)) : undefined;
    if (j !== undefined) { pairs.push([i, j]); usedB.add(i); usedA.add(j); }
  });
  const byKey = new Map<string, number[]>();
  after.forEach((x, j) => { if (!usedA.has(j)) byKey.set(keyOf(x), [...(byKey.get(keyOf(x)) ?? []), j]); });
  before.forEach((x, i) => {
    if (usedB.has(i)) return;
    const j = byKey.get(keyOf(x))?.find((k) => !usedA.has(k));
    if (j !== undefined) { pairs.push([i, j]); usedB.add(i); usedA.add(j); }
  });
  return {
    pairs: pairs.sort((a, b) => a[0] - b[0]),
    onlyBefore: before.map((_, i) => i).filter((i) => !usedB.has(i)),
    onlyAfter: after.map((_, j) => j).filter((j) => !usedA.has(j)),
  };
}
