import { type Edition, type MessageLocale, type RegionResult, formatPlanNumber } from "@inovasi/core";
import { LEVEL_LABELS, type LocatedIssue, type SourceMap, evidenceGapList, evidenceGapRows, gapGainText, gapPrintedGain, gapSubject, labelOf, where } from "@inovasi/workbook";
import type { ModelNotes } from "./model-notes.js";

/**
 * The readable summary the CLI prints first: index and predicate (claimed / verified) with the edition's caveat right
 * under them, non-compliant agencies, top evidence gaps, and the count of problems (listed after it, grouped).
 * `edition` (the one scored with) gives the gaps' index gains, `source` (the reader's) their cells.
 */
export function textSummary(r: RegionResult, issues: LocatedIssue[], locale: MessageLocale, caveat: string | null, opts: { edition: Edition; source?: SourceMap | undefined }): string {
  const L = locale === "en";
  // Bahasa Indonesia writes a decimal comma (53,58), as the plan and the add-in do; the index at the edition's
  // decimals (`formula.rounding.decimals`: "IID 39", not "39,00", when it has none), points at 2
  const fmt = (n: number | null) => (n === null ? "?" : formatPlanNumber(n, locale));
  const decimals = opts.edition.formula.rounding.decimals;
  const idx = (n: number | null) => (n === null ? "?" : formatPlanNumber(n, locale, decimals));
  const lines: string[] = [];
  // the level as the Pengaturan sheet writes it ("Kabupaten"), then the year: "(Kabupaten, 2026)"
  lines.push(`${r.region.name} (${r.region.level in LEVEL_LABELS ? labelOf(LEVEL_LABELS, r.region.level as keyof typeof LEVEL_LABELS) : r.region.level}, ${r.region.year}) — ${r.edition.id}`);
  // the projections' names in full, padded to one width ("terverif" was an abbreviation no sheet uses)
  for (const [name, p] of [[L ? "claimed " : "klaim        ", r.claimed], [L ? "verified" : "terverifikasi", r.verified]] as const) {
    lines.push(`  ${name}: IID ${idx(p.index)}  ${p.predicate?.label[locale] ?? "?"}  (SPD ${fmt(p.spd.score)}, SID ${fmt(p.sid.score)}, total ${fmt(p.total)}; ${p.sid.counted} ${L ? "innovations counted" : "inovasi dihitung"})`);
  }
  // "IID ?" alone says nothing: a number the edition does not know (under "Model") or one the workbook lacks (a problem)
  if (r.claimed.index === null || r.verified.index === null) {
    lines.push(`  ${L ? "? = cannot be computed: a number it needs is unknown to the edition (under Model below) or missing from the workbook (under the problems)" : "? = tidak dapat dihitung: angka yang diperlukan belum diketahui edisi (di bawah Model) atau belum diisi di buku kerja (di daftar masalah)"}`);
  }
  if (caveat) lines.push(`  ${L ? "edition caveat" : "catatan edisi"}: ${caveat}`);
  // one line per rule when there are several (the workbook's own and a province model's): an agency short under two
  // rules would otherwise be listed twice with nothing to tell the two apart
  const rules = r.compliance.rules;
  for (const rule of rules) {
    const bad = rule.agencies.filter((a) => !a.complies).map((a) => `${a.agency} (${a.count}/${a.required})`);
    const head = `${L ? "Non-compliant agencies" : "Perangkat daerah belum patuh"}${rules.length > 1 ? ` — ${rule.name[locale]}` : ""}`;
    // a rule over no agency (an empty list, none of its types) is not judged: never "semua patuh" (audit27 C2)
    if (rule.compliant + rule.nonCompliant === 0) lines.push(`${head}: ${L ? "cannot be judged, no listed agency is of a type the rule covers (see the problems)" : "tidak dapat dinilai, tidak ada perangkat daerah berjenis yang diwajibkan dalam daftar (lihat masalahnya)"}`);
    // an empty list is a sentence, not a colon with nothing after it
    else if (bad.length === 0) lines.push(`${head}: ${L ? "none, every agency complies" : "tidak ada, semua patuh"}`);
    else lines.push(`${head} (${bad.length}): ${bad.slice(0, 15).join(", ")}${bad.length > 15 ? ", …" : ""}`);
  }
  // the list the Ringkasan sheet and the add-in show (the workbook's evidenceGapList): SPD rows and answers on innovations
  // counted in the verified projection, whose evidence accepted adds points, largest first; the others said apart
  const list = evidenceGapList(r, { ...opts, limit: 5 });
  const { total, spd, idle } = list;
  const idleText = idle === 0 ? "" : L ? ` (and ${idle} on innovations not counted, which add nothing when accepted)` : ` (dan ${idle} pada inovasi yang tidak dihitung, yang tidak menambah poin bila diterima)`;
  const spdText = spd === 0 ? "" : L ? ` — ${spd} SPD, ${total - spd} on innovations counted` : ` — ${spd} SPD, ${total - spd} pada inovasi yang dihitung`;
  // true of a workbook with no answer at all too (not "every answer's evidence is accepted")
  if (total + idle === 0) lines.push(L ? "Evidence gaps: none, no answer whose evidence is not accepted." : "Kekurangan bukti: tidak ada jawaban yang buktinya belum diterima.");
  else if (total === 0) lines.push(L ? `Evidence gaps: none on innovations counted${idleText}.` : `Kekurangan bukti: tidak ada pada inovasi yang dihitung${idleText}.`);
  else lines.push(`${L ? "Evidence gaps" : "Kekurangan bukti"}: ${total} ${L ? `answer${total === 1 ? "" : "s"} whose evidence is not accepted` : "jawaban yang buktinya belum diterima"}${spdText}${idleText}; ${L ? "the largest" : "yang terbesar"}:`);
  // a gap's points are the innovation's score (weight × tier) or the SPD score, not the index: said, with its cell and
  // what accepting it adds to the verified index as the plan prints a first step (`gapPrintedGain`, as the Ringkasan
  // sheet and the pane: "+<1" beside an index that does not move)
  for (const g of list.gaps) {
    const p = gapPrintedGain(g, r, opts.edition);
    const gain = p === null || !(p.gain > 0) ? "" : ` (${gapGainText(p, locale)} ${L ? "index" : "indeks"})`;
    const unit = g.innovation ? (L ? "points of the innovation's score" : "poin skor inovasi") : L ? "SPD points" : "poin SPD";
    const cell = g.at ? ` [${where(g.at.sheet, g.at.cell)}]` : "";
    lines.push(`  - ${gapSubject(g, locale)} — ${g.indicatorName[locale]}: ${fmt(g.points)} ${unit}${gain}${cell}`);
  }
  // the rest counted, and where every one is (audit38: the analyst sends each agency its list)
  if (total > list.gaps.length) {
    const k = formatPlanNumber(total - list.gaps.length, locale, 0);
    lines.push(L ? `  … and ${k} more (every one with its agency and cell: --json; by agency: the Rencana sheet; per innovation: the Skor Kekurangan Bukti column of the Inovasi sheet, filtered by Perangkat Daerah)` : `  … dan ${k} lainnya (semuanya dengan perangkat daerah dan selnya: --json; per perangkat daerah: lembar Rencana; per inovasi: kolom Skor Kekurangan Bukti lembar Inovasi, saring menurut Perangkat Daerah)`);
  }
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  // the words the Masalah sheet and the add-in use: "kesalahan" in Bahasa Indonesia, a plural in English only when it is
  // one; headed as that sheet is, not "Catatan" (the Masalah sheet's name for its third severity)
  const [e, w] = [formatPlanNumber(errors, locale, 0), formatPlanNumber(warnings, locale, 0)]; // 1.234 / 1,234
  lines.push(L ? `Problems: ${e} error${errors === 1 ? "" : "s"}, ${w} warning${warnings === 1 ? "" : "s"}` : `Masalah: ${e} kesalahan, ${w} peringatan`);
  return lines.join("\n");
}

