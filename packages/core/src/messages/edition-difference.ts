import type { SourceRef } from "../model/common.js";
import type { DifferenceField, DifferenceValue, EditionDifference, EditionDifferenceKind } from "../model/compare.js";
import type { MessageLocale } from "./format.js";
import { decimalComma, readableDate } from "./_format.js";
import { readLocale } from "./_locale.js";

type Words = {
  kinds: Record<EditionDifferenceKind, string>;
  fields: Record<Exclude<DifferenceField, "added" | "removed">, string>;
  added: (aspect: "SID" | "SPD") => string;
  removed: (aspect: "SID" | "SPD") => string;
  urusan: { added: string; removed: string };
  words: Record<string, string>;
  unknown: string;
  none: string;
  absent: string;
  yes: string;
  no: string;
  to: string;
  tier: string;
  source: string;
};

const W: Record<MessageLocale, Words> = {
  id: {
    kinds: {
      unknown: "Angka yang diketahui di satu edisi saja (hasil yang bergantung padanya kosong di edisi lainnya)",
      eligibility: "Syarat inovasi dihitung",
      bands: "Predikat",
      jumlahInovasi: "Skor jumlah inovasi",
      formula: "Rumus",
      yandas: "Aturan yandas",
      spd: "SPD (tingkat daerah)",
      indicators: "Indikator SID",
      weights: "Bobot",
      options: "Pilihan jawaban per tingkat",
      measures: "Ambang dasar ukur",
      compliance: "Kepatuhan",
      other: "Lain-lain (kata-kata, bukti dukung, rencana)",
    },
    fields: {
      window: "Rentang waktu penerapan atau pengembangan",
      scoredStages: "Tahapan inovasi yang dinilai",
      mandatoryRequired: "Indikator wajib harus dijawab agar inovasi dihitung",
      minDesignWords: "Minimal kata rancang bangun",
      maxEntries: "Maksimal keikutsertaan satu inovasi",
      bands: "Predikat",
      predicateOn: "Predikat diambil dari",
      perInnovation: "Skor jumlah inovasi per inovasi",
      countCap: "Batas jumlah inovasi pada skor jumlah inovasi",
      requiresYandas: "Skor jumlah inovasi 0 bila aturan yandas tidak terpenuhi",
      countOf: "Jumlah yang dipakai skor jumlah inovasi",
      sidDivisorFloor: "Batas bawah pembagi SID, MAX(batas, n)",
      rejectedCountInDivisor: "Inovasi yang ditolak tetap menjadi pembagi",
      maxTotal: "Skor total maksimum (pembagi indeks)",
      maxSpd: "Skor SPD maksimum",
      decimals: "Desimal pembulatan",
      maxTier: "Tingkat tertinggi",
      minCovered: "Yandas: urusan pelayanan dasar yang minimal tercakup",
      yandasUrusan: "Yandas: urusan yang dihitung",
      countRelatedUrusan: "Yandas: urusan terkait ikut dihitung",
      spdMode: "SPD diisi sebagai",
      weight: "bobot",
      mandatory: "wajib dijawab",
      options: "pilihan per tingkat",
      measure: "ambang dasar ukur",
      complianceRule: "Aturan kepatuhan",
      complianceTarget: "Target kepatuhan",
      urusan: "Katalog urusan",
      name: "nama",
      question: "pertanyaan",
      evidence: "bukti dukung per tingkat",
      record: "rekam jejak daerah (rencana tidak menaikkan tingkatnya)",
    },
    added: (a) => (a === "SPD" ? "Baris SPD yang hanya ada di edisi kedua" : "Indikator SID yang hanya ada di edisi kedua"),
    removed: (a) => (a === "SPD" ? "Baris SPD yang hanya ada di edisi pertama" : "Indikator SID yang hanya ada di edisi pertama"),
    urusan: { added: "hanya di edisi kedua", removed: "hanya di edisi pertama" },
    words: { rows: "baris indikator", total: "total", counted: "inovasi yang dihitung", n: "n, semua inovasi yang diajukan", rounded: "indeks yang dibulatkan", unrounded: "indeks tanpa pembulatan" },
    unknown: "belum diketahui",
    none: "tidak ada",
    absent: "tidak ada",
    yes: "ya",
    no: "tidak",
    to: "s.d.",
    tier: "tingkat",
    source: "sumber",
  },
  en: {
    kinds: {
      unknown: "Numbers known in one edition only (results that depend on them are empty under the other)",
      eligibility: "Which innovations count",
      bands: "Predicate bands",
      jumlahInovasi: "Skor jumlah inovasi (innovation-count score)",
      formula: "Formula",
      yandas: "Yandas rule",
      spd: "SPD (region level)",
      indicators: "SID indicators",
      weights: "Weights",
      options: "Answer options by tier",
      measures: "Measure thresholds",
      compliance: "Compliance",
      other: "Other (wording, evidence, the plan)",
    },
    fields: {
      window: "Implementation or development window",
      scoredStages: "Innovation stages scored",
      mandatoryRequired: "Mandatory indicators must be answered for an innovation to count",
      minDesignWords: "Minimum words of the design narrative",
      maxEntries: "Times one innovation may be entered",
      bands: "Predicate bands",
      predicateOn: "Predicate taken on",
      perInnovation: "Skor jumlah inovasi per innovation",
      countCap: "Innovation count cap of the skor jumlah inovasi",
      requiresYandas: "Skor jumlah inovasi is 0 when the yandas rule fails",
      countOf: "Count the skor jumlah inovasi takes",
      sidDivisorFloor: "SID divisor floor, MAX(floor, n)",
      rejectedCountInDivisor: "Rejected innovations stay in the divisor",
      maxTotal: "Maximum total score (the index's divisor)",
      maxSpd: "Maximum SPD score",
      decimals: "Rounding decimals",
      maxTier: "Highest tier",
      minCovered: "Yandas: basic-service urusan to cover at least",
      yandasUrusan: "Yandas: urusan counted",
      countRelatedUrusan: "Yandas: related urusan count",
      spdMode: "SPD given as",
      weight: "weight",
      mandatory: "mandatory",
      options: "options by tier",
      measure: "thresholds of measure",
      complianceRule: "Compliance rule",
      complianceTarget: "Compliance target",
      urusan: "Urusan catalogue",
      name: "name",
      question: "question",
      evidence: "evidence by tier",
      record: "the region's record (a plan does not raise its tier)",
    },
    added: (a) => (a === "SPD" ? "SPD rows in the second edition only" : "SID indicators in the second edition only"),
    removed: (a) => (a === "SPD" ? "SPD rows in the first edition only" : "SID indicators in the first edition only"),
    urusan: { added: "in the second edition only", removed: "in the first edition only" },
    words: { rows: "indicator rows", total: "a total", counted: "the innovations counted", n: "n, every innovation submitted", rounded: "the rounded index", unrounded: "the unrounded index" },
    unknown: "unknown",
    none: "none",
    absent: "none",
    yes: "yes",
    no: "no",
    to: "to",
    tier: "tier",
    source: "source",
  },
};

