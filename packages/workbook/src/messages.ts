import type { Issue, IssueSeverity, MessageLocale } from "@inovasi/core";
import { formatIssue } from "@inovasi/core";
import { VALUE_MESSAGES_EN, VALUE_MESSAGES_ID, type ValueIssueCode, tierEn, tierId } from "./value-messages.js";
import { HEADER_MESSAGES_EN, HEADER_MESSAGES_ID, type HeaderIssueCode } from "./header-messages.js";
import { countText } from "./number-text.js";
import { unitAfterEn as one } from "./english-units.js";

/** " orang" after a value, nothing for a measure without a unit (the IPM). */
const unit = (p: Record<string, string | number | undefined>) => (p.unit ? ` ${p.unit}` : "");

/** Problems only a worksheet can have (the core's own issue codes cover answers, agencies, eligibility …). */
export type SheetIssueCode =
  | "sheet_missing"
  | "column_missing"
  | "column_duplicate"
  | "column_unknown_indicator"
  | "indicator_column_missing"
  | "required"
  | "not_a_number"
  | "not_an_integer"
  | "not_a_date"
  | "date_day_first"
  | "formula_error"
  | "formula_without_value"
  | "formula_computed"
  | "number_ambiguous"
  | "percent_as_fraction"
  | "unknown_label"
  | "option_ambiguous"
  | "unknown_agency_type"
  | "agency_type_blank"
  | "agencies_none"
  | "option_word_other_level"
  | "rule_part_without_rule"
  | "unknown_measure_label"
  | "measure_label_required"
  | "spd_total_row_missing"
  | "evidence_without_answer"
  | "unknown_evidence"
  | "evidence_ambiguous"
  | "evidence_unclear"
  | "evidence_word_read"
  | "evidence_with_remark"
  | "evidence_remark_unread"
  | "evidence_link"
  | "unknown_spd_code"
  | "spd_code_duplicate"
  | "sheet_not_read"
  | "edition_by_year"
  | "innovation_duplicate"
  | "edition_unknown"
  | "edition_mismatch"
  | "edition_year_mismatch"
  | "level_name_mismatch"
  | "level_from_name"
  | "agency_list_number"
  | "agency_read_as_listed"
  | "output_cell_not_ours"
  | "evidence_for_earlier_tier"
  | "plan_effort_not_positive"
  | "plan_effort_indicator_unknown"
  | "plan_effort_tier_unknown"
  | "plan_steps_not_whole"
  | "plan_target_unknown"
  | "summary_sheet_not_ours"
  | ValueIssueCode
  | HeaderIssueCode;

type P = Record<string, string | number | undefined>;

/** The four evidence statuses a `Bukti` cell holds, as the template's list offers them. */
const STATUSES_ID = `"Diterima", "Menunggu", "Tidak Ada" atau "Ditolak" (kosong = Menunggu)`;
// the English words the column reads too (EVIDENCE_LABELS), named as an English speaker types them (audit38)
const STATUSES_EN = `"Diterima" (accepted), "Menunggu" (pending), "Tidak Ada" (missing) or "Ditolak" (rejected) (blank = Menunggu), or in English "Accepted", "Pending", "Missing" or "Rejected"`;
const cellsEn = (n: string | number | undefined) => `${countText(n, "en")} cell${n === 1 ? "" : "s"}`;
type Msg = (p: P) => string;
/**
 * A cell that cannot be read: what is taken meanwhile — a Ditolak cell rejected (as `rejected_unreadable` says), a
 * Jumlah Keikutsertaan more than allowed, a Jumlah Kata fewer than asked.
 */
const rejectedId = (p: P) =>
  p.rejected ? "; sampai diperbaiki inovasi ini dianggap ditolak (tidak dihitung)"
  : p.entriesOver !== undefined ? `; sampai diperbaiki, inovasi ini dianggap sudah diikutkan lebih dari ${p.entriesOver} kali: tidak dihitung dalam proyeksi terverifikasi`
  : p.wordsUnder !== undefined ? `; sampai diperbaiki, rancang bangunnya dianggap kurang dari ${p.wordsUnder} kata: inovasi ini tidak dihitung dalam proyeksi terverifikasi`
  : p.ruleOff ? "; sampai diperbaiki, aturan wajib inovasi per perangkat daerah tidak diperiksa (tidak ada daftar belum patuh); tulis jumlah minimal inovasinya, mis. 1"
  : p.targetOff ? "; sampai diperbaiki, target jumlah inovasi daerah tidak diperiksa (Ringkasan dan Rencana tanpa target ini); tulis jumlah inovasi yang ditargetkan, mis. 30"
  : p.notReported ? "; sampai diperbaiki daerah ini dianggap tidak melapor (indeks 0, tidak dihitung melapor di rekap provinsi)"
  : "";
/** A year that is no one year ("2026/2027"): what to write, and what holds meanwhile (the region's year, an innovation's). */
const yearId = (p: P) =>
  !p.oneYear ? "" : `; tulis satu tahun saja, mis. 2026${p.oneYear === 2 ? "; sampai diperbaiki daerah ini tidak dinilai" : "; sampai diperbaiki, aturan dan target daerah menghitung inovasi ini pada Tahun Penilaian"}`;
const yearEn = (p: P) =>
  !p.oneYear ? "" : `; write one year, e.g. 2026${p.oneYear === 2 ? "; until corrected the region is not scored" : "; until corrected, the region's rules and targets count this innovation in the Tahun Penilaian"}`;
const rejectedEn = (p: P) =>
  p.rejected ? "; until corrected the innovation is taken as rejected (not counted)"
  : p.entriesOver !== undefined ? `; until corrected, the innovation is taken as entered more than ${p.entriesOver} times: it does not count in the verified projection`
  : p.wordsUnder !== undefined ? `; until corrected, its design is taken as shorter than ${p.wordsUnder} words: the innovation does not count in the verified projection`
  : p.ruleOff ? "; until corrected, the rule of innovations per agency is not checked (no list of non-compliant agencies); write the minimum number of innovations, e.g. 1"
  : p.targetOff ? "; until corrected, the region's innovation count target is not checked (Ringkasan and the plan leave it out); write the number of innovations targeted, e.g. 30"
  : p.notReported ? "; until corrected the region is taken as not reporting (index 0, not counted as reporting in the province recap)"
  : "";

