import { DEFAULT_MAX_ACTIONS, type MessageLocale, type Recap, type RecapYears, columnHeadings, compareRecaps, formatEffort, formatPlanNumber, parsePlanTarget, roundHalfUp } from "@inovasi/core";
import { PREDICATE_UNKNOWN_LABEL, recapOwnTargetNote, recapOwnTargets, recapNoEarlierYear, recapNoEarlierYearText, distributionLabels, recapGainText, recapRowTarget, recapBelowTarget, recapDuplicateNote, recapExpectedNotes, recapSpeltNote, recapOutsideNote, recapOutsideYearNote, recapOtherYears, recapProvincesNote, recapTotalsLine, recapCountTargetsNote, recapUnknownNote, recapUnrankedNote, recapYearsNote, recapYearsNotes, recapYearsTable, recapYearsWarnings } from "@inovasi/workbook";
import { defineCommand } from "../command.js";
import { chooseEdition } from "../edition-choice.js";
import { outputProblem, writeOutputFile } from "../files.js";
import { modelNoteLines, modelNotes } from "../model-notes.js";
import { type RecapFileOutcome, recapFiles, recapXlsx } from "../recap.js";
import { readRegionList } from "../region-list-file.js";
import { jsonIssue } from "../report.js";
import { EDITION_OR_MODEL, FLAGS, str, strs } from "./_flags.js";

