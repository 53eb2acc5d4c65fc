import { type Edition, type Issue, type MessageLocale, editionMaxima, getEdition, indicatorMax, isShippedEdition, renderPath, validateEdition } from "@inovasi/core";
import { defineCommand } from "../command.js";
import { formatModelIssue, namingIndicator, readModelJson } from "../model-file.js";
import { caveatOf, noteSuffix, unknownNumberName } from "../model-notes.js";
import { PLACEHOLDER, isUnknownRule, placeholdersIn } from "@inovasi/workbook";
import { say } from "../messages.js";
import { FLAGS } from "./_flags.js";

const C = {
  id: {
    // "IGA 2026" is the Ministry's award, said of its shipped editions; a province's own model assesses its own year
    valid: (p: string, e: string, base: string | null, year: number, iga: boolean) => `${p}: model sah — ${e}${base ? `, turunan dari ${base}` : ""}, ${iga ? "IGA" : "tahun penilaian"} ${year}`,
    invalid: (p: string, n: number) => `${p}: model tidak sah (${n} kesalahan; letak di dalam berkas model):`,
    warnings: (n: number) => `${n} peringatan:`,
    unknown: (n: number) => `${n} angka belum diketahui (hasil yang bergantung padanya dikosongkan, bukan 0):`,
    rules: (n: number) => `${n} ketentuan belum diterbitkan:`,
    noUnknown: "Tidak ada angka yang belum diketahui.",
    caveat: "Catatan edisi",
    placeholder: `masih berisi isian contoh "${PLACEHOLDER} …" dari inovasi model init; ganti dengan isi yang sebenarnya`,
    rechecked: (total: string, base: string, spd: string, sid: string, jumlah: string, parts: string) =>
      `Maksimum total diperiksa ulang (${parts} berubah): tetap ${total} = SPD ${spd} + SID per inovasi ${sid} + jumlah inovasi ${jumlah}, seperti edisi dasar ${base}; indeks tetap dibagi ${total}.`,
    weights: (ids: string) => `bobot atau tingkat ${ids}`,
    jumlahRule: "aturan jumlah inovasi",
    more: (n: number) => ` dan ${n} lainnya`,
  },
  en: {
    valid: (p: string, e: string, base: string | null, year: number, iga: boolean) => `${p}: valid model — ${e}${base ? `, derived from ${base}` : ""}, ${iga ? "IGA" : "assessment year"} ${year}`,
    invalid: (p: string, n: number) => `${p}: invalid model (${n} error${n === 1 ? "" : "s"}; located inside the model file):`,
    warnings: (n: number) => `${n} warning${n === 1 ? "" : "s"}:`,
    unknown: (n: number) => `${n} ${n === 1 ? "number" : "numbers"} unknown (results that depend on ${n === 1 ? "it" : "them"} are left empty, not 0):`,
    rules: (n: number) => `${n} ${n === 1 ? "rule" : "rules"} not yet published:`,
    noUnknown: "No unknown numbers.",
    caveat: "Edition caveat",
    placeholder: `still holds the "${PLACEHOLDER} …" placeholder from inovasi model init; replace it with the real text`,
    rechecked: (total: string, base: string, spd: string, sid: string, jumlah: string, parts: string) =>
      `Maximum total re-checked (${parts} changed): still ${total} = SPD ${spd} + SID per innovation ${sid} + jumlah inovasi ${jumlah}, as in the base edition ${base}; the index is still divided by ${total}.`,
    weights: (ids: string) => `the weight or tiers of ${ids}`,
    jumlahRule: "the jumlah-inovasi rule",
    more: (n: number) => ` and ${n} more`,
  },
} as const;

