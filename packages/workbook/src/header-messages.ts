/**
 * Messages about the table's shape (columns read by another name, absent or in doubt, a sheet found by its name or
 * content, rows that hold no innovation), in Bahasa Indonesia and English. Kept apart from messages.ts, which lists them with its own.
 */
import { countText } from "./number-text.js";
import { tierEn, tierId } from "./value-messages.js";
import { unitAfterEn as one } from "./english-units.js";

type P = Record<string, string | number | undefined>;
type Msg = (p: P) => string;

/** The shape codes of this file. */
export type HeaderIssueCode =
  | "column_read_as"
  | "column_absent"
  | "column_unsure"
  | "row_tier_digits"
  | "evidence_column_missing"
  | "sheet_read_as"
  | "column_twice"
  | "sub_header_read"
  | "design_text_column"
  | "design_words_counted"
  | "sheet_ambiguous"
  | "spd_row_by_name"
  | "spd_row_not_read"
  | "spd_read_by_names"
  | "spd_rows_not_read"
  | "header_row_repeated"
  | "header_row_reordered"
  | "header_row_own_order"
  | "explanation_row_skipped"
  | "prefilled_rows_skipped"
  | "totals_row_skipped"
  | "section_title_skipped"
  | "section_year_later"
  | "agency_heading_read"
  | "hidden_rows_read";

/** What an absent column costs, by the column's role (`cost` param), with `n` where a limit is named. */
const COST_ID: Record<string, (p: P) => string> = {
  rejected: () => "tidak ada inovasi yang dibaca ditolak saat verifikasi",
  designWords: (p) => `setiap inovasi dianggap tanpa rancang bangun (minimal ${countText(p.n, "id")} kata): tidak ada yang dihitung di proyeksi terverifikasi`,
  entries: (p) => `keikutsertaan setiap inovasi dianggap 1: batas ${countText(p.n, "id")} kali tidak diperiksa`,
  implementationDate: () => "rentang penilaian diperiksa dengan Tanggal Uji Coba saja",
  dates: () => "tanpa tanggal, tidak ada inovasi yang lolos pemeriksaan rentang penilaian di proyeksi terverifikasi",
  spdEvidence: () => "semua bukti SPD dibaca Menunggu: proyeksi terverifikasi tanpa SPD",
};
const COST_EN: Record<string, (p: P) => string> = {
  rejected: () => "no innovation is read as rejected at verification",
  designWords: (p) => `every innovation is taken as having no design (at least ${countText(p.n, "en")} words): none counts in the verified projection`,
  entries: (p) => `every innovation is taken as entered once: the limit of ${countText(p.n, "en")} entries is not checked`,
  implementationDate: () => "the time window is checked with Tanggal Uji Coba only",
  dates: () => "without dates no innovation passes the time-window check in the verified projection",
  spdEvidence: () => "all SPD evidence reads as Menunggu (pending): the verified projection has no SPD",
};

const ROLE_ID: Record<string, string> = { answer: "jawaban", evidence: "bukti", measure: "dasar ukur" };
const ROLE_EN: Record<string, string> = { answer: "answer", evidence: "evidence", measure: "measure" };

/** A heading or a measure's name inside a sentence. */
const low = (s: unknown) => String(s).toLowerCase();
/** A count with its English noun, singular for 1 ("1 innovation", "2 innovations"). */
const countEn = (n: unknown, one: string, many: string) => `${countText(n as number, "en")} ${n === 1 ? one : many}`;

const hintId = (p: P) => (p.hint ? `; mungkin maksudnya ${p.hint}` : "");
const hintEn = (p: P) => (p.hint ? `; perhaps ${p.hint} is meant` : "");

