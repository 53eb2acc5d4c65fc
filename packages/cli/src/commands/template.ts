import { defaultEdition } from "@inovasi/core";
import { defineCommand } from "../command.js";
import { chooseEdition } from "../edition-choice.js";
import { outputProblem, writeOutputFile } from "../files.js";
import { say } from "../messages.js";
import { modelNoteLines, modelNotes } from "../model-notes.js";
import { buildTemplate } from "../template.js";
import { EDITION_OR_MODEL, FLAGS, str } from "./_flags.js";

export const templateCommand = defineCommand({
  name: "template",
  summary: { id: "tulis templat buku kerja kosong untuk satu edisi atau model provinsi", en: "write an empty workbook template for an edition or a province model" },
  description: {
    id: "Lembar Petunjuk, Pengaturan, Perangkat Daerah, Inovasi, SPD dan Petunjuk Indikator, dengan daftar pilihan dan\npetunjuk isian di seluruh kolom. Isi templat selalu berbahasa Indonesia (judul kolom, pilihan, petunjuk): pembaca\nbuku kerja mencocokkan judul kolom berbahasa Indonesia, jadi template tidak menerima --lang en.",
    en: "Sheets Petunjuk, Pengaturan, Perangkat Daerah, Inovasi, SPD and Petunjuk Indikator, with dropdowns and input\nprompts on whole columns. The template's content is always in Bahasa Indonesia (headers, options, prompts): the\nworkbook reader matches Indonesian headers, so template does not take --lang en.",
  },
  contentOnlyIn: {
    reason: {
      id: "templat selalu berbahasa Indonesia (pembaca buku kerja mencocokkan judul kolom berbahasa Indonesia); jalankan tanpa --lang en",
      en: "the template is always in Bahasa Indonesia (the workbook reader matches Indonesian column headers); run it without --lang en",
    },
    flagHelp: { id: "bahasa bantuan ini (id atau en); templatnya sendiri selalu berbahasa Indonesia", en: "language of this help (id or en); the template itself is always in Bahasa Indonesia" },
  },
  args: [{ name: { id: "keluaran.xlsx", en: "out.xlsx" }, help: { id: "berkas templat yang ditulis (belum ada, kecuali dengan --overwrite)", en: "the template file to write (must not exist, unless --overwrite)" }, required: true }],
  // a new workbook has no Pengaturan sheet to read an edition from: the default is the default edition
  flags: { edition: { ...FLAGS.edition, help: { id: `edisi model bawaan (lihat daftar di bawah); bawaan: ${defaultEdition.id}`, en: `shipped model edition (see the list below); default: ${defaultEdition.id}` } }, model: FLAGS.model, overwrite: FLAGS.overwrite },
  exclusive: EDITION_OR_MODEL,
  examples: [
    { line: "inovasi template kabupaten-2026.xlsx", note: { id: "templat kosong edisi bawaan", en: "an empty template of the default edition" } },
    { line: "inovasi template kabupaten-2023.xlsx --edition iid-2023", note: { id: "templat untuk IGA 2023", en: "a template for IGA 2023" } },
    { line: "inovasi template jatim.xlsx --model jatim-2026.json", note: { id: "templat model provinsi sendiri", en: "a template of a province's own model" } },
  ],
  exits: {
    ok: { id: "templat ditulis", en: "template written" },
    failed: { id: "tidak ada yang ditulis: pemakaian salah, edisi tidak dikenal, model tidak sah, atau berkas keluaran sudah ada", en: "nothing written: wrong usage, unknown edition, invalid model, or the output file exists" },
  },
  async run({ flags, args, locale, io }) {
    const out = args[0]!;
    // the edition or model file (an input) before the output: a missing model file is the news
    const chosen = await chooseEdition({ edition: str(flags.edition), model: str(flags.model) }, locale);
    if (!chosen.ok) { for (const m of chosen.messages) io.err(m); return "failed"; }
    const problem = await outputProblem(out, { overwrite: flags.overwrite === true, xlsx: true }, locale);
    if (problem) { io.err(problem); return "failed"; }
    // a province's own model: say what its validation found (shipped editions are known; nothing is scored here)
    if (chosen.modelIssues) for (const line of modelNoteLines(modelNotes(chosen.edition, chosen.modelIssues, locale), locale)) io.err(line);
    const bytes = await buildTemplate(chosen.edition).toBuffer();
    const failed = await writeOutputFile(out, bytes, flags.overwrite === true, locale);
    if (failed) { io.err(failed); return "failed"; }
    io.out(say(locale).templateWritten(out, chosen.edition.id));
    // what to do with it: a workbook of a province's own model is scored with that model again
    const quote = (p: string) => (/^[\w./:\\-]+$/.test(p) ? p : `"${p}"`);
    io.out(say(locale).templateNext(`inovasi score ${quote(out)}${str(flags.model) !== undefined ? ` --model ${quote(str(flags.model)!)}` : ""}`));
    return "ok";
  },
});