export const modelCheckCommand = defineCommand({
  name: "model check",
  summary: { id: "periksa model provinsi (JSON): kesalahan dan peringatan beserta letaknya, angka yang belum diketahui", en: "check a province model (JSON): located errors and warnings, the unknown numbers" },
  args: [{ name: { id: "model.json", en: "model.json" }, help: { id: "berkas model (mis. dari inovasi model init)", en: "the model file (e.g. from inovasi model init)" }, required: true }],
  flags: {
    json: { type: "boolean", help: { id: "laporan mesin (JSON) di layar (stdout)", en: "machine report (JSON) on stdout" } },
    strict: { type: "boolean", help: { id: "keluar dengan kode 1 bila ada peringatan (mis. untuk CI yang harus gagal karenanya)", en: "exit 1 when there are warnings (e.g. for a CI that must fail on them)" } },
  },
  examples: [
    { line: "inovasi model check jatim-2026.json", note: { id: "periksa sebelum dipakai", en: "check it before use" } },
    { line: "inovasi model check --strict jatim-2026.json", note: { id: "di CI: peringatan juga menggagalkan", en: "in a CI: warnings fail it too" } },
  ],
  // warnings alone exit 0: a weight changed on purpose re-derives the maximum (a warning), and a province's CI must
  // not fail for it; --strict asks for 1
  exits: {
    ok: { id: "model sah (peringatan dicantumkan; dengan --strict: tanpa peringatan). Angka yang belum diketahui dicantumkan, bukan kesalahan", en: "valid model (warnings listed; with --strict: no warnings). Unknown numbers are listed, not faults" },
    problems: { id: "hanya dengan --strict: model sah, tetapi ada peringatan (mis. nilai maksimum yang dihitung ulang, isian contoh dari model init yang belum diganti); periksa sebelum dipakai", en: "only with --strict: valid model, but with warnings (e.g. a re-derived maximum, a placeholder from model init not yet replaced); look before using it" },
    failed: { id: "model tidak sah (kesalahan tercantum), atau berkas tidak ada atau bukan JSON yang sah", en: "invalid model (errors listed), or the file is missing or not valid JSON" },
  },
  async run({ flags, args, locale, io }) {
    const path = args[0]!;
    const read = await readModelJson(path, locale);
    if (!read.ok) {
      if (flags.json) io.out(JSON.stringify({ ok: false, valid: false, messages: [read.message] }, null, 2));
      else io.err(read.message);
      return "failed";
    }
    if (typeof read.json !== "object" || read.json === null || Array.isArray(read.json)) {
      const message = say(locale).modelNotObject(path);
      if (flags.json) io.out(JSON.stringify({ ok: false, valid: false, messages: [message] }, null, 2));
      else io.err(message);
      return "failed";
    }
    const v = validateEdition(read.json, { locale });
    const errors = v.issues.filter((i) => i.severity === "error");
    const warnings = v.issues.filter((i) => i.severity !== "error" && i.code !== "missing_number");
    // each named as the score's notes name it (`bobot indikator SID-19`, by the file's entry, not its place in the file)
    const unknown = v.issues.filter((i) => i.code === "missing_number").map((i) => namingIndicator(i, read.json));
    const caveat = v.ok ? caveatOf(v.value, locale) : null;
    const unfilled = placeholdersIn(read.json);
    // the maximum re-derived and found unchanged is said too: a model author who changed a weight sees it was checked
    const rechecked = v.ok ? recheckedTotal(v.value, locale) : null;
    if (flags.json) {
      const item = (i: Issue) => ({ path: renderPath(i.path), code: i.code, message: formatModelIssue(i, locale) });
      io.out(JSON.stringify({
        ok: v.ok && warnings.length + unfilled.length === 0,
        valid: v.ok,
        edition: v.ok ? { id: v.value.id, derivedFrom: v.value.derivedFrom ?? null, year: v.value.year, caveat } : null,
        errors: errors.map(item),
        warnings: [...warnings.map(item), ...unfilled.map((p) => ({ path: p, code: "placeholder", message: `${p}: ${C[locale].placeholder}` }))],
        unknownNumbers: unknown.map((i) => ({ path: renderPath(i.path), name: unknownNumberName(i, locale), note: typeof i.params.note === "string" ? i.params.note : null, rule: isUnknownRule(i.path) })),
        // not a warning (exit unchanged): the maximum total re-checked against parts the file changed, and unchanged
        notes: rechecked ? [{ path: "formula.maxTotal.value", code: "max_rechecked", message: rechecked }] : [],
      }, null, 2));
    } else {
      const lines = report(path, v, errors, [...warnings.map((i) => formatModelIssue(i, locale)), ...unfilled.map((p) => `${p}: ${C[locale].placeholder}`)], unknown, caveat, locale);
      if (rechecked) lines.splice(1, 0, rechecked);
      io.out(lines.join("\n"));
    }
    return !v.ok ? "failed" : flags.strict && warnings.length + unfilled.length ? "problems" : "ok";
  },
});

