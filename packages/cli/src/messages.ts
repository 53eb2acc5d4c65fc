import type { MessageLocale } from "@inovasi/core";

/** Every sentence the CLI itself says (usage, files, models), in Bahasa Indonesia; `en` mirrors it key for key. */
const id = {
  unknownCommand: (c: string, meant?: string) => `perintah tidak dikenal: "${c}"${meant ? `; maksudnya ${meant}?` : ""}`,
  missingCommand: () => "perintah belum diberikan",
  pickCommand: (choices: string[]) => `perintah belum lengkap; pilih: ${choices.length > 1 ? `${choices.slice(0, -1).join(", ")} atau ` : ""}${choices.at(-1)}`,
  unknownOption: (o: string, meant?: string) => `opsi tidak dikenal: ${o}${meant ? `; maksudnya ${meant}?` : ""}`,
  missingValue: (o: string, v: string) => `opsi ${o} membutuhkan nilai (${o} <${v}>)`,
  noValueExpected: (o: string) => `opsi ${o} tidak menerima nilai`,
  missingArgument: (a: string) => `argumen wajib belum diberikan: <${a}>`,
  missingFlag: (f: string) => `opsi wajib belum diberikan: ${f}`,
  extraArgument: (a: string) => `argumen berlebih: "${a}"`,
  exclusive: (a: string, b: string) => `${a} dan ${b} tidak dapat dipakai bersama: pilih salah satu`,
  badLang: (v: string) => `bahasa "${v}" tidak tersedia; pilih id atau en`,
  seeHelp: (c: string) => `lihat: inovasi ${c} --help`,
  bug: () => "kesalahan di dalam inovasi (bukan di berkas Anda); mohon laporkan beserta teks berikut:",

  fileNotFound: (p: string) => `berkas tidak ditemukan: ${p}`,
  withXlsx: (p: string) => `berkas tidak ditemukan: ${p}; yang ada: ${p}.xlsx (tulis nama berkas lengkap dengan .xlsx)`,
  isDirectory: (p: string) => `${p} adalah folder, bukan berkas`,
  notReadable: (p: string) => `berkas tidak dapat dibaca (izin akses ditolak): ${p}`,
  readFailed: (p: string) => `berkas tidak dapat dibaca: ${p}`,
  saveAsXlsx: (p: string, ext: string) =>
    `${p}: berkas ${ext} tidak dapat dibaca; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx) (File → Simpan Sebagai → Buku Kerja Excel; di Excel berbahasa Inggris File → Save As → Excel Workbook), lalu jalankan lagi dengan berkas .xlsx itu`,
  legacyOrEncrypted: (p: string) =>
    `${p}: bukan buku kerja .xlsx biasa (berkas .xls lama atau buku kerja yang dilindungi kata sandi); buka di Excel, hapus kata sandi bila ada, lalu simpan sebagai Buku Kerja Excel (.xlsx)`,
  corruptWorkbook: (p: string) => `${p}: isi buku kerja rusak atau tidak lazim sehingga tidak dapat dibaca; buka di Excel lalu simpan ulang sebagai Buku Kerja Excel (.xlsx)`,
  notXlsxName: (p: string) => `${p}: nama berkas keluaran harus berakhiran .xlsx`,
  outputExists: (p: string) => `berkas keluaran sudah ada: ${p}; tidak diganti. Pakai --overwrite untuk menggantinya, atau -o untuk nama lain`,
  outputIsInput: () => "berkas keluaran harus berbeda dari masukan (masukan tidak pernah diubah)",
  writeFailed: (p: string) => `berkas tidak dapat ditulis: ${p}`,
  dirMissing: (p: string) => `folder untuk berkas keluaran tidak ada: ${p}`,

  jsonSyntax: (p: string, line: number, col: number, what: string) => `${p}, baris ${line} kolom ${col}: JSON tidak sah — ${what}`,
  modelInvalid: (p: string, n: number) => `${p}: model tidak sah (${n} kesalahan); perbaiki lalu periksa dengan: inovasi model check ${p}`,
  modelEmpty: (p: string) => `${p}: berkas kosong; sebuah model adalah objek JSON, mis. { "extends": "iid-2026", … }`,
  modelNotObject: (p: string) => `${p}: isi berkas harus satu objek JSON { … }, mis. { "extends": "iid-2026", … }`,

  templateWritten: (p: string, e: string) => `templat ditulis: ${p} (${e})`,
  templateNext: (score: string) => `Berikutnya: isi lembar Pengaturan, Perangkat Daerah, Inovasi dan SPD (lembar Petunjuk menjelaskan setiap kolom), lalu: ${score}`,
  scoredWritten: (p: string) => `salinan bernilai: ${p}`,
  copyKept: (p: string) => `${p} tidak diganti: isinya masih hasil penilaian sebelumnya`,
  notScored: (p: string) => `tidak dinilai, tidak ada salinan yang ditulis: perbaiki yang tercantum di atas di ${p}, lalu jalankan lagi`,
  notPlanned: (p: string) => `tidak ada rencana: perbaiki yang tercantum di atas di ${p}, lalu jalankan lagi`,
  // `inovasi plan` on what holds no one region: say what to run instead (audit36)
  planFolder: (p: string, example: string | undefined) =>
    `${p} adalah folder: rencana dibuat untuk satu kab/kota — jalankan inovasi plan pada satu buku kerjanya${example ? `, mis. inovasi plan ${example}` : ` (folder ini tidak memuat berkas .xlsx)`}; angka semua daerah di folder itu: inovasi rekap -o rekap.xlsx ${p}`,
  planOwnBook: (p: string, kind: "recap" | "comparison") =>
    kind === "recap"
      ? `${p} adalah rekap buatan inovasi (lembar Rekap), bukan buku kerja satu daerah: rekap sudah memuat indeks, predikat dan kekurangan ke target setiap daerah; untuk rencana satu kab/kota, jalankan inovasi plan pada buku kerjanya yang dinilai (namanya di kolom Berkas lembar Rekap), mis. inovasi plan kab-contoh.scored.xlsx`
      : `${p} adalah banding buatan inovasi (lembar Banding), bukan buku kerja satu daerah: untuk rencana satu kab/kota, jalankan inovasi plan pada buku kerjanya yang dinilai, mis. inovasi plan kab-contoh.scored.xlsx`,
  // `inovasi score` on a recap or comparison this tool wrote: what it is and what to run, not four missing sheets
  scoreOwnBook: (p: string, kind: "recap" | "comparison") =>
    kind === "recap"
      ? `${p} adalah rekap buatan inovasi (lembar Rekap), bukan buku kerja satu daerah, maka tidak dinilai: rekap sudah memuat indeks dan predikat setiap daerah. Untuk menilai satu kab/kota, jalankan inovasi score pada buku kerjanya (namanya di kolom Berkas lembar Rekap), mis. inovasi score kab-contoh.xlsx; untuk rekap yang baru, jalankan lagi inovasi rekap pada folder buku kerja kab/kota, mis. inovasi rekap kabkota/ -o rekap.xlsx`
      : `${p} adalah banding buatan inovasi (lembar Banding), bukan buku kerja satu daerah, maka tidak dinilai. Untuk menilai satu kab/kota, jalankan inovasi score pada buku kerjanya, mis. inovasi score kab-contoh.xlsx; untuk banding yang baru, jalankan lagi inovasi banding pada kedua buku kerjanya, mis. inovasi banding kab-2025.xlsx kab-2026.xlsx`,
};

