import { existsSync } from "node:fs";
import { type MessageLocale, type Plan, formatPlan, formatPlanNumber } from "@inovasi/core";
import { ownWorkbookKind } from "@inovasi/workbook";
import { defineCommand } from "../command.js";
import { chooseEdition } from "../edition-choice.js";
import { outputProblem, workbookInputProblem } from "../files.js";
import { say } from "../messages.js";
import { modelNoteLines, modelNotes } from "../model-notes.js";
import { FULL_LIST, allProblems, groupedProblems } from "../problems.js";
import { jsonIssue, jsonReport, textSummary } from "../report.js";
import { scoreWorkbookToFile } from "../score.js";
import { EDITION_OR_MODEL, FLAGS, str } from "./_flags.js";

/** `<in>.scored.xlsx` beside the input. */
export function defaultOutput(input: string): string {
  return input.replace(/\.xlsx$/i, "") + ".scored.xlsx";
}

export const scoreCommand = defineCommand({
  name: "score",
  summary: { id: "nilai buku kerja .xlsx dan tulis salinan bernilai (masukan tidak diubah)", en: "score an .xlsx workbook and write a scored copy (the input is never changed)" },
  description: {
    id: "Mencetak hasil lebih dulu (indeks dan predikat klaim / terverifikasi, perangkat daerah belum patuh, kekurangan\nbukti), lalu catatan model, lalu masalah menurut jenis dengan jumlah dan beberapa letak pertama.\nSalinan bernilai: kolom Skor … di kanan lembar Inovasi, dan lembar Ringkasan (dengan grafik), Rencana dan Masalah (bila ada masalah).\nMenilai salinan itu lagi (sesudah diubah) menulis salinan baru (<masukan>.scored.scored.xlsx, atau -o).",
    en: "Prints the result first (claimed / verified index and predicate, non-compliant agencies, evidence gaps), then\nthe model's notes, then problems by kind with counts and the first few places.\nThe scored copy: Skor … columns right of the Inovasi sheet, and the sheets Ringkasan (with a chart), Rencana and\nMasalah (when there are problems). Scoring that copy again (after editing it) writes a new copy (<in>.scored.scored.xlsx, or -o).",
  },
  args: [{ name: { id: "masukan.xlsx", en: "in.xlsx" }, help: { id: "buku kerja yang dinilai (dari inovasi template, atau susunan sendiri)", en: "the workbook to score (from inovasi template, or laid out by hand)" }, required: true }],
  flags: {
    output: { type: "string", short: "o", value: { id: "keluaran.xlsx", en: "out.xlsx" }, help: { id: "salinan bernilai; bawaan: <masukan>.scored.xlsx", en: "the scored copy; default: <in>.scored.xlsx" } },
    edition: FLAGS.edition,
    model: FLAGS.model,
    overwrite: { type: "boolean", help: { id: "ganti salinan bernilai yang sudah ada, dan sel keluaran berisi tulisan pengguna", en: "replace an existing scored copy, and output cells holding the user's own text" } },
    json: FLAGS.json,
    verbose: { type: "boolean", short: "v", help: { id: "daftar lengkap masalah dengan letaknya, bukan ringkasan per jenis", en: "the full located list of problems instead of the summary by kind" } },
    quiet: { type: "boolean", short: "q", help: { id: "tanpa baris kemajuan", en: "no progress lines" } },
  },
  exclusive: EDITION_OR_MODEL,
  examples: [
    { line: "inovasi score kabupaten-2026.xlsx", note: { id: "nilai; salinan bernilai: kabupaten-2026.scored.xlsx", en: "score it; the scored copy: kabupaten-2026.scored.xlsx" } },
    { line: "inovasi score kabupaten-2026.xlsx -o hasil.xlsx --overwrite", note: { id: "salinan bernilai di hasil.xlsx, ganti bila sudah ada", en: "the scored copy in hasil.xlsx, replaced if it exists" } },
    { line: "inovasi score kabupaten-2026.xlsx --verbose", note: { id: "setiap masalah dengan selnya", en: "every problem with its cell" } },
    { line: "inovasi score kabupaten-2026.xlsx --json", note: { id: "laporan mesin (JSON) di layar; salinan bernilai tetap ditulis", en: "a machine report (JSON) on stdout; the scored copy is still written" } },
  ],
  exits: {
    ok: { id: "dinilai, tanpa kesalahan pada masukan", en: "scored, no errors in the input" },
    problems: { id: "dinilai, tetapi masukan memuat kesalahan (tercantum, juga di kolom Skor Catatan); salinan tetap ditulis", en: "scored, but the input has errors (listed, also in the Skor Catatan column); the copy is still written" },
    failed: { id: "tidak dinilai: pemakaian salah, berkas ditolak atau tak terbaca, lembar atau kolom wajib tidak ada, edisi atau model tidak sah, atau salinan sudah ada (tanpa --overwrite)", en: "nothing scored: wrong usage, a refused or unreadable file, a required sheet or column missing, an invalid edition or model, or the copy exists (without --overwrite)" },
  },
  async run({ flags, args, locale, io }) {
    const input = args[0]!;
    const output = str(flags.output) ?? defaultOutput(input);
    const overwrite = flags.overwrite === true;
    const json = flags.json === true;
    // `text`: the lines printed in place of `messages` when they say more than the messages --json lists
    const refuse = (stage: string, messages: string[], issues: Parameters<typeof jsonIssue>[0][] = [], text = messages) => {
      if (json) io.out(JSON.stringify({ ok: false, stage, messages, issues: issues.map(jsonIssue) }, null, 2));
      else for (const m of text) io.err(m);
      return "failed" as const;
    };
    // the inputs first — the workbook, then the edition or model file (a missing input is the news, not its output's
    // folder or an existing scored copy) —, then the output: before any work
    const unreadable = await workbookInputProblem(input, locale);
    if (unreadable) return refuse("refused", [unreadable]);
    const forced = str(flags.edition) !== undefined || str(flags.model) !== undefined;
    const chosen = forced ? await chooseEdition({ edition: str(flags.edition), model: str(flags.model) }, locale) : undefined;
    if (chosen && !chosen.ok) return refuse("edition", chosen.messages);
    const problem = await outputProblem(output, { input, overwrite, xlsx: true }, locale);
    if (problem) return refuse("output", [problem]);

    const started = Date.now();
    // the scored copy goes to the output file as it is made (a temporary file beside it, renamed when complete)
    const r = await scoreWorkbookToFile({
      input,
      output,
      ...(chosen?.ok ? { chosen: { edition: chosen.edition, modelIssues: chosen.modelIssues } } : {}),
      ...(str(flags.model) !== undefined ? { model: str(flags.model)! } : {}),
      locale,
      overwrite,
      // seconds as the figures are written: "[0,4 dtk]" with the decimal comma in Bahasa Indonesia, "[0.4 s]" in English
      progress: (m) => { if (!flags.quiet && !json) io.err(`[${formatPlanNumber((Date.now() - started) / 1000, locale, 1)} ${locale === "en" ? "s" : "dtk"}] ${m}`); },
    });
    // a recap or comparison this tool wrote holds no one region to score: say what it is and what to run instead
    const own = !r.ok && r.stage === "read" && r.grids ? ownWorkbookKind(r.grids) : undefined;
    if (own) return refuse("read", [say(locale).scoreOwnBook(input, own)]);
    if (!r.ok) {
      // a scored copy --overwrite would have replaced stays as it was: said, so it is not taken for this run's result
      const kept = overwrite && r.stage === "read" && existsSync(output) ? [say(locale).copyKept(output)] : [];
      // after the workbook's own faults (Nama Daerah empty, a sheet missing), what exit 2 means for a first-time analyst
      const text = r.stage === "read" ? [...r.messages, say(locale).notScored(input), ...kept] : r.messages;
      return refuse(r.stage, [...r.messages, ...kept], r.issues, text);
    }

    const notes = modelNotes(r.edition, r.modelIssues, locale);
    const errors = r.issues.filter((i) => i.severity === "error").length;
    if (json) {
      // the agencies without an innovation of the rules' year, as the plan (and Ringkasan, written from the same input) lists them
      io.out(JSON.stringify({ ok: errors === 0, ...jsonReport(r.result, r.issues, output, notes, r.plan.compliance.agenciesWithout, { edition: r.edition, source: r.source }) }, null, 2));
    } else {
      io.out(textSummary(r.result, r.issues, locale, notes.caveat, { edition: r.edition, source: r.source }));
      for (const line of modelNoteLines(notes, locale, { caveat: false })) io.out(line);
      io.out(say(locale).scoredWritten(output));
      io.out(planLine(r.plan, locale, r.planStatusCell, r.edition.formula.rounding.decimals));
      // the counts are said once, under the result (textSummary's "Masalah: …"): the grouped list's heading does not repeat them
      // the model's warnings are printed above, under its name (they are in the copy's Masalah sheet too)
      const said = new Set(r.modelWarnings);
      const own = said.size ? r.issues.filter((i) => !said.has(i)) : r.issues;
      for (const line of flags.verbose ? allProblems(own) : groupedProblems(own, locale, FULL_LIST.score, { counted: true })) io.err(line);
    }
    return errors ? "problems" : "ok";
  },
});

/** One line on the plan written to the Rencana sheet: its target and its status (`inovasi plan` prints it whole). */
export function planLine(plan: Plan, locale: MessageLocale, statusCell?: string, decimals = 2): string {
  const [, now = "", status = ""] = formatPlan(plan, locale, { decimals, ...(statusCell ? { statusCell } : {}) });
  // one colon, after the sheet: "…: target Inovatif (…), kurang 1,46 poin indeks; target tercapai …" (the plan's own
  // lines are sentences of their own: "target: …" and a capital after a dash read as two lines run together)
  const target = now.split("; ").slice(1).join("; ").replace(/^(target): /i, "$1 ");
  const said = target && /^[A-Z][a-z]/.test(status) ? `${status[0]!.toLowerCase()}${status.slice(1)}` : status;
  return `${locale === "en" ? "Plan (Rencana sheet)" : "Rencana (lembar Rencana)"}: ${target ? `${target}; ` : ""}${said}`;
}