/** A kind's heading, as `inovasi model diff` groups the differences (`DIFFERENCE_KINDS` order). */
export function differenceKindName(kind: EditionDifferenceKind, locale: MessageLocale = "id"): string {
  return W[readLocale(locale, "differenceKindName")].kinds[kind];
}

/**
 * One difference as a sentence: what differs, the first edition's value → the second's. A tier list pairs the tiers
 * (`1 "≤ 40 %" → "≤ 50 % atau tidak ada"`); indicators added or removed are listed by id.
 *
 * @example
 * formatEditionDifference(compareEditions(getEdition("iid-2023"), getEdition("iid-2026")).differences.find((d) => d.field === "sidDivisorFloor")!, "id")
 * //=> "Batas bawah pembagi SID, MAX(batas, n): 10 → 12"
 */
export function formatEditionDifference(d: EditionDifference, locale: MessageLocale = "id"): string {
  const l = readLocale(locale, "formatEditionDifference");
  const w = W[l];
  if (d.field === "added" || d.field === "removed") {
    const ids = d.field === "added" ? d.after : d.before;
    const items = ids.type === "list" ? ids.value : [];
    return `${(d.field === "added" ? w.added : w.removed)(d.aspect ?? "SID")} (${items.length}): ${items.join(", ")}`;
  }
  if (d.field === "urusan") {
    const part = (v: DifferenceValue, say: string) => (v.type === "list" && v.value.length ? `${say}: ${v.value.join(", ")}` : "");
    return `${w.fields.urusan}: ${[part(d.before, w.urusan.removed), part(d.after, w.urusan.added)].filter(Boolean).join("; ")}`;
  }
  const subject = d.indicator
    ? `${d.indicator.id} ${d.indicator.name[l]}: ${w.fields[d.field]}${d.measure ? ` ${d.measure.name[l]} (${d.measure.id})` : ""}`
    : w.fields[d.field];
  const quoted = d.field === "options" || d.field === "evidence" || d.field === "name" || d.field === "question";
  if (d.before.type === "tiers" || d.after.type === "tiers") {
    if (d.field === "bands") return `${subject}: ${value(d.before, l, quoted)} → ${value(d.after, l, quoted)}`;
    return `${subject}: ${pairedTiers(d.before, d.after, l, quoted)}`;
  }
  return `${subject}: ${value(d.before, l, quoted)} → ${value(d.after, l, quoted)}`;
}

