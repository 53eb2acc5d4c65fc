/**
 * Every text the pane shows, Bahasa Indonesia first (the analysts' language), English switchable. Pure: no DOM.
 * Texts with values are functions so numbers arrive already formatted for the workbook's locale.
 */
export type Lang = "id" | "en";

const T = {
  id: {
    title: "Indeks Inovasi Daerah",
    langSwitch: "English",
    edition: "Edisi model",
    modelFile: "Model provinsi (jika provinsi Anda memakai model sendiri)",
    chooseModel: "Pilih berkas model (.json)…",
    noModelFile: "Belum ada berkas dipilih; dipakai edisi di atas.",
    modelNotUsed: "Tidak ada model provinsi yang dipakai; dipakai edisi di atas.",
    sheets: "Lembar kerja",
    insertTemplate: "Sisipkan lembar templat",
    score: "Nilai",
    reading: "Membaca lembar kerja…",
    scoring: "Menghitung skor…",
    writing: "Menulis hasil ke lembar kerja…",
    done: "Selesai. Hasil ditulis di lembar Ringkasan dan di kolom hasil lembar Inovasi.",
    notScored: "Belum dapat dinilai. Perbaiki kesalahan di daftar Masalah, lalu klik Nilai lagi.",
    results: "Hasil",
    component: "Komponen",
    index: "Indeks",
    predicate: "Predikat",
    claimed: "Klaim",
    verified: "Terverifikasi",
    problems: "Masalah",
    noProblems: "Tidak ada masalah.",
    nonCompliant: "Perangkat daerah yang belum memenuhi jumlah inovasi",
    gaps: "Jawaban yang buktinya belum diterima",
    none: "Tidak ada.",
    plan: "Rencana",
    planning: "Menghitung skor dan menyusun rencana…",
    replanning: "Menghitung skor dan menyusun ulang rencana (buku kerja ini punya lembar Rencana; untuk ribuan inovasi bisa beberapa menit)…",
    stale: "Hasil di bawah ini dari penilaian sebelumnya; penilaian terakhir tidak selesai.",
    otherLangIssues: "Pesan masalah di bawah masih dalam bahasa Inggris, bahasa saat dinilai; klik Nilai lagi untuk bahasa Indonesia.",
    planButton: "Susun rencana",
    planDone: "Selesai. Rencana ditulis di lembar Rencana, hasil di lembar Ringkasan.",
    planHint: "Langkah termurah menuju target (bawaan: predikat berikutnya), juga ditulis di lembar Rencana. Untuk ribuan inovasi bisa makan waktu beberapa menit.",
    notExcel: "Panel ini hanya berjalan di Excel. Buka buku kerja di Excel, lalu buka panel dari tab Beranda.",
    progress: "Kemajuan penilaian",
    recap: "Rekap provinsi",
    recapHint: "Pilih buku kerja kab/kota (.xlsx), beberapa sekaligus. Setiap berkas dinilai terpisah; rekapnya ditulis ke buku kerja ini di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas (dengan berkas tahun lalu, juga Banding Tahun). Lembar lain tidak diubah.",
    chooseRecap: "Pilih berkas kab/kota (.xlsx)…",
    chooseRegions: "Daftar kab/kota (opsional)…",
    dropRegions: "Hapus pilihan daftar",
    choosePrevious: "Berkas kab/kota tahun lalu (opsional)…",
    dropPrevious: "Hapus pilihan berkas tahun lalu",
    recapYears: "Dibanding tahun lalu",
    previousNotScored: "Berkas tahun lalu yang tidak dapat dinilai",
    previousSkipped: "Berkas tahun lalu yang dilewati (rekap atau banding buatan inovasi)",
    recapWriting: "Menulis lembar rekap…",
    recapProgress: "Kemajuan rekap",
    recapTarget: "Target predikat",
    recapTargetDefault: "Bawaan: predikat berikutnya setiap daerah",
    recapYear: "Tahun penilaian",
    recapYearHint: "Kosong: tahun kebanyakan berkas. Berkas tahun lain disebut, tidak direkap.",
    ranking: "Peringkat (indeks terverifikasi)",
    distribution: "Sebaran predikat",
    recapGaps: "Daerah di bawah target: langkah pertama",
    notScoredFiles: "Berkas yang tidak dapat dinilai",
    skippedFiles: "Dilewati (rekap atau banding buatan inovasi)",
  },
  en: {
    title: "Regional Innovation Index",
    langSwitch: "Bahasa Indonesia",
    edition: "Model edition",
    modelFile: "Province model (if your province uses its own)",
    chooseModel: "Choose a model file (.json)…",
    noModelFile: "No file chosen; the edition above is used.",
    modelNotUsed: "No province model is in use; the edition above is used.",
    sheets: "Worksheets",
    insertTemplate: "Insert template sheets",
    score: "Score",
    reading: "Reading the worksheets…",
    scoring: "Computing scores…",
    writing: "Writing results to the workbook…",
    done: "Done. Results are on the Ringkasan sheet and in the output columns of the Inovasi sheet.",
    notScored: "Cannot be scored yet. Fix the errors in the Problems list, then click Score again.",
    results: "Results",
    component: "Component",
    index: "Index",
    predicate: "Predicate",
    claimed: "Claimed",
    verified: "Verified",
    problems: "Problems",
    noProblems: "No problems.",
    nonCompliant: "Agencies short of their required innovations",
    gaps: "Answers whose evidence is not accepted",
    none: "None.",
    plan: "Plan",
    planning: "Computing scores and planning…",
    replanning: "Computing scores and planning again (this workbook has a Rencana sheet; with thousands of innovations it can take minutes)…",
    stale: "The results below are from the previous run; the last run did not finish.",
    otherLangIssues: "The problem messages below are still in Indonesian, the language they were scored in; click Score again for English.",
    planButton: "Make a plan",
    planDone: "Done. The plan is on the Rencana sheet, the results on the Ringkasan sheet.",
    planHint: "The cheapest steps to the target (by default the next predicate), also written on the Rencana sheet. With thousands of innovations it can take minutes.",
    notExcel: "This pane only runs in Excel. Open the workbook in Excel, then open the pane from the Home tab.",
    progress: "Scoring progress",
    recap: "Province recap",
    recapHint: "Choose kab/kota workbooks (.xlsx), several at once. Each file is scored apart; the recap is written into this workbook on the sheets Rekap, Peringkat, Sebaran Predikat and Masalah per Berkas (with last year's files, Banding Tahun too). No other sheet changes.",
    chooseRecap: "Choose kab/kota files (.xlsx)…",
    chooseRegions: "List of kab/kota (optional)…",
    dropRegions: "Clear the chosen list",
    choosePrevious: "Last year's kab/kota files (optional)…",
    dropPrevious: "Clear last year's chosen files",
    recapYears: "Against last year",
    previousNotScored: "Last year's files that could not be scored",
    previousSkipped: "Last year's files skipped (recaps or comparisons made by inovasi)",
    recapWriting: "Writing the recap sheets…",
    recapProgress: "Recap progress",
    recapTarget: "Target predicate",
    recapTargetDefault: "Default: each region's next predicate",
    recapYear: "Assessment year",
    recapYearHint: "Empty: most files' year. Files of other years are named, not recapped.",
    ranking: "Ranking (verified index)",
    distribution: "Predicate distribution",
    recapGaps: "Regions below the target: first step",
    notScoredFiles: "Files that could not be scored",
    skippedFiles: "Skipped (recaps or comparisons made by inovasi)",
  },
} as const;

