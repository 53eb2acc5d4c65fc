import { type MessageLocale, type Plan, formatEffort, formatPlan, formatPlanNumber, parseExpectedScore, parsePlanTarget, planReadingNote, planRegion, printedGain, scoreRegion, targetBandNote } from "@inovasi/core";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { PLAN_SETTINGS_KEYS, planSettingsRows, actionCellNotes, actionCells, columnsAbsent, evidenceGapRows, locateIssues, missingSpdNote, ownWorkbookKind, readPlanSettings, statusCell } from "@inovasi/workbook";
import { defineCommand } from "../command.js";
import { modelNoteLines, modelNotes } from "../model-notes.js";
import { say } from "../messages.js";
import { FULL_LIST, groupedProblems } from "../problems.js";
import { openWorkbookFile } from "../read-file.js";
import { jsonIssue } from "../report.js";
import { EDITION_OR_MODEL, FLAGS, str } from "./_flags.js";

/**
 * The Pengaturan rows the plan reads, one a line (key | value, and what it sets), from the reader's own list
 * (`planSettingsRows`): the help names every form `readPlanSettings` reads, an indicator's own effort among them.
 */
function settingsHelp(locale: "id" | "en"): string {
  const rows = planSettingsRows().map((r) => ({ cell: `${r.key} | ${typeof r.value === "number" ? formatEffort(r.value, locale) : r.value}`, note: r.note?.[locale] }));
  const width = Math.max(...rows.map((r) => r.cell.length));
  const head = locale === "en" ? "Pengaturan rows the plan reads (key | value: each kind's effort at its default; a row left blank keeps it):" : "Baris lembar Pengaturan yang dibaca rencana (kunci | nilai: upaya tiap jenis pada bawaannya; baris kosong tetap bawaan):";
  return [head, ...rows.map((r) => `  ${r.note ? `${r.cell.padEnd(width)}  (${r.note})` : r.cell}`)].join("\n");
}

/**
 * What to run instead when the path is a folder: a plan is one kab/kota's — name one of its workbooks (a scored one
 * first, in name order), and `rekap` for them all. Undefined when the path is not a folder (or cannot be read: the
 * reader says why).
 */
async function folderNote(path: string, locale: MessageLocale): Promise<string | undefined> {
  let names: string[];
  try {
    if (!(await stat(path)).isDirectory()) return undefined;
    names = await readdir(path);
  } catch {
    return undefined;
  }
  const books = names.filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
  const pick = books.find((n) => /\.scored\.xlsx$/i.test(n)) ?? books[0];
  return say(locale).planFolder(path, pick === undefined ? undefined : join(path, pick));
}

