import { type Edition, type EditionComparison, type MessageLocale, type YearComparison, type YearPair, bareRegionName, compareEditions, compareYears, formatEditionDifference, formatPlanNumber } from "@inovasi/core";
import { type ComparisonValidity, type CountTargetVerdict, type LocatedIssue, type SourceMap, type WorkbookGrids, a1, cellAt, comparisonWorkbook, countTargetVerdicts, findSheet, notValidText } from "@inovasi/workbook";
import { outputProblem, workbookInputProblem, writeOutputFile } from "../files.js";
import { newWorkbook, ownedSheetLayout } from "../xlsx-io.js";
import { defineCommand } from "../command.js";
import { chooseEdition } from "../edition-choice.js";
import { modelNoteLines, modelNotes } from "../model-notes.js";
import { FULL_LIST, groupedProblems } from "../problems.js";
import { jsonIssue } from "../report.js";
import { readAndScoreWorkbook } from "../score.js";
import { EDITION_OR_MODEL, FLAGS, str } from "./_flags.js";
import { modelDiffCommandLine } from "./model-diff.js";

/** Lists (innovations, indicators) show this many before "… and n more". */
const SHOWN = 10;
/** Editions that differ: this many of their differences, the most consequential, then the command that lists all. */
const MODEL_SHOWN = 5;