function report(path: string, v: ReturnType<typeof validateEdition>, errors: Issue[], warnings: string[], unknown: Issue[], caveat: string | null, locale: MessageLocale): string[] {
  const c = C[locale];
  const lines = [v.ok ? c.valid(path, v.value.id, v.value.derivedFrom ?? null, v.value.year, isShippedEdition(v.value.id)) : c.invalid(path, errors.length)];
  for (const i of errors) lines.push(`  ✗ ${formatModelIssue(i, locale)}`);
  if (warnings.length) lines.push(c.warnings(warnings.length), ...warnings.map((w) => `  ! ${w}`));
  if (caveat) lines.push(`${c.caveat}: ${caveat}`);
  if (v.ok || unknown.length) {
    if (unknown.length === 0) lines.push(c.noUnknown);
    // numbers (results wait on them) apart from rules not yet published (which stages are scored)
    for (const [rule, heading] of [[false, c.unknown], [true, c.rules]] as const) {
      const list = unknown.filter((i) => isUnknownRule(i.path) === rule);
      if (list.length) lines.push(heading(list.length));
      // its words, then where it is in the file (what the model's author edits); an unnamed number by its path alone
      for (const i of list) {
        const [name, at] = [unknownNumberName(i, locale), renderPath(i.path)];
        lines.push(`  - ${name === at ? at : `${name} (${at})`}${noteSuffix(typeof i.params.note === "string" ? i.params.note : null, locale)}`);
      }
    }
  }
  return lines;
}

/**
 * A derived model whose file changed what the maximum total is made of (an indicator's weight or tiers, an indicator
 * added or removed, the jumlah-inovasi rule) while the total stayed the base's (250 for iid-2026): one line saying it
 * was re-checked, with its parts. Null when nothing it is made of changed, when it changed (`max_rederived` says that),
 * or when it is unknown.
 */
function recheckedTotal(edition: Edition, locale: MessageLocale): string | null {
  const base = edition.derivedFrom ? getEdition(edition.derivedFrom) : undefined;
  const total = edition.formula.maxTotal.value;
  if (!base || total === null || base.formula.maxTotal.value === null || Math.abs(total - base.formula.maxTotal.value) >= 1e-9) return null;
  const before = new Map(base.indicators.map((i) => [i.id, indicatorMax(i)]));
  const now = new Set(edition.indicators.map((i) => i.id));
  // each indicator whose weight × top tier moved, then those added or removed (base order, then the file's)
  const ids = [
    ...edition.indicators.filter((i) => !before.has(i.id) || before.get(i.id) !== indicatorMax(i)).map((i) => i.id),
    ...base.indicators.filter((i) => !now.has(i.id)).map((i) => i.id),
  ];
  const j = (e: Edition) => [e.formula.jumlahInovasi.perInnovation.value, e.formula.jumlahInovasi.countCap.value].join("|");
  const jumlah = j(edition) !== j(base);
  if (!ids.length && !jumlah) return null;
  const c = C[locale];
  const shown = ids.slice(0, 5).join(", ") + (ids.length > 5 ? c.more(ids.length - 5) : "");
  const parts = [ids.length ? c.weights(shown) : "", jumlah ? c.jumlahRule : ""].filter(Boolean).join(locale === "id" ? " dan " : " and ");
  const m = editionMaxima(edition);
  // as max_rederived says a maximum: the number as it is, a decimal comma in Bahasa Indonesia (SPD 0,75 × 3 rows)
  const n = (x: number | null) => (x === null ? "?" : locale === "id" ? String(x).replace(".", ",") : String(x));
  return c.rechecked(n(total), base.id, n(edition.formula.maxSpd.value), n(m.sidPerInnovation), n(m.jumlahInovasi), parts);
}