const K = {
  id: {
    head: (n: number, ok: number, bad: number, editions: string) => `Rekap ${n} berkas: ${ok} dinilai, ${bad} tidak dapat dinilai — edisi ${editions}`,
    skipped: (p: string, banding: boolean) => `· dilewati: ${p} (${banding ? "banding" : "rekap"} buatan inovasi)`,
    lock: (p: string, of: string) => `· dilewati: ${p} (berkas kunci Excel: ${of} sedang terbuka; perubahan yang belum disimpan tidak ikut — simpan ${of} lalu jalankan lagi bila perlu)`,
    lockAlone: (p: string) => `· dilewati: ${p} (berkas kunci yang dibuat Excel selama sebuah buku kerja terbuka, bukan buku kerja; buku kerjanya tidak ada di folder ini — bila sedang terbuka, simpan lalu jalankan lagi)`,
    cols: ["#", "Daerah", "Klaim", "Terverifikasi", "Kurang ke target", "Rencana", "Langkah pertama (atau kekurangan terbesar)"],
    plan: (to: string, steps: number, effort: number, reached: boolean) => `ke ${to}: ${formatPlanNumber(steps, "id", 0)} langkah, upaya ${formatEffort(effort, "id")}${reached ? "" : ", tak sampai"}`,
    // short: the table's widest cell was this one (prov31); the note below the table says it in full, once
    planLimit: (to: string, steps: number) => `ke ${to}: batas ${formatPlanNumber(steps, "id", 0)} langkah, belum sampai`,
    planLimitNote: `Rencana "batas N langkah, belum sampai": rencana berhenti di batas langkah berkas itu (Batas Langkah Rencana di Pengaturan; kosong = ${DEFAULT_MAX_ACTIONS}) sebelum sampai ke target; upaya dan indeks akhirnya di lembar Rekap dan --json; rencana lengkap: inovasi plan <berkas>.`,
    notReported: (to: string) => `ke ${to}: belum melapor`,
    columnsFirst: (c: readonly string[]) => `tanpa langkah: beri judul ${columnHeadings(c, "id")} dulu`,
    waits: "tanpa langkah: angka belum valid, perbaiki berkasnya dulu",
    mixed: "Edisi berbeda: peringkat dihitung di dalam setiap edisi, tidak lintas edisi.",
    caveat: (e: string, c: string) => `Catatan edisi ${e}: ${c}`,
    noPredicate: "(tanpa predikat)",
    distribution: "Sebaran predikat (terverifikasi)",
    below: (n: number, target: string) => `Di bawah target ${target}: ${n} daerah`,
    belowNext: (n: number, per: string) => `Belum di predikat tertinggi: ${n} daerah — target bawaan setiap daerah adalah predikat berikutnya${per ? ` (${per})` : ""}; satu target untuk semua: --target`,
    toward: (label: string, n: number) => `ke ${label} ${n}`,
    notReportedN: (n: number) => `; ${n} daerah belum melapor (tanpa peringkat)`,
    flawedN: (n: number) => `; ${n} daerah angkanya belum valid (lihat Status Angka; tanpa peringkat)`,
    notReportedCell: "belum melapor",
    unknownIndexCell: "? (indeks tidak diketahui)",
    flawedCell: "? (angka belum valid)",
    flawed: "(angka belum valid)",
    met: "tercapai",
    unknown: (n: number) => `; ${n} daerah indeksnya tidak diketahui (tidak dihitung)`,
    notScored: (n: number) => `Tidak dapat dinilai (${n}):`,
    perFile: "Masalah per berkas (daftar lengkap di lembar Masalah per Berkas, atau --json):",
    counts: (e: number, w: number) => `${e} kesalahan, ${w} peringatan`,
    written: (p: string) => `rekap ditulis: ${p}`,
    nothing: "tidak ada buku kerja yang dapat dinilai; rekap tidak ditulis",
    badTarget: (t: string, e: string, allowed: string, near?: string) => `--target "${t}": bukan predikat edisi ${e}${near ? ` (mungkin maksudnya "${near}")` : ""} dan bukan nilai indeks; pilihan yang sah: ${allowed}, atau nilai indeks lebih dari 0 sampai 100 (mis. 60 atau 60,5)`,
    notATarget: (t: string, label: string, allowed: string) => `--target "${t}": "${label}" adalah predikat daerah yang tidak melapor atau tidak dapat dinilai (indeks 0), bukan target; pilihan yang sah: ${allowed}, atau nilai indeks lebih dari 0 sampai 100 (mis. 60 atau 60,5)`,
    badYear: (y: string) => `--year "${y}": bukan tahun; tulis tahun penilaian, mis. --year 2025`,
    noYear: (y: number, found: string) => `--year ${y}: tidak ada berkas tahun ${y} yang dapat dinilai; tahun di berkas: ${found}; rekap tidak ditulis`,
    files: (n: number) => `${n} berkas`,
    points: "poin",
    indexPoints: "indeks",
    edition: "Edisi",
    noPrevious: (p: string) => `--previous ${p}: tidak ada buku kerja tahun sebelumnya yang dapat dinilai; rekap tidak ditulis`,
    noEarlier: (p: string, why: string) => `--previous ${p}: ${why} — sebut berkas tahun sebelumnya; rekap tidak ditulis`,
    previousFiles: (n: number, bad: number) => `Tahun sebelumnya (--previous): ${n} berkas, ${bad} tidak dapat dinilai:`,
    previousModelAlone: "--previous-model: hanya bersama --previous (buku kerja tahun sebelumnya yang dinilai dengan model itu)",
  },
  en: {
    head: (n: number, ok: number, bad: number, editions: string) => `Recap of ${n} files: ${ok} scored, ${bad} could not be scored — edition ${editions}`,
    skipped: (p: string, banding: boolean) => `· skipped: ${p} (${banding ? "a comparison" : "a recap"} made by inovasi)`,
    lock: (p: string, of: string) => `· skipped: ${p} (Excel's lock file: ${of} is open; changes not yet saved are not included — save ${of} and run again if needed)`,
    lockAlone: (p: string) => `· skipped: ${p} (a lock file Excel makes while a workbook is open, not a workbook; its workbook is not in this folder — if it is open, save it and run again)`,
    cols: ["#", "Region", "Claimed", "Verified", "Short of target", "Plan", "First step (or largest gap)"],
    plan: (to: string, steps: number, effort: number, reached: boolean) => `to ${to}: ${formatPlanNumber(steps, "en", 0)} ${steps === 1 ? "step" : "steps"}, effort ${formatEffort(effort, "en")}${reached ? "" : ", short"}`,
    planLimit: (to: string, steps: number) => `to ${to}: ${formatPlanNumber(steps, "en", 0)}-step limit, not there yet`,
    planLimitNote: `Plan "N-step limit, not there yet": the plan stopped at the file's step limit (Batas Langkah Rencana on Pengaturan; empty = ${DEFAULT_MAX_ACTIONS}) before reaching the target; its effort and final index are on the Rekap sheet and in --json; the whole plan: inovasi plan <file>.`,
    notReported: (to: string) => `to ${to}: not reported`,
    columnsFirst: (c: readonly string[]) => `no steps: head ${columnHeadings(c, "en")} first`,
    waits: "no steps: figures not valid yet, fix the file first",
    mixed: "Different editions: ranks are within each edition, never across.",
    caveat: (e: string, c: string) => `Edition caveat ${e}: ${c}`,
    noPredicate: "(no predicate)",
    distribution: "Predicates (verified)",
    below: (n: number, target: string) => `Below the target ${target}: ${n} ${n === 1 ? "region" : "regions"}`,
    belowNext: (n: number, per: string) => `Not in the top predicate: ${n} ${n === 1 ? "region" : "regions"} — each region's default target is its next predicate${per ? ` (${per})` : ""}; one target for all: --target`,
    toward: (label: string, n: number) => `to ${label} ${n}`,
    notReportedN: (n: number) => `; ${n} ${n === 1 ? "region has" : "regions have"} not reported (not ranked)`,
    flawedN: (n: number) => `; ${n} ${n === 1 ? "region's figures are" : "regions' figures are"} not valid yet (see Figures Status; not ranked)`,
    notReportedCell: "not reported",
    unknownIndexCell: "? (index unknown)",
    flawedCell: "? (figures not valid yet)",
    flawed: "(figures not valid yet)",
    met: "met",
    unknown: (n: number) => `; ${n} ${n === 1 ? "region's index is" : "regions' indices are"} unknown (not counted)`,
    notScored: (n: number) => `Could not be scored (${n}):`,
    perFile: "Problems per file (the full list on the Masalah per Berkas sheet, or --json):",
    counts: (e: number, w: number) => `${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}`,
    written: (p: string) => `recap written: ${p}`,
    nothing: "no workbook could be scored; no recap written",
    badTarget: (t: string, e: string, allowed: string, near?: string) => `--target "${t}": not a predicate of edition ${e}${near ? ` (did you mean "${near}"?)` : ""} nor an index; valid choices: ${allowed}, or an index above 0 up to 100 (e.g. 60 or 60.5)`,
    notATarget: (t: string, label: string, allowed: string) => `--target "${t}": "${label}" is the predicate of a region that did not report or cannot be assessed (index 0), not a target; valid choices: ${allowed}, or an index above 0 up to 100 (e.g. 60 or 60.5)`,
    badYear: (y: string) => `--year "${y}": not a year; write the assessment year, e.g. --year 2025`,
    noYear: (y: number, found: string) => `--year ${y}: no file of ${y} could be scored; years in the files: ${found}; no recap written`,
    files: (n: number) => `${n} file${n === 1 ? "" : "s"}`,
    points: "points",
    indexPoints: "index",
    edition: "Edition",
    noPrevious: (p: string) => `--previous ${p}: no workbook of the previous year could be scored; no recap written`,
    noEarlier: (p: string, why: string) => `--previous ${p}: ${why} — name last year's files; no recap written`,
    previousFiles: (n: number, bad: number) => `Previous year (--previous): ${n} file${n === 1 ? "" : "s"}, ${bad} could not be scored:`,
    previousModelAlone: "--previous-model: only with --previous (the previous year's workbooks scored with that model)",
  },
} as const;