const B = {
  id: {
    head: (b: string, a: string, yb: number, ya: number) => `Banding ${a === b ? a : `${b} → ${a}`}: ${yb} → ${ya}`,
    edition: (y: number, e: string) => `  edisi ${y}: ${e}`,
    mixed: "! Kedua tahun dinilai dengan edisi berbeda: setiap angka diberi nama edisinya, dan selisihnya mencampur perubahan model dengan perubahan daerah. Untuk selisih yang murni, nilai keduanya dengan satu edisi: --edition <id>.",
    mixedModel: "! Kedua tahun dinilai dengan edisi berbeda: setiap angka diberi nama edisinya, dan selisihnya mencampur perubahan model dengan perubahan daerah. Untuk selisih yang murni, nilai keduanya dengan satu model: --model <model.json> (bukan --old-model / --new-model).",
    modelTop: (b: string, a: string, n: number, shown: number) => `  Perbedaan model ${b} → ${a}${n > shown ? ` (${shown} yang paling berpengaruh dari ${n})` : ""}:`,
    modelAll: (cmd: string) => `  Semua perbedaan, dengan nilai dan sumbernya: ${cmd}`,
    modelNone: (b: string, a: string) => `  ${b} dan ${a} menilai dengan aturan yang sama (yang berbeda hanya nama, sumber atau uraiannya): selisihnya perubahan daerah.`,
    region: "! Nama daerah berbeda di kedua buku kerja: periksa bahwa keduanya daerah yang sama.",
    year: "! Tahun buku kerja kedua tidak lebih baru dari yang pertama: urutannya inovasi banding <lama.xlsx> <baru.xlsx>.",
    yearAt: (b: YearCell, a: YearCell, yb: number, ya: number) => `! Buku kerja pertama lebih baru dari yang kedua: ${b.file} tahun ${yb} (Tahun Penilaian di ${b.at}), ${a.file} tahun ${ya} (di ${a.at}); selisihnya di bawah dihitung dari ${yb} ke ${ya}. Urutannya inovasi banding <lama.xlsx> <baru.xlsx>: inovasi banding ${a.file} ${b.file}; bila tahun yang tertulis keliru, perbaiki Tahun Penilaian di sel itu lalu jalankan lagi.`,
    flawed: "(angka belum valid)",
    notValid: (y: number, why: string) => `! Angka ${y} belum valid (${why}; tercantum di bawah): selisihnya tidak dihitung, seperti di rekap --previous; perbaiki berkasnya lalu bandingkan lagi.`,
    sameYear: (y: number, at?: [YearCell, YearCell]) => `! Kedua buku kerja untuk tahun ${y}: ini perbandingan dua kiriman tahun yang sama (mis. kiriman ulang dibandingkan dengan yang pertama), bukan antartahun.${at ? ` Bila salah satunya tahun lain, perbaiki Tahun Penilaian-nya (${at[0].file}: ${at[0].at}; ${at[1].file}: ${at[1].at}) lalu jalankan lagi.` : ""}`,
    delta: "Selisih",
    rows: { claimed: "Indeks klaim", verified: "Indeks terverifikasi", spd: "SPD (terverifikasi)", sid: "SID (terverifikasi)", total: "Total (terverifikasi)", counted: "Inovasi dihitung" },
    indicators: (n: number) => `Poin per indikator (terverifikasi; ${n} berubah, terbesar dulu):`,
    noIndicator: "Poin per indikator: tidak ada yang berubah.",
    innovations: (c: number, a: number, d: number) => `Inovasi: ${c} berlanjut, ${a} baru, ${d} tidak dilaporkan lagi (dicocokkan menurut id, atau nama + perangkat daerah tanpa beda huruf besar, spasi dan tanda baca)`,
    added: "baru",
    dropped: "tidak dilaporkan lagi",
    moved: "berlanjut, skor terverifikasi berubah",
    near: "mirip, mungkin inovasi yang sama (tidak dipasangkan; bila sama, samakan nama dan perangkat daerahnya)",
    otherRegion: (b: string, a: string, pb: string, pa: string) => `${pb} dan ${pa} adalah buku kerja dua daerah berbeda ("${b}" dan "${a}", nama daerah di lembar Pengaturan): banding membandingkan satu daerah di dua tahun. Periksa berkasnya; bila daerahnya sama (berganti nama), samakan nama daerah di Pengaturan lalu jalankan lagi.`,
    otherLevel: (p: LevelCells, name: string) => `${p.before.file} dan ${p.after.file} berbeda Tingkat: "${p.before.typed}" di ${p.before.at} dan "${p.after.typed}" di ${p.after.at} (nama daerah keduanya "${name}"); kabupaten dan kota dengan nama yang sama adalah dua daerah, dan banding membandingkan satu daerah di dua tahun. Periksa berkasnya; bila daerahnya sama, perbaiki Tingkat di berkas yang keliru lalu jalankan lagi.`,
    neither: (n: number) => `Perangkat daerah tanpa inovasi di kedua tahun (${n})`,
    targets: "Target",
    met: "tercapai",
    notMet: "belum tercapai",
    nonCompliant: "Perangkat daerah belum patuh",
    more: (n: number) => `… dan ${n} lainnya`,
    problems: (f: string) => `${f}:`,
    only: (y: number) => `hanya ${y}`,
    written: (p: string) => `banding ditulis: ${p}`,
  },
  en: {
    head: (b: string, a: string, yb: number, ya: number) => `Comparison ${a === b ? a : `${b} → ${a}`}: ${yb} → ${ya}`,
    edition: (y: number, e: string) => `  edition ${y}: ${e}`,
    mixed: "! The two years were scored with different editions: every figure names its edition, and the change mixes model changes with the region's. For a clean change, score both with one edition: --edition <id>.",
    mixedModel: "! The two years were scored with different editions: every figure names its edition, and the change mixes model changes with the region's. For a clean change, score both with one model: --model <model.json> (not --old-model / --new-model).",
    modelTop: (b: string, a: string, n: number, shown: number) => `  Model differences ${b} → ${a}${n > shown ? ` (the ${shown} most consequential of ${n})` : ""}:`,
    modelAll: (cmd: string) => `  Every difference, with its values and sources: ${cmd}`,
    modelNone: (b: string, a: string) => `  ${b} and ${a} score by the same rules (only their names, sources or descriptions differ): the change is the region's.`,
    region: "! The region names differ between the two workbooks: check that both are the same region.",
    year: "! The second workbook's year is not later than the first's: the order is inovasi banding <old.xlsx> <new.xlsx>.",
    yearAt: (b: YearCell, a: YearCell, yb: number, ya: number) => `! The first workbook is later than the second: ${b.file} is ${yb} (Tahun Penilaian at ${b.at}), ${a.file} is ${ya} (at ${a.at}); the changes below run from ${yb} to ${ya}. The order is inovasi banding <old.xlsx> <new.xlsx>: inovasi banding ${a.file} ${b.file}; if a year as written is wrong, correct Tahun Penilaian in that cell and run again.`,
    flawed: "(figures not valid yet)",
    notValid: (y: number, why: string) => `! The ${y} figures are not valid yet (${why}; listed below): no change is given, as in rekap --previous; fix the file and compare again.`,
    sameYear: (y: number, at?: [YearCell, YearCell]) => `! Both workbooks are for ${y}: this compares two submissions of the same year (e.g. a re-sent copy against the first), not two years.${at ? ` If one is of another year, correct its Tahun Penilaian (${at[0].file}: ${at[0].at}; ${at[1].file}: ${at[1].at}) and run again.` : ""}`,
    delta: "Change",
    rows: { claimed: "Claimed index", verified: "Verified index", spd: "SPD (verified)", sid: "SID (verified)", total: "Total (verified)", counted: "Innovations counted" },
    indicators: (n: number) => `Points per indicator (verified; ${n} changed, largest first):`,
    noIndicator: "Points per indicator: none changed.",
    innovations: (c: number, a: number, d: number) => `Innovations: ${c} carried over, ${a} added, ${d} dropped (matched by id, or name + agency ignoring case, spaces and punctuation)`,
    added: "added",
    dropped: "dropped",
    moved: "carried over, verified score changed",
    near: "close, perhaps the same innovation (not paired; if so, make their names and agencies the same)",
    otherRegion: (b: string, a: string, pb: string, pa: string) => `${pb} and ${pa} are workbooks of two different regions ("${b}" and "${a}", the region's name on the Pengaturan sheet): banding compares one region in two years. Check the files; if it is one region (renamed), make the names on Pengaturan the same and run again.`,
    otherLevel: (p: LevelCells, name: string) => `${p.before.file} and ${p.after.file} differ in Tingkat (level): "${p.before.typed}" at ${p.before.at} and "${p.after.typed}" at ${p.after.at} (both name the region "${name}"); a kabupaten and a kota of one name are two regions, and banding compares one region in two years. Check the files; if it is one region, correct Tingkat in the wrong file and run again.`,
    neither: (n: number) => `Agencies without an innovation in either year (${n})`,
    targets: "Target",
    met: "met",
    notMet: "not met",
    nonCompliant: "Agencies not complying",
    more: (n: number) => `… and ${n} more`,
    problems: (f: string) => `${f}:`,
    only: (y: number) => `only ${y}`,
    written: (p: string) => `comparison written: ${p}`,
  },
} as const;