export type TextKey = keyof (typeof T)["id"];
/** A fixed text. */
export const t = (lang: Lang, k: TextKey): string => T[lang][k];

/** The language tag of the other language (for the switch button's `lang` attribute). */
export const otherLang = (lang: Lang): Lang => (lang === "id" ? "en" : "id");

/** Excel's refusals an analyst can act on, by the host's error code (never shown as such). */
const EXCEL_REFUSALS: Record<string, { id: string; en: string }> = {
  // Excel on the web's 5 MB limit: what the pane sends (writes) and what Excel sends back (reads)
  // what to do, not only what happened (audit36): trying again sends the same amount; the desktop Excel and the CLI have no such limit
  RequestPayloadSizeLimitExceeded: {
    id: "Excel menolak permintaan karena terlalu besar (batas 5 MB Excel di web). Buka buku kerja ini di aplikasi Excel desktop lalu jalankan lagi dari panel, atau nilai berkasnya di komputer dengan perintah inovasi.",
    en: "Excel refused the request because it is too large (Excel on the web's 5 MB limit). Open this workbook in the Excel desktop app and run it again from the pane, or score the file on a computer with the inovasi command.",
  },
  ResponsePayloadSizeLimitExceeded: { id: "Excel menolak mengirim isi sel sebanyak itu sekaligus (batas 5 MB Excel di web); sel dengan teks sangat panjang dapat menjadi penyebabnya.", en: "Excel refused to send that many cells at once (Excel on the web's 5 MB limit); cells holding very long text may be the cause." },
  ItemNotFound: { id: "Lembar atau sel yang dicari tidak ada lagi (mungkin diganti nama atau dihapus).", en: "A sheet or cell it needs no longer exists (renamed or deleted?)." },
  InvalidOperationInCellEditMode: { id: "Excel sedang menyunting sel. Tekan Enter atau Esc di sel itu terlebih dahulu.", en: "Excel is editing a cell. Press Enter or Esc in that cell first." },
  AccessDenied: { id: "Buku kerja atau lembar ini dilindungi. Buka proteksinya (Tinjau → Buka Proteksi).", en: "The workbook or sheet is protected. Unprotect it (Review → Unprotect)." },
};

