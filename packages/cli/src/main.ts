import { writeFile } from "node:fs/promises";
import { type MessageLocale, defaultEdition, editionIds, getEdition } from "@inovasi/core";
import { parseArgs } from "./args.js";
import { jsonReport, textSummary } from "./report.js";
import { scoreWorkbookFile } from "./score.js";
import { buildTemplate } from "./template.js";

/** Where the CLI writes; injected so tests run it in-process. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Exit codes: 0 scored cleanly; 1 scored, but the input has errors (listed); 2 nothing scored (usage, refused file, unreadable layout). */
export const EXIT = { ok: 0, inputErrors: 1, failed: 2 } as const;

const USAGE = {
  id: `Pemakaian:
  inovasi template <keluaran.xlsx> [--edition ${defaultEdition.id}] [--lang id|en]
  inovasi score <masukan.xlsx> [-o keluaran.xlsx] [--edition id] [--model provinsi.json] [--json] [--lang id|en] [--overwrite]
Edisi tersedia: ${editionIds.join(", ")}`,
  en: `Usage:
  inovasi template <out.xlsx> [--edition ${defaultEdition.id}] [--lang id|en]
  inovasi score <in.xlsx> [-o out.xlsx] [--edition id] [--model province.json] [--json] [--lang id|en] [--overwrite]
Editions: ${editionIds.join(", ")}`,
};

/** Run the CLI; returns the exit code (only the bin exits). */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const a = parseArgs(argv, {
    edition: { value: true, alias: "e" },
    model: { value: true, alias: "m" },
    output: { value: true, alias: "o" },
    json: { value: false },
    lang: { value: true },
    overwrite: { value: false },
    help: { value: false, alias: "h" },
    quiet: { value: false, alias: "q" },
  });
  const locale: MessageLocale = a.flags.lang === "en" ? "en" : "id";
  const L = locale === "en";
  if (a.flags.help || !a.command) { io.out(USAGE[locale]); return a.command || a.flags.help ? EXIT.ok : EXIT.failed; }
  if (a.errors.length) { io.err(`${L ? "unknown or incomplete option" : "opsi tidak dikenal atau kurang nilai"}: ${a.errors.join(", ")}\n${USAGE[locale]}`); return EXIT.failed; }

  if (a.command === "template") {
    const out = a.positional[0];
    if (!out) { io.err(USAGE[locale]); return EXIT.failed; }
    const id = typeof a.flags.edition === "string" ? a.flags.edition : defaultEdition.id;
    const edition = getEdition(id);
    if (!edition) { io.err(`${L ? "unknown edition" : "edisi tidak dikenal"} "${id}"; ${L ? "available" : "tersedia"}: ${editionIds.join(", ")}`); return EXIT.failed; }
    const book = buildTemplate(edition);
    await writeFile(out, await book.toBuffer());
    io.out(L ? `template written: ${out} (${edition.id})` : `templat ditulis: ${out} (${edition.id})`);
    return EXIT.ok;
  }

  if (a.command === "score") {
    const input = a.positional[0];
    if (!input) { io.err(USAGE[locale]); return EXIT.failed; }
    const output = typeof a.flags.output === "string" ? a.flags.output : input.replace(/\.xlsx$/i, "") + ".scored.xlsx";
    if (output === input) { io.err(L ? "the output must differ from the input (the input is never changed)" : "berkas keluaran harus berbeda dari masukan (masukan tidak pernah diubah)"); return EXIT.failed; }
    const started = Date.now();
    const r = await scoreWorkbookFile({
      input,
      ...(typeof a.flags.edition === "string" ? { edition: a.flags.edition } : {}),
      ...(typeof a.flags.model === "string" ? { model: a.flags.model } : {}),
      locale,
      overwrite: a.flags.overwrite === true,
      progress: (m) => { if (!a.flags.quiet && !a.flags.json) io.err(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${m}`); },
    });
    if (!r.ok) {
      if (a.flags.json) io.out(JSON.stringify({ ok: false, stage: r.stage, messages: r.messages, issues: r.issues.map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell ?? null, field: i.field, message: i.message })) }, null, 2));
      else for (const m of r.messages) io.err(m);
      return EXIT.failed;
    }
    await writeFile(output, r.output);
    const errors = r.issues.filter((i) => i.severity === "error");
    if (a.flags.json) io.out(JSON.stringify({ ok: errors.length === 0, ...jsonReport(r.result, r.issues, output) }, null, 2));
    else {
      for (const i of r.issues.filter((x) => x.severity !== "info")) io.err(`${i.severity === "error" ? "✗" : "!"} ${i.message}`);
      io.out(textSummary(r.result, r.issues, locale));
      io.out(L ? `scored workbook: ${output}` : `buku kerja hasil: ${output}`);
    }
    return errors.length ? EXIT.inputErrors : EXIT.ok;
  }
  io.err(`${L ? "unknown command" : "perintah tidak dikenal"} "${a.command}"\n${USAGE[locale]}`);
  return EXIT.failed;
}