type CliMessages = typeof id;

const en: CliMessages = {
  unknownCommand: (c, meant) => `unknown command: "${c}"${meant ? `; did you mean ${meant}?` : ""}`,
  missingCommand: () => "no command given",
  pickCommand: (choices) => `incomplete command; choose: ${choices.length > 1 ? `${choices.slice(0, -1).join(", ")} or ` : ""}${choices.at(-1)}`,
  unknownOption: (o, meant) => `unknown option: ${o}${meant ? `; did you mean ${meant}?` : ""}`,
  missingValue: (o, v) => `option ${o} needs a value (${o} <${v}>)`,
  noValueExpected: (o) => `option ${o} does not take a value`,
  missingArgument: (a) => `missing required argument: <${a}>`,
  missingFlag: (f) => `missing required option: ${f}`,
  extraArgument: (a) => `unexpected argument: "${a}"`,
  exclusive: (a, b) => `${a} and ${b} cannot be used together: choose one`,
  badLang: (v) => `language "${v}" is not available; choose id or en`,
  seeHelp: (c) => `see: inovasi ${c} --help`,
  bug: () => "an error inside inovasi (not in your file); please report it with the text below:",

  fileNotFound: (p) => `file not found: ${p}`,
  withXlsx: (p) => `file not found: ${p}; there is ${p}.xlsx (write the file name in full, with .xlsx)`,
  isDirectory: (p) => `${p} is a folder, not a file`,
  notReadable: (p) => `file cannot be read (permission denied): ${p}`,
  readFailed: (p) => `file cannot be read: ${p}`,
  saveAsXlsx: (p, ext) =>
    `${p}: a ${ext} file cannot be read; open it in Excel and save it as an Excel Workbook (.xlsx) (File → Save As → Excel Workbook), then run again with that .xlsx file`,
  legacyOrEncrypted: (p) =>
    `${p}: not a plain .xlsx workbook (an old .xls file or a password-protected workbook); open it in Excel, remove the password if any, and save it as an Excel Workbook (.xlsx)`,
  corruptWorkbook: (p) => `${p}: the workbook's content is damaged or unusual and cannot be read; open it in Excel and save it again as an Excel Workbook (.xlsx)`,
  notXlsxName: (p) => `${p}: the output file name must end in .xlsx`,
  outputExists: (p) => `output file already exists: ${p}; not replaced. Use --overwrite to replace it, or -o for another name`,
  outputIsInput: () => "the output must differ from the input (the input is never changed)",
  writeFailed: (p) => `file cannot be written: ${p}`,
  dirMissing: (p) => `the folder for the output file does not exist: ${p}`,

  jsonSyntax: (p, line, col, what) => `${p}, line ${line} column ${col}: invalid JSON — ${what}`,
  modelInvalid: (p, n) => `${p}: the model is not valid (${n} error${n === 1 ? "" : "s"}); fix it and check with: inovasi model check ${p}`,
  modelEmpty: (p) => `${p}: the file is empty; a model is a JSON object, e.g. { "extends": "iid-2026", … }`,
  modelNotObject: (p) => `${p}: the file must hold one JSON object { … }, e.g. { "extends": "iid-2026", … }`,

  templateWritten: (p, e) => `template written: ${p} (${e})`,
  templateNext: (score) => `Next: fill in the sheets Pengaturan, Perangkat Daerah, Inovasi and SPD (the Petunjuk sheet explains every column), then: ${score}`,
  scoredWritten: (p) => `scored copy: ${p}`,
  copyKept: (p) => `${p} was not replaced: it still holds an earlier run's results`,
  notScored: (p) => `nothing scored, no copy written: fix what is listed above in ${p}, then run again`,
  notPlanned: (p) => `no plan: fix what is listed above in ${p}, then run again`,
  planFolder: (p, example) =>
    `${p} is a folder: a plan is made for one kab/kota — run inovasi plan on one of its workbooks${example ? `, e.g. inovasi plan ${example}` : ` (this folder holds no .xlsx file)`}; the figures of every region in that folder: inovasi rekap -o rekap.xlsx ${p}`,
  planOwnBook: (p, kind) =>
    kind === "recap"
      ? `${p} is a recap made by inovasi (Rekap sheet), not one region's workbook: the recap already holds each region's index, predicate and shortfall to the target; for one kab/kota's plan, run inovasi plan on its scored workbook (named in the Rekap sheet's Berkas column), e.g. inovasi plan kab-contoh.scored.xlsx`
      : `${p} is a comparison (banding) made by inovasi (Banding sheet), not one region's workbook: for one kab/kota's plan, run inovasi plan on its scored workbook, e.g. inovasi plan kab-contoh.scored.xlsx`,
  scoreOwnBook: (p, kind) =>
    kind === "recap"
      ? `${p} is a recap made by inovasi (Rekap sheet), not one region's workbook, so it is not scored: the recap already holds each region's index and predicate. To score one kab/kota, run inovasi score on its workbook (named in the Rekap sheet's Berkas column), e.g. inovasi score kab-contoh.xlsx; for a new recap, run inovasi rekap again on the folder of kab/kota workbooks, e.g. inovasi rekap kabkota/ -o rekap.xlsx`
      : `${p} is a comparison (banding) made by inovasi (Banding sheet), not one region's workbook, so it is not scored. To score one kab/kota, run inovasi score on its workbook, e.g. inovasi score kab-contoh.xlsx; for a new comparison, run inovasi banding again on both its workbooks, e.g. inovasi banding kab-2025.xlsx kab-2026.xlsx`,
};

/** The CLI's own sentences in the chosen language. */
export function say(locale: MessageLocale): CliMessages {
  return locale === "en" ? en : id;
}
