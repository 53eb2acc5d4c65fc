import { renderEditionMarkdown } from "@inovasi/core";
import { defineCommand } from "../command.js";
import { outputProblem, writeOutputFile } from "../files.js";
import { loadModelFile } from "../model-file.js";
import { modelNotes } from "../model-notes.js";
import { FLAGS, str } from "./_flags.js";

const WRITTEN = { id: (p: string) => `halaman model ditulis: ${p}`, en: (p: string) => `model page written: ${p}` } as const;

export const modelShowCommand = defineCommand({
  name: "model show",
  summary: { id: "halaman uraian model provinsi (Markdown), seperti halaman edisi bawaan, untuk diterbitkan", en: "a readable page of a province model (Markdown), like the shipped editions' pages, to publish" },
  description: {
    id: "Setiap indikator dengan bobot, pilihan, bukti, dasar ukur dan sumbernya; rumus; predikat; syarat; angka yang belum\ndiketahui; daftar sumber. Tanpa -o halaman dicetak ke layar (stdout).",
    en: "Every indicator with its weight, options, evidence, measures and source; the formula; bands; eligibility; unknown\nnumbers; the sources. Without -o the page goes to stdout.",
  },
  args: [{ name: { id: "model.json", en: "model.json" }, help: { id: "berkas model", en: "the model file" }, required: true }],
  flags: {
    output: { type: "string", short: "o", value: { id: "halaman.md", en: "page.md" }, help: { id: "tulis halaman ke berkas ini (belum ada, kecuali dengan --overwrite)", en: "write the page to this file (must not exist, unless --overwrite)" } },
    overwrite: FLAGS.overwrite,
  },
  examples: [{ line: "inovasi model show jatim-2026.json -o jatim-2026.md", note: { id: "halaman untuk diterbitkan", en: "a page to publish" } }],
  exits: {
    ok: { id: "halaman dicetak atau ditulis", en: "page printed or written" },
    failed: { id: "model tidak sah atau tak terbaca (kesalahan tercantum), atau berkas halaman sudah ada", en: "invalid or unreadable model (errors listed), or the page file exists" },
  },
  async run({ flags, args, locale, io }) {
    const out = str(flags.output);
    const overwrite = flags.overwrite === true;
    // the model file (the input) before the output: a missing model is the news, not an existing page
    const m = await loadModelFile(args[0]!, locale);
    if (!m.ok) { for (const line of m.messages) io.err(line); return "failed"; }
    if (out !== undefined) {
      const problem = await outputProblem(out, { input: args[0]!, overwrite, xlsx: false }, locale);
      if (problem) { io.err(problem); return "failed"; }
    }
    // the page lists the unknown numbers itself; warnings (e.g. a maximum that differs) go beside it
    for (const w of modelNotes(m.edition, m.issues, locale).warnings) io.err(`! ${w}`);
    const page = renderEditionMarkdown(m.edition, { madeBy: `inovasi model show ${args[0]!}` });
    if (out === undefined) { io.out(page.replace(/\n$/, "")); return "ok"; }
    const failed = await writeOutputFile(out, page, overwrite, locale);
    if (failed) { io.err(failed); return "failed"; }
    io.out(WRITTEN[locale](out));
    return "ok";
  },
});