/** What an agency read as Lainnya costs (an unknown or blank Jenis): the rule checks it only when Lainnya is among its types. */
const asOtherId = (p: Parameters<Msg>[0]) => `, yang diperiksa aturan wajib inovasi (dan daftar belum patuh) hanya bila "${p.as}" termasuk jenis yang wajib`;
const asOtherEn = (p: Parameters<Msg>[0]) => `, which the innovation rule (and the list of agencies not compliant) checks only when "${p.as}" is among the types it covers`;

const id: Record<SheetIssueCode, Msg> = {
  ...VALUE_MESSAGES_ID,
  ...HEADER_MESSAGES_ID,
  sheet_missing: (p) => `lembar "${p.sheet}" tidak ada; lembar yang ada: ${p.allowed}`,
  column_missing: (p) => `kolom "${p.column}" tidak ditemukan di baris judul${p.near ? `; mungkin maksudnya judul "${p.near}" ini: ganti menjadi "${p.column}"` : ""}${p.seen ? `; baris ${p.row} berisi ${p.seen}` : ""}${p.meanwhile ? `; sampai ada, jenis dibaca dari kata awal nama ("Dinas …": OPD), selain itu "${p.meanwhile}"` : ""}`,
  column_duplicate: (p) => `kolom "${p.column}" muncul lebih dari sekali; yang dipakai kolom ${p.used}${p.hidden ? ` (tersembunyi: kolom ${p.hidden})` : ""}`,
  column_unknown_indicator: (p) =>
    p.removed
      ? `kolom "${p.column}" adalah indikator ${p.removed} edisi dasar ${p.base}, yang dihapus oleh ${p.edition} ("$remove"); kolom ini tidak dinilai`
      : `kolom "${p.column}" tidak cocok dengan indikator mana pun di edisi ${p.edition}; kolom ini diabaikan`,
  indicator_column_missing: (p) =>
    `kolom jawaban indikator ${p.mandatory ? "wajib " : ""}${p.indicator} ("${p.column}") tidak ada; ${p.mandatory ? "tidak ada inovasi yang dihitung dalam proyeksi terverifikasi" : "indikator ini dianggap belum dijawab"}` +
    (p.refused
      ? `; kolom "${p.near}" ini tidak dibaca sebagai ${p.indicator} ${p.name}: sebagian besar isinya bukan jawaban indikator ini (${p.refused} dari ${p.filled} sel)`
      : p.near ? `; judul "${p.near}" ini tidak dibaca — mungkin maksudnya ${p.indicator} ${p.name}? beri judul "${p.column}"` : ""),
  required: (p) => `"${p.column}" wajib diisi${p.allowed ? `; pilihan: ${p.allowed}` : ""}`,
  level_name_mismatch: (p) => `Nama Daerah "${p.name}" menyebut ${p.named}, tetapi Tingkat "${p.given}"; periksa Tingkat (atau Nama Daerah): daerah dicocokkan dengan tahun lalu dan dengan daftar daerah menurut nama dan tingkat`,
  level_from_name: (p) => `"Tingkat" kosong; dibaca ${p.named} dari Nama Daerah "${p.name}" — isi Tingkat (pilihan: "Provinsi", "Kabupaten", "Kota") bila itu salah`,
  agency_read_as_listed: (p) =>
    `"${p.given}" dibaca "${p.name}", nama di lembar Perangkat Daerah: keduanya sama bila nama daerah (${p.region}) diabaikan${p.more ? `; begitu pula ${p.more} sel lain dengan nama ini` : ""}`,
  agency_list_number: (p) => `nomor urut "${p.number}" di depan "${p.given}" bukan bagian nama perangkat daerah; dibaca "${p.name}", nama yang dicocokkan dengan lembar Inovasi`,
  not_a_number: (p) => `"${p.given}" bukan angka (contoh yang sah: 12, 1,5, 1.234,5)`,
  not_an_integer: (p) => `"${p.given}" bukan bilangan bulat${rejectedId(p)}${yearId(p)}`,
  not_a_date: (p) =>
    `"${p.given}" bukan tanggal (contoh yang sah: 2024-03-01, 01/03/2024 atau 1 Maret 2024)` +
    (p.slashes ? `; tanggal bergaris miring dibaca hari dulu (HH/BB/TTTT): hari ${p.day} bulan ${p.month}${p.monthFirst ? `, padahal tidak ada bulan ${p.month}; bila yang dimaksud ${p.monthFirst}, tulis ${p.written} atau ${p.iso}` : ""}` : "") +
    (p.yearOut ? `; tahun saja tidak dibaca: ${p.part ? "sebagian" : "seluruh"} tahun ${p.yearOut} di luar rentang ${p.from} s.d. ${p.to}, jadi tanggalnya menentukan penilaian — tulis tanggal lengkapnya` : ""),
  date_day_first: (p) =>
    `"${p.given}" dibaca hari dulu (HH/BB/TTTT) sebagai ${p.date}, tetapi tanggal lain di lembar ini ditulis bulan dulu ("${p.seen}" di ${p.at}); bila yang dimaksud ${p.other}, tulis ${p.iso}`,
  formula_error: (p) => `rumus di sel ini menghasilkan kesalahan ${p.given}, jadi "${p.column}" tidak terbaca${rejectedId(p)}; perbaiki rumusnya atau ketik nilainya`,
  formula_without_value: (p) =>
    `${p.formula ? `rumus ${p.formula}` : "rumus di sel ini"} belum punya nilai tersimpan (berkas disimpan oleh aplikasi yang tidak menghitung rumus), jadi "${p.column}" tidak terbaca${rejectedId(p)}; buka berkas di Excel lalu simpan (Excel menghitung dan menyimpan hasilnya), atau ketik nilainya`,
  formula_computed: (p) =>
    `rumus ${p.formula} belum punya nilai tersimpan (berkas disimpan oleh aplikasi yang tidak menghitung rumus); karena hanya berisi angka, hasilnya dihitung di sini: ${p.value}; buka berkas di Excel lalu simpan agar nilainya tersimpan`,
  number_ambiguous: (p) => `"${p.given}" dibaca sebagai ${p.value} (titik sebagai pemisah ribuan, koma sebagai desimal); bila maksudnya ${p.other}, tulis "${p.otherText}"`,
  percent_as_fraction: (p) =>
    p.max
      ? `${p.typed ? `"${p.given}"` : `nilai ${p.given}`} dibaca sebagai ${p.value ?? p.given}${unit(p)}${tierId(p.tier)}, padahal "${p.measure}" bernilai 0–${p.max}, bukan rasio 0–1; bila maksudnya ${p.percent}${unit(p)}${tierId(p.otherTier)}, tulis ${p.percent}`
      : `${p.typed ? `"${p.given}"` : `nilai ${p.given}`} dibaca sebagai ${p.value ?? p.given} %${tierId(p.tier)}; bila maksudnya ${p.percent} %${tierId(p.otherTier)}, tulis ${p.percent} atau format sel sebagai persen`,
  unknown_label: (p) =>
    `isian "${p.given}" tidak dikenal untuk "${p.column}"${p.meant ? `; mungkin maksudnya salah satu dari ${p.meant}: tulis yang benar` : ""}; pilihan yang sah: ${p.allowed}` +
    (p.kept === undefined ? "" : `; sampai diperbaiki, aturan ${p.kept ? `memakai ${p.kept} saja` : `tidak dibatasi oleh "${p.column}"`}`) +
    rejectedId(p),
  option_ambiguous: (p) => `pilihan "${p.given}" untuk indikator ${p.indicator} cocok dengan lebih dari satu pilihan (${p.options}); tulis pilihan yang dimaksud${p.mandatory ? "; indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi" : ""}`,
  agency_type_blank: (p) =>
    `"Jenis" wajib diisi${p.allowed ? ` (pilihan: ${p.allowed})` : ""}; sampai diisi, "${p.agency}" dibaca sebagai jenis "${p.as}"${p.word ? ` menurut kata "${p.word}" pada namanya` : asOtherId(p)}`,
  agencies_none: (p) =>
    `lembar ini tidak memuat perangkat daerah${p.named ? `; lembar Inovasi menyebut ${p.named} (${p.examples}${Number(p.named) > 3 ? ", …" : ""})` : ""}: perangkat daerah inovasi tidak diperiksa${p.rules ? ` dan aturan wajib inovasi tidak dapat dinilai (bukan "semua patuh")` : ""} — isi Nama dan Jenis di bawah baris judul`,
  unknown_agency_type: (p) => `jenis "${p.given}" tidak dikenal; pilihan yang sah: ${p.allowed}; sampai diperbaiki, "${p.agency}" dibaca sebagai jenis "${p.as}"${asOtherId(p)}`,
  option_word_other_level: (p) => `"${p.word}" adalah sebutan untuk ${p.wordLevel}, padahal Tingkat daerah ini di lembar Pengaturan "${p.level}"; "${p.given}" tetap dibaca sebagai ${p.option} — periksa apakah dokumennya milik daerah ini`,
  rule_part_without_rule: (p) => `"${p.column}" hanya berlaku untuk aturan daerah, yang belum ada: isi juga "${p.rule}" (minimal 1), atau kosongkan sel ini; isian ini tidak dipakai`,
  unknown_measure_label: (p) =>
    `dasar ukur "${p.given}" tidak dikenal untuk indikator ${p.indicator}; pilihan yang sah: ${p.allowed}${p.unscored ? "; sampai diperbaiki jawaban ini tidak mendapat tingkat (0)" : ""}${p.mandatory ? "; indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi" : ""}`,
  measure_label_required: (p) => `indikator ${p.indicator} punya beberapa dasar ukur; isi kolom ${p.column}: ${p.allowed}${p.given ? ` (dasar ukur dalam persen, untuk "${p.given}")` : ""}`,
  spd_total_row_missing: (p) => `edisi ${p.edition} tidak memuat baris SPD; tambahkan baris "${p.row}" di lembar Pengaturan dan isi total skor SPD di kolom Nilai (maksimum ${p.max})`,
  evidence_without_answer: (p) => `status bukti "${p.given}" diisi tetapi indikator ${p.indicator} belum dijawab`,
  unknown_evidence: (p) =>
    `status bukti "${p.given}" tidak dikenal untuk "${p.column}"; kolom ini berisi status bukti dukung: ${STATUSES_ID}; "Ada", "Ya" atau "✓" dibaca "Menunggu", "Tidak" atau "Belum" dibaca "Tidak Ada"; sampai diperbaiki dibaca sebagai "Menunggu"`,
  evidence_ambiguous: (p) =>
    `status bukti "${p.given}" bisa berarti ada (tanda silang sebagai centang) atau tidak ada; tulis "Tidak Ada" bila buktinya tidak ada, atau "Menunggu" / "Diterima" bila ada; sampai diperbaiki dibaca sebagai "Menunggu"`,
  evidence_unclear: (p) =>
    `status bukti "${p.given}" ${p.kind === "ok" ? "bisa berarti buktinya ada atau sudah diterima verifikator" : "tidak menyebut apakah verifikator IID sudah menerimanya (pemeriksaan oleh tim daerah sendiri belum berarti diterima)"}; tulis "Diterima" bila verifikator sudah menerimanya, ${p.kind === "ok" ? "" : `"Ditolak" bila menolaknya, `}atau "Menunggu" bila ${p.kind === "ok" ? "buktinya ada tetapi belum diterima" : "belum diperiksa"}; sampai diperbaiki dibaca sebagai "Menunggu"`,
  evidence_word_read: (p) =>
    `status bukti ${p.words} (${countText(p.count, "id")} sel di lembar ini) dibaca sebagai "${p.as}"${p.status === "pending" ? `: buktinya ada tetapi belum diterima verifikator, jadi dihitung dalam proyeksi klaim, tidak dalam proyeksi terverifikasi; tulis "Diterima" bila verifikator sudah menerimanya` : ""}`,
  evidence_with_remark: (p) =>
    `status bukti ${p.words} (${countText(p.count, "id")} sel di lembar ini) dibaca dari status di awalnya ("${p.given}" sebagai "${p.as}"); catatan sesudahnya tidak dinilai dan tetap di sel`,
  evidence_remark_unread: (p) =>
    `status bukti "${p.given}" diawali "${p.as}", tetapi catatan sesudahnya bisa mengubahnya (mis. belum lengkap, perlu revisi, atau status lain); tulis statusnya saja di kolom ini${p.as === "Diterima" ? ' ("Diterima" hanya bila verifikator sudah menerimanya tanpa syarat)' : ""} dan catatannya di kolom lain; sampai diperbaiki dibaca sebagai "Menunggu"`,
  evidence_link: (p) =>
    `"${p.given}" adalah tautan atau nama berkas, bukan status bukti (${countText(p.count, "id")} sel di lembar ini); dibaca sebagai "Menunggu" (dihitung dalam proyeksi klaim, tidak dalam proyeksi terverifikasi). Kolom Bukti berisi status bukti dukung: ${STATUSES_ID}; simpan tautannya di kolom lain tanpa nomor indikator, mis. "Tautan Bukti"`,
  unknown_spd_code: (p) =>
    p.allowed
      ? `kode "${p.given}" bukan indikator SPD edisi ${p.edition}; yang sah: ${p.allowed}`
      : `kode "${p.given}" tidak dinilai: edisi ${p.edition} tidak memuat baris SPD; isi total skor SPD pada "Total SPD" di lembar Pengaturan`,
  sheet_not_read: (p) => `lembar "${p.sheet}" memuat ${countText(p.count, "id")} baris di bawah kolom "${p.column}", tetapi hanya lembar "${p.main}"${p.hidden ? " (tersembunyi)" : ""} yang dinilai; pindahkan barisnya ke lembar "${p.main}" bila ikut dinilai`,
  spd_code_duplicate: (p) => `indikator ${p.indicator} ("${p.given}") sudah ada di ${p.used}; baris ini diabaikan, yang dinilai baris pertama`,
  innovation_duplicate: (p) => `inovasi "${p.given}" dari "${p.agency}" sudah tercantum di ${p.used}; keduanya dinilai — hapus salah satu bila tercatat dua kali`,
  edition_by_year: (p) => `edisi model "${p.given}" dibaca sebagai "${p.used}", satu-satunya edisi bawaan untuk tahun ${p.year}; tulis "${p.used}" agar pasti`,
  edition_unknown: (p) => `edisi model "${p.given}" tidak dikenal; yang tersedia: ${p.allowed}; bila ini model provinsi sendiri, pakai berkas modelnya: --model <model.json> pada perintah inovasi (score, plan, rekap, banding), atau "Model provinsi" di panel add-in`,
  edition_mismatch: (p) => `buku kerja menyebut edisi "${p.given}", tetapi dinilai dengan edisi "${p.used}" yang dipilih`,
  edition_year_mismatch: (p) => {
    const kind = p.province ? "model provinsi" : "edisi";
    const by =
      p.source === "chosen" ? `dinilai dengan ${kind} "${p.used}" yang dipilih` :
      p.source === "default" ? `"Edisi Model"${p.editionCell ? ` (${p.editionCell})` : ""} kosong, jadi dinilai dengan edisi bawaan "${p.used}"` :
      `"Edisi Model" (${p.editionCell}) menyebut ${kind} "${p.used}"`;
    const fix = !p.fit
      ? `tidak ada edisi bawaan untuk tahun ${p.year} (yang ada: ${p.shipped}); periksa Tahun Penilaian`
      : p.province
        ? `untuk tahun ${p.year} pakai model provinsi untuk tahun itu (mis. yang "extends": "${p.fit}"), atau perbaiki Tahun Penilaian bila salah ketik`
        : p.source === "chosen"
          ? `untuk tahun ${p.year} pilih edisi "${p.fit}" (--edition ${p.fit} pada perintah inovasi, atau daftar edisi di panel add-in), atau perbaiki Tahun Penilaian bila salah ketik`
          : `untuk tahun ${p.year} tulis "${p.fit}" di "Edisi Model"${p.editionCell ? ` (${p.editionCell})` : ""}, atau perbaiki Tahun Penilaian bila salah ketik`;
    const caveat = p.fit && p.projected ? ` (${p.fit} memakai angka proyeksi atau turunan, bukan angka resmi)` : "";
    return `Tahun Penilaian ${p.year}, tetapi ${by}, yang menilai ${p.province ? "tahun" : "IGA"} ${p.usedYear}: predikat, ambang dan aturannya dari tahun ${p.usedYear}; ${fix}${caveat}`;
  },
  output_cell_not_ours: (p) =>
    p.formula
      ? `sel keluaran berisi rumus yang hasilnya kosong, tidak ditulis oleh alat ini; tidak ditimpa (${p.host ? "hapus rumusnya lalu nilai ulang" : "hapus rumusnya, atau pakai --overwrite untuk menimpa"})`
      : `sel keluaran berisi "${p.given}" yang tidak ditulis oleh alat ini; tidak ditimpa (${p.host ? "kosongkan selnya lalu nilai ulang" : "pakai --overwrite untuk menimpa"})`,
  evidence_for_earlier_tier: (p) =>
    `jawaban ${p.indicator} di ${p.answer} berubah sejak penilaian terakhir (tingkat ${p.from} → ${p.to}), tetapi Bukti ini masih "Diterima", status yang diberikan untuk jawaban tingkat ${p.from}; ketik "Menunggu" di sel ini sampai verifikator menerima bukti tingkat ${p.to} — biarkan "Diterima" bila verifikator sudah menerimanya; sampai diubah, skor terverifikasi menghitung tingkat ${p.to}`,
  plan_effort_not_positive: (p) => `upaya "${p.given}" harus angka lebih dari 0 (mis. 1 atau 2,5); dipakai nilai bawaan ${p.default}`,
  plan_effort_indicator_unknown: (p) => `indikator "${p.given}" tidak ada di edisi ${p.edition}${p.near ? `; maksudnya ${p.near}?` : ""}; baris ini tidak dipakai (tulis kode indikator, mis. ${p.example})`,
  plan_effort_tier_unknown: (p) =>
    p.evidence
      ? `upaya bukti dukung tidak dibedakan per tingkat; tulis "${p.evidence}" tanpa "ke ${p.given}"; baris ini tidak dipakai`
      : `indikator ${p.indicator} tidak punya tingkat ${p.given} untuk dinaiki (tingkatnya: ${p.tiers}); baris ini tidak dipakai`,
  plan_steps_not_whole: (p) => `batas langkah "${p.given}" harus bilangan bulat 1 atau lebih (mis. 500); dipakai batas bawaan ${p.default}`,
  plan_target_unknown: (p) => `target rencana "${p.given}" tidak dikenal; tulis nilai indeks lebih dari 0 sampai 100 (mis. 50 atau 50,5) atau predikat: ${p.allowed}; dipakai predikat berikutnya`,
  summary_sheet_not_ours: (p) => `lembar "${p.sheet}" sudah ada dan bukan buatan alat ini; tidak ditimpa (${p.host ? "ganti namanya lalu nilai ulang" : "pakai --overwrite untuk menimpa"})`,
};