/** Bahasa Indonesia. */
export const HEADER_MESSAGES_ID: Record<HeaderIssueCode, Msg> = {
  column_read_as: (p) => `kolom "${p.given}" dibaca sebagai "${p.column}"${p.byCells ? " karena isinya jenis perangkat daerah" : ""}`,
  column_absent: (p) => `kolom "${p.column}" tidak ditemukan di baris judul: ${COST_ID[String(p.cost)]!(p)}${hintId(p)}; tambahkan kolomnya atau beri judul "${p.column}"`,
  column_unsure: (p) =>
    p.role === "share"
      ? `judul "${p.given}" tidak menyebut persen: ${p.at} "${p.value}" dibaca ${p.value} %${tierId(p.tier)}, tetapi bisa juga jumlah (${p.value} ${low(p.given)})${Number(p.count) > 1 ? `, begitu juga ${countText(Number(p.count) - 1, "id")} sel lain` : ""}; bila persentase, tulis dengan "%" atau beri judul "${p.column}"; bila jumlah, tulis ${low(p.measure)}`
      : p.role === "measured"
      ? `kolom "${p.given}" hanya berisi angka yang bisa berupa tingkat atau capaian: ${p.at} "${p.value}" dibaca sebagai capaian ${p.value} ${p.unit}${tierId(p.tier)}, bukan tingkat ${p.value}; bila kolom ini berisi tingkat, tulis label pilihannya (tingkat ${p.value}: ${p.option}); bila berisi capaian, tulis dengan satuannya (mis. "${p.value} ${p.unit}")`
      : p.role === "id"
      ? `kolom "${p.given}" bisa berisi nomor urut baris atau nomor indikator SPD (mis. ${p.at} "${p.value}"${p.named ? `, di baris indikator ${p.named}` : ""}); tidak dibaca sebagai "Kode", jadi baris SPD tidak dibaca dan SPD bernilai 0 — mungkin maksudnya "Kode": beri judul "Kode" bila kolom ini berisi nomor indikator, atau tambahkan kolom "Kode"`
      : `kolom "${p.given}" bisa berisi tingkat atau capaian: ${p.at} "${p.value}" untuk ${p.indicator} adalah tingkat ${p.value} bila tingkat, tetapi capaian ${p.value}${p.unit ? ` ${p.unit}` : ""}${tierId(p.tier)}; kolom ini tidak dibaca, jadi daerah ini tidak dinilai — mungkin maksudnya "Jawaban": beri judul "Jawaban" bila kolom ini berisi capaian atau pilihan; bila berisi tingkat, tulis capaian atau pilihannya di kolom "Jawaban"`,
  row_tier_digits: (p) =>
    `baris ini dijawab dengan angka tingkat (${p.tieredAt} "${p.tiered}" untuk ${p.tieredIndicator} dibaca tingkat ${p.tiered}), tetapi "${p.value}" untuk ${p.indicator} dibaca sebagai capaian ${p.value} ${p.unit}${tierId(p.tier)}, bukan tingkat ${p.value}${p.others ? ` (juga ${p.others} jawaban lain di baris ini)` : ""}; bila maksudnya tingkat, tulis label pilihannya (tingkat ${p.value}: ${p.option}); bila capaian, tulis dengan satuannya (mis. "${p.value} ${p.unit}")`,
  evidence_column_missing: (p) => `kolom bukti indikator ${p.indicators} tidak ditemukan (judulnya mis. "${p.column}"): bukti jawabannya dibaca Menunggu, indikator itu tidak menambah skor terverifikasi${hintId(p)}`,
  design_text_column: (p) => `kolom "${p.given}" berisi teks rancang bangun, bukan jumlah katanya: dibaca sebagai "${p.column}" dengan menghitung kata tiap sel (mis. ${p.at}: ${countText(p.count, "id")} kata)`,
  design_words_counted: (p) => `${p.from ? `sel ini, gabungan dengan ${p.from},` : "sel ini"} berisi teks rancang bangun ("${p.given}"), bukan jumlah katanya: dihitung ${countText(p.count, "id")} kata`,
  sub_header_read: (p) => `judul kolom ada di dua baris (baris ${p.row} dan baris ini): judul di baris ini dibaca di bawah judul indikator di atasnya (mis. "${p.given}" sebagai "${p.as}"); baris ini dilewati, bukan inovasi`,
  column_twice: (p) => {
    // (its being hidden said once: "tetapi tersembunyi" where that is why it is not read)
    const other = `kolom ${p.at} "${p.column}"${p.hidden && p.why !== "hidden" ? " (tersembunyi)" : ""}`;
    const read = `kolom ${p.used} "${p.usedText}"${p.usedHidden ? " (tersembunyi)" : ""}`;
    const what = `kolom ${ROLE_ID[String(p.role)]} indikator ${p.indicator}`;
    return p.why === "links"
      ? `${other} tidak dibaca sebagai ${what}: judulnya menyebut "${p.word}" (tautan atau dokumen); ${what} dibaca dari ${read}`
      : p.why === "differs"
        ? `${other} dan ${read} sama-sama ${what}, dan isinya berbeda (mis. baris ${p.row}: "${p.value}" dan "${p.usedValue}"): mana yang dimaksud tidak pasti; sampai diperbaiki, yang dibaca ${read}; hapus kolom yang tidak dipakai, atau hapus nomor indikator dari judulnya`
        : `${other} juga ${what}, ${p.why === "hidden" ? "tetapi tersembunyi" : p.why === "old" ? `tetapi judulnya menyebut "${p.word}"` : "dengan isi yang sama"}: tidak dibaca; yang dibaca ${read}; hapus kolom yang tidak dipakai, atau hapus nomor indikator dari judulnya`;
  },
  sheet_read_as: (p) =>
    `lembar "${p.sheet}" tidak ada; lembar "${p.given}" dibaca sebagai lembar "${p.sheet}"` +
    (p.year
      ? `, tetapi namanya menyebut tahun ${p.year}, bukan Tahun Penilaian ${p.assessed}: mungkin salinan lembar tahun lain; bila begitu, beri nama "${p.sheet}" pada lembar tahun ini`
      : p.word
        ? `, tetapi namanya memuat "${p.word}": mungkin daftar lain, bukan lembar "${p.sheet}"; bila begitu, beri nama "${p.sheet}" pada lembar yang benar`
        : ""),
  sheet_ambiguous: (p) =>
    p.hidden
      ? `lembar "${p.sheet}" tersembunyi, dan lembar yang tampak ${p.visible} juga tersusun sebagai lembar itu: ${p.candidates} bisa menjadi lembar "${p.sheet}"; tidak ada yang dibaca, jadi ${p.cost === "spd" ? "SPD bernilai 0" : "daerah ini tidak dinilai"}; hapus lembar yang tidak dipakai, atau beri nama "${p.sheet}" pada lembar yang benar dan tampilkan`
      : `lembar "${p.sheet}" tidak ada, dan lebih dari satu lembar bisa menjadi lembar itu: ${p.candidates}; tidak ada yang dibaca, jadi ${p.cost === "spd" ? "SPD bernilai 0" : "daerah ini tidak dinilai"}; beri salah satunya nama "${p.sheet}"`,
  spd_row_by_name: (p) => `Kode kosong; baris ini dibaca sebagai ${p.indicator} dari nama indikatornya "${p.given}"`,
  spd_row_not_read: (p) => `${p.noColumn ? "lembar ini tidak punya kolom Kode" : "Kode kosong"} dan nama indikator "${p.given}" tidak dikenali: jawaban baris ini tidak dibaca; ${p.noColumn ? "tulis nama indikator persis seperti di template, atau tambahkan kolom Kode" : "isi Kode"} (mis. ${p.example})`,
  spd_read_by_names: (p) => `kolom "Kode" tidak ada; ${countText(p.count, "id")} baris dibaca dari nama indikatornya (mis. ${p.at} "${p.given}" sebagai ${p.indicator}), karena setiap nama itu tepat nama satu indikator SPD edisi ini`,
  spd_rows_not_read: (p) => `lembar "${p.sheet}" tidak punya kolom "Kode"${p.filled ? `, jadi ${countText(p.filled, "id")} baris yang terisi di sana tidak dibaca` : ""} (nama indikatornya pun bukan nama indikator SPD edisi ini); SPD dihitung 0 — tambahkan kolom "Kode" dengan kode tiap indikator (mis. "SPD-1")`,
  header_row_repeated: (p) => `baris judul diulang di baris ${p.rows}; dilewati, bukan inovasi`,
  header_row_reordered: (p) =>
    `judul tabel diulang di baris ${p.row} dengan susunan kolom yang berbeda dari baris judul ${p.top} (baris ${p.row}: ${p.moved}${p.was ? `; baris ${p.top}: ${p.was}` : ""})${p.twoRows ? `, dan bukan judul dua baris seperti baris ${p.top}–${p.subRow} (baris ${p.under} di bawahnya tidak terbaca sebagai sub-judul: hanya "Jawaban", "Dasar Ukur" atau "Bukti" di bawah judul indikator) maupun satu baris judul dengan kolom yang sama dalam urutan lain` : ", dan kolomnya bukan kolom yang sama dalam urutan lain (ada yang ditambah, kurang atau berulang)"}; ${countText(p.count, "id")} baris di bawahnya (${p.rows}) tetap dibaca dengan kolom baris ${p.top}, jadi isinya masuk ke kolom yang salah (kesalahan di baris itu bisa berasal dari sini); ${p.twoRows ? `tulis baris ${p.under} seperti baris ${p.subRow}, atau ` : ""}pindahkan isinya ke kolom yang sama dengan baris ${p.top}, lalu hapus baris judul ini`,
  header_row_own_order: (p) =>
    `baris ${p.row}: kolom dibaca dengan urutan judul baris ini untuk ${countText(p.count, "id")} baris di bawahnya (${p.rows}), bukan dengan urutan baris judul ${p.top}: kolomnya sama dalam urutan lain (baris ${p.row}: ${p.moved}${p.was ? `; baris ${p.top}: ${p.was}` : ""}); skor dan catatannya tetap ditulis di kolom keluaran lembar ini`,
  explanation_row_skipped: () => "baris ini menjelaskan kolom (tidak ada isian yang berupa pilihan, angka atau tanggal); dilewati, bukan inovasi",
  totals_row_skipped: (p) => `baris ${p.rows} berisi jumlah ("${p.given}"), bukan ${p.agency ? "perangkat daerah" : "inovasi"}; dilewati`,
  section_title_skipped: (p) => `baris ${p.row} dibaca sebagai judul bagian ("${p.given}"), bukan inovasi; dilewati — bila baris ini inovasi, isi juga Perangkat Daerah, Urusan dan Tahapan-nya`,
  section_year_later: (p) =>
    `baris ${p.row} dibaca sebagai judul bagian ("${p.given}"), bukan inovasi; tahun ${p.year} sesudah Tahun Penilaian ${p.assessed}, jadi ${countText(p.count, "id")} inovasi di bawahnya (baris ${p.rows}${p.tahun ? `, Tahun kosong atau ${p.year}` : ""}) tidak dinilai dan tidak dihitung dalam n tahun ini; nilailah di berkas tahun ${p.year}, atau isi Tahun ${p.assessed} pada baris yang diajukan tahun ini`,
  agency_heading_read: (p) =>
    `baris ${p.row} dibaca sebagai judul perangkat daerah ("${p.given}"), bukan inovasi; dilewati${p.count ? `; ${countText(p.count, "id")} inovasi di bawahnya yang Perangkat Daerah-nya kosong (baris ${p.rows}) dibaca sebagai ${p.agency} — isi Perangkat Daerah-nya bila bukan` : ""}`,
  hidden_rows_read: (p) =>
    `baris ${p.rows} tersembunyi (atau tersaring) tetapi tetap ${p.what === "agency" ? "dibaca sebagai perangkat daerah" : "dinilai"}; ${p.what === "agency" ? "hapus barisnya bila perangkat daerah itu tidak termasuk" : p.what === "spd" ? "kosongkan jawabannya bila indikator itu tidak diajukan" : "hapus barisnya bila inovasi itu tidak diajukan"}`,
  prefilled_rows_skipped: (p) => `${countText(p.count, "id")} baris (${p.rows}) hanya berisi ${p.columns} tanpa Nama Inovasi maupun jawaban indikator; dilewati, bukan inovasi (isi Nama Inovasi bila baris itu inovasi)`,
};