export const planCommand = defineCommand({
  name: "plan",
  summary: { id: "rencana menuju target: tindakan termurah, berurutan, dengan tambahan indeks tiap langkah", en: "plan to a target: the cheapest actions, in order, with the index gained at each step" },
  description: {
    id: `Membaca buku kerja, lalu mencetak langkah demi langkah apa yang dikerjakan (bukti dukung, inovasi yang dihitung,\ninovasi baru, yandas, naik tingkat, tidak diajukan), di sel mana, tambahan indeksnya, indeks dan predikat sesudahnya,\ndan upayanya; lalu inovasi yang dapat ditambah tanpa menambah pembagi, satu inovasi lagi, bukti per indikator dan\nperangkat daerah, dan kepatuhan.\n1 upaya = satuan kerja relatif yang ditetapkan daerah; bawaan: 1 = satu bukti dukung diterima, kira-kira satu\nhari kerja satu orang. Upaya tiap tindakan, target dan batas langkah dapat diubah di lembar Pengaturan (baris\n"Upaya …", "Target Rencana", "Batas Langkah Rencana"). Buku kerja tidak diubah.\n\n${settingsHelp("id")}`,
    en: `Reads the workbook, then prints step by step what to do (evidence, innovations to count, new innovations,\nyandas, tier ups, withholding), in which cell, the index gained, the index and predicate after it, and its effort;\nthen the innovations that can be added without raising the divisor, one more innovation, evidence by indicator\nand agency, and compliance. 1 effort (upaya) = a relative unit of work the region sets; by default 1 = one accepted evidence, about one person-day. Efforts, the\ntarget and the step limit can be changed on the Pengaturan sheet (rows "Upaya …", "Target Rencana", "Batas\nLangkah Rencana"). The workbook is not changed.\n\n${settingsHelp("en")}`,
  },
  args: [{ name: { id: "masukan.xlsx", en: "in.xlsx" }, help: { id: "buku kerja daerah (dari inovasi template, atau susunan sendiri)", en: "the region's workbook (from inovasi template, or laid out by hand)" }, required: true }],
  flags: {
    target: {
      type: "string",
      short: "t",
      value: { id: "predikat|indeks", en: "predicate|index" },
      help: { id: "predikat (mis. \"Sangat Inovatif\") atau nilai indeks (mis. 50,5); bawaan: predikat berikutnya, atau baris Target Rencana di lembar Pengaturan", en: "a predicate (e.g. \"Sangat Inovatif\") or an index value (e.g. 50.5); default: the next predicate up, or the Target Rencana row of the Pengaturan sheet" },
    },
    expected: {
      type: "string",
      value: { id: "skor", en: "score" },
      help: { id: "skor yang diharapkan dari satu inovasi baru (mis. 60 atau 57,5); bawaan: median inovasi yang dihitung, yang mengikuti langkah-langkah rencana", en: "the score one new innovation is expected to reach (e.g. 60 or 57.5); default: the median counted innovation, which follows the plan's steps" },
    },
    steps: {
      type: "string",
      value: { id: "n", en: "n" },
      help: { id: "langkah paling banyak (bawaan 100, atau baris Batas Langkah Rencana di lembar Pengaturan); rencana disusun dalam batas itu (batas yang lebih kecil dapat memilih langkah yang lebih besar, dengan upaya lebih tinggi); bila target tidak tercapai, rencana berhenti di batas itu dan mengatakan berapa langkah yang diperlukan", en: "at most this many steps (default 100, or the Batas Langkah Rencana row of the Pengaturan sheet): the plan is made within that limit (a smaller limit may pick bigger steps at a higher effort); when the target is not reached, the plan stops there and says how many steps the target needs" },
    },
    claimed: { type: "boolean", help: { id: "rencanakan pada proyeksi klaim (bawaan: terverifikasi)", en: "plan in the claimed projection (default: verified)" } },
    edition: FLAGS.edition,
    model: FLAGS.model,
    json: { type: "boolean", help: { id: "rencana lengkap (JSON) di layar (stdout), tiap tindakan dengan selnya dan perubahannya", en: "the full plan (JSON) on stdout, each action with its cell and its edits" } },
  },
  exclusive: EDITION_OR_MODEL,
  examples: [
    { line: "inovasi plan kabupaten-2026.xlsx", note: { id: "menuju predikat berikutnya (proyeksi terverifikasi)", en: "to the next predicate up (verified projection)" } },
    { line: 'inovasi plan kabupaten-2026.xlsx --target "Sangat Inovatif"', note: { id: "menuju predikat tertentu", en: "to a named predicate" } },
    { line: "inovasi plan kabupaten-2026.xlsx --target 50,5 --claimed", note: { id: "menuju indeks 50,5 pada proyeksi klaim", en: "to index 50.5 in the claimed projection" } },
  ],
  exits: {
    ok: { id: "rencana dicetak (juga bila target sudah tercapai atau tidak terjangkau: statusnya tertulis)", en: "plan printed (also when the target is already reached or out of reach: its status says so)" },
    problems: { id: "rencana dicetak, tetapi masukan memuat kesalahan (tercantum di layar)", en: "plan printed, but the input has errors (listed on stderr)" },
    failed: { id: "tidak ada rencana: pemakaian salah, target tidak dikenal, berkas ditolak atau tak terbaca, lembar atau kolom wajib tidak ada, edisi atau model tidak sah", en: "no plan: wrong usage, an unknown target, a refused or unreadable file, a required sheet or column missing, an invalid edition or model" },
  },
  async run({ flags, args, locale, io }) {
    const json = flags.json === true;
    // `text`: the lines printed in place of `messages` when they say more than the messages --json lists
    const refuse = (stage: string, messages: string[], issues: Parameters<typeof jsonIssue>[0][] = [], text = messages) => {
      if (json) io.out(JSON.stringify({ ok: false, stage, messages, issues: issues.map(jsonIssue) }, null, 2));
      else for (const m of text) io.err(m);
      return "failed" as const;
    };
    // a folder, or a recap or comparison this tool wrote, holds no one region to plan: say what to run instead
    const folder = await folderNote(args[0]!, locale);
    if (folder) return refuse("refused", [folder]);
    const opened = await openWorkbookFile({
      input: args[0]!,
      ...(str(flags.edition) !== undefined ? { edition: str(flags.edition)! } : {}),
      ...(str(flags.model) !== undefined ? { model: str(flags.model)! } : {}),
      locale,
    });
    const own = !opened.ok && opened.grids ? ownWorkbookKind(opened.grids) : undefined;
    if (own) return refuse("read", [say(locale).planOwnBook(args[0]!, own)]);
    if (!opened.ok) return refuse(opened.stage, opened.messages, opened.issues, opened.stage === "read" ? [...opened.messages, say(locale).notPlanned(args[0]!)] : opened.messages);
    const { book, read, modelIssues } = opened;
    const settings = readPlanSettings(book.grids, read.edition, locale);
    let target = settings.target;
    const given = str(flags.target);
    if (given !== undefined) {
      const t = parsePlanTarget(given, read.edition);
      if (!t.ok) return refuse("usage", [`--target: ${t.message[locale]}`]);
      target = t.value;
    }
    let expectedScore: number | undefined;
    const expected = str(flags.expected);
    if (expected !== undefined) {
      const n = parseExpectedScore(expected.trim(), read.edition);
      if (!n.ok) return refuse("usage", [`--expected: ${n.message[locale]}`]);
      expectedScore = n.value;
    }
    let maxActions: number | undefined = settings.maxActions;
    const steps = str(flags.steps);
    if (steps !== undefined) {
      if (!/^\d+$/.test(steps.trim()) || Number(steps) < 1) {
        return refuse("usage", [locale === "en" ? `--steps: "${steps}" is not a number of steps; write a whole number of 1 or more (e.g. 200)` : `--steps: "${steps}" bukan jumlah langkah; tulis bilangan bulat 1 atau lebih (mis. 200)`]);
      }
      maxActions = Number(steps);
    }
    // scored once: the planner starts from this result, and its problems are listed as `score` lists them (an urusan
    // the catalogue does not know, a mandatory answer missing: the plan rests on them)
    const result = scoreRegion(read.input, read.edition);
    const options = {
      projection: flags.claimed ? ("claimed" as const) : ("verified" as const),
      efforts: settings.efforts,
      ...(target ? { target } : {}),
      ...(expectedScore !== undefined ? { expectedScore } : {}),
      // a column the reader did not find: no step on what it assumed, the one fix first
      columnsAbsent: columnsAbsent(read.issues),
      result,
    };
    const plan = planRegion(read.input, read.edition, { ...options, ...(maxActions !== undefined ? { maxActions } : {}) });
    const cells = actionCells(plan, read.source, locale);
    // a step without a cell says why where its cell would be
    const noCell = actionCellNotes(plan, read.source, locale);
    const modelFile = str(flags.model);
    const model = modelFile !== undefined && modelIssues ? { file: modelFile, issues: modelIssues } : undefined;
    const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale, { result, edition: read.edition, model }), ...settings.issues];
    const errors = issues.filter((i) => i.severity === "error").length;
    const notes = modelNotes(read.edition, modelIssues, locale);
    if (json) {
      // `gain` exact (what the plan orders by); `gainShown` the change of the printed index the text and the Rencana show
      const decimals = read.edition.formula.rounding.decimals;
      const actions = plan.actions.map((a, k) => ({ ...a, gainShown: printedGain(a, k === 0 ? plan.start.index : plan.actions[k - 1]!.indexAfter, decimals), cell: cells[k] ?? null, ...(noCell[k] ? { cellNote: noCell[k] } : {}) }));
      // every answer whose evidence is not accepted, with its agency and cell (as `score --json`): the agencies' to-do
      const evidenceGapList = evidenceGapRows(result, { edition: read.edition, source: read.source });
      io.out(JSON.stringify({ ok: errors === 0, model: notes, plan: { ...plan, actions }, evidenceGapList, issues: issues.map(jsonIssue) }, null, 2));
    } else {
      // an index target says which band it is in (40 is still Kurang Inovatif under the 2026 bands)
      const targetNote = plan.target && !plan.target.predicate ? targetBandNote(plan.target.index, read.edition)?.[locale] : undefined;
      // a workbook without an SPD sheet: its indicators were not scored, its steps have no cell — said under the status
      const sheetNote = missingSpdNote(read.issues, locale);
      const lines = formatPlan(plan, locale, { cells: cells.map((c, k) => c ?? noCell[k]), statusCell: statusCell(plan, read.source), decimals: read.edition.formula.rounding.decimals, targetNote, sheetNote });
      // a plan stopped at its limit says to raise it: here, how (after the status line)
      if (plan.status === "action_limit") {
        // how many steps the target needs: planned further (twenty times the limit at most; a very large region is not)
        const limit = plan.actions.length;
        const further = read.input.innovations.length <= FURTHER_MAX_INNOVATIONS ? planRegion(read.input, read.edition, { ...options, maxActions: Math.max(1000, limit * 20) }) : undefined;
        lines.splice(3, 0, raiseSteps(limit, further, locale, read.edition.formula.rounding.decimals));
      }
      // a plan out of reach under its assumed score for new innovations: how to plan with another
      if (plan.reason?.code === "no_more_gain" && plan.reason.newInnovations?.reachedWith != null) lines.splice(3, 0, otherScore(plan.reason.newInnovations.highest, locale));
      for (const line of lines) io.out(line);
      // the withhold steps rest on a reading of the count score: said with the model's notes
      const model = modelNoteLines(notes, locale);
      const reading = planReadingNote(plan, locale);
      if (reading) model.push(...(model.length ? [] : [`Model ${notes.edition}:`]), `  ${reading}`);
      for (const line of model) io.out(line);
      for (const line of groupedProblems(issues, locale, FULL_LIST.json)) io.err(line);
    }
    return errors ? "problems" : "ok";
  },
});