const en: Record<SheetIssueCode, Msg> = {
  ...VALUE_MESSAGES_EN,
  ...HEADER_MESSAGES_EN,
  sheet_missing: (p) => `sheet "${p.sheet}" is missing; sheets present: ${p.allowed}`,
  column_missing: (p) => `column "${p.column}" not found in the header row${p.near ? `; perhaps the header "${p.near}" here is meant: rename it "${p.column}"` : ""}${p.seen ? `; row ${p.row} holds ${p.seen}` : ""}${p.meanwhile ? `; until then, the type is read from the name's first word ("Dinas …": OPD), else "${p.meanwhile}"` : ""}`,
  column_duplicate: (p) => `column "${p.column}" appears more than once; using column ${p.used}${p.hidden ? ` (hidden: column ${p.hidden})` : ""}`,
  column_unknown_indicator: (p) =>
    p.removed
      ? `column "${p.column}" is indicator ${p.removed} of the base edition ${p.base}, which ${p.edition} removes ("$remove"); the column is not scored`
      : `column "${p.column}" matches no indicator of edition ${p.edition}; ignored`,
  indicator_column_missing: (p) =>
    `answer column of ${p.mandatory ? "mandatory " : ""}indicator ${p.indicator} ("${p.column}") is missing; ${p.mandatory ? "no innovation counts in the verified projection" : "the indicator counts as unanswered"}` +
    (p.refused
      ? `; the column "${p.near}" here is not read as ${p.indicator} ${p.name}: most of its cells are no answers of this indicator (${p.refused} of ${p.filled} cells)`
      : p.near ? `; the header "${p.near}" here is not read — perhaps ${p.indicator} ${p.name} is meant? head it "${p.column}"` : ""),
  required: (p) => `"${p.column}" is required${p.allowed ? `; choices: ${p.allowed}` : ""}`,
  level_name_mismatch: (p) => `Nama Daerah "${p.name}" says ${p.named}, but Tingkat is "${p.given}"; check Tingkat (or Nama Daerah): a region is matched with last year's and with the list of regions by name and level`,
  level_from_name: (p) => `"Tingkat" is empty; read as ${p.named} from Nama Daerah "${p.name}" — fill in Tingkat (choices: "Provinsi", "Kabupaten", "Kota") if that is wrong`,
  agency_read_as_listed: (p) =>
    `"${p.given}" is read as "${p.name}", the name on the Perangkat Daerah sheet: the two are the same once the region's name (${p.region}) is left aside${p.more ? `; so are ${p.more} other cells with this name` : ""}`,
  agency_list_number: (p) => `the list number "${p.number}" before "${p.given}" is not part of the agency's name; read as "${p.name}", the name matched with the Inovasi sheet`,
  not_a_number: (p) => `"${p.given}" is not a number (valid: 12, 1,5, 1.234,5)`,
  not_an_integer: (p) => `"${p.given}" is not a whole number${rejectedEn(p)}${yearEn(p)}`,
  not_a_date: (p) =>
    `"${p.given}" is not a date (valid: 2024-03-01, 01/03/2024 or 1 March 2024)` +
    (p.slashes ? `; a date with slashes is read day first (DD/MM/YYYY): day ${p.day} of month ${p.month}${p.monthFirst ? `, and there is no month ${p.month}; if ${p.monthFirst} is meant, write ${p.written} or ${p.iso}` : ""}` : "") +
    (p.yearOut ? `; a year alone is not read: ${p.part ? "part" : "all"} of ${p.yearOut} lies outside the window ${p.from} to ${p.to}, so the date decides the scoring — write the full date` : ""),
  date_day_first: (p) =>
    `"${p.given}" is read day first (DD/MM/YYYY) as ${p.date}, but another date on this sheet is written month first ("${p.seen}" at ${p.at}); if ${p.other} is meant, write ${p.iso}`,
  formula_error: (p) => `the formula in this cell gives the error ${p.given}, so "${p.column}" cannot be read${rejectedEn(p)}; fix the formula or type the value`,
  formula_without_value: (p) =>
    `${p.formula ? `the formula ${p.formula}` : "the formula in this cell"} has no saved value (the file was saved by a program that does not calculate formulas), so "${p.column}" cannot be read${rejectedEn(p)}; open the file in Excel and save it (Excel calculates and saves the results), or type the value`,
  formula_computed: (p) =>
    `the formula ${p.formula} has no saved value (the file was saved by a program that does not calculate formulas); as it holds numbers only, it is computed here: ${p.value}; open the file in Excel and save it so the value is saved`,
  number_ambiguous: (p) => `"${p.given}" is read as ${p.value} (dot groups thousands, comma marks decimals); if ${p.other} is meant, write "${p.otherText}"`,
  percent_as_fraction: (p) =>
    p.max
      ? `${p.typed ? `"${p.given}"` : `the value ${p.given}`} is read as ${p.value ?? p.given}${one(p.value ?? p.given, p)}${tierEn(p.tier)}, while "${p.measure}" runs from 0 to ${p.max}, not from 0 to 1; if ${p.percent}${one(p.percent, p)}${tierEn(p.otherTier)} is meant, write ${p.percent}`
      : `${p.typed ? `"${p.given}"` : `the value ${p.given}`} is read as ${p.value ?? p.given} %${tierEn(p.tier)}; if ${p.percent} %${tierEn(p.otherTier)} is meant, write ${p.percent} or format the cell as a percentage`,
  unknown_label: (p) =>
    `value "${p.given}" is not known for "${p.column}"${p.meant ? `; perhaps one of ${p.meant} is meant: write the right one` : ""}; valid: ${p.allowed}` +
    (p.kept === undefined ? "" : `; until corrected, the rule ${p.kept ? `uses ${p.kept} only` : `is not narrowed by "${p.column}"`}`) +
    rejectedEn(p),
  option_ambiguous: (p) => `option "${p.given}" for indicator ${p.indicator} fits more than one option (${p.options}); write the one meant${p.mandatory ? "; mandatory indicator: the innovation does not count in the verified projection" : ""}`,
  agency_type_blank: (p) =>
    `"Jenis" is required${p.allowed ? ` (choices: ${p.allowed})` : ""}; until it is filled in, "${p.agency}" is read as type "${p.as}"${p.word ? ` from the word "${p.word}" in its name` : asOtherEn(p)}`,
  agencies_none: (p) =>
    `this sheet lists no agency${p.named ? `; the Inovasi sheet names ${p.named} (${p.examples}${Number(p.named) > 3 ? ", …" : ""})` : ""}: the innovations' agencies are not checked${p.rules ? ` and the innovation rule cannot be judged (not "all comply")` : ""} — fill in Nama and Jenis under the header row`,
  unknown_agency_type: (p) => `type "${p.given}" is not known; valid: ${p.allowed}; until it is fixed, "${p.agency}" is read as type "${p.as}"${asOtherEn(p)}`,
  option_word_other_level: (p) => `"${p.word}" is a ${p.wordLevel}'s word, but this region's Tingkat on the Pengaturan sheet is "${p.level}"; "${p.given}" is still read as ${p.option} — check that the document is this region's`,
  rule_part_without_rule: (p) => `"${p.column}" applies to the region's own rule only, and there is none: fill in "${p.rule}" too (at least 1), or clear this cell; this value is not used`,
  unknown_measure_label: (p) =>
    `basis "${p.given}" is not known for indicator ${p.indicator}; valid: ${p.allowed}${p.unscored ? "; until corrected this answer gets no tier (0)" : ""}${p.mandatory ? "; mandatory indicator: the innovation does not count in the verified projection" : ""}`,
  measure_label_required: (p) => `indicator ${p.indicator} has several bases; fill in the ${p.column} column: ${p.allowed}${p.given ? ` (the bases in percent, for "${p.given}")` : ""}`,
  spd_total_row_missing: (p) => `edition ${p.edition} has no SPD rows; add a "${p.row}" row on the Pengaturan sheet and enter the SPD total score in its Nilai column (maximum ${p.max})`,
  evidence_without_answer: (p) => `evidence status "${p.given}" is filled but indicator ${p.indicator} is not answered`,
  unknown_evidence: (p) =>
    `evidence status "${p.given}" is not known for "${p.column}"; this column holds the evidence's status: ${STATUSES_EN}; "Ada", "Ya", "Yes" or "✓" are read as "Menunggu", "Tidak", "Belum" or "No" as "Tidak Ada"; until it is fixed it is read as "Menunggu"`,
  evidence_ambiguous: (p) =>
    `evidence status "${p.given}" could mean present (a cross as a tick) or absent; write "Tidak Ada" if there is no evidence, or "Menunggu" / "Diterima" if there is; until it is fixed it is read as "Menunggu"`,
  evidence_unclear: (p) =>
    `evidence status "${p.given}" ${p.kind === "ok" ? "could mean the evidence is there or that the verifier has accepted it" : "does not say whether the IID verifier has accepted it (a check by the region's own team is no acceptance)"}; write "Diterima" if the verifier has accepted it, ${p.kind === "ok" ? "" : `"Ditolak" if rejected, `}or "Menunggu" if ${p.kind === "ok" ? "it is there but not yet accepted" : "not yet checked"}; until it is fixed it is read as "Menunggu"`,
  evidence_word_read: (p) =>
    `evidence status ${p.words} (${cellsEn(p.count)} on this sheet) is read as "${p.as}"${p.status === "pending" ? ` (pending): the evidence is there but not yet accepted by the verifier, so it counts in the claimed projection, not in the verified one; write "Diterima" once the verifier has accepted it` : ` (${p.status})`}`,
  evidence_with_remark: (p) =>
    `evidence status ${p.words} (${cellsEn(p.count)} on this sheet) is read by the status it starts with ("${p.given}" as "${p.as}"); the remark after it is not scored and stays in the cell`,
  evidence_remark_unread: (p) =>
    `evidence status "${p.given}" starts with "${p.as}", but the remark after it may change it (e.g. incomplete, needs revision, or another status); write the status alone in this column${p.as === "Diterima" ? ' ("Diterima" only if the verifier has accepted it without conditions)' : ""} and the remark in another column; until it is fixed it is read as "Menunggu"`,
  evidence_link: (p) =>
    `"${p.given}" is a link or a file name, not an evidence status (${cellsEn(p.count)} on this sheet); read as "Menunggu" (pending: counted in the claimed projection, not in the verified one). The Bukti column holds the evidence's status: ${STATUSES_EN}; keep the link in another column without an indicator number, e.g. "Tautan Bukti"`,
  unknown_spd_code: (p) =>
    p.allowed
      ? `code "${p.given}" is not an SPD indicator of edition ${p.edition}; valid: ${p.allowed}`
      : `code "${p.given}" is not scored: edition ${p.edition} has no SPD rows; enter the SPD total score as "Total SPD" on the Pengaturan sheet`,
  sheet_not_read: (p) => `sheet "${p.sheet}" holds ${countText(p.count, "en")} rows under a "${p.column}" column, but only sheet "${p.main}"${p.hidden ? " (hidden)" : ""} is scored; move its rows to sheet "${p.main}" if they count`,
  spd_code_duplicate: (p) => `indicator ${p.indicator} ("${p.given}") is already at ${p.used}; this row is ignored, the first one is scored`,
  innovation_duplicate: (p) => `innovation "${p.given}" of "${p.agency}" is already listed at ${p.used}; both are scored — delete one if it was entered twice`,
  edition_by_year: (p) => `model edition "${p.given}" is read as "${p.used}", the one shipped edition for ${p.year}; write "${p.used}" to be sure`,
  edition_unknown: (p) => `model edition "${p.given}" is not known; available: ${p.allowed}; if it is a province's own model, use its model file: --model <model.json> with the inovasi command (score, plan, rekap, banding), or "Province model" in the add-in's pane`,
  edition_mismatch: (p) => `the workbook names edition "${p.given}", but it is scored with "${p.used}", the edition chosen`,
  edition_year_mismatch: (p) => {
    const kind = p.province ? "province model" : "edition";
    const by =
      p.source === "chosen" ? `it is scored with the ${kind} "${p.used}" chosen` :
      p.source === "default" ? `"Edisi Model"${p.editionCell ? ` (${p.editionCell})` : ""} is blank, so it is scored with the default edition "${p.used}"` :
      `"Edisi Model" (${p.editionCell}) names the ${kind} "${p.used}"`;
    const fix = !p.fit
      ? `no shipped edition is for ${p.year} (shipped: ${p.shipped}); check Tahun Penilaian`
      : p.province
        ? `for ${p.year} use a province model for that year (e.g. one with "extends": "${p.fit}"), or correct Tahun Penilaian if it is a typo`
        : p.source === "chosen"
          ? `for ${p.year} choose edition "${p.fit}" (--edition ${p.fit} with the inovasi command, or the edition list in the add-in's pane), or correct Tahun Penilaian if it is a typo`
          : `for ${p.year} write "${p.fit}" in "Edisi Model"${p.editionCell ? ` (${p.editionCell})` : ""}, or correct Tahun Penilaian if it is a typo`;
    const caveat = p.fit && p.projected ? ` (${p.fit} uses projected or derived figures, not official ones)` : "";
    return `Tahun Penilaian ${p.year}, but ${by}, which assesses ${p.province ? "the year" : "IGA"} ${p.usedYear}: its predicates, thresholds and rules are ${p.usedYear}'s; ${fix}${caveat}`;
  },
  output_cell_not_ours: (p) =>
    p.formula
      ? `output cell holds a formula whose result is empty, which this tool did not write; left as is (${p.host ? "delete the formula and score again" : "delete the formula, or use --overwrite to replace it"})`
      : `output cell holds "${p.given}", which this tool did not write; left as is (${p.host ? "clear it and score again" : "use --overwrite to replace"})`,
  evidence_for_earlier_tier: (p) =>
    `the answer to ${p.indicator} in ${p.answer} changed since the last scoring (tier ${p.from} → ${p.to}), but this Bukti still says "Diterima", a status given for the tier ${p.from} answer; type "Menunggu" in this cell until the verifier accepts the tier ${p.to} evidence — leave "Diterima" if the verifier has accepted it; until it is changed, the verified score counts tier ${p.to}`,
  plan_effort_not_positive: (p) => `effort "${p.given}" must be a number above 0 (e.g. 1 or 2.5); using the default ${p.default}`,
  plan_effort_indicator_unknown: (p) => `indicator "${p.given}" is not in edition ${p.edition}${p.near ? `; perhaps ${p.near} is meant` : ""}; the row is not used (write the indicator's code, e.g. ${p.example})`,
  plan_effort_tier_unknown: (p) =>
    p.evidence
      ? `evidence effort is one for every tier; write "${p.evidence}" without "ke ${p.given}"; the row is not used`
      : `indicator ${p.indicator} has no tier ${p.given} to go up to (its tiers: ${p.tiers}); the row is not used`,
  plan_steps_not_whole: (p) => `step limit "${p.given}" must be a whole number of 1 or more (e.g. 500); using the default ${p.default}`,
  plan_target_unknown: (p) => `plan target "${p.given}" is not known; write an index above 0 up to 100 (e.g. 50 or 50.5) or a predicate: ${p.allowed}; using the next predicate`,
  summary_sheet_not_ours: (p) => `sheet "${p.sheet}" exists and was not made by this tool; left as is (${p.host ? "rename it and score again" : "use --overwrite to replace"})`,
};

