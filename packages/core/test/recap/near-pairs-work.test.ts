/**
 * `banding`'s close pairs (`innovations.near`) cost work per innovation, not per pair: each innovation's name and
 * agency keys are made once (`joined`: Unicode normalisation and two regular expressions), not at each dropped × added
 * pair — 2,556 moved innovations of a 10,000-innovation workbook are 6.5 million pairs, and `banding` took 104–117 s.
 * Counted by the calls of `joined`, not timed. The pairs left out unmeasured are those that cannot be close: the pairs
 * found are the same, in the same order, as comparing every pair with `similarity`.
 */
import { describe, expect, it, vi } from "vitest";
import { nearPairs } from "../../src/recap/compare.js";
import { similarity } from "../../src/engine/urusan.js";
import type { InnovationResult } from "../../src/index.js";

const calls = vi.hoisted(() => ({ joined: 0 }));
vi.mock("../../src/recap/_match.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/recap/_match.js")>();
  return { ...real, joined: (s: string) => (calls.joined++, real.joined(s)) };
});

const words = ["kartu", "sehat", "air", "bersih", "pojok", "hijau", "sapa", "warga", "layanan", "desa", "mandiri", "lapor", "si", "e", "posyandu", "keliling"];
function innovations(n: number, seed: number): { dropped: InnovationResult[]; added: InnovationResult[] } {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  const name = () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(words)).join(rnd() < 0.5 ? " " : "-") + (rnd() < 0.3 ? ` ${Math.floor(rnd() * 20)}` : "");
  const typo = (s: string) => { const k = Math.floor(rnd() * s.length); return rnd() < 0.5 ? s.slice(0, k) + s.slice(k + 1) : s.slice(0, k) + "x" + s.slice(k); };
  const agencies = ["Dinas Kesehatan", "Dinas Kesehatn", "Dinas Sosial", "DINAS SOSIAL", "Bappeda", "Kecamatan Utara", ""];
  const dropped: InnovationResult[] = [];
  const added: InnovationResult[] = [];
  for (let k = 0; k < n; k++) {
    const [nm, ag] = [name(), pick(agencies)];
    dropped.push({ name: nm, agency: ag } as InnovationResult);
    const r = rnd();
    added.push({ name: r < 0.3 ? typo(nm) : r < 0.45 ? nm : name(), agency: r < 0.6 ? ag : pick(agencies) } as InnovationResult);
  }
  return { dropped, added };
}

/** Every pair compared, as before the pruning (the reference). */
function everyPair(dropped: readonly InnovationResult[], added: readonly InnovationResult[]): [InnovationResult, InnovationResult][] {
  const key = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const scored: { i: number; j: number; s: number }[] = [];
  dropped.forEach((b, i) => added.forEach((a, j) => {
    const name = similarity(key(b.name), key(a.name), 0.8);
    if (name < 0.8) return;
    const agency = similarity(key(b.agency), key(a.agency), 0.8);
    if (agency >= 0.8 || name === 1) scored.push({ i, j, s: name + (agency >= 0.8 ? agency : 0) });
  }));
  const [usedB, usedA] = [new Set<number>(), new Set<number>()];
  const out: [InnovationResult, InnovationResult][] = [];
  for (const x of scored.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j)) {
    if (usedB.has(x.i) || usedA.has(x.j)) continue;
    usedB.add(x.i); usedA.add(x.j);
    out.push([dropped[x.i]!, added[x.j]!]);
  }
  return out;
}

describe("compareYears' close pairs: work per innovation, not per pair", () => {
  it("each innovation's name and agency are normalised once (200 × 200 innovations: 800 keys, not 80,000)", () => {
    const { dropped, added } = innovations(200, 7);
    calls.joined = 0;
    nearPairs(dropped, added);
    expect(calls.joined).toBeLessThanOrEqual(2 * (dropped.length + added.length));
  });

  it.each([1, 2, 3, 4, 5])("the same pairs, in the same order, as comparing every pair (seed %i)", (seed) => {
    const { dropped, added } = innovations(150, seed);
    const found = nearPairs(dropped, added);
    expect(found.length).toBeGreaterThan(20);
    const at = (pairs: [InnovationResult, InnovationResult][]) => pairs.map(([b, a]) => [dropped.indexOf(b), added.indexOf(a)]);
    expect(at(found)).toEqual(at(everyPair(dropped, added)));
  });
});