/** How to plan with another score for new innovations from the command line (up to the most an innovation scores). */
function otherScore(highest: number, locale: "id" | "en"): string {
  const top = formatPlanNumber(highest, locale);
  return locale === "en" ? `To plan with another score for new innovations: --expected <score> (at most ${top})` : `Untuk merencanakan dengan skor inovasi baru yang lain: --expected <skor> (paling tinggi ${top})`;
}

/** Regions up to this many innovations are planned further to say how many steps the target needs (time grows with n × steps). */
const FURTHER_MAX_INNOVATIONS = 5000;

/**
 * How to raise a plan's step limit from the command line or the Pengaturan sheet: the steps the target needs, as the
 * plan planned further (`further`) found them; when it reached no end either, or was not planned, twice the limit.
 */
function raiseSteps(steps: number, further: Plan | undefined, locale: "id" | "en", decimals: number): string {
  const en = locale === "en";
  const row = `"${PLAN_SETTINGS_KEYS.maxActions}"`;
  const n = further?.actions.length ?? 0;
  // a count in the sentence grouped ("1.234 langkah"); what is typed (the flag, the Pengaturan cell) as typed: 1234
  const needed = formatPlanNumber(n, locale, 0);
  if (further?.status === "reached") {
    return en ? `The target is reached in ${needed} steps (effort ${formatEffort(further.totalEffort, locale)}): --steps ${n}, or ${n} in the Pengaturan row ${row}` : `Target tercapai dalam ${needed} langkah (upaya ${formatEffort(further.totalEffort, locale)}): --steps ${n}, atau ${n} di baris ${row} lembar Pengaturan`;
  }
  if (further?.reason?.code === "no_more_gain") {
    const max = formatPlanNumber(further.reason.maximum, locale, decimals);
    return en ? `Even with more steps the target is out of reach: highest index ${max} after ${needed} steps (--steps ${n})` : `Dengan langkah lebih banyak pun target tidak terjangkau: indeks tertinggi ${max} setelah ${needed} langkah (--steps ${n})`;
  }
  const more = Math.max(steps * 2, n);
  return en ? `To plan further in one run: --steps ${more} (or the Pengaturan row ${row})` : `Untuk merencanakan lebih jauh sekaligus: --steps ${more} (atau baris ${row} lembar Pengaturan)`;
}