const MESSAGES: Record<MessageLocale, Record<SheetIssueCode, Msg>> = { id, en };

/**
 * A problem located in the workbook: sheet, cell (A1) and the column or field it is about. The issues
 * {@link sheetIssue} and {@link locatedCore} make hold their message's parts and make `text` and `message` each time
 * they are read (see {@link lazyText}).
 */
export interface LocatedIssue {
  severity: IssueSeverity;
  /** A worksheet code, or the core's issue code for answers, agencies, eligibility … */
  code: SheetIssueCode | Issue["code"];
  sheet: string;
  /** A1 address; undefined when the problem is about the whole sheet or the region. */
  cell?: string;
  /** The column header or setting the problem is about. */
  field: string;
  /** The message without its location, in the requested locale. */
  readonly text: string;
  /** `Sheet!A1: text` — what to show a person. */
  readonly message: string;
  /** What the user typed, verbatim, when the problem is about a value. */
  given?: string;
  /** The core issue behind it, when there is one. */
  issue?: Issue;
}

/** Where text for a location: `Inovasi!F12`, `Pengaturan`, or "" for the workbook. */
export function where(sheet: string, cell?: string): string {
  if (!sheet) return "";
  const s = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return cell ? `${s}!${cell}` : s;
}

/** What a lazily worded issue keeps to word its text: the locale, and the message's parameters (a sheet issue) or the core's format options and whether the issue is placed. */
const PARTS = Symbol("parts");
type Parts = { l: MessageLocale; p: P } | { l: MessageLocale; o: Parameters<typeof formatIssue>[2]; placed: boolean };
type Lazy = LocatedIssue & { [PARTS]: Parts };

