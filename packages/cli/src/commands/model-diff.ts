import { type Edition, type EditionComparison, type EditionDifference, type MessageLocale, DIFFERENCE_KINDS, compareEditions, differenceKindName, formatDifferenceSources, formatEditionDifference } from "@inovasi/core";
import { defineCommand } from "../command.js";
import { editionOrModelFile } from "../edition-choice.js";
import { caveatOf } from "../model-notes.js";

const D = {
  id: {
    head: (a: string, b: string, n: number) => `Perbedaan model ${a} → ${b}: ${n} perbedaan, yang paling berpengaruh dulu`,
    none: (a: string, b: string) => `Tidak ada perbedaan: ${a} dan ${b} menilai dengan aturan yang sama (sumber, nama dan uraian edisi tidak dibandingkan).`,
    caveat: (id: string, c: string) => `  catatan ${id}: ${c}`,
  },
  en: {
    head: (a: string, b: string, n: number) => `Model differences ${a} → ${b}: ${n} difference${n === 1 ? "" : "s"}, the most consequential first`,
    none: (a: string, b: string) => `No differences: ${a} and ${b} score by the same rules (the editions' sources, names and descriptions are not compared).`,
    caveat: (id: string, c: string) => `  caveat of ${id}: ${c}`,
  },
} as const;

export const modelDiffCommand = defineCommand({
  name: "model diff",
  summary: { id: "apa yang berbeda antara dua edisi atau model: syarat, predikat, rumus, indikator, bobot, pilihan, ambang", en: "what differs between two editions or models: eligibility, bands, formula, indicators, weights, options, thresholds" },
  description: {
    id: "Setiap perbedaan dengan nilai kedua edisi dan sumbernya, dikelompokkan menurut jenisnya, yang paling berpengaruh\ndulu: angka yang hanya diketahui di satu edisi, syarat inovasi dihitung (rentang waktu, kata rancang bangun …),\npredikat, skor jumlah inovasi, rumus, yandas, SPD, indikator, bobot, pilihan jawaban, ambang dasar ukur,\nkepatuhan, lalu kata-kata. Setiap argumen adalah id edisi bawaan atau berkas model (JSON).",
    en: "Each difference with both editions' values and sources, grouped by kind, the most consequential first: numbers\nknown in one edition only, which innovations count (the date window, design words …), bands, the skor jumlah\ninovasi, the formula, yandas, SPD, indicators, weights, answer options, measure thresholds, compliance, then\nwording. Each argument is a shipped edition's id or a model file (JSON).",
  },
  args: [
    { name: { id: "edisi-a", en: "edition-a" }, help: { id: "edisi bawaan (mis. iid-2023) atau berkas model (.json): yang pertama, mis. yang lama", en: "a shipped edition (e.g. iid-2023) or a model file (.json): the first, e.g. the older" }, required: true },
    { name: { id: "edisi-b", en: "edition-b" }, help: { id: "edisi bawaan atau berkas model: yang kedua", en: "a shipped edition or a model file: the second" }, required: true },
  ],
  flags: {
    json: { type: "boolean", help: { id: "perbedaan sebagai JSON di layar (stdout), masing-masing dengan kalimatnya", en: "the differences as JSON on stdout, each with its sentence" } },
  },
  examples: [
    { line: "inovasi model diff iid-2023 iid-2026", note: { id: "mengapa angka 2023 dan 2026 tidak sebanding", en: "why 2023 and 2026 figures differ" } },
    { line: "inovasi model diff iid-2026 jatim-2026.json", note: { id: "apa yang diubah model provinsi", en: "what a province model changes" } },
  ],
  exits: {
    ok: { id: "dibandingkan (ada perbedaan atau tidak)", en: "compared (with or without differences)" },
    failed: { id: "edisi tidak dikenal, atau berkas model tidak ada atau tidak sah (alasannya tercantum)", en: "an unknown edition, or a model file missing or invalid (its reason is listed)" },
  },
  async run({ flags, args, locale, io }) {
    const sides = [await editionOrModelFile(args[0]!, locale), await editionOrModelFile(args[1]!, locale)];
    const refused = sides.flatMap((s) => (s.ok ? [] : s.messages));
    if (refused.length) {
      if (flags.json) io.out(JSON.stringify({ ok: false, messages: refused }, null, 2));
      else for (const m of refused) io.err(m);
      return "failed";
    }
    const [a, b] = sides.flatMap((s) => (s.ok ? [s.edition] : [])) as [Edition, Edition];
    const c = compareEditions(a, b);
    if (flags.json) {
      io.out(JSON.stringify({ ok: true, before: c.before, after: c.after, differences: c.differences.map((d) => ({ ...d, message: formatEditionDifference(d, locale), source: formatDifferenceSources(d, locale) })) }, null, 2));
      return "ok";
    }
    const lines = diffLines(c, locale);
    for (const e of [a, b]) {
      const caveat = caveatOf(e, locale);
      if (caveat && c.differences.length) lines.splice(1, 0, D[locale].caveat(e.id, caveat));
    }
    io.out(lines.join("\n"));
    return "ok";
  },
});

/** Every difference grouped by kind (the most consequential kind first), each with its sources under it. */
export function diffLines(c: EditionComparison, locale: MessageLocale): string[] {
  const t = D[locale];
  if (c.differences.length === 0) return [t.none(c.before.id, c.after.id)];
  const lines = [t.head(c.before.id, c.after.id, c.differences.length)];
  for (const kind of DIFFERENCE_KINDS) {
    const ds = c.differences.filter((d) => d.kind === kind);
    if (ds.length === 0) continue;
    lines.push(`${differenceKindName(kind, locale)} (${ds.length}):`);
    for (const d of ds) lines.push(...differenceLines(d, locale));
  }
  return lines;
}

function differenceLines(d: EditionDifference, locale: MessageLocale): string[] {
  const source = formatDifferenceSources(d, locale);
  return [`  - ${formatEditionDifference(d, locale)}`, ...(source ? [`      ${source}`] : [])];
}

/** How `inovasi model diff` is typed for two sides: an edition's id, or the model file's path (quoted when it has spaces). */
export function modelDiffCommandLine(before: string, after: string): string {
  const arg = (x: string) => (/\s/.test(x) ? `"${x}"` : x);
  return `inovasi model diff ${arg(before)} ${arg(after)}`;
}