export const rekapCommand = defineCommand({
  name: "rekap",
  summary: { id: "rekap provinsi: nilai setiap buku kerja kab/kota dan tulis satu buku kerja rekap (peringkat, sebaran predikat)", en: "province recap: score every kab/kota workbook and write one recap workbook (ranking, predicate distribution)" },
  description: {
    id: "Setiap buku kerja dinilai terpisah: berkas yang rusak atau tak terbaca dicantumkan dengan alasannya dan tidak\nmenghentikan yang lain. Buku kerja rekap berisi lembar Rekap (satu baris per daerah), Peringkat, Sebaran Predikat\n(dengan grafik) dan Masalah per Berkas. Daerah di bawah target (bawaan: predikat berikutnya di atas predikat\nterverifikasinya, yang juga dituju Rencana) diberi kekurangan ke target itu dan kekurangan terbesarnya. Daerah yang\nberkasnya memuat kesalahan atau tanpa lembar SPD, dan daerah yang belum melapor, tidak diberi peringkat.",
    en: "Every workbook is scored apart: a damaged or unreadable file is listed with its reason and does not stop the\nothers. The recap workbook has the sheets Rekap (one row per region), Peringkat, Sebaran Predikat (with a chart) and\nMasalah per Berkas. Regions below the target (default: the predicate above their verified one, which the plan aims\nat too) get how far they are from it and their largest gaps. A region whose file has errors or no SPD sheet, and a\nregion that has not reported, is not ranked.",
  },
  args: [{ name: { id: "buku-kerja.xlsx|folder", en: "workbook.xlsx|folder" }, help: { id: "buku kerja kab/kota, atau folder berisi buku kerja (boleh beberapa)", en: "kab/kota workbooks, or folders holding them (several allowed)" }, required: true, variadic: true }],
  flags: {
    output: { type: "string", short: "o", value: { id: "rekap.xlsx", en: "recap.xlsx" }, help: { id: "buku kerja rekap yang ditulis", en: "the recap workbook to write" }, required: true },
    edition: { ...FLAGS.edition, help: { id: "nilai semua buku kerja dengan edisi bawaan ini; bawaan: edisi yang tertulis di lembar Pengaturan setiap buku kerja", en: "score every workbook with this shipped edition; default: the edition named on each workbook's Pengaturan sheet" } },
    model: FLAGS.model,
    regions: { type: "string", value: { id: "daftar-daerah.txt|.xlsx", en: "regions.txt|.xlsx" }, help: { id: "daftar kab/kota yang diharapkan mengirim berkas (satu per baris, mis. \"Kabupaten Bukit\"; .xlsx: kolom A, tingkat di kolom B bila perlu); rekap menyebut daerah yang belum mengirim dan berkas yang daerahnya tidak ada di daftar", en: "the kab/kota expected to send a file (one a line, e.g. \"Kabupaten Bukit\"; .xlsx: column A, the level in column B if needed); the recap names the regions that sent none and the files whose region is not on the list" } },
    target: { type: "string", value: { id: "predikat|indeks", en: "predicate|index" }, help: { id: "target: predikat, mis. \"Inovatif\", atau nilai indeks, mis. 60 (seperti inovasi plan --target), sama untuk semua daerah; bawaan: predikat berikutnya di atas predikat setiap daerah (\"Kurang ke target\" di tabel, lembar Rekap dan --json diukur ke target ini)", en: "target: a predicate, e.g. \"Inovatif\", or an index, e.g. 60 (as inovasi plan --target), the same for every region; default: the predicate above each region's own (\"Short of target\" in the table, the Rekap sheet and --json is measured to it)" } },
    year: { type: "string", value: { id: "tahun", en: "year" }, help: { id: "tahun penilaian yang direkap, mis. 2025; berkas tahun lain disebut, tidak direkap; bawaan: tahun kebanyakan berkas (berkas tahun lain diberi peringkat sendiri)", en: "the assessment year to recap, e.g. 2025; files of other years are named, not recapped; default: most files' year (files of other years ranked apart)" } },
    "previous-model": { type: "string", value: { id: "model.json", en: "model.json" }, help: { id: "model provinsi (berkas JSON) untuk buku kerja tahun sebelumnya saja, mis. model 2025 bila tahun ini --model model-2026.json; bawaan: --edition/--model yang sama, atau edisi di lembar Pengaturan setiap buku kerja", en: "a province model (JSON file) for the previous year's workbooks only, e.g. the 2025 model when this year is --model model-2026.json; default: the same --edition/--model, or the edition on each workbook's Pengaturan sheet" } },
    previous: { type: "string", repeatable: true, value: { id: "folder|buku-kerja.xlsx", en: "folder|workbook.xlsx" }, help: { id: "buku kerja kab/kota tahun sebelumnya (folder atau berkas; boleh diulang), dinilai dengan cara yang sama: setiap daerah dibandingkan (dicocokkan menurut nama dan tingkat) — indeks dan predikat terverifikasi dulu dan kini, selisihnya, rata-rata dan sebaran predikat provinsi; di layar, lembar Banding Tahun dan --json", en: "the previous year's kab/kota workbooks (a folder or files; may be repeated), scored the same way: each region compared (matched by name and level) — verified index and predicate then and now, the change, the province's average and predicate counts; on screen, the Banding Tahun sheet and --json" } },
    overwrite: FLAGS.overwrite,
    json: { type: "boolean", help: { id: "rekap sebagai JSON di layar (stdout): data yang sama, dengan masalah setiap berkas", en: "the recap as JSON on stdout (the same data, with every file's problems)" } },
    quiet: { type: "boolean", short: "q", help: { id: "tanpa baris kemajuan", en: "no progress lines" } },
  },
  exclusive: EDITION_OR_MODEL,
  examples: [
    { line: "inovasi rekap kabkota/ -o rekap-2026.xlsx", note: { id: "semua buku kerja di folder kabkota", en: "every workbook in the kabkota folder" } },
    { line: "inovasi rekap kabkota/ -o rekap-2026.xlsx --regions daftar-daerah.txt", note: { id: "dan sebut kab/kota dalam daftar yang belum mengirim berkas", en: "and name the listed kab/kota that sent no file" } },
    { line: "inovasi rekap kabkota/ -o rekap-2025.xlsx --year 2025", note: { id: "rekap tahun 2025 saja; berkas 2026 yang sudah masuk disebut, tidak direkap", en: "recap 2025 only; 2026 files already sent are named, not recapped" } },
    { line: "inovasi rekap kabkota-2026/ -o rekap-2026.xlsx --previous kabkota-2025/", note: { id: "dan bandingkan dengan tahun lalu: siapa naik atau turun, rata-rata dan sebaran predikat provinsi", en: "and compare with last year: who rose or fell, the province's average and predicate counts" } },
    { line: "inovasi rekap kabkota-2026/ -o rekap-2026.xlsx --model model-2026.json --previous kabkota-2025/ --previous-model model-2025.json", note: { id: "setiap tahun dengan model provinsinya", en: "each year with the province's model of that year" } },
    { line: "inovasi rekap kab-a.xlsx kab-b.xlsx -o rekap.xlsx --target Inovatif", note: { id: "dua berkas, target Inovatif", en: "two files, target Inovatif" } },
  ],
  exits: {
    ok: { id: "rekap ditulis; setiap berkas dinilai tanpa kesalahan dan dihitung", en: "recap written; every file scored without errors and counted" },
    problems: { id: "rekap ditulis, tetapi ada berkas (tahun ini atau --previous) yang tidak dapat dinilai, memuat kesalahan, atau tidak dihitung (daerah yang sama dalam lebih dari satu berkas: hanya yang terbaru dihitung; berkas --previous atau tahun ini yang tahunnya lain: tidak dibandingkan), atau (dengan --regions) daerah yang belum mengirim berkas atau berkas yang daerahnya tidak ada di daftar (tercantum)", en: "recap written, but some files (this year's or --previous) could not be scored, have errors, or were left out (one region in more than one file: only the newest counted; a file of another year with --previous: not compared), or (with --regions) a listed region sent no file or a file's region is not on the list (listed)" },
    failed: { id: "tidak ada yang ditulis: pemakaian salah, edisi atau model tidak sah, berkas keluaran sudah ada, tidak satu pun buku kerja dapat dinilai, atau --previous tanpa buku kerja tahun sebelum tahun rekap ini", en: "nothing written: wrong usage, an invalid edition or model, the output exists, no workbook could be scored, or --previous holds no workbook of a year before this recap's" },
  },
  async run({ flags, args, locale, io }) {
    const k = K[locale];
    const output = str(flags.output)!;
    const overwrite = flags.overwrite === true;
    const json = flags.json === true;
    const refuse = (messages: string[]) => {
      if (json) io.out(JSON.stringify({ ok: false, messages }, null, 2));
      else for (const m of messages) io.err(m);
      return "failed" as const;
    };
    // the inputs (the edition or model file, the list of regions) before the output: a missing input is the news
    const forced = str(flags.edition) !== undefined || str(flags.model) !== undefined;
    const chosen = forced ? await chooseEdition({ edition: str(flags.edition), model: str(flags.model) }, locale) : undefined;
    if (chosen && !chosen.ok) return refuse(chosen.messages);
    const edition = chosen?.ok ? chosen.edition : undefined;
    // last year's own model, when the province's model changed (else last year is scored as this year is)
    const previousModel = str(flags["previous-model"]);
    if (previousModel !== undefined && strs(flags.previous).length === 0) return refuse([k.previousModelAlone]);
    const chosenBefore = previousModel !== undefined ? await chooseEdition({ model: previousModel }, locale) : undefined;
    if (chosenBefore && !chosenBefore.ok) return refuse(chosenBefore.messages);
    const editionBefore = chosenBefore?.ok ? chosenBefore.edition : edition;

    const listPath = str(flags.regions);
    const list = listPath !== undefined ? await readRegionList(listPath, locale) : undefined;
    if (list && !list.ok) return refuse(list.messages);
    const problem = await outputProblem(output, { overwrite, xlsx: true }, locale);
    if (problem) return refuse([problem]);

    const target = str(flags.target);
    const yearText = str(flags.year);
    const year = yearText === undefined ? undefined : /^\s*\d{4}\s*$/.test(yearText) ? Number(yearText) : NaN;
    if (year !== undefined && Number.isNaN(year)) return refuse([k.badYear(yearText!)]);
    const { files, recap } = await recapFiles({
      inputs: args,
      exclude: [output, ...(listPath !== undefined ? [listPath] : [])],
      locale,
      ...(edition ? { edition } : {}),
      ...(chosen?.ok && chosen.modelIssues ? { model: { file: str(flags.model)!, issues: chosen.modelIssues } } : {}),
      recap: { ...(target !== undefined ? { target } : {}), ...(list?.ok ? { expected: list.regions } : {}), ...(year !== undefined ? { year } : {}) },
      progress: (file, i, n) => { if (!flags.quiet && !json) io.err(`[${i}/${n}] ${file}`); },
    });
    const scored = files.filter((f) => f.scored);
    const considered = files.filter((f) => !f.skipped);
    if (scored.length === 0) {
      const messages = [...files.flatMap((f) => f.problems.map((p) => p.message)), k.nothing];
      if (json) io.out(JSON.stringify({ ok: false, messages, files: files.map(jsonFile) }, null, 2));
      else for (const m of messages) io.err(m);
      return "failed";
    }
    if (year !== undefined && recap.regions.length === 0) {
      // every scored file is of another year: say which years there are rather than write an empty recap
      return refuse([k.noYear(year, recapOtherYears(recap).map((y) => `${y.year} (${k.files(y.files)})`).join(", "))]);
    }
    if (target !== undefined) {
      const without = recap.regions.find((r) => r.target === null);
      const edition = without ? scored.find((f) => f.id === without.id)?.edition : undefined;
      // the predicates a target can be and the one most likely meant, as the recap reports them (`unknownTarget`); the
      // band of regions that cannot be assessed is said to be no target
      const lacking = recap.unknownTarget?.editions.find((x) => x.id === edition?.id);
      if (edition && lacking) {
        const allowed = lacking.predicates.map((p) => `"${p[locale]}"`).join(", ");
        // a predicate whose lower threshold the model does not know: said as `inovasi plan --target` says it
        const unknownEnd = lacking.lowerEndUnknown ? parsePlanTarget(target, edition) : undefined;
        if (unknownEnd && !unknownEnd.ok) return refuse([`--target: ${unknownEnd.message[locale]}`]);
        return refuse([lacking.notATarget ? k.notATarget(target, lacking.notATarget[locale], allowed) : k.badTarget(target, edition.id, allowed, lacking.near?.[locale])]);
      }
    }
    // last year's workbooks scored the same way (the same edition or model when one is forced), then compared
    const previousInputs = strs(flags.previous);
    let previous: { comparison: RecapYears; files: RecapFileOutcome[]; recap: Recap } | undefined;
    if (previousInputs.length) {
      const before = await recapFiles({
        inputs: previousInputs,
        exclude: [output, ...(listPath !== undefined ? [listPath] : [])],
        locale,
        ...(editionBefore ? { edition: editionBefore } : {}),
        ...(chosenBefore?.ok && chosenBefore.modelIssues ? { model: { file: previousModel!, issues: chosenBefore.modelIssues } } : {}),
        // last year is the most common year before this one: a 2026 file among 2025 ones is not "last year" (audit29 F2);
        // the province's list names last year's regions too, so Banding Tahun spells each region one way (audit35)
        recap: { ...(recap.year !== null ? { yearBefore: recap.year } : {}), ...(list?.ok ? { expected: list.regions } : {}) },
        progress: (file, i, n) => { if (!flags.quiet && !json) io.err(`[${i}/${n}] ${file}`); },
      });
      if (before.recap.regions.length === 0) {
        return refuse([...before.files.flatMap((f) => f.problems.filter((p) => p.severity === "error").map((p) => p.message)), k.noPrevious(previousInputs.join(" "))]);
      }
      // no file of an earlier year: nothing to compare this year with (a region compared with its own file), refused
      // with each file's year as read (the pane makes the same decision for its Banding Tahun: `recapNoEarlierYear`)
      const noEarlier = recapNoEarlierYear(before.recap, recap);
      if (noEarlier) return refuse([k.noEarlier(previousInputs.join(" "), recapNoEarlierYearText(noEarlier, locale))]);
      // the files of either year that could not be read: their regions are not said to be new or gone
      const unread = (xs: readonly RecapFileOutcome[]) => xs.filter((f) => !f.scored && !f.skipped).map((f) => f.file);
      previous = { comparison: compareRecaps(before.recap, recap, { notScored: { before: unread(before.files), after: unread(files) } }), files: before.files, recap: before.recap };
    }
    const notes = chosen?.ok && chosen.modelIssues ? modelNotes(chosen.edition, chosen.modelIssues, locale) : undefined;
    // a province model: the workbook says what it is, as the terminal does
    const model = notes && edition ? { edition, warnings: notes.warnings } : undefined;
    const bytes = await recapXlsx(recap, considered, locale, previous && { comparison: previous.comparison, files: previous.files.filter((f) => !f.skipped), recap: previous.recap }, model);
    const failed = await writeOutputFile(output, bytes, overwrite, locale);
    if (failed) return refuse([failed]);

    // a listed region that sent nothing, or a file the list does not know, is a problem as a file with errors is
    const offList = recap.expected !== null && (recap.expected.missing.length > 0 || recap.expected.notListed.length > 0);
    // a region not ranked for its file's flaws (a missing SPD sheet is only a warning while reading) is one too
    // last year's files count as this year's do: one that could not be read, or has errors, is a problem (exit 1)
    const previousBad = previous?.files.some((f) => !f.skipped && (!f.scored || f.issues.some((i) => i.severity === "error"))) ?? false;
    // a file of either year left out of the comparison for its year (named in the "Banding tahun" line) is one too
    const leftOutOfComparison = !!previous && previous.comparison.outsideYear.before.length + previous.comparison.outsideYear.after.length > 0;
    // a region's file given more than once: one copy counted (the newest), or none when which is newer is unknown —
    // the others are left out, said in the "! … muncul N kali" line; a scheduled run must see it too (audit29 F4)
    const copies = recap.duplicates.length > 0;
    const errors = offList || previousBad || leftOutOfComparison || copies || recap.regions.some((r) => r.flaws !== null) || considered.some((f) => !f.scored || f.issues.some((i) => i.severity === "error"));
    if (json) {
      // a copy left out for a newer one of the same region, a file of another year than --year: scored, not counted
      const left = new Set([...recap.duplicates.flatMap((d) => d.left), ...recap.outsideYear.map((x) => x.id)]);
      const prev = previous ? { previous: { comparison: previous.comparison, files: previous.files.map(jsonFile) } } : {};
      // the files that could not be scored are the recap's regions not scored (`Recap.notScored`), each with its problems
      // as `files[].problems` gives them: the recap is made from the scored files only, and said "none" beside them
      const notScored = files.filter((f) => !f.scored && !f.skipped).map((f) => ({ id: f.id, issues: jsonFile(f).problems }));
      // a workbook's own Target Rencana the recap does not aim at: the terminal's line, and each region as data
      const owned = recapOwnTargets(recap, files);
      const ownTargets = owned.length ? { note: recapOwnTargetNote(recap, files, locale)!, regions: owned } : null;
      io.out(JSON.stringify({ ok: !errors, output, model: notes ?? null, recap: { ...recap, notScored: [...recap.notScored, ...notScored] }, ownTargets, files: files.map((f) => ({ ...jsonFile(f), ...(left.has(f.id) ? { counted: false } : {}) })), ...prev }, null, 2));
      return errors ? "problems" : "ok";
    }
    for (const line of recapLines(recap, files, locale)) io.out(line);
    if (previous) for (const line of previousLines(previous.comparison, locale, str(flags.model) !== undefined || previousModel !== undefined)) io.out(line);
    if (notes) for (const line of modelNoteLines(notes, locale, { caveat: false })) io.out(line);
    io.out(k.written(output));
    for (const line of fileProblemLines(files, locale)) io.err(line);
    // last year's files grouped as this year's are (not scored with why; each file's error and warning counts)
    const lastYear = previous ? fileProblemLines(previous.files, locale) : [];
    if (lastYear.length) {
      io.err(k.previousFiles(previous!.files.filter((f) => !f.skipped).length, previous!.files.filter((f) => !f.scored && !f.skipped).length));
      for (const line of lastYear) io.err(`  ${line}`);
    }
    return errors ? "problems" : "ok";
  },
});