export const bandingCommand = defineCommand({
  name: "banding",
  summary: { id: "bandingkan satu daerah di dua tahun: indeks, predikat, poin per indikator, inovasi baru/berlanjut/tidak dilaporkan lagi, target", en: "compare one region in two years: index, predicate, points per indicator, innovations added/dropped/carried over, targets" },
  description: {
    id: "Setiap buku kerja dinilai dengan edisi di lembar Pengaturan-nya, atau --edition / --model untuk keduanya, atau\n--old-model / --new-model untuk satu tahun saja (mis. model provinsi 2025 dan 2026). Bila edisinya berbeda, setiap\nangka diberi nama edisinya dan perbedaannya dinyatakan: tidak pernah dicampur diam-diam.\nInovasi dicocokkan menurut id bila keduanya punya, selain itu menurut nama + perangkat daerah (tanpa beda huruf\nbesar, spasi dan tanda baca); inovasi yang berganti nama atau pindah perangkat daerah tercatat tidak dilaporkan lagi dan baru, dan\npasangan yang mirip disebut (tidak dipasangkan). Dua buku kerja dari daerah berbeda ditolak.",
    en: "Each workbook is scored with the edition on its Pengaturan sheet, or --edition / --model for both, or\n--old-model / --new-model for one year each (e.g. a province's 2025 and 2026 models). When the editions\ndiffer, every figure names its edition and the difference is stated: never silently mixed.\nInnovations are matched by id when both have one, else by name + agency (ignoring case, spaces and punctuation);\none renamed or moved to another agency shows as dropped and added, and close pairs are named (not paired). Two\nworkbooks of different regions are refused.",
  },
  args: [
    { name: { id: "lama.xlsx", en: "old.xlsx" }, help: { id: "buku kerja tahun sebelumnya", en: "the earlier year's workbook" }, required: true },
    { name: { id: "baru.xlsx", en: "new.xlsx" }, help: { id: "buku kerja tahun berikutnya", en: "the later year's workbook" }, required: true },
  ],
  flags: {
    edition: { ...FLAGS.edition, help: { id: "nilai kedua buku kerja dengan edisi bawaan ini (selisih tanpa perubahan model)", en: "score both workbooks with this shipped edition (a change without model changes)" } },
    model: { ...FLAGS.model, help: { id: "nilai kedua buku kerja dengan model provinsi ini (berkas JSON); tidak bersama --edition, --old-model, --new-model", en: "score both workbooks with this province model (JSON file); not together with --edition, --old-model, --new-model" } },
    "old-model": { type: "string", value: { id: "model.json", en: "model.json" }, help: { id: "model (berkas JSON) untuk buku kerja lama saja; yang baru memakai --new-model atau edisi di lembar Pengaturan-nya", en: "a model (JSON file) for the old workbook only; the new one takes --new-model or the edition on its Pengaturan sheet" } },
    "new-model": { type: "string", value: { id: "model.json", en: "model.json" }, help: { id: "model (berkas JSON) untuk buku kerja baru saja; yang lama memakai --old-model atau edisi di lembar Pengaturan-nya", en: "a model (JSON file) for the new workbook only; the old one takes --old-model or the edition on its Pengaturan sheet" } },
    json: { type: "boolean", help: { id: "perbandingan sebagai JSON di layar (stdout), dengan masalah setiap buku kerja", en: "the comparison as JSON on stdout, with each workbook's problems" } },
    output: { type: "string", short: "o", value: { id: "banding.xlsx", en: "comparison.xlsx" }, help: { id: "tulis juga perbandingan ke buku kerja (lembar Banding)", en: "also write the comparison to a workbook (sheet Banding)" } },
    overwrite: FLAGS.overwrite,
  },
  // --edition and --model are for both years: a year's own model would contradict them
  exclusive: [...EDITION_OR_MODEL, ["old-model", "edition"], ["old-model", "model"], ["new-model", "edition"], ["new-model", "model"]],
  examples: [
    { line: "inovasi banding kabupaten-2025.xlsx kabupaten-2026.xlsx", note: { id: "tiap tahun dengan edisinya sendiri", en: "each year with its own edition" } },
    { line: "inovasi banding kabupaten-2025.xlsx kabupaten-2026.xlsx --edition iid-2026 -o banding.xlsx", note: { id: "keduanya dengan satu edisi; juga ke buku kerja", en: "both with one edition; also to a workbook" } },
    { line: "inovasi banding kabupaten-2025.xlsx kabupaten-2026.xlsx --old-model model-2025.json --new-model model-2026.json", note: { id: "setiap tahun dengan model provinsinya", en: "each year with the province's model of that year" } },
  ],
  exits: {
    ok: { id: "dibandingkan; kedua buku kerja tanpa kesalahan", en: "compared; both workbooks without errors" },
    problems: { id: "dibandingkan, tetapi buku kerja memuat kesalahan (tercantum per berkas)", en: "compared, but a workbook has errors (listed per file)" },
    failed: { id: "tidak dibandingkan: pemakaian salah, edisi atau model tidak sah, buku kerja tak terbaca, atau kedua buku kerja untuk daerah berbeda (alasannya tercantum)", en: "not compared: wrong usage, an invalid edition or model, an unreadable workbook, or workbooks of two different regions (its reason is listed)" },
  },
  async run({ flags, args, locale, io }) {
    const json = flags.json === true;
    const fail = (messages: string[]) => {
      if (json) io.out(JSON.stringify({ ok: false, messages }, null, 2));
      else for (const m of messages) io.err(m);
      return "failed" as const;
    };
    // each year's edition: its own model (--old-model, --new-model), else one for both (--edition, --model), else the
    // workbook's Pengaturan sheet (undefined here)
    const forced = str(flags.edition) !== undefined || str(flags.model) !== undefined;
    const both = forced ? await chooseEdition({ edition: str(flags.edition), model: str(flags.model) }, locale) : undefined;
    if (both && !both.ok) return fail(both.messages);
    const own = async (model: string | undefined) => (model === undefined ? both : await chooseEdition({ model }, locale));
    const chosen = [await own(str(flags["old-model"])), await own(str(flags["new-model"]))] as const;
    const refused = chosen.flatMap((c) => (c && !c.ok ? c.messages : []));
    if (refused.length > 0) return fail(refused);
    const [editionA, editionB] = chosen.map((c) => (c?.ok ? c.edition : undefined));

    const [oldPath, newPath] = [args[0]!, args[1]!];
    const output = str(flags.output);
    // the inputs (the model file above, both workbooks here) before the output: a missing input is the news
    for (const input of [oldPath, newPath]) {
      const unreadable = await workbookInputProblem(input, locale);
      if (unreadable) return fail([unreadable]);
    }
    if (output !== undefined) {
      for (const input of [oldPath, newPath]) {
        const problem = await outputProblem(output, { input, overwrite: flags.overwrite === true, xlsx: true }, locale);
        if (problem) return fail([problem]);
      }
    }
    const score = (input: string, edition: Edition | undefined) => readAndScoreWorkbook({ input, locale, ...(edition ? { edition } : {}) });
    const a = await score(oldPath, editionA);
    const b = await score(newPath, editionB);
    const failures = [a, b].flatMap((r, k) => (r.ok ? [] : r.messages.map((m) => (r.stage === "read" ? `${[oldPath, newPath][k]}: ${m}` : m))));
    if (!a.ok || !b.ok) return fail(failures);
    const c = compareYears({ result: a.result, edition: a.read.edition, input: a.read.input }, { result: b.result, edition: b.read.edition, input: b.read.input });
    // two regions are no comparison: refused (a swapped file in a batch of 38 pairs went by with a warning and exit 0)
    // one name at two levels (Tingkat "Kota" in one file, "Kabupaten" in the other): the Tingkat cells are the
    // difference, not the names (audit29 F3 quoted two identical names and said to make them the same)
    if (c.notes.includes("different_region")) {
      const levels = a.result.region.level !== b.result.region.level && bareRegionName(a.result.region.name) === bareRegionName(b.result.region.name);
      return fail([
        levels
          ? B[locale].otherLevel({ before: levelCell(oldPath, a.book.grids, a.read.source, a.result.region.level), after: levelCell(newPath, b.book.grids, b.read.source, b.result.region.level) }, a.result.region.name === b.result.region.name ? a.result.region.name : `${a.result.region.name}" / "${b.result.region.name}`)
          : B[locale].otherRegion(c.region.before, c.region.after, oldPath, newPath),
      ]);
    }
    const errors = [...a.issues, ...b.issues].some((i) => i.severity === "error");
    // the recap's rule for figures not valid yet (errors, a missing sheet or column): that year marked, no change
    // and its count targets by the recap's rule: met when the rows read reach it, else not certain with rows left out
    const notValid: ComparisonValidity = {
      before: notValidText(a.issues, locale),
      after: notValidText(b.issues, locale),
      targets: { before: countTargetVerdicts(a.issues, a.read.source.leftOutRows, locale), after: countTargetVerdicts(b.issues, b.read.source.leftOutRows, locale) },
    };
    if (output !== undefined) {
      const book = newWorkbook();
      const { writes, sheet } = comparisonWorkbook(c, locale, notValid);
      book.apply(writes);
      book.layoutOwnedSheet(sheet.name, sheet.widths, ownedSheetLayout(writes, sheet));
      const failed = await writeOutputFile(output, await book.toBuffer(), flags.overwrite === true, locale);
      if (failed) return fail([failed]);
    }
    // two editions: what differs between them, named by what `inovasi model diff` takes (a model file by its path)
    const modelDiff = !c.notes.includes("different_edition") ? undefined : { comparison: compareEditions(a.read.edition, b.read.edition), command: modelDiffCommandLine(str(flags["old-model"]) ?? a.read.edition.id, str(flags["new-model"]) ?? b.read.edition.id) };
    if (json) {
      // each year's count targets as the recap decides them (`comparison.targets` keeps met as counted)
      const verdicts = (ts: YearComparison["targets"]["before"], v: CountTargetVerdict | undefined) => ts.map((t) => ({ targetId: t.targetId, ...v!(t.met) }));
      const targetsMet = { before: verdicts(c.targets.before, notValid.targets!.before), after: verdicts(c.targets.after, notValid.targets!.after) };
      const modelDifferences = modelDiff ? { command: modelDiff.command, differences: modelDiff.comparison.differences.map((d) => ({ ...d, message: formatEditionDifference(d, locale) })) } : null;
      io.out(JSON.stringify({ ok: !errors, comparison: c, modelDifferences, notValid: { before: notValid.before ?? null, after: notValid.after ?? null }, targetsMet, files: [[oldPath, a.issues], [newPath, b.issues]].map(([file, issues]) => ({ file, problems: (issues as LocatedIssue[]).map(jsonIssue) })) }, null, 2));
      return errors ? "problems" : "ok";
    }
    const years = { before: settingCell(oldPath, a.read.source, "year"), after: settingCell(newPath, b.read.source, "year") };
    const modelFile = [flags.model, flags["old-model"], flags["new-model"]].some((f) => str(f) !== undefined);
    for (const line of comparisonLines(c, locale, notValid, years, modelFile, modelDiff)) io.out(line);
    if (output !== undefined) io.out(B[locale].written(output));
    // a model's notes once, also when both years take it
    for (const c of new Set(chosen)) if (c?.ok && c.modelIssues) for (const line of modelNoteLines(modelNotes(c.edition, c.modelIssues, locale), locale, { caveat: false })) io.out(line);
    for (const [file, issues] of [[oldPath, a.issues], [newPath, b.issues]] as const) {
      const lines = groupedProblems(issues, locale, FULL_LIST.json);
      if (lines.length) io.err([B[locale].problems(file), ...lines.map((l) => `  ${l}`)].join("\n"));
    }
    return errors ? "problems" : "ok";
  },
});