/**
 * Where each edition takes the value from, when it records it: `sumber: pedoman-iga-2023 (…) [C] → lampiran-bskdn-2026
 * (…) [P]`; one source when both give the same; null when neither records one (a schema choice such as `spdMode`).
 */
export function formatDifferenceSources(d: EditionDifference, locale: MessageLocale = "id"): string | null {
  const w = W[readLocale(locale, "formatDifferenceSources")];
  const { before, after } = d.sources;
  if (!before && !after) return null;
  const one = (s: SourceRef | undefined) => (s ? `${s.ref}${s.page ? ` (${s.page})` : ""} ${MARK[s.confidence]}` : "—");
  const [x, y] = [one(before), one(after)];
  return `${w.source}: ${x === y ? x : `${x} → ${y}`}`;
}

/** The confidence marks of the edition pages (`renderEditionMarkdown`): the same in both languages. */
const MARK: Record<SourceRef["confidence"], string> = { confirmed: "[C]", peer: "[P]", inferred: "[I]", unknown: "[?]" };

function value(v: DifferenceValue, l: MessageLocale, quoted: boolean): string {
  const w = W[l];
  const q = (s: string) => (quoted ? `"${s}"` : s);
  switch (v.type) {
    case "number": return l === "id" ? decimalComma(String(v.value)) : String(v.value);
    case "unknown": return w.unknown;
    case "none": return w.none;
    case "absent": return w.absent;
    case "yesNo": return v.value ? w.yes : w.no;
    case "word": return w.words[v.value] ?? v.value;
    case "dates": return `${readableDate(v.from, l, v.from)} ${w.to} ${readableDate(v.to, l, v.to)}`;
    case "list": return v.value.length ? v.value.join(", ") : w.none;
    case "text": return q(v.value[l]);
    case "tiers": return v.value.map((t) => q(t.text[l])).join("; ");
  }
}

/** Tier by tier, each tier either side has: `tier 1 "a" → "b"; tier 3 none → "c"`. */
function pairedTiers(before: DifferenceValue, after: DifferenceValue, l: MessageLocale, quoted: boolean): string {
  const tiers = (v: DifferenceValue) => (v.type === "tiers" ? v.value : []);
  const [a, b] = [tiers(before), tiers(after)];
  const all = [...new Set([...a, ...b].map((t) => t.tier))].sort((x, y) => x - y);
  const side = (xs: typeof a, t: number) => {
    const found = xs.find((x) => x.tier === t);
    return found ? (quoted ? `"${found.text[l]}"` : found.text[l]) : W[l].absent;
  };
  return all.map((t) => `${W[l].tier} ${t} ${side(a, t)} → ${side(b, t)}`).join("; ");
}