function jsonFile(f: RecapFileOutcome) {
  return {
    file: f.file,
    scored: f.scored,
    ...(f.skipped ? { skipped: true } : {}),
    edition: f.edition?.id ?? null,
    errors: f.problems.filter((p) => p.severity === "error").length,
    warnings: f.problems.filter((p) => p.severity === "warning").length,
    problems: f.issues.length ? f.issues.map(jsonIssue) : f.problems.map((p) => ({ severity: p.severity, message: p.message })),
  };
}

/** A long step shortened for the terminal (the recap workbook and --json carry it whole). */
const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

/** The recap as a person reads it: a ranked table, the predicate distribution, who is below the target. */
export function recapLines(recap: Recap, all: readonly RecapFileOutcome[], locale: MessageLocale): string[] {
  const k = K[locale];
  // a decimal comma in Bahasa Indonesia, as score and plan print
  const fmt = (n: number | null) => (n === null ? "?" : formatPlanNumber(n, locale));
  const files = all.filter((f) => !f.skipped);
  const bad = files.filter((f) => !f.scored).length;
  const lines = [k.head(files.length, files.length - bad, bad, recap.editions.map((e) => e.id).join(", ") || "-")];
  for (const e of recap.editions) if (e.caveat) lines.push(k.caveat(e.id, e.caveat[locale]));
  if (recap.mixedEditions) lines.push(k.mixed);
  // as the Rekap sheet says them, marked like the terminal's other warnings (a list's items indented under it)
  if (recap.expected) {
    const fine = recap.expected.missing.length === 0 && recap.expected.notListed.length === 0;
    for (const note of recapExpectedNotes(recap.expected, locale, files.filter((f) => !f.scored).map((f) => f.file), recap.duplicates)) lines.push(note.startsWith("· ") ? `  ${note}` : fine ? note : `! ${note}`);
    // the table names regions as the list spells them: a file that typed another name is said, with what it typed
    const spelt = recapSpeltNote(recap.regions, locale);
    if (spelt) lines.push(spelt);
  }
  for (const d of recap.duplicates) lines.push(`! ${recapDuplicateNote(d, locale, recap.expected)}`);
  for (const note of [recapYearsNote(recap, locale), recapOutsideYearNote(recap, locale), recapProvincesNote(recap, locale)]) if (note) lines.push(`! ${note}`);
  // no predicate: the words the Rekap sheet and the distribution use, never a bare "?" — a known index whose band an
  // unknown threshold decides is "(predikat belum diketahui)", an index the edition cannot compute "(tanpa predikat)"
  const pred = (f: Recap["regions"][number]["verified"]) => f.predicate?.label[locale] ?? (f.index === null ? k.noPredicate : PREDICATE_UNKNOWN_LABEL[locale]);
  // a plan needs a target it can name: an index the edition cannot compute has none ("ke ?: 0 langkah" says nothing)
  const planned = (r: Recap["regions"][number]) => (r.plan && r.plan.target !== null ? r.plan : null);
  // a plan on figures not valid yet starts from the file's index, not the region's ("ke Inovatif: 7 langkah" for a
  // file without an SPD sheet): no steps, nor a first step, until the file is fixed (a missing column says which)
  const waits = (r: Recap["regions"][number]) => r.flaws !== null && r.plan !== null && r.plan.reason !== "columns_absent" && r.plan.reason !== "region_not_reported";
  // an index, its shortfall and a plan's gain at the row's edition's decimals ("IID 39" under a 0-decimal model): a
  // recap may mix editions, each row carries its own; points at two
  const idx = (r: Recap["regions"][number]) => (n: number | null) => (n === null ? "?" : formatPlanNumber(n, locale, r.edition.decimals));
  // a target named as an index (--target 60,5) keeps its digits where the edition's decimals would round them
  const tgt = (r: Recap["regions"][number]) => (n: number) => (roundHalfUp(n, r.edition.decimals) === n ? idx(r)(n) : fmt(n));
  const targetText = (r: Recap["regions"][number], t: ReturnType<typeof recapRowTarget>) =>
    // an index the edition cannot compute has no next predicate to name ("Sangat Inovatif ?" read as a target): "?"
    // a file with flaws: its index is not yet the region's, so no shortfall is known (core gives none)
    t === null ? "-" : !r.region.reported ? k.notReportedCell : r.flaws && r.verified.index !== null ? k.flawedCell : t.met === null && recap.target === null ? k.unknownIndexCell : t.met ? k.met : `${t.predicate?.label[locale] ?? tgt(r)(t.index)} ${t.indexNeeded === null ? "?" : `+${idx(r)(t.indexNeeded)}`}`;
  const rows = recap.regions.map((r) => [
    r.rank === null ? "-" : String(r.rank),
    // the terminal keeps a long name to one column's width; the recap workbook and --json carry it whole
    // a year other than most files' stands beside the name, since ranks are within each year
    // a region not ranked for its file's flaws is marked on its row (the note below says why)
    `${cut(r.region.name, 48)}${recap.mixedYears && r.region.year !== recap.years[0]!.year ? ` (${r.region.year})` : ""}${r.flaws ? ` ${k.flawed}` : ""}`,
    `${idx(r)(r.claimed.index)} ${pred(r.claimed)}`,
    `${idx(r)(r.verified.index)} ${pred(r.verified)}`,
    // to the target the plan aims at, named (the recap's own target, or one predicate up: see recapRowTarget)
    targetText(r, recapRowTarget(r)),
    planned(r)
      ? r.plan!.reason === "region_not_reported"
        ? k.notReported(r.plan!.target!.predicate?.label[locale] ?? tgt(r)(r.plan!.target!.index))
        : r.plan!.reason === "columns_absent"
        ? k.columnsFirst(r.flaws?.columns ?? [])
        : waits(r)
        ? k.waits
        : r.plan!.status === "action_limit"
        ? k.planLimit(r.plan!.target!.predicate?.label[locale] ?? tgt(r)(r.plan!.target!.index), r.plan!.steps)
        : k.plan(r.plan!.target!.predicate?.label[locale] ?? tgt(r)(r.plan!.target!.index), r.plan!.steps, r.plan!.effort, r.plan!.status !== "out_of_reach")
      : "",
    // nor a gap read from those figures (a missing column's row gave "Bukti dukung … (+8,00 poin)"): the Rekap sheet's
    // Kekurangan Terbesar waits for the fix too; a region that did not report lacks that, whatever its file
    waits(r) || (r.flaws && r.lacks[0]?.kind !== "not_reported")
      ? ""
      : planned(r)?.first[0]
      ? `${cut(planned(r)!.first[0]!.text[locale], 60)} (${recapGainText(planned(r)!.first[0]!.gain, locale, r.edition.decimals)} ${k.indexPoints})`
      : r.lacks[0] ? `${r.lacks[0].indicatorId ? `${r.lacks[0].indicatorId} ` : ""}${r.lacks[0].name[locale]}${r.lacks[0].kind === "not_reported" ? "" : ` (+${fmt(r.lacks[0].points)} ${k.points})`}` : "",
  ]);
  // regions scored with different editions: each row names its edition beside its figures
  const withEdition = (row: string[], edition: string) => (recap.mixedEditions ? [row[0]!, row[1]!, edition, ...row.slice(2)] : row);
  const cols = withEdition([...k.cols], k.edition);
  const cells = rows.map((row, i) => withEdition(row, recap.regions[i]!.edition.id));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => row.map((c, i) => (i === 0 ? c.padStart(widths[i]!) : i === row.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  lines.push(line(cols), ...cells.map(line));
  // a plan stopped at its step limit is short in the table ("batas 100 langkah, belum sampai"): said in full once
  if (recap.regions.some((r) => planned(r) && r.plan!.reason !== "region_not_reported" && r.plan!.reason !== "columns_absent" && !waits(r) && r.plan!.status === "action_limit")) lines.push(k.planLimitNote);
  const names = distributionLabels(recap.distribution, locale, k.noPredicate);
  lines.push(`${k.distribution}: ${recap.distribution.map((d, i) => `${names[i]} ${d.verified}`).join(" · ")}`);
  const outside = recapOutsideNote(recap, locale);
  if (outside) lines.push(`  (${outside})`);
  // counted as the distribution counts (this year's kab/kota); each other region apart, once
  const { below, unknown, flawed, silent } = recapBelowTarget(recap);
  // a predicate by its label, an index target (--target 60) as its number
  const name = (r: Recap["regions"][number]) => r.target!.band?.label[locale] ?? tgt(r)(r.target!.index);
  const targets = [...new Set(recap.regions.filter((r) => r.target).map(name))];
  const tail = `${silent ? k.notReportedN(silent) : ""}${flawed ? k.flawedN(flawed) : ""}${unknown ? k.unknown(unknown) : ""}`;
  if (recap.target === null && targets.length) {
    // each region towards its own next predicate: how many towards each
    const per = [...new Set(below.map(name))].map((t) => k.toward(t, below.filter((r) => name(r) === t).length)).join(", ");
    lines.push(`${k.belowNext(below.length, per)}${tail}`);
  } else if (targets.length) lines.push(`${k.below(below.length, targets.join(" / "))}${tail}`);
  // a workbook's own Target Rencana the recap does not aim at (one target per row, prov14): said, both named
  const own = recapOwnTargetNote(recap, files, locale);
  if (own) lines.push(own);
  // the province in one line, as the Rekap sheet writes it above its table
  lines.push(recapTotalsLine(recap, locale, k.noPredicate));
  const counts = recapCountTargetsNote(recap, locale);
  if (counts) lines.push(counts);
  for (const note of [recapUnknownNote(recap, locale), recapUnrankedNote(recap, locale)]) if (note) lines.push(`! ${note}`);
  return lines;
}

/**
 * The province against last year (`rekap --previous`): how many rose and fell, the editions when they differ (marked
 * as a warning), the regions in both years with their change, the province's line then → now, the regions of one year
 * only.
 */
export function previousLines(c: RecapYears, locale: MessageLocale, model = false): string[] {
  // with a model file (--model, --previous-model) a clean change is one model for both years, not an --edition
  const cli = model ? ("model" as const) : true;
  const [head, ...notes] = recapYearsNotes(c, locale, { cli });
  const warnings = new Set(recapYearsWarnings(c, locale, cli));
  const warned = notes.map((n) => (warnings.has(n) ? `! ${n}` : n));
  const table = recapYearsTable(c, locale);
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  const line = (row: readonly string[]) => row.map((x, i) => (i === 0 ? cut(x, 48).padEnd(Math.min(widths[i]!, 48)) : i === row.length - 1 ? x : x.padEnd(widths[i]!))).join("  ").trimEnd();
  return [head!, ...(c.regions.length ? table.map(line) : []), ...warned];
}

/** Files not scored (with their reasons), then each scored file's error and warning counts. */
export function fileProblemLines(files: readonly RecapFileOutcome[], locale: MessageLocale): string[] {
  const k = K[locale];
  const lines: string[] = files.filter((f) => f.skipped).map((f) => (f.lockFor ? k.lock(f.file, f.lockFor) : f.lock ? k.lockAlone(f.file) : k.skipped(f.file, f.ownKind === "comparison")));
  const bad = files.filter((f) => !f.scored && !f.skipped);
  if (bad.length) {
    lines.push(k.notScored(bad.length));
    // each failed file named one way, by its name as the recap names it (a reader message may start with the whole path)
    for (const f of bad) for (const p of f.problems.slice(0, 3)) lines.push(`  ✗ ${p.message.startsWith(f.path) ? `${f.file}${p.message.slice(f.path.length)}` : `${f.file}: ${p.message}`}`);
  }
  const withProblems = files.filter((f) => f.scored && f.issues.some((i) => i.severity !== "info"));
  if (withProblems.length) {
    lines.push(k.perFile);
    for (const f of withProblems) {
      lines.push(`  ${f.file}: ${k.counts(f.issues.filter((i) => i.severity === "error").length, f.issues.filter((i) => i.severity === "warning").length)}`);
    }
  }
  return lines;
}