/** English. */
export const HEADER_MESSAGES_EN: Record<HeaderIssueCode, Msg> = {
  column_read_as: (p) => `column "${p.given}" read as "${p.column}"${p.byCells ? ", as its cells are agency types" : ""}`,
  column_absent: (p) => `column "${p.column}" not found in the header row: ${COST_EN[String(p.cost)]!(p)}${hintEn(p)}; add the column or head it "${p.column}"`,
  column_unsure: (p) =>
    p.role === "share"
      ? `header "${p.given}" names no percent: ${p.at} "${p.value}" is read as ${p.value} %${tierEn(p.tier)}, yet it may be a count (${p.value} ${low(p.given)})${Number(p.count) > 1 ? `, as may ${countEn(Number(p.count) - 1, "other cell", "other cells")}` : ""}; if a percentage, write it with "%" or head the column "${p.column}"; if a count, write the percentage (${low(p.measure)})`
      : p.role === "measured"
      ? `column "${p.given}" holds only numbers that may be tiers or measured values: ${p.at} "${p.value}" is read as a value of ${p.value}${one(p.value, p)}${tierEn(p.tier)}, not tier ${p.value}; if the column holds tiers, write the option as the sheet lists it (tier ${p.value}: ${p.option}); if it holds values, write them with their unit (e.g. "${p.value}${one(p.value, p)}")`
      : p.role === "id"
      ? `column "${p.given}" may hold row numbers or SPD indicator numbers (e.g. ${p.at} "${p.value}"${p.named ? `, on the row of indicator ${p.named}` : ""}); not read as "Kode", so the SPD rows are not read and SPD scores 0 — perhaps "Kode" is meant: head it "Kode" if it holds the indicators' numbers, or add a "Kode" column`
      : `column "${p.given}" may hold tiers or measured values: ${p.at} "${p.value}" for ${p.indicator} is tier ${p.value} as a tier, but a value of ${p.value}${one(p.value, p)}${tierEn(p.tier)}; the column is not read, so the region is not scored — perhaps "Jawaban" is meant: head it "Jawaban" if it holds values or options; if it holds tiers, write the value or option in a "Jawaban" column`,
  row_tier_digits: (p) =>
    `this row is answered in tier numbers (${p.tieredAt} "${p.tiered}" for ${p.tieredIndicator} is read as tier ${p.tiered}), but "${p.value}" for ${p.indicator} is read as a value of ${p.value}${one(p.value, p)}${tierEn(p.tier)}, not tier ${p.value}${p.others ? ` (so are ${p.others} other answers on this row)` : ""}; if a tier is meant, write the option as the sheet lists it (tier ${p.value}: ${p.option}); if a value, write it with its unit (e.g. "${p.value}${one(p.value, p)}")`,
  evidence_column_missing: (p) => {
    const many = String(p.all).includes(",");
    return `no evidence column for indicator${many ? "s" : ""} ${p.indicators} (headed e.g. "${p.column}"): ${many ? "their" : "its"} evidence reads as Menunggu (pending), so ${many ? "they add" : "it adds"} nothing to the verified score${hintEn(p)}`;
  },
  design_text_column: (p) => `column "${p.given}" holds the design text (rancang bangun), not its word count: read as "${p.column}" by counting each cell's words (e.g. ${p.at}: ${countText(p.count, "en")} words)`,
  design_words_counted: (p) => `${p.from ? `this cell, merged with ${p.from},` : "this cell"} holds the design text (rancang bangun) ("${p.given}"), not its word count: ${countText(p.count, "en")} words counted`,
  sub_header_read: (p) => `the header is in two rows (row ${p.row} and this one): this row's headers are read under the indicator headings above them (e.g. "${p.given}" as "${p.as}"); this row is skipped, not an innovation`,
  column_twice: (p) => {
    const other = `column ${p.at} "${p.column}"${p.hidden && p.why !== "hidden" ? " (hidden)" : ""}`;
    const read = `column ${p.used} "${p.usedText}"${p.usedHidden ? " (hidden)" : ""}`;
    const what = `indicator ${p.indicator}'s ${ROLE_EN[String(p.role)]} column`;
    return p.why === "links"
      ? `${other} is not read as ${what}: its header says "${p.word}" (links or documents); ${what} is read from ${read}`
      : p.why === "differs"
        ? `${other} and ${read} are both ${what}, and they differ (e.g. row ${p.row}: "${p.value}" and "${p.usedValue}"): which one is meant is a guess; until fixed, ${read} is read; delete the column not in use, or drop the indicator number from its header`
        : `${other} is also ${what}, ${p.why === "hidden" ? "but hidden" : p.why === "old" ? `but its header says "${p.word}"` : "with the same cells"}: not read; ${read} is read; delete the column not in use, or drop the indicator number from its header`;
  },
  sheet_read_as: (p) =>
    `sheet "${p.sheet}" is missing; sheet "${p.given}" is read as the "${p.sheet}" sheet` +
    (p.year
      ? `, but its name says ${p.year}, not the assessment year (Tahun Penilaian) ${p.assessed}: it may be a copy of another year's sheet; if so, name this year's sheet "${p.sheet}"`
      : p.word
        ? `, but its name holds "${p.word}": it may be another list, not the "${p.sheet}" sheet; if so, name the right sheet "${p.sheet}"`
        : ""),
  sheet_ambiguous: (p) =>
    p.hidden
      ? `sheet "${p.sheet}" is hidden, and the visible sheet ${p.visible} is laid out as it too: ${p.candidates} could be the "${p.sheet}" sheet; none is read, so ${p.cost === "spd" ? "SPD scores 0" : "the region is not scored"}; delete the sheet not in use, or name the right one "${p.sheet}" and unhide it`
      : `sheet "${p.sheet}" is missing and more than one sheet could be it: ${p.candidates}; none is read, so ${p.cost === "spd" ? "SPD scores 0" : "the region is not scored"}; name one of them "${p.sheet}"`,
  spd_row_by_name: (p) => `Kode is blank; this row is read as ${p.indicator} by its indicator name "${p.given}"`,
  spd_row_not_read: (p) => `${p.noColumn ? "this sheet has no Kode column" : "Kode is blank"} and the indicator name "${p.given}" is not known: this row's answer is not read; ${p.noColumn ? "write the indicator's name as the template has it, or add a Kode column" : "fill in Kode"} (e.g. ${p.example})`,
  spd_read_by_names: (p) => `column "Kode" not found; ${countEn(p.count, "row", "rows")} read by their indicator names (e.g. ${p.at} "${p.given}" as ${p.indicator}), each being exactly the name of one SPD indicator of this edition`,
  spd_rows_not_read: (p) => `sheet "${p.sheet}" has no "Kode" column${p.filled ? `, so the ${countEn(p.filled, "filled row", "filled rows")} on it ${p.filled === 1 ? "is" : "are"} not read` : ""} (nor are their indicator names this edition's SPD indicators' names); SPD scores 0 — add a "Kode" column with each indicator's code (e.g. "SPD-1")`,
  header_row_repeated: (p) => `the header row is repeated at row${p.count === 1 ? "" : "s"} ${p.rows}; skipped, not an innovation`,
  header_row_reordered: (p) =>
    `the header is repeated at row ${p.row} with its columns laid out differently from header row ${p.top} (row ${p.row}: ${p.moved}${p.was ? `; row ${p.top}: ${p.was}` : ""})${p.twoRows ? `, and it is neither a header in two rows like rows ${p.top}–${p.subRow} (row ${p.under} under it is not read as sub-headers: only "Jawaban", "Dasar Ukur" or "Bukti" under an indicator's heading) nor one header row with the same columns in another order` : ", and its columns are not the same ones in another order (one is added, missing or there twice)"}; the ${countText(p.count, "en")} row(s) below it (${p.rows}) are still read with row ${p.top}'s columns, so their values land in the wrong fields (errors on those rows may come from this); ${p.twoRows ? `write row ${p.under} as row ${p.subRow} is, or ` : ""}move them into the same columns as row ${p.top}, then delete this header row`,
  header_row_own_order: (p) =>
    `row ${p.row}: columns read in this header's order for the ${countEn(p.count, "row", "rows")} below it (${p.rows}), not in header row ${p.top}'s: they are the same columns in another order (row ${p.row}: ${p.moved}${p.was ? `; row ${p.top}: ${p.was}` : ""}); their scores and notes are still written in this sheet's output columns`,
  explanation_row_skipped: () => "this row explains the columns (nothing in it is an option, a number or a date); skipped, not an innovation",
  totals_row_skipped: (p) => `row${p.count === 1 ? "" : "s"} ${p.rows} hold${p.count === 1 ? "s" : ""} a total ("${p.given}"), not ${p.agency ? "an agency" : "an innovation"}; skipped`,
  section_title_skipped: (p) => `row ${p.row} is read as a section title ("${p.given}"), not an innovation; skipped — if the row is an innovation, fill in its Perangkat Daerah, Urusan and Tahapan too`,
  section_year_later: (p) =>
    `row ${p.row} is read as a section title ("${p.given}"), not an innovation; ${p.year} is after Tahun Penilaian ${p.assessed}, so the ${countEn(p.count, "innovation", "innovations")} under it (row${p.count === 1 ? "" : "s"} ${p.rows}${p.tahun ? `, Tahun blank or ${p.year}` : ""}) ${p.count === 1 ? "is" : "are"} not scored nor counted in n this year; score them in the ${p.year} workbook, or enter Tahun ${p.assessed} on the rows submitted this year`,
  agency_heading_read: (p) =>
    `row ${p.row} is read as an agency heading ("${p.given}"), not an innovation; skipped${p.count ? `; the ${countEn(p.count, "innovation", "innovations")} under it with Perangkat Daerah blank (row${p.count === 1 ? "" : "s"} ${p.rows}) ${p.count === 1 ? "is" : "are"} read as ${p.agency} — fill in ${p.count === 1 ? "its" : "their"} Perangkat Daerah if not` : ""}`,
  hidden_rows_read: (p) =>
    `row${p.count === 1 ? "" : "s"} ${p.rows} ${p.count === 1 ? "is" : "are"} hidden (or filtered out) but still ${p.what === "agency" ? "read as agencies" : "scored"}; ${p.what === "agency" ? "delete the row if that agency is not part of the list" : p.what === "spd" ? "clear the answer if that indicator is not submitted" : "delete the row if that innovation is not submitted"}`,
  prefilled_rows_skipped: (p) => `${countEn(p.count, "row", "rows")} (${p.rows}) hold${p.count === 1 ? "s" : ""} only ${p.columns}, without Nama Inovasi or any indicator's answer; skipped, not innovations (fill in Nama Inovasi if a row is one)`,
};