/** The text of a lazily worded issue; a core issue placed at a cell drops its path (the place says it: `Inovasi!H12`). */
function wording(i: Lazy): string {
  const parts = i[PARTS];
  if ("p" in parts) return MESSAGES[parts.l][i.code as SheetIssueCode](parts.p);
  return formatIssue(parts.placed ? { ...i.issue!, path: [] } : i.issue!, parts.l, parts.o);
}

/**
 * `text` and `message` made when read (`message`: `Sheet!A1: text`, or the text alone without a place). One pair of
 * getters for every issue: V8 keeps objects that share their accessors on one hidden class (two pairs on the same
 * properties turned one kind into slow dictionary objects, ~450 bytes more each).
 */
const WORDED: PropertyDescriptorMap = {
  text: { get(this: Lazy) { return wording(this); }, enumerable: true, configurable: true },
  message: { get(this: Lazy) { const t = wording(this), w = where(this.sheet, this.cell); return w ? `${w}: ${t}` : t; }, enumerable: true, configurable: true },
};

/**
 * The issue's own properties in the order a plain object had them (severity, code, sheet, cell, field, text,
 * message, given, issue), `text` and `message` worded when read: a workbook with tens of thousands of warnings
 * keeps their parameters (a few short strings each), not tens of thousands of messages, and every reader (the
 * Masalah sheet, the notes column, --json, a spread copy) still gets the same strings.
 */
