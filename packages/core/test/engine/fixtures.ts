/**
 * Small editions built for the engine tests: the 2026 shape from the spec (20 SID indicators, Σ bobot 37 → 111;
 * 20 SPD rows, Σ bobot 21 → 63; floor 12; 0.38 × MIN(n, 200); bands 40.01 / 65.01), and variants of it.
 * Labels are placeholders except where a test matches them.
 */
import iid2026 from "../../src/editions/iid-2026.json";
import { Edition, type EditionInput } from "../../src/model/edition.js";

const src = { ref: "spec", confidence: "peer" as const };
const bound = (value: number, inclusive: boolean) => ({ value, inclusive });

/** SID bobot in spec order (§3). Mandatory: 1, 2, 17, 18, 20. */
export const SID_WEIGHTS = [3, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3, 2, 3, 2, 4];
const SID_MANDATORY = new Set([1, 2, 17, 18, 20]);
/** SPD bobot per row (§4). */
export const SPD_WEIGHTS = [1, 1, 1, 1, 1, 0.75, 0.75, 1.5, 1.5, 1.5, 1, 0.75, 0.75, 0.75, 0.75, 2, 1, 1, 1, 1];
export const YANDAS = [
  "Pendidikan",
  "Kesehatan",
  "Pekerjaan Umum dan Penataan Ruang",
  "Perumahan Rakyat dan Kawasan Permukiman",
  "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat",
  "Sosial",
];

/** Catalogue ids of the six yandas urusan, in the order of {@link YANDAS}. */
export const YANDAS_IDS = ["pendidikan", "kesehatan", "pupr", "perkim", "trantibumlinmas", "sosial"];
/** The shipped urusan catalogue (UU 23/2014 with aliases), cited to the test's one source. */
const URUSAN = () => iid2026.urusan.map((u) => ({ ...u, category: u.category as "pilihan", source: src }));

const tiers123 = (name: string) =>
  [1, 2, 3].map((tier) => ({
    tier,
    label: { id: `${name} tingkat ${tier}`, en: `${name} tier ${tier}` },
    evidence: [{ id: `Bukti ${name} ${tier}`, en: `Evidence ${name} ${tier}` }],
  }));

function sidIndicator(n: number, weight: number) {
  const id = `SID-${n}`;
  const base = {
    id,
    number: String(n),
    aspect: "SID" as const,
    name: { id: `Indikator ${n}`, en: `Indicator ${n}` },
    question: { id: `Pertanyaan ${n}?`, en: `Question ${n}?` },
    weight,
    mandatory: SID_MANDATORY.has(n),
    options: tiers123(id),
    source: src,
  };
  if (n === 1) {
    base.options = [
      { tier: 1, label: { id: "SK Kepala Perangkat Daerah", en: "Head of agency decree" }, evidence: [{ id: "SK Kepala PD", en: "Agency decree" }] },
      { tier: 2, label: { id: "SK Kepala Daerah", en: "Regional head decree" }, evidence: [{ id: "SK KDH", en: "Regional head decree" }] },
      { tier: 3, label: { id: "Perkada / Perda", en: "Regional regulation" }, evidence: [{ id: "Perkada atau Perda", en: "Regulation" }] },
    ];
  }
  if (n === 18) {
    return {
      ...base,
      measures: [
        {
          id: "orang",
          name: { id: "Jumlah orang terlayani", en: "Persons served" },
          unit: "orang",
          tiers: [
            { tier: 1, min: bound(1, true), max: bound(200, true) },
            { tier: 2, min: bound(200, false), max: bound(500, true) },
            { tier: 3, min: bound(500, false) },
          ],
        },
        {
          id: "produk",
          name: { id: "Jumlah produk", en: "Products" },
          unit: "produk",
          tiers: [
            { tier: 1, min: bound(1, true), max: bound(100, true) },
            { tier: 2, min: bound(100, false), max: bound(200, true) },
            { tier: 3, min: bound(200, false) },
          ],
        },
      ],
    };
  }
  if (n === 2) {
    return {
      ...base,
      measures: [
        {
          id: "orang",
          name: { id: "SDM pelaksana", en: "Staff" },
          unit: "orang",
          tiers: [
            { tier: 1, min: bound(1, true), max: bound(10, true) },
            { tier: 2, min: bound(10, false), max: bound(30, true) },
            { tier: 3, min: bound(30, false) },
          ],
        },
      ],
    };
  }
  return base;
}