/** The comparison as a person reads it; every figure of a year carries that year's edition. */
export function comparisonLines(c: YearComparison, locale: MessageLocale, notValid: ComparisonValidity = {}, years?: { before: YearCell; after: YearCell }, model = false, modelDiff?: { comparison: EditionComparison; command: string }): string[] {
  const t = B[locale];
  // a decimal comma in Bahasa Indonesia, as score and plan print
  const fmt = (n: number | null, digits = 2) => (n === null ? "?" : formatPlanNumber(n, locale, digits));
  const signed = (n: number | null, digits = 2) => (n === null ? "?" : `${n > 0 ? "+" : n < 0 ? "−" : "±"}${formatPlanNumber(Math.abs(n), locale, digits)}`);
  const yb = c.years.before;
  const ya = c.years.after;
  const eb = c.editions.before;
  const ea = c.editions.after;
  const lines = [t.head(c.region.before, c.region.after, yb, ya)];
  for (const [y, e] of [[yb, eb], [ya, ea]] as const) lines.push(t.edition(y, `${e.id}${e.caveat ? ` — ${e.caveat[locale]}` : ""}`));
  // with a model file in use, "--edition <id>" would drop the province's model: one model for both, --model
  if (c.notes.includes("different_edition")) lines.push(model ? t.mixedModel : t.mixed);
  // what the models change, the most consequential first, and the command for all (audit38 #5: nothing said why)
  if (c.notes.includes("different_edition") && modelDiff) lines.push(...modelDiffLines(modelDiff.comparison, modelDiff.command, locale));
  if (c.notes.includes("different_region")) lines.push(t.region);
  // the same year is not a wrong order: two submissions of one year (what changed in a re-sent copy)
  // with the files: each year as read and its cell, and the command in the right order (as rekap names the files
  // and their Tahun Penilaian when last year's are not earlier, recapNoEarlierYearText)
  if (c.notes.includes("year_not_later")) lines.push(yb === ya ? t.sameYear(yb, years && [years.before, years.after]) : years ? t.yearAt(years.before, years.after, yb, ya) : t.year);
  // a year whose figures are not valid yet: no change, as `rekap --previous` gives the same region "—"
  for (const [y, why] of [[yb, notValid.before], [ya, notValid.after]] as const) if (why) lines.push(t.notValid(y, why));
  const valid = !notValid.before && !notValid.after;

  const pred = (p: { label: { id: string; en: string } } | null) => (p ? ` ${p.label[locale]}` : "");
  const table: string[][] = [["", `${yb} (${eb.id})${notValid.before ? ` ${t.flawed}` : ""}`, `${ya} (${ea.id})${notValid.after ? ` ${t.flawed}` : ""}`, c.editions.same ? t.delta : `${t.delta} (${eb.id} → ${ea.id})`]];
  const add = (label: string, p: YearPair, extra: [string, string] = ["", ""], digits = 2) => table.push([label, `${fmt(p.before, digits)}${extra[0]}`, `${fmt(p.after, digits)}${extra[1]}`, valid ? signed(p.delta, digits) : "—"]);
  add(t.rows.claimed, c.index.claimed, [pred(c.predicate.claimed.before), pred(c.predicate.claimed.after)]);
  add(t.rows.verified, c.index.verified, [pred(c.predicate.verified.before), pred(c.predicate.verified.after)]);
  add(t.rows.spd, c.verified.spd);
  add(t.rows.sid, c.verified.sid);
  add(t.rows.total, c.verified.total);
  add(t.rows.counted, c.verified.counted, ["", ""], 0);
  const w = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) lines.push(`  ${r.map((x, i) => (i === 0 ? x.padEnd(w[i]!) : i === 3 ? x : x.padEnd(w[i]!))).join("  ")}`.trimEnd());

  const changed = c.indicators.filter((i) => i.points.delta !== 0 || i.inBefore !== i.inAfter).sort((x, y) => Math.abs(y.points.delta ?? 0) - Math.abs(x.points.delta ?? 0));
  if (changed.length === 0) lines.push(t.noIndicator);
  else {
    lines.push(t.indicators(changed.length));
    for (const i of changed.slice(0, SHOWN)) {
      const presence = i.inBefore && i.inAfter ? "" : ` (${t.only(i.inBefore ? yb : ya)})`;
      lines.push(`  ${i.indicatorId} ${i.name[locale]}: ${fmt(i.points.before)} → ${fmt(i.points.after)} (${signed(i.points.delta)})${presence}`);
    }
    if (changed.length > SHOWN) lines.push(`  ${t.more(changed.length - SHOWN)}`);
  }

  const inv = c.innovations;
  lines.push(t.innovations(inv.carried.length, inv.added.length, inv.dropped.length));
  const list = (label: string, xs: string[]) => {
    if (xs.length) lines.push(`  ${label}: ${xs.slice(0, SHOWN).join("; ")}${xs.length > SHOWN ? ` ${t.more(xs.length - SHOWN)}` : ""}`);
  };
  list(t.added, inv.added.map((x) => `${x.name} (${x.agency})`));
  list(t.dropped, inv.dropped.map((x) => `${x.name} (${x.agency})`));
  const moved = inv.carried.filter((x) => x.verified.delta !== 0 && x.verified.delta !== null).sort((x, y) => Math.abs(y.verified.delta!) - Math.abs(x.verified.delta!));
  list(t.moved, moved.map((x) => `${x.after.name} ${signed(x.verified.delta)}`));
  list(t.near, inv.near.map((x) => `${x.dropped.name} (${x.dropped.agency}, ${yb}) ~ ${x.added.name} (${x.added.agency}, ${ya})`));

  if (c.agenciesInNeither.length) lines.push(`${t.neither(c.agenciesInNeither.length)}: ${c.agenciesInNeither.slice(0, 15).join(", ")}${c.agenciesInNeither.length > 15 ? `, ${t.more(c.agenciesInNeither.length - 15)}` : ""}`);
  // a count read from a file with flaws: the recap's rule (`countTargetVerdicts`), not met/short from the count as read
  for (const [y, ts, v] of [[yb, c.targets.before, notValid.targets?.before], [ya, c.targets.after, notValid.targets?.after]] as const) {
    for (const x of ts) {
      const m = v ? v(x.met) : { met: x.met, note: null };
      const said = m.met === null ? m.note : `${m.met ? t.met : t.notMet}${m.note ? `, ${m.note}` : ""}`;
      lines.push(`${t.targets} ${y} — ${x.name[locale]} (${x.year}): ${x.count}/${x.target} (${fmt(x.progress).replace(/[.,]00$/, "")} %) ${said}`);
    }
  }
  // each count with its year after it, as the table's columns name them: "5 (2023) → 3 (2026)"
  if (c.nonCompliant.before !== 0 || c.nonCompliant.after !== 0) lines.push(`${t.nonCompliant}: ${fmt(c.nonCompliant.before, 0)} (${yb}) → ${fmt(c.nonCompliant.after, 0)} (${ya})`);
  return lines;
}

