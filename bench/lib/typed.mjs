// The arithmetic floor for the benchmark: claimed and verified IID indices computed from typed arrays in one loop.
// Decoding (answers → tiers, eligibility, urusan) is done once by typedInput, outside the timing, from the parsed
// input and the engine's own resolution; typedIndices then does only what a spreadsheet's formulas would: per-row
// weighted sums, per-region sums and counts, MAX(floor, n), MIN(n, cap), the yandas count, ROUND.

/**
 * Typed arrays for every innovation of every region (SID tiers, accepted evidence, counted flags, yandas urusan).
 * `resolvedAnswers` is core's (it turns an innovation result's compact `resolved` into arrays).
 */
export function typedInput(inputs, results, edition, resolvedAnswers) {
  const sid = edition.indicators.filter((i) => i.aspect === "SID");
  const k = sid.length;
  const n = results.reduce((s, r) => s + r.innovations.length, 0);
  const yandas = edition.yandas.urusan.map((u) => u.trim().toLowerCase());
  const t = {
    k,
    regionStart: new Int32Array(results.length + 1),
    tiers: new Uint8Array(n * k),
    accepted: new Uint8Array(n * k),
    claimedCounted: new Uint8Array(n),
    verifiedCounted: new Uint8Array(n),
    /** Bit u set when the innovation's urusan is yandas urusan u. */
    yandasBits: new Uint8Array(n),
    spd: new Float64Array(results.length * 2),
    reported: new Uint8Array(results.length),
    weights: Float64Array.from(sid.map((i) => i.weight)),
  };
  let row = 0;
  results.forEach((r, g) => {
    t.regionStart[g] = row;
    t.spd[2 * g] = r.claimed.spd.score;
    t.spd[2 * g + 1] = r.verified.spd.score;
    t.reported[g] = inputs[g].region.reported ? 1 : 0;
    r.innovations.forEach((inv, j) => {
      const { tiers, evidence } = resolvedAnswers(inv);
      for (let q = 0; q < k; q++) {
        t.tiers[row * k + q] = tiers[q];
        t.accepted[row * k + q] = evidence[q] === "accepted" ? 1 : 0;
      }
      t.claimedCounted[row] = inv.claimed.counted ? 1 : 0;
      t.verifiedCounted[row] = inv.verified.counted ? 1 : 0;
      const inn = inputs[g].innovations[j];
      const urusan = [inn.urusan, ...(edition.yandas.countRelatedUrusan ? inn.relatedUrusan : [])];
      for (const u of urusan) {
        const at = yandas.indexOf(u.trim().toLowerCase());
        if (at >= 0) t.yandasBits[row] |= 1 << at;
      }
      row++;
    });
  });
  t.regionStart[results.length] = row;
  return t;
}

/** Claimed and verified indices per region (Float64Array each), rounded with `round(x, decimals)`. */
export function typedIndices(t, edition, round) {
  const f = edition.formula;
  const floor = f.sidDivisorFloor.value;
  const per = f.jumlahInovasi.perInnovation.value;
  const cap = f.jumlahInovasi.countCap.value;
  const maxTotal = f.maxTotal.value;
  const minCovered = edition.yandas.minCovered.value;
  const decimals = f.rounding.decimals;
  const regions = t.regionStart.length - 1;
  const out = { claimed: new Float64Array(regions), verified: new Float64Array(regions) };
  const { k, tiers, accepted, weights } = t;
  for (let g = 0; g < regions; g++) {
    const from = t.regionStart[g];
    const to = t.regionStart[g + 1];
    let sumC = 0, sumV = 0, nC = 0, nV = 0, bitsC = 0, bitsV = 0;
    for (let i = from; i < to; i++) {
      const c = t.claimedCounted[i];
      const v = t.verifiedCounted[i];
      if (c) {
        let s = 0;
        for (let q = 0; q < k; q++) s += weights[q] * tiers[i * k + q];
        sumC += s; nC++; bitsC |= t.yandasBits[i];
      }
      if (v) {
        let s = 0;
        for (let q = 0; q < k; q++) s += weights[q] * (accepted[i * k + q] ? tiers[i * k + q] : 0);
        sumV += s; nV++; bitsV |= t.yandasBits[i];
      }
    }
    const divisor = Math.max(floor, f.rejectedCountInDivisor.value ? to - from : 0);
    const index = (spd, sum, n, bits) => {
      if (!t.reported[g]) return 0;
      let covered = 0;
      for (let b = bits; b; b &= b - 1) covered++;
      const divisorN = f.rejectedCountInDivisor.value ? divisor : Math.max(floor, n);
      const jumlah = !f.jumlahInovasi.requiresYandas || covered >= minCovered ? per * Math.min(n, cap) : 0;
      return round(((spd + (sum / divisorN + jumlah)) / maxTotal) * 100, decimals);
    };
    out.claimed[g] = index(t.spd[2 * g], sumC, nC, bitsC);
    out.verified[g] = index(t.spd[2 * g + 1], sumV, nV, bitsV);
  }
  return out;
}
