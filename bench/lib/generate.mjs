// Deterministic national-scale input for @inovasi/core: regions and innovations generated from an edition's own data
// (its indicators, option labels, measures and yandas urusan) with a seeded PRNG. Used by the benchmarks and by the
// engine's golden-results test (packages/core/test/engine/golden.test.ts), so both see exactly the same regions.
import { mulberry32 } from "../../examples/prng.mjs";

const EVIDENCE = ["accepted", "accepted", "accepted", "accepted", "accepted", "accepted", "pending", "missing", "rejected"];
const OTHER_URUSAN = ["Pariwisata", "Perhubungan", "Pertanian", "Komunikasi dan Informatika", "Kependudukan"];

/**
 * `regions` plain region inputs (before parsing) holding `innovations` innovations in all, split unevenly.
 * Same edition, sizes and seed → the same data on every run.
 */
export function generateRegions(edition, { regions: REGIONS, innovations: INNOVATIONS, seed }) {
  const rand = mulberry32(Number(seed));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const urusanPool = [...edition.yandas.urusan, ...OTHER_URUSAN];
  const sid = edition.indicators.filter((i) => i.aspect === "SID");
  const spd = edition.indicators.filter((i) => i.aspect === "SPD");

  /** An answer as an analyst might type it: a tier, an option label, or a measured value. */
  function answer(indicator) {
    const evidence = pick(EVIDENCE);
    const r = rand();
    if (r < 0.03) return { tier: 0, evidence };
    if (r < 0.3) return { option: pick(indicator.options).label.id, evidence };
    if (r < 0.4 && indicator.measures.length > 0) {
      const m = pick(indicator.measures);
      const t = pick(m.tiers);
      const lo = t.min?.value ?? 0;
      const value = t.max ? lo + (t.max.value - lo) * rand() : lo + 1 + 100 * rand();
      return { measure: m.id, value: Math.round(value * 100) / 100, evidence };
    }
    const tiers = indicator.options.map((o) => o.tier).sort((a, b) => a - b);
    const skewed = rand() < 0.5 ? tiers.at(-1) : pick(tiers); // regions answer high more often than not
    return { tier: skewed, evidence };
  }
  const answers = (indicators) => Object.fromEntries(indicators.map((i) => [i.id, answer(i)]));

  function date(fromYear, toYear) {
    const y = int(fromYear, toYear);
    return `${y}-${String(int(1, 12)).padStart(2, "0")}-${String(int(1, 28)).padStart(2, "0")}`;
  }

  // Split INNOVATIONS over REGIONS with uneven sizes, summing exactly.
  const weights = Array.from({ length: REGIONS }, () => 0.2 + rand() ** 2 * 3);
  const total = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w / total) * INNOVATIONS));
  for (let k = 0, rest = INNOVATIONS - sizes.reduce((a, b) => a + b, 0); rest > 0; k++, rest--) sizes[k % REGIONS] += 1;

  return sizes.map((size, r) => {
    const agencies = [
      ...Array.from({ length: int(20, 45) }, (_, k) => ({ name: `Dinas ${r}-${k}`, type: "opd" })),
      ...Array.from({ length: int(5, 25) }, (_, k) => ({ name: `Kecamatan ${r}-${k}`, type: "kecamatan" })),
      ...Array.from({ length: int(0, 40) }, (_, k) => ({ name: `Kelurahan ${r}-${k}`, type: "kelurahan" })),
    ];
    const innovations = Array.from({ length: size }, (_, k) => ({
      name: `Inovasi ${r}-${k}`,
      agency: rand() < 0.01 ? "Unit Tak Terdaftar" : pick(agencies).name,
      stage: rand() < 0.9 ? "penerapan" : pick(["inisiatif", "uji_coba"]),
      kind: pick(["digital", "non_digital"]),
      urusan: pick(urusanPool),
      relatedUrusan: rand() < 0.3 ? [pick(urusanPool)] : [],
      year: edition.year - int(0, 1),
      implementationDate: rand() < 0.9 ? date(edition.year - 2, edition.year - 1) : date(edition.year - 4, edition.year - 3),
      designWords: rand() < 0.9 ? int(300, 900) : int(50, 299),
      entries: rand() < 0.9 ? int(1, 2) : 3,
      rejected: rand() < 0.03,
      answers: answers(sid),
    }));
    return {
      region: { name: `Daerah ${r}`, level: r < 38 ? "provinsi" : pick(["kabupaten", "kabupaten", "kota"]), year: edition.year, reported: rand() > 0.01 },
      spdAnswers: edition.spdMode === "rows" ? answers(spd) : {},
      ...(edition.spdMode === "total" ? { spdTotal: Math.round(rand() * (edition.formula.maxSpd.value ?? 60) * 100) / 100 } : {}),
      agencies,
      innovations,
      compliance: {
        rules: [{ id: "satu-instansi", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd", "kecamatan", "kelurahan"], minCount: 1 }],
        targets: [{ id: "target", name: { id: "Target tahunan", en: "Annual target" }, count: 100 }],
      },
    };
  });
}