/** The first few differences between the two years' editions (`MODEL_SHOWN`), then the command that lists them all. */
function modelDiffLines(m: EditionComparison, command: string, locale: MessageLocale): string[] {
  const t = B[locale];
  const ds = m.differences;
  if (ds.length === 0) return [t.modelNone(m.before.id, m.after.id)];
  return [t.modelTop(m.before.id, m.after.id, ds.length, MODEL_SHOWN), ...ds.slice(0, MODEL_SHOWN).map((d) => `    - ${formatEditionDifference(d, locale)}`), t.modelAll(command)];
}

/** One file's Tahun Penilaian: the file and its cell (`Pengaturan!B4`, or where it is meant to be when absent). */
interface YearCell { file: string; at: string }

/** Where a workbook's setting was read: its cell, or the sheet and the setting's name when the reader found none. */
function settingCell(file: string, source: SourceMap, key: "year" | "level"): YearCell {
  const s = source.settings;
  const row = s?.rows[key];
  const at = s && row !== undefined ? `${s.sheet.includes(" ") ? `'${s.sheet}'` : s.sheet}!${a1(row, s.valueCol[key] ?? 1)}` : `Pengaturan, ${key === "year" ? "Tahun Penilaian" : "Tingkat"}`;
  return { file, at };
}

/** One file's Tingkat: the file, its cell (`Pengaturan!B3`) and the value as typed there. */
interface LevelCell { file: string; at: string; typed: string }
type LevelCells = { before: LevelCell; after: LevelCell };

/** Where a workbook's Tingkat was read and what was typed there (the level read, when the cell cannot be found). */
function levelCell(file: string, grids: WorkbookGrids, source: SourceMap, level: string): LevelCell {
  const s = source.settings;
  const row = s?.rows.level;
  const col = s?.valueCol.level ?? 1;
  const grid = s && row !== undefined ? findSheet(grids, s.sheet) : undefined;
  const value = grid ? cellAt(grid, row!, col) : undefined;
  return { ...settingCell(file, source, "level"), typed: value === undefined || value === null || value === "" ? level : String(value).trim() };
}
