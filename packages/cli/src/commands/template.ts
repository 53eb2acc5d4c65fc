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
    id: "Lembar Pengaturan, Perangkat Daerah, Inovasi, SPD dan Petunjuk Indikator, dengan daftar pilihan dan petunjuk isian.\nIsi templat selalu berbahasa Indonesia (judul kolom, pilihan, petunjuk): pembaca buku kerja mencocokkan judul\nkolom berbahasa Indonesia. --lang en hanya mengubah bahasa pesan di layar.",
    en: "Sheets Pengaturan, Perangkat Daerah, Inovasi, SPD and Petunjuk Indikator, with dropdowns and input prompts.\nThe template's content is always in Bahasa Indonesia (headers, options, prompts): the workbook reader matches\nIndonesian headers. --lang en changes only the language of the messages on screen.",
  },
  args: [{ name: { id: "keluaran.xlsx", en: "out.xlsx" }, help: { id: "berkas templat yang ditulis (belum ada, kecuali dengan --overwrite)", en: "the template file to write (must not exist, unless --overwrite)" }, required: true }],
  flags: { edition: FLAGS.edition, model: FLAGS.model, overwrite: FLAGS.overwrite },
  exclusive: EDITION_OR_MODEL,
  exits: {
    ok: { id: "templat ditulis", en: "template written" },
    failed: { id: "tidak ada yang ditulis: pemakaian salah, edisi tidak dikenal, model tidak sah, atau berkas keluaran sudah ada", en: "nothing written: wrong usage, unknown edition, invalid model, or the output file exists" },
  },
  async run({ flags, args, locale, io }) {
    const out = args[0]!;
    const problem = await outputProblem(out, { overwrite: flags.overwrite === true, xlsx: true }, locale);
    if (problem) { io.err(problem); return "failed"; }
    const chosen = await chooseEdition({ edition: str(flags.edition), model: str(flags.model) }, locale);
    if (!chosen.ok) { for (const m of chosen.messages) io.err(m); return "failed"; }
    // a province's own model: say what its validation found (shipped editions are known; nothing is scored here)
    if (chosen.modelIssues) for (const line of modelNoteLines(modelNotes(chosen.edition, chosen.modelIssues, locale), locale)) io.err(line);
    const bytes = await buildTemplate(chosen.edition).toBuffer();
    const failed = await writeOutputFile(out, bytes, flags.overwrite === true, locale);
    if (failed) { io.err(failed); return "failed"; }
    io.out(say(locale).templateWritten(out, chosen.edition.id));
    return "ok";
  },
});