function located(base: Pick<LocatedIssue, "severity" | "code" | "sheet" | "cell" | "field">, given: string | undefined, issue: Issue | undefined, parts: Parts): LocatedIssue {
  const i = Object.defineProperties(base, WORDED) as LocatedIssue;
  if (given !== undefined) i.given = given;
  if (issue) i.issue = issue;
  Object.defineProperty(i, PARTS, { value: parts });
  return i;
}

/** `copy`, an issue spread with its text changed (row-left-out.ts), keeping the parameters `from` was worded from. */
export function withPartsOf(copy: LocatedIssue, from: LocatedIssue): LocatedIssue {
  const parts = (from as Partial<Lazy>)[PARTS];
  return parts ? Object.defineProperty(copy, PARTS, { value: parts }) : copy;
}

/** The parameters a worksheet issue was worded from (`column`, `cost` …); undefined for a core issue or a plain object. */
export function sheetIssueParams(i: LocatedIssue): Readonly<P> | undefined {
  const parts = (i as Partial<Lazy>)[PARTS];
  return parts && "p" in parts ? parts.p : undefined;
}

export function sheetIssue(
  locale: MessageLocale,
  code: SheetIssueCode,
  severity: IssueSeverity,
  sheet: string,
  cell: string | undefined,
  field: string,
  params: P,
): LocatedIssue {
  return located({ severity, code, sheet, cell, field }, params.given !== undefined ? String(params.given) : undefined, undefined, { l: locale, p: params });
}