/**
 * The machine-readable report of `--json`. `agenciesWithout`: "Perangkat daerah tanpa inovasi", the listed agencies
 * with no innovation of the compliance rules' year (`agenciesWithoutInYear`: the plan's `compliance.agenciesWithout`,
 * as Ringkasan, the Rencana and the recap list them); when not given, the engine's list (no innovation of any year).
 */
export function jsonReport(r: RegionResult, issues: LocatedIssue[], output: string | undefined, model: ModelNotes, agenciesWithout: readonly string[] = r.compliance.agenciesWithout, gaps: { edition?: Edition; source?: SourceMap | undefined } = {}) {
  const proj = (p: RegionResult["claimed"]) => ({
    spd: p.spd.score, sid: p.sid.score, sidFromIndicators: p.sid.fromIndicators, jumlahInovasi: p.sid.jumlahInovasi.score, jumlahInovasiCount: p.sid.jumlahInovasi.count,
    total: p.total, maxTotal: p.maxTotal, index: p.index, predicate: p.predicate?.id ?? null, counted: p.sid.counted, divisor: p.sid.divisor,
  });
  return {
    output: output ?? null,
    edition: r.edition.id,
    model,
    region: r.region,
    claimed: proj(r.claimed),
    verified: proj(r.verified),
    yandas: { claimed: r.yandas.claimed.met, verified: r.yandas.verified.met, missingVerified: r.yandas.verified.missing },
    nonCompliant: r.compliance.rules.flatMap((x) => x.agencies.filter((a) => !a.complies).map((a) => ({ rule: x.ruleId, agency: a.agency, count: a.count, required: a.required }))),
    agenciesWithout: [...agenciesWithout],
    // every answer whose evidence is not accepted (SPD rows and innovations' answers), those whose acceptance adds points
    // (SPD rows and answers on innovations counted, verified: as the text summary, the Ringkasan, the plan and the recap
    // count them), and the SPD rows among them
    ...gapCounts(r),
    // and each of them, with its agency, indicator, evidence required and cell (`counted`: whether accepting it adds
    // points now): the complete list to send each agency, which the printed lists and Ringkasan cut to the largest
    evidenceGapList: evidenceGapRows(r, gaps),
    issues: issues.map(jsonIssue),
  };
}

/** The evidence gaps' counts in `--json` (see {@link evidenceGapList}). */
function gapCounts(r: RegionResult) {
  const { total, spd, idle } = evidenceGapList(r, { limit: 0 });
  return { evidenceGaps: total + idle, evidenceGapsCounted: total, evidenceGapsSpd: spd };
}

/** One located issue in `--json`. */
export function jsonIssue(i: LocatedIssue) {
  return { severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell ?? null, field: i.field, message: i.message };
}