function spdIndicator(n: number, weight: number) {
  const id = `SPD-${n}`;
  return {
    id,
    number: String(n),
    aspect: "SPD" as const,
    name: { id: `Baris SPD ${n}`, en: `SPD row ${n}` },
    question: { id: `Pertanyaan SPD ${n}?`, en: `SPD question ${n}?` },
    weight,
    options: tiers123(id),
    source: src,
  };
}

/** The 2026-shaped edition as an input object (defaults not yet filled). */
export function edition2026Input(): EditionInput {
  return {
    id: "test-2026",
    name: { id: "Uji 2026", en: "Test 2026" },
    year: 2026,
    sources: [{ id: "spec", title: "Domain spec" }],
    spdMode: "rows",
    indicators: [...SID_WEIGHTS.map((w, i) => sidIndicator(i + 1, w)), ...SPD_WEIGHTS.map((w, i) => spdIndicator(i + 1, w))],
    formula: {
      sidDivisorFloor: { value: 12, source: src },
      rejectedCountInDivisor: { value: true, source: src },
      jumlahInovasi: { perInnovation: { value: 0.38, source: src }, countCap: { value: 200, source: src }, requiresYandas: true },
      maxTotal: { value: 250, source: src },
      maxSpd: { value: 63, source: src },
      rounding: { decimals: 2, mode: "half-up" },
    },
    urusan: URUSAN(),
    yandas: { urusan: YANDAS_IDS, minCovered: { value: 5, source: src } },
    eligibility: {
      scoredStages: { value: null, source: { ref: "spec", confidence: "unknown" } },
      window: { from: "2024-01-01", to: "2025-12-31", source: src },
      minDesignWords: { value: 300, source: src },
      maxEntries: { value: 2, source: src },
      mandatoryRequired: true,
    },
    bands: bands(40, 65, false),
  };
}

/**
 * Bands with Kurang up to `low`, Inovatif up to `high`; `lowInclusiveAtInovatif` true gives the 2023 shape
 * ((0, 35), [35, 60], (60, 100]), false the 2026 shape ((0, 40], (40, 65], (65, 100]).
 */
export function bands(low: number, high: number, lowInclusiveAtInovatif: boolean) {
  const b = (id: string, label: string, en: string, min: [number, boolean], max: [number, boolean]) => ({
    id,
    label: { id: label, en },
    min: bound(...min),
    max: bound(...max),
    source: src,
  });
  return [
    b("tidak-dapat-dinilai", "Tidak Dapat Dinilai", "Cannot be assessed", [0, true], [0, true]),
    b("kurang-inovatif", "Kurang Inovatif", "Less innovative", [0, false], [low, !lowInclusiveAtInovatif]),
    b("inovatif", "Inovatif", "Innovative", [low, lowInclusiveAtInovatif], [high, true]),
    b("sangat-inovatif", "Sangat Inovatif", "Very innovative", [high, false], [100, true]),
  ];
}

export const edition2026: Edition = Edition.parse(edition2026Input());

/** The 2026 edition with edits applied to a copy of its input. */
export function editionWith(edit: (e: EditionInput) => void): Edition {
  const input = edition2026Input();
  edit(input);
  return Edition.parse(input);
}

/** The 2023 shape as far as the spec knows it: floor 10, bands 35 / 60, SPD as a total, jumlah inovasi unknown. */
export const edition2023: Edition = editionWith((e) => {
  e.id = "test-2023";
  e.year = 2023;
  e.spdMode = "total";
  e.indicators = e.indicators.filter((i) => i.aspect === "SID");
  e.formula.sidDivisorFloor.value = 10;
  e.formula.jumlahInovasi.perInnovation = { value: null, source: { ref: "spec", confidence: "unknown" } };
  e.formula.jumlahInovasi.countCap = { value: null, source: { ref: "spec", confidence: "unknown" } };
  e.bands = bands(35, 60, true);
});