/**
 * A core issue placed at a cell. Without a place the message keeps the core's path. `whereOf` names the other places
 * the issue points at (`issue.refs`, e.g. the cells whose urusan came close to a missing one).
 */
export function locatedCore(
  locale: MessageLocale,
  issue: Issue,
  place: { sheet: string; cell?: string; field: string } | undefined,
  whereOf?: (path: Issue["path"]) => string | undefined,
): LocatedIssue {
  if (!place) return located({ severity: issue.severity, code: issue.code, sheet: "", field: "" }, undefined, issue, coreParts(locale, whereOf, false));
  const given = issue.params.given;
  return located({ severity: issue.severity, code: issue.code, sheet: place.sheet, cell: place.cell, field: place.field }, given !== undefined && given !== null ? String(given) : undefined, issue, coreParts(locale, whereOf, true));
}

/** The key of core issues worded without a `whereOf`. */
const NO_WHERE = {};
/** A core issue's wording parts by its `whereOf` (or {@link NO_WHERE}), locale and whether it is placed. */
const CORE_PARTS = new WeakMap<object, Partial<Record<string, Parts>>>();

/**
 * The wording parts of a core issue, one object for every issue worded alike (the same locale, `whereOf` and placing):
 * only read, never changed. A messy workbook has ~30,000 core issues; one parts object and one format options object
 * each were ~4 MB live until the scored copy was written (mem33).
 */
function coreParts(locale: MessageLocale, whereOf: ((path: Issue["path"]) => string | undefined) | undefined, placed: boolean): Parts {
  const key = whereOf ?? NO_WHERE;
  let alike = CORE_PARTS.get(key);
  if (!alike) CORE_PARTS.set(key, (alike = {}));
  return (alike[`${locale} ${placed}`] ??= { l: locale, o: whereOf ? { where: whereOf } : {}, placed });
}