/** Texts with values (numbers already formatted). */
export const msg = {
  /** The province's list of kab/kota loaded in the recap section, or why it is not used. */
  regionsLoaded: (lang: Lang, file: string, n: string) =>
    lang === "id" ? `Daftar daerah: ${file} (${n} daerah); rekap menyebut daerah yang belum mengirim berkas.` : `List of regions: ${file} (${n} regions); the recap names the regions that sent no file.`,
  /** Text in the recap's year box that is no year. */
  recapYearInvalid: (lang: Lang, text: string) =>
    lang === "id" ? `"${text}" bukan tahun: tulis empat angka (mis. 2025), atau kosongkan untuk tahun kebanyakan berkas.` : `"${text}" is not a year: type four digits (e.g. 2025), or empty the box for most files' year.`,
  /** Last year's files picked in the recap section (as `inovasi rekap --previous`): how many, the first names. */
  previousPicked: (lang: Lang, n: string, names: string) =>
    lang === "id"
      ? `Berkas tahun lalu: ${n} berkas (${names}); rekap berikutnya dibandingkan dengannya di lembar Banding Tahun.`
      : `Last year's files: ${n} file${n === "1" ? "" : "s"} (${names}); the next recap is compared with them on the Banding Tahun sheet.`,
  regionsRefused: (lang: Lang, file: string) => (lang === "id" ? `Daftar daerah ${file} tidak dipakai:` : `The list of regions ${file} is not used:`),
  readingRows: (lang: Lang, done: string, total: string) => (lang === "id" ? `Membaca lembar kerja… ${done} dari ${total} baris` : `Reading the worksheets… ${done} of ${total} rows`),
  /** The edition list's first option while a province model from a file is in use. */
  modelOption: (lang: Lang, id: string) => (lang === "id" ? `${id} (model provinsi)` : `${id} (province model)`),
  /**
   * The status after a run that wrote, when the analyst's own sheet of a tool's name was left alone (Ringkasan,
   * Rencana): only what was written is claimed, and the sheet left alone is named.
   */
  doneLeftAlone: (lang: Lang, planned: boolean, left: string[]) => {
    const has = (name: string) => left.some((x) => x.toLowerCase() === name.toLowerCase());
    const summary = !has("Ringkasan");
    const plan = planned && !has("Rencana");
    const names = left.map((x) => `"${x}"`).join(lang === "id" ? " dan " : " and ");
    return lang === "id"
      ? `Selesai. ${plan ? "Rencana ditulis di lembar Rencana; h" : "H"}asil ditulis di ${summary ? "lembar Ringkasan dan di " : ""}kolom hasil lembar Inovasi. Lembar ${names} sudah ada dan bukan buatan alat ini, jadi tidak ditimpa (lihat Masalah).`
      : `Done. ${plan ? "The plan is on the Rencana sheet; the r" : "R"}esults are in ${summary ? "the Ringkasan sheet and " : ""}the output columns of the Inovasi sheet. The sheet${left.length === 1 ? "" : "s"} ${names} already existed, not made by this tool, and ${left.length === 1 ? "was" : "were"} left as is (see Problems).`;
  },
  /** The edition a run used, under the results heading. */
  scoredWith: (lang: Lang, id: string, name: string) => (lang === "id" ? `Dinilai dengan edisi ${id} — ${name}.` : `Scored with edition ${id} — ${name}.`),
  /** The line under the totals when rows have errors: how many, and a way to the list. */
  errorsFirst: (lang: Lang, errors: string, scored = true) =>
    lang === "id"
      ? `Ada ${errors} kesalahan yang harus diperbaiki ${scored ? "agar skornya benar" : "sebelum buku kerja dapat dinilai"}.`
      : `${errors} error${errors === "1" ? "" : "s"} to fix ${scored ? "for the scores to be right" : "before the workbook can be scored"}.`,
  toProblems: (lang: Lang) => (lang === "id" ? "Ke daftar Masalah" : "Go to the Problems list"),
  /** Merged areas Excel would not give (more than it answers at once): the rows they span read as unmerged. */
  mergesSkipped: (lang: Lang, sheets: string[]) => {
    const list = sheets.map((x) => `"${x}"`).join(", ");
    return lang === "id"
      ? `Excel tidak memberikan semua sel gabungan di lembar ${list}; baris yang digabung di sana dibaca seperti tidak digabung, sehingga bisa dilaporkan "wajib diisi". Bila begitu, pisahkan sel gabungan itu (Beranda → Gabungkan & Tengahkan) dan isi setiap baris, lalu klik Nilai lagi.`
      : `Excel did not give all merged cells on sheet${sheets.length === 1 ? "" : "s"} ${list}; merged rows there read as unmerged and may be reported as required but empty. If so, unmerge them (Home → Merge & Center), fill every row, then click Score again.`;
  },
  /** Hidden columns Excel did not say, on sheets where one header is found twice: the first was read, hidden or not. */
  hiddenColumnsUnread: (lang: Lang, sheets: string[]) => {
    const list = sheets.map((x) => `"${x}"`).join(", ");
    return lang === "id"
      ? `Excel tidak memberi tahu kolom mana yang tersembunyi di lembar ${list}, jadi kolom tersembunyi dibaca seperti kolom lain: dari dua kolom untuk hal yang sama, yang pertama dibaca walaupun tersembunyi. Periksa kolom yang disebut di Masalah: tampilkan kolom tersembunyi (klik kanan judul kolom → Tampilkan), hapus salinan yang tidak dipakai, lalu klik Nilai lagi.`
      : `Excel did not say which columns are hidden on sheet${sheets.length === 1 ? "" : "s"} ${list}, so hidden columns were read like the others: of two columns for the same thing the first was read, hidden or not. Check the columns named under Problems: unhide them (right-click a column header → Unhide), delete the copy not in use, then click Score again.`;
  },
  /** A cell link Excel could not follow. */
  selectFailed: (lang: Lang, sheet: string, cell: string, code: string | undefined) =>
    code === "ItemNotFound"
      ? lang === "id"
        ? `Sel ${cell} di lembar "${sheet}" tidak dapat dipilih: lembar itu tidak ada lagi (diganti nama atau dihapus?). Klik Nilai lagi agar tautan mengikuti buku kerja.`
        : `Cell ${cell} on sheet "${sheet}" cannot be selected: the sheet no longer exists (renamed or deleted?). Click Score again so the links follow the workbook.`
      : code === "InvalidOperationInCellEditMode"
        ? lang === "id" ? `Sel ${cell} di lembar "${sheet}" tidak dapat dipilih: Excel sedang menyunting sel. Tekan Enter atau Esc di sel itu, lalu klik tautannya lagi.` : `Cell ${cell} on sheet "${sheet}" cannot be selected: Excel is editing a cell. Press Enter or Esc in that cell, then click the link again.`
        : lang === "id"
          ? `Excel tidak dapat memilih sel ${cell} di lembar "${sheet}". Bila lembar itu disembunyikan, tampilkan dulu (klik kanan tab lembar → Tampilkan); bila tidak, klik Nilai lagi, lalu coba tautannya lagi.`
          : `Excel could not select cell ${cell} on sheet "${sheet}". If the sheet is hidden, unhide it first (right-click a sheet tab → Unhide); otherwise click Score again, then try the link again.`,
  modelLoaded: (lang: Lang, file: string, id: string) => (lang === "id" ? `Model dimuat dari ${file}: ${id}.` : `Model loaded from ${file}: ${id}.`),
  /** How many warnings a loaded model has (listed under the line), as `inovasi model check` counts them. */
  modelWarnings: (lang: Lang, n: number) => (lang === "id" ? `${n} peringatan (model tetap dipakai):` : `${n} warning${n === 1 ? "" : "s"} (the model is used):`),
  /** A text a model file still holds from `inovasi model init`. */
  modelPlaceholder: (lang: Lang, path: string) =>
    lang === "id" ? `${path}: masih berisi isian contoh "ISI: …" dari inovasi model init; ganti dengan isi yang sebenarnya` : `${path}: still holds the "ISI: …" placeholder from inovasi model init; replace it with the real text`,
  modelInvalid: (lang: Lang, file: string, detail: string) =>
    (lang === "id" ? `Berkas ${file} tidak dapat dipakai sebagai model: ${detail}` : `${file} cannot be used as a model: ${detail}`) + (/[.!?]$/.test(detail) ? "" : "."),
  modelNotJson: (lang: Lang, file: string) =>
    lang === "id" ? `Berkas ${file} bukan JSON yang sah (simpan model dengan \`inovasi model init\` atau periksa tanda kurung dan koma).` : `${file} is not valid JSON (create models with \`inovasi model init\` or check brackets and commas).`,
  sheetsComplete: (lang: Lang, found: string[]) => (lang === "id" ? `Lembar wajib lengkap: ${found.join(", ")}.` : `Required sheets present: ${found.join(", ")}.`),
  sheetsMissing: (lang: Lang, missing: string[]) => (lang === "id" ? `Lembar wajib yang belum ada: ${missing.join(", ")}.` : `Required sheets missing: ${missing.join(", ")}.`),
  sheetNear: (lang: Lang, sheet: string, want: string) =>
    lang === "id" ? `Ada lembar "${sheet}": bila itu lembar ${want}, ganti namanya menjadi "${want}".` : `There is a sheet "${sheet}": if it is the ${want} sheet, rename it to "${want}".`,
  sheetsPresent: (lang: Lang, found: string[]) => (lang === "id" ? `Sudah ada: ${found.join(", ")}.` : `Present: ${found.join(", ")}.`),
  /**
   * A contract sheet the reader reads from a sheet of another name ("Data Inovasi"), with why that name may make it the
   * wrong one (another year in it, or a word such as "Lama"), as the reader's own note says.
   */
  sheetReadFrom: (lang: Lang, want: string, sheet: string, doubt?: { year: string; assessed: string } | { word: string }) => {
    const why = !doubt
      ? ""
      : "year" in doubt
        ? lang === "id" ? `, tetapi namanya menyebut tahun ${doubt.year}, bukan Tahun Penilaian ${doubt.assessed}: bila itu salinan lembar tahun lain, beri nama "${want}" pada lembar tahun ini` : `, but its name says ${doubt.year}, not the assessment year ${doubt.assessed}: if it is a copy of another year's sheet, name this year's sheet "${want}"`
        : lang === "id" ? `, tetapi namanya memuat "${doubt.word}": bila itu daftar lain, beri nama "${want}" pada lembar yang benar` : `, but its name holds "${doubt.word}": if it is another list, name the right sheet "${want}"`;
    return lang === "id" ? `${want}: dibaca dari lembar "${sheet}"${why}.` : `${want}: read from sheet "${sheet}"${why}.`;
  },
  /** A contract sheet that more than one sheet could be: none is read (the reader's sheet_ambiguous). */
  sheetAmbiguous: (lang: Lang, want: string, sheets: string[]) => {
    const list = sheets.map((x) => `"${x}"`).join(", ");
    return lang === "id" ? `${want}: lebih dari satu lembar bisa menjadi lembar ini (${list}); tidak ada yang dibaca — beri salah satunya nama "${want}".` : `${want}: more than one sheet could be it (${list}); none is read — name one of them "${want}".`;
  },
  inserted: (lang: Lang, names: string[]) =>
    names.length ? (lang === "id" ? `Lembar disisipkan: ${names.join(", ")}.` : `Sheets inserted: ${names.join(", ")}.`) : lang === "id" ? "Semua lembar sudah ada; tidak ada yang disisipkan." : "Every sheet exists already; nothing inserted.",
  /** Errors and warnings; notes too when the list shows some (so the counts add up to the heading's total). */
  problemCount: (lang: Lang, errors: number, warnings: number, n: (v: number) => string, notes = 0) =>
    (lang === "id" ? `${n(errors)} kesalahan, ${n(warnings)} peringatan` : `${n(errors)} error${errors === 1 ? "" : "s"}, ${n(warnings)} warning${warnings === 1 ? "" : "s"}`) +
    (notes === 0 ? "" : lang === "id" ? `, ${n(notes)} catatan` : `, ${n(notes)} note${notes === 1 ? "" : "s"}`),
  shownOf: (lang: Lang, shown: string, total: string, sheet = "Ringkasan") =>
    lang === "id" ? `Ditampilkan ${shown} pertama dari ${total}; daftar lengkap ada di lembar ${sheet}.` : `Showing the first ${shown} of ${total}; the full list is on the ${sheet} sheet.`,
  /** The problems list cut: every error and warning is on the problems sheet when this run wrote it (notes are not). */
  shownProblems: (lang: Lang, shown: string, total: string, sheet: string | undefined) =>
    lang === "id"
      ? `Ditampilkan ${shown} pertama dari ${total}${sheet ? `; semua kesalahan dan peringatan ada di lembar ${sheet}` : ""}.`
      : `Showing the first ${shown} of ${total}${sheet ? `; every error and warning is on the ${sheet} sheet` : ""}.`,
  shortBy: (lang: Lang, agency: string, count: string, required: string, rule?: string) =>
    (lang === "id" ? `${agency}: ${count} dari ${required} inovasi wajib` : `${agency}: ${count} of ${required} required innovations`) +
    (rule ? (lang === "id" ? ` (aturan: ${rule})` : ` (rule: ${rule})`) : ""),
  /** A rule over no listed agency (an empty list, none of its types): not judged, never an empty "none" (audit27 C2). */
  notJudged: (lang: Lang, rule: string) =>
    lang === "id" ? `Aturan "${rule}" tidak dapat dinilai: tidak ada perangkat daerah berjenis yang diwajibkan dalam daftar` : `Rule "${rule}" cannot be judged: no listed agency is of a type it covers`,
  openSheet: (lang: Lang, sheet: string) => (lang === "id" ? `Buka lembar ${sheet}` : `Open the ${sheet} sheet`),
  cellLabel: (lang: Lang, sheet: string, cell: string) => (lang === "id" ? `Pilih sel ${cell} di lembar ${sheet}` : `Select cell ${cell} on sheet ${sheet}`),
  severity: (lang: Lang, s: "error" | "warning" | "info") =>
    ({ id: { error: "Kesalahan", warning: "Peringatan", info: "Catatan" }, en: { error: "Error", warning: "Warning", info: "Note" } })[lang][s],
  nextBand: (lang: Lang, band: string, points: string) =>
    lang === "id" ? `Menuju ${band}: kurang ${points} poin indeks (terverifikasi).` : `To ${band}: ${points} index points to go (verified).`,
  caveat: (lang: Lang, text: string) => (lang === "id" ? `Catatan edisi: ${text}` : `Edition note: ${text}`),
  planNow: (lang: Lang, index: string, predicate: string, target: string | undefined) =>
    (lang === "id" ? `Sekarang: IID ${index} ${predicate}` : `Now: IID ${index} ${predicate}`) + (target ? `; target: ${target}.` : "."),
  planTarget: (predicate: string | undefined, index: string) => (predicate ? `${predicate} (IID ≥ ${index})` : `IID ≥ ${index}`),
  planReached: (lang: Lang, steps: string, effort: string) => (lang === "id" ? `Target tercapai dalam ${steps} langkah (upaya ${effort}).` : `Target reached in ${steps} step${steps === "1" ? "" : "s"} (effort ${effort}).`),
  /** `assumed`: the bound is the plan's own score for new innovations (the library's `planStatusNote` follows). */
  planOutOfReach: (lang: Lang, steps: string, effort: string, max: string, assumed = false) =>
    lang === "id"
      ? `Target tidak terjangkau ${assumed ? "dalam rencana ini" : "dengan tindakan yang tersedia"}: indeks tertinggi ${max} setelah ${steps} langkah (upaya ${effort}).`
      : `Target out of reach ${assumed ? "in this plan" : "with the actions available"}: highest index ${max} after ${steps} step${steps === "1" ? "" : "s"} (effort ${effort}).`,
  // how far the target still is, and where to raise the limit (the pane has no --steps: the Pengaturan row)
  planLimit: (lang: Lang, limit: string, effort: string, index: string, gap: string) =>
    lang === "id"
      ? `Rencana berhenti di batas ${limit} langkah (upaya ${effort}) pada indeks ${index}; target belum tercapai, masih kurang ${gap} poin indeks. Kerjakan langkah ini lalu nilai lagi, atau naikkan batasnya di baris "Batas Langkah Rencana" lembar Pengaturan.`
      : `The plan stops at its limit of ${limit} step${limit === "1" ? "" : "s"} (effort ${effort}) at index ${index}; the target is not reached yet, still ${gap} index points short. Do these steps and score again, or raise the limit in the Pengaturan row "Batas Langkah Rencana".`,
  planTopBand: (lang: Lang, predicate: string) => (lang === "id" ? `Tidak ada rencana: sudah di predikat tertinggi (${predicate}).` : `No plan: already in the top predicate (${predicate}).`),
  planAlready: (lang: Lang, index: string, target: string) => (lang === "id" ? `Tidak ada rencana: indeks ${index} sudah mencapai target (${target}).` : `No plan: the index ${index} already reaches the target (${target}).`),
  planUnknown: (lang: Lang) => (lang === "id" ? "Tidak ada rencana: indeks tidak dapat dihitung karena edisi belum memuat angka yang diperlukan." : "No plan: the index cannot be computed because the edition lacks a number it needs."),
  planNotReported: (lang: Lang, cell: string) =>
    lang === "id"
      ? `Tidak ada rencana: daerah tercatat tidak melapor (Melapor: Tidak, ${cell}), jadi indeksnya 0. Bila daerah melapor, isi Melapor dengan Ya lalu nilai ulang.`
      : `No plan: the region is recorded as not reporting (Melapor: Tidak, ${cell}), so its index is 0. If it does report, set Melapor to Ya and score again.`,
  planStep: (lang: Lang, step: string, what: string, gain: string, index: string, predicate: string, effort: string) =>
    `${step}. ${what} → ${gain} → IID ${index} ${predicate} (${lang === "id" ? "upaya" : "effort"} ${effort})`,
  recapReading: (lang: Lang, k: string, n: string, file: string) => (lang === "id" ? `Membaca dan menilai berkas ${k} dari ${n}: ${file}…` : `Reading and scoring file ${k} of ${n}: ${file}…`),
  recapReadingPrevious: (lang: Lang, k: string, n: string, file: string) => (lang === "id" ? `Membaca dan menilai berkas tahun lalu ${k} dari ${n}: ${file}…` : `Reading and scoring last year's file ${k} of ${n}: ${file}…`),
  /** Last year's files were picked, but none could be scored: the recap is written without Banding Tahun. */
  recapNoPrevious: (lang: Lang) =>
    lang === "id"
      ? " Lembar Banding Tahun tidak ditulis: tidak satu pun berkas tahun lalu dapat dinilai (alasannya di bawah)."
      : " No Banding Tahun sheet was written: none of last year's files could be scored (the reasons are below).",
  /**
   * Last year's files were picked, none could be scored, and the tool's Banding Tahun of an earlier recap is in the
   * workbook (left as it is): what to fix is last year's files, not whether they were picked.
   */
  recapNoPreviousLeft: (lang: Lang) =>
    lang === "id"
      ? " Lembar Banding Tahun tidak diperbarui: tidak satu pun berkas tahun lalu dapat dinilai (alasannya di bawah); lembar Banding Tahun di buku kerja ini masih dari rekap sebelumnya. Perbaiki atau ganti berkas tahun lalu, lalu rekap lagi."
      : " The Banding Tahun sheet was not updated: none of last year's files could be scored (the reasons are below); the Banding Tahun sheet in this workbook is still from an earlier recap. Fix or replace last year's files, then recap again.",
  /**
   * Last year's files were picked, but none is of a year before this recap's (`recapNoEarlierYear`): no Banding Tahun,
   * for the reason `inovasi rekap --previous` refuses with (`why`, its words); the rest of the recap is written.
   */
  recapNoEarlier: (lang: Lang, why: string) =>
    lang === "id"
      ? ` Lembar Banding Tahun tidak ditulis: ${why} — pilih berkas kab/kota tahun sebelumnya.`
      : ` No Banding Tahun sheet was written: ${why} — choose last year's kab/kota files.`,
  /** As `recapNoEarlier`, with the tool's Banding Tahun of an earlier recap in the workbook (left as it is). */
  recapNoEarlierLeft: (lang: Lang, why: string) =>
    lang === "id"
      ? ` Lembar Banding Tahun tidak diperbarui: ${why} — pilih berkas kab/kota tahun sebelumnya; lembar Banding Tahun di buku kerja ini masih dari rekap sebelumnya.`
      : ` The Banding Tahun sheet was not updated: ${why} — choose last year's kab/kota files; the Banding Tahun sheet in this workbook is still from an earlier recap.`,
  /** A recap without last year's files while the tool's Banding Tahun of an earlier one is in the workbook (left as it is). */
  recapYearsLeft: (lang: Lang, sheets: string[]) =>
    lang === "id"
      ? ` Lembar ${sheets.join(", ")} di buku kerja ini masih dari rekap sebelumnya; untuk memperbaruinya, pilih juga berkas tahun lalu.`
      : ` The sheet ${sheets.join(", ")} in this workbook is still from an earlier recap; to update it, choose last year's files too.`,
  recapSummary: (lang: Lang, files: string, scored: string, failed: string, editions: string, outside?: { n: string; year: string }) =>
    (lang === "id" ? `${files} berkas: ${scored} dinilai, ${failed} tidak dapat dinilai` : `${files} file${files === "1" ? "" : "s"}: ${scored} scored, ${failed} could not be scored`) +
    (outside ? (lang === "id" ? `; ${outside.n} dari tahun lain, tidak direkap untuk ${outside.year}` : `; ${outside.n} of other years, not recapped for ${outside.year}`) : "") +
    (editions ? (lang === "id" ? ` — edisi ${editions}.` : ` — edition ${editions}.`) : "."),
  recapWritten: (lang: Lang, sheets: string[]) => {
    const list = sheets.length > 1 ? `${sheets.slice(0, -1).join(", ")} ${lang === "id" ? "dan" : "and"} ${sheets[sheets.length - 1]}` : sheets.join("");
    return lang === "id" ? `Selesai. Rekap ditulis di lembar ${list}.` : `Done. The recap is on the sheets ${list}.`;
  },
  recapNothing: (lang: Lang) => (lang === "id" ? "Tidak ada berkas yang dapat dinilai; lembar rekap tidak ditulis. Alasannya di bawah." : "No file could be scored; no recap sheet was written. The reasons are below."),
  recapNoYear: (lang: Lang, year: string, found: string) =>
    lang === "id"
      ? `Tidak ada berkas tahun ${year} yang dapat dinilai; lembar rekap tidak ditulis. Tahun di berkas: ${found}. Ubah Tahun penilaian (atau kosongkan), lalu pilih berkas lagi.`
      : `No file of ${year} could be scored; no recap sheet was written. Years in the files: ${found}. Change the assessment year (or empty it), then choose the files again.`,
  yearFiles: (lang: Lang, year: string, n: string) => (lang === "id" ? `${year} (${n} berkas)` : `${year} (${n} ${n === "1" ? "file" : "files"})`),
  /** A recap that wrote nothing while the workbook holds recap sheets: they are from an earlier recap. */
  recapEarlierSheets: (lang: Lang, sheets: string[]) =>
    lang === "id" ? ` Lembar ${sheets.join(", ")} di buku kerja ini masih dari rekap sebelumnya.` : ` The sheet${sheets.length === 1 ? ` ${sheets[0]} in this workbook is` : `s ${sheets.join(", ")} in this workbook are`} still from an earlier recap.`,
  recapNone: (lang: Lang) => (lang === "id" ? "Tidak ada berkas yang dipilih." : "No file chosen."),
  recapForeign: (lang: Lang, sheets: string[]) =>
    lang === "id"
      ? `Lembar ${sheets.map((x) => `"${x}"`).join(", ")} sudah ada di buku kerja ini dan bukan buatan inovasi; tidak ada yang diubah. Ganti nama lembar itu (atau rekap di buku kerja lain), lalu coba lagi.`
      : `The sheet${sheets.length === 1 ? "" : "s"} ${sheets.map((x) => `"${x}"`).join(", ")} already exist${sheets.length === 1 ? "s" : ""} in this workbook and ${sheets.length === 1 ? "was" : "were"} not made by inovasi; nothing was changed. Rename ${sheets.length === 1 ? "it" : "them"} (or recap in another workbook), then try again.`,
  targetMissing: (lang: Lang, n: string, editions: string) =>
    lang === "id" ? `Target yang dipilih bukan predikat edisi ${editions}: ${n} daerah tanpa target.` : `The chosen target is not a predicate of edition ${editions}: ${n} region${n === "1" ? "" : "s"} without a target.`,
  belowNext: (lang: Lang, n: string) =>
    lang === "id" ? `Belum di predikat tertinggi: ${n} daerah (target bawaan setiap daerah: predikat berikutnya).` : `Not in the top predicate: ${n} region${n === "1" ? "" : "s"} (each region's default target: its next predicate).`,
  belowTarget: (lang: Lang, n: string, target: string) => (lang === "id" ? `Di bawah target ${target}: ${n} daerah.` : `Below the target ${target}: ${n} region${n === "1" ? "" : "s"}.`),
  /**
   * The regions neither below nor at the target, each once, as `inovasi rekap` prints them after its count: not
   * reported, figures not valid yet, index unknown ("" when none), to end the line above.
   */
  belowApart: (lang: Lang, silent: number, flawed: number, unknown: number) =>
    [
      silent ? (lang === "id" ? `${silent} daerah belum melapor (tanpa peringkat)` : `${silent} ${silent === 1 ? "region has" : "regions have"} not reported (not ranked)`) : "",
      flawed ? (lang === "id" ? `${flawed} daerah angkanya belum valid (lihat Status Angka; tanpa peringkat)` : `${flawed} ${flawed === 1 ? "region's figures are" : "regions' figures are"} not valid yet (see Figures Status; not ranked)`) : "",
      unknown ? (lang === "id" ? `${unknown} daerah indeksnya tidak diketahui (tidak dihitung)` : `${unknown} ${unknown === 1 ? "region's index is" : "regions' indices are"} unknown (not counted)`) : "",
    ]
      .filter(Boolean)
      .map((x) => ` ${x.replace(/^./, (c) => c.toUpperCase())}.`)
      .join(""),
  rankItem: (lang: Lang, rank: string, name: string, index: string, predicate: string, edition: string | undefined) =>
    `${rank}. ${name} — IID ${index} ${predicate}${edition ? ` (${lang === "id" ? "edisi" : "edition"} ${edition})` : ""}`,
  distributionItem: (lang: Lang, predicate: string, verified: string, claimed: string) =>
    lang === "id" ? `${predicate}: ${verified} daerah (klaim: ${claimed})` : `${predicate}: ${verified} region${verified === "1" ? "" : "s"} (claimed: ${claimed})`,
  notReportedItem: (lang: Lang, name: string) => (lang === "id" ? `${name}: belum melapor (tanpa peringkat)` : `${name}: not reported (not ranked)`),
  /** A region below its target: how far, then its first step (`stepItem`) or, without a plan, its largest gap (`lackItem`). */
  gapItem: (lang: Lang, name: string, need: string, target: string, next: string | undefined) =>
    (lang === "id" ? `${name}: kurang ${need} poin indeks menuju ${target}` : `${name}: ${need} index points short of ${target}`) + (next ? `; ${next}` : ""),
  /** The plan's first step with its gain in index points ("+2,40"), as the terminal and the Rekap sheet give it. */
  stepItem: (lang: Lang, step: string, gain: string) => (lang === "id" ? `langkah pertama: ${step} (${gain} poin indeks)` : `first step: ${step} (${gain} index points)`),
  /** The largest gap, in index points (`index`), else in points of the total score when the maximum is unknown. */
  lackItem: (lang: Lang, what: string, more: string | undefined, points: string, index = true) =>
    `${lang === "id" ? "kekurangan terbesar" : "largest gap"}: ${what} (${more ? `${more}; ` : ""}+${points} ${lang === "id" ? (index ? "poin indeks" : "poin skor total") : index ? "index points" : "points of the total score"})`,
  /** What a gap still needs, as the Rekap sheet says it (`tambah 12 inovasi`). */
  lackMore: (lang: Lang, kind: string, more: string) =>
    kind === "count" ? (lang === "id" ? `tambah ${more} inovasi yang dihitung, masing-masing berskor median` : `${more} more counted innovations, each at the median score`)
    : kind === "yandas" ? (lang === "id" ? `${more} urusan lagi` : `${more} more urusan`)
    : kind === "evidence" ? (lang === "id" ? `${more} jawaban` : `${more} answers`)
    : more,
  /**
   * A run the reader refused: what to fix and where (the pane's list, and the Masalah sheet when the run rewrote it),
   * and the tool's sheets now marked as holding an earlier run's results.
   */
  notScored: (lang: Lang, problemsSheet: boolean, stale: string[]) => {
    const and = (xs: string[]) => xs.join(lang === "id" ? " dan " : " and ");
    const head = lang === "id"
      ? `Belum dapat dinilai. Perbaiki kesalahan di daftar Masalah${problemsSheet ? " (panel ini dan lembar Masalah)" : ""}, lalu klik Nilai lagi.`
      : `Cannot be scored yet. Fix the errors in the Problems list${problemsSheet ? " (this pane and the Masalah sheet)" : ""}, then click Score again.`;
    if (!stale.length) return head;
    return head + (lang === "id"
      ? ` Lembar ${and(stale)} masih memuat hasil penilaian sebelumnya; baris atasnya kini mengatakan demikian.`
      : ` The ${and(stale)} sheet${stale.length > 1 ? "s" : ""} still hold${stale.length > 1 ? "" : "s"} an earlier run's results; ${stale.length > 1 ? "their" : "its"} top row now says so.`);
  },
  /**
   * A failed run left Excel calculating by hand (it sets Manual while it writes, and Excel refused the mode back): what
   * mode Excel is in and how to set the analyst's own back (the next run restores it too).
   */
  calcLeftManual: (lang: Lang, mode: string) => {
    const id = mode === "AutomaticExceptTables" ? "Otomatis kecuali untuk Tabel Data" : "Otomatis";
    const en = mode === "AutomaticExceptTables" ? "Automatic Except for Data Tables" : "Automatic";
    return lang === "id"
      ? `Perhitungan Excel masih Manual (diatur selama penilaian ini): rumus di buku kerja tidak dihitung ulang. Kembalikan lewat Rumus › Opsi Penghitungan › ${id}; penilaian berikutnya juga mengembalikannya.`
      : `Excel's calculation is still Manual (set during this run): formulas in the workbook do not recalculate. Set it back with Formulas › Calculation Options › ${en}; the next run sets it back too.`;
  },
  /**
   * A refused run whose marks Excel would not write (`notScored` says the rest): which sheets, why in Excel's words
   * when it gave a known reason, and the tool's sheets still holding an earlier run's results without the line.
   */
  marksNotWritten: (lang: Lang, code: string | undefined, sheets: string[], stale: string[]) => {
    const and = (xs: string[]) => xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")}${lang === "id" ? " dan " : " and "}${xs.at(-1)}`;
    const why = (code ? EXCEL_REFUSALS[code]?.[lang] : undefined) ?? (lang === "id" ? "Excel menolak menulisnya." : "Excel refused to write them.");
    const head = lang === "id"
      ? `Daftar kesalahan dan tanda "hasil lama" tidak dapat ditulis ke lembar ${and(sheets)}: ${why}`
      : `The error list and the "earlier results" marks could not be written to the ${and(sheets)} sheet${sheets.length > 1 ? "s" : ""}: ${why}`;
    if (!stale.length) return head;
    return head + (lang === "id"
      ? ` Lembar ${and(stale)} masih memuat hasil penilaian sebelumnya, tanpa tanda.`
      : ` The ${and(stale)} sheet${stale.length > 1 ? "s" : ""} still hold${stale.length > 1 ? "" : "s"} an earlier run's results, unmarked.`);
  },
  /** A failure of Excel itself, in words an analyst can act on; the host's internal code is not shown. */
  excelFailed: (lang: Lang, code: string | undefined, what: "score" | "recap" | "template" = "score") => {
    const k = code ? EXCEL_REFUSALS[code] : undefined;
    const retry = lang === "id" ? " Coba lagi; bila tetap gagal, simpan buku kerja lalu buka ulang panel." : " Try again; if it still fails, save the workbook and reopen the pane.";
    const generic = what === "recap"
      ? lang === "id" ? "Excel tidak dapat menulis lembar rekap." : "Excel could not write the recap sheets."
      : what === "template" ? lang === "id" ? "Excel tidak dapat menyisipkan lembar templat." : "Excel could not insert the template sheets."
      : lang === "id" ? "Excel tidak dapat menyelesaikan penilaian." : "Excel could not finish scoring.";
    // a request too large is as large when sent again: its own advice stands alone
    return (k ? k[lang] : generic) + (code === "RequestPayloadSizeLimitExceeded" ? "" : retry);
  },
};
