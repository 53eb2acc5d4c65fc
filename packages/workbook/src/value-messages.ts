/**
 * Messages about values read from cells (counts, implausible measures, the Ditolak column,
 * duplicates by their loose name, the year column, the rule's agency types), apart from `messages.ts` so that each
 * family of codes stays in its own file. Merged into `SheetIssueCode` there.
 */
import { unitAfterEn as one } from "./english-units.js";

type P = Record<string, string | number | undefined>;
type Msg = (p: P) => string;

export type ValueIssueCode =
  | "count_grouped"
  | "count_fraction"
  | "number_other_impossible"
  | "implausible_value"
  | "percent_cell_points"
  | "percent_cell_shown"
  | "percent_cell_stored"
  | "month_read"
  | "option_form_read"
  | "none_word_read"
  | "none_option_read"
  | "rejected_word_read"
  | "rejected_unreadable"
  | "innovation_same_name"
  | "innovation_year_other"
  | "stage_year_read"
  | "stage_year_future"
  | "rule_types_widened"
  | "unit_converted"
  | "working_days_read"
  | "hours_read"
  | "unit_other_measure"
  | "ordinal_read"
  | "year_from_date"
  | "innovation_near_duplicate"
  | "trial_after_implementation";

/** " (tingkat 2)" after a reading, " (di bawah tingkat terendah)" for 0, nothing without a tier. */
export const tierId = (t: string | number | undefined) => (t === undefined || t === "" ? "" : t === 0 ? " (di bawah tingkat terendah)" : ` (tingkat ${t})`);
export const tierEn = (t: string | number | undefined) => (t === undefined || t === "" ? "" : t === 0 ? " (below the lowest tier)" : ` (tier ${t})`);

/** " orang" after a value, nothing for a measure without a unit (the IPM). */
const unit = (p: P) => (p.unit ? ` ${p.unit}` : "");

/** Why a reading cannot be an answer of its measure (measured-value.ts `impossibleFor`). */
const whyId = (p: P) => (p.why === "negative" ? "tidak mungkin negatif" : p.why === "above" ? `tidak mungkin lebih dari ${p.max}${unit(p)}` : `tidak mungkin pecahan (jumlah ${p.unit} selalu bilangan bulat)`);
const whyEn = (p: P) => (p.why === "negative" ? "cannot be negative" : p.why === "above" ? `cannot exceed ${p.max}${one(p.max, p)}` : `cannot be a fraction (a count of ${p.unit} is whole)`);

/** "tingkat 2", or that a reading reaches none (above the top tier or below the lowest). */
export const tierWordId = (t: string | number | undefined) => (t ? `tingkat ${t}` : "tidak masuk tingkat mana pun");
export const tierWordEn = (t: string | number | undefined) => (t ? `tier ${t}` : "no tier");

export const VALUE_MESSAGES_ID: Record<ValueIssueCode, Msg> = {
  innovation_near_duplicate: (p) =>
    `inovasi "${p.given}" dari "${p.agency}" mungkin "${p.other}" di ${p.used} yang tercatat lagi (${p.why === "edit" ? "namanya beda satu huruf" : "namanya sama selain kata seperti \"Inovasi\" atau \"Program\""}${p.same ? ", dan semua jawaban serta buktinya sama" : ""}); keduanya dinilai — hapus salah satu bila tercatat dua kali`,
  ordinal_read: (p) => `"${p.given}" dibaca ${p.value} (keikutsertaan ke-${p.value})`,
  year_from_date: (p) => `tanggal ${p.typed ? `"${p.given}"` : p.given} dibaca sebagai tahun ${p.year}; "${p.column}" berisi tahun saja: tulis ${p.year}`,
  unit_other_measure: (p) =>
    `"${p.given}" ditulis dalam ${p.typedUnit}, padahal ${p.column} "${p.named}" dihitung dalam ${p.unit}: sebagai ${p.value} ${p.unit}, ${tierWordId(p.tier)}; dalam ${p.typedUnit} dasar ukurnya ${p.others}; perbaiki angkanya atau ${p.column}; sampai diperbaiki jawaban ini tidak mendapat tingkat (0)${p.mandatory ? "; indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi" : ""}`,
  unit_converted: (p) => `"${p.given}" dibaca ${p.value} ${p.unit}`,
  working_days_read: (p) =>
    `"${p.given}" dibaca ${p.value} ${p.unit}${tierId(p.tier)}: edisi ini menilai jumlah hari tanpa menyebut hari kerja atau hari kalender, jadi hari kerja dihitung sebagai hari; bila yang dinilai hari kalender, tulis jumlah hari kalendernya (angka saja)`,
  hours_read: (p) =>
    `"${p.given}" dibaca ${p.value} ${p.unit}${tierId(p.tier)}; bila jam itu jam layanan (mis. buka 24 jam), bukan lamanya, tulis lamanya dalam ${p.unit}`,
  count_grouped: (p) => `"${p.given}" dibaca ${p.value} ${p.unit}: jumlah ${p.unit} selalu bilangan bulat`,
  count_fraction: (p) => `"${p.given}": jumlah ${p.unit} selalu bilangan bulat, jadi ${p.value} ${p.unit} tidak mungkin; dibaca apa adanya${tierId(p.tier)} — tulis bilangan bulatnya`,
  number_other_impossible: (p) => `"${p.given}" dibaca ${p.value}${unit(p)}${tierId(p.tier)}, bukan ${p.other}${unit(p)}, yang ${whyId(p)}`,
  implausible_value: (p) =>
    p.defined
      ? `${p.value}${unit(p)} tidak mungkin untuk "${p.measure}" (paling tinggi ${p.bound}${unit(p)} menurut definisinya); dibaca apa adanya${tierId(p.tier)}`
      : `${p.value} ${p.unit} tidak masuk akal untuk "${p.measure}" (di atas ${p.bound} ${p.unit}; mungkin yang ditulis jumlahnya, bukan ${p.unit === "%" ? "persen perubahannya" : "selisih poinnya"}); dibaca apa adanya${tierId(p.tier)}`,
  percent_cell_points: (p) =>
    p.tier === p.otherTier
      ? `sel berformat persen: dibaca ${p.shown} ${p.unit} seperti tampak (tersimpan ${p.given}); skornya sama dengan ${p.given} ${p.unit}${tierId(p.tier)}`
      : `sel berformat persen: dibaca ${p.shown} ${p.unit}${tierId(p.tier)} seperti tampak; bila maksudnya ${p.given} ${p.unit}${tierId(p.otherTier)}, hapus format persennya`,
  percent_cell_stored: (p) =>
    `sel berformat persen: dibaca ${p.given}${unit(p)}${tierId(p.tier)} seperti tersimpan, bukan ${p.shown}${unit(p)} seperti tampak, yang ${whyId(p)} (angkanya diketik sebelum formatnya?); hapus format persennya`,
  percent_cell_shown: (p) =>
    p.why
      ? `sel berformat persen: dibaca ${p.shown}${unit(p)}${tierId(p.tier)} seperti tampak, bukan ${p.given}${unit(p)} yang tersimpan, yang ${whyId(p)}`
      : p.tier === undefined && p.otherTier === undefined
      ? `sel berformat persen: dibaca ${p.shown}${unit(p)} seperti tampak, bukan ${p.given} yang tersimpan`
      : `sel berformat persen: dibaca ${p.shown}${unit(p)}${tierId(p.tier)} seperti tampak; bila maksudnya ${p.given}${unit(p)}${tierId(p.otherTier)}, hapus format persennya`,
  stage_year_read: (p) =>
    `"${p.given}" dibaca "${p.stage}"; ${!p.column ? `tahun ${p.year} tidak dipakai dalam penilaian` : p.same ? `tahun ${p.year} sesuai ${p.column} ${p.date}` : p.date ? `tahun ${p.year} tidak sesuai ${p.column} ${p.date}: yang dinilai tanggal itu; periksa keduanya` : `tahun ${p.year} bukan ${p.column}: yang dinilai tanggal di kolom itu, isi di sana`}`,
  trial_after_implementation: (p) =>
    `Tanggal Uji Coba ${p.trial} (${p.trialCell}) sesudah Tanggal Penerapan ${p.applied} (${p.appliedCell}), padahal uji coba mendahului penerapan: mungkin hari dan bulan tertukar, atau kedua tanggal tertukar kolom; periksa keduanya (rentang penilaian diperiksa dengan Tanggal Penerapan)`,
  stage_year_future: (p) => `"${p.given}": tahun ${p.year} sesudah Tahun Penilaian ${p.assessed}, jadi tahapan yang belum dicapai; tulis tahapannya sekarang: ${p.allowed}`,
  month_read: (p) => `"${p.given}" dibaca ${p.date}: ${p.year ? "tanggalnya" : "harinya"} tidak mengubah penilaian, sebab seluruh ${p.year ? "tahun" : "bulan"} itu ${p.inside ? "di dalam" : "di luar"} rentang ${p.from} s.d. ${p.to}`,
  option_form_read: (p) => `"${p.given}" dibaca pilihan ${p.option}${tierId(p.tier)}`,
  none_word_read: (p) =>
    `"${p.given}" dibaca tingkat 0: jawaban indikator ${p.indicator} ini tanpa skor, sama seperti angka 0${p.mandatory ? "; indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi" : ""}; untuk mendapat skor tulis salah satu pilihan: ${p.allowed}${p.numberBasis ? "; atau tulis angka beserta dasar ukurnya" : p.numberExample !== undefined ? `; atau tulis angka, mis. ${p.numberExample}${p.numberUnit ? ` ${p.numberUnit}` : ""}` : ""}`,
  none_option_read: (p) =>
    `"${p.given}" dibaca tingkat ${p.tier}, pilihan ${p.option}: pilihan indikator ${p.indicator} yang menyebut tidak ada; bila maksudnya lain, tulis pilihan lain: ${p.others}${p.numberBasis ? ", atau angka beserta dasar ukurnya" : p.numberExample !== undefined ? `, atau angka ${p.measure}, mis. ${p.numberExample}${p.numberUnit ? ` ${p.numberUnit}` : ""}` : ""}`,
  rejected_word_read: (p) => `"${p.given}" dibaca "${p.as}"`,
  rejected_unreadable: (p) => `isian "${p.given}" tidak dikenal; pilihan: ${p.allowed}${p.rejected ? "; sampai diperbaiki inovasi ini dianggap ditolak (tidak dihitung)" : ""}`,
  innovation_same_name: (p) => `nama sama dengan inovasi "${p.other}" dari "${p.otherAgency}" di ${p.used}; keduanya dinilai — bila inovasi yang sama, cantumkan sekali`,
  innovation_year_other: (p) => `Tahun ${p.given} bukan Tahun Penilaian ${p.year}: aturan dan target daerah tidak menghitung inovasi ini untuk "${p.agency}" (skornya tetap dihitung)`,
  rule_types_widened: (p) => `"${p.given}" dibaca "${p.as}": aturan berlaku untuk setiap perangkat daerah berjenis ${p.as}, bukan hanya ${p.given} (aturan membedakan jenis saja)`,
};

export const VALUE_MESSAGES_EN: Record<ValueIssueCode, Msg> = {
  innovation_near_duplicate: (p) =>
    `innovation "${p.given}" of "${p.agency}" may be "${p.other}" at ${p.used} entered again (${p.why === "edit" ? "its name is one letter off" : "the names differ only by a word such as \"Inovasi\" or \"Program\""}${p.same ? ", and every answer and its evidence are the same" : ""}); both are scored — delete one if it was entered twice`,
  ordinal_read: (p) => `"${p.given}" is read as ${p.value} (entry number ${p.value})`,
  year_from_date: (p) => `the date ${p.typed ? `"${p.given}"` : p.given} is read as the year ${p.year}; "${p.column}" holds a year alone: write ${p.year}`,
  unit_other_measure: (p) =>
    `"${p.given}" is written in ${p.typedUnit}, while ${p.column} "${p.named}" counts ${p.unit}: as ${p.value}${one(p.value, p)}, ${tierWordEn(p.tier)}; in ${p.typedUnit} it is ${p.others}; correct the value or the ${p.column}; until corrected the answer gets no tier (0)${p.mandatory ? "; mandatory indicator: the innovation does not count in the verified projection" : ""}`,
  unit_converted: (p) => `"${p.given}" is read as ${p.value}${one(p.value, p)}`,
  working_days_read: (p) =>
    `"${p.given}" is read as ${p.value}${one(p.value, p)}${tierEn(p.tier)}: this edition scores a number of days without saying working or calendar days, so working days are counted as days; if calendar days are scored, write the number of calendar days (a bare number)`,
  hours_read: (p) =>
    `"${p.given}" is read as ${p.value}${one(p.value, p)}${tierEn(p.tier)}; if those are the service's hours (e.g. open 24 hours), not how long it takes, write how long in ${p.unit}`,
  count_grouped: (p) => `"${p.given}" is read as ${p.value}${one(p.value, p)}: a count of ${p.unit} is whole`,
  count_fraction: (p) => `"${p.given}": a count of ${p.unit} is whole, so ${p.value} ${p.unit} cannot be; read as it is${tierEn(p.tier)} — write the whole number`,
  number_other_impossible: (p) => `"${p.given}" is read as ${p.value}${one(p.value, p)}${tierEn(p.tier)}, not as ${p.other}${one(p.other, p)}, which ${whyEn(p)}`,
  implausible_value: (p) =>
    p.defined
      ? `${p.value}${one(p.value, p)} is not possible for "${p.measure}" (at most ${p.bound}${one(p.bound, p)} by its definition); read as it is${tierEn(p.tier)}`
      : `${p.value}${one(p.value, p)} is not plausible for "${p.measure}" (above ${p.bound}${one(p.bound, p)}; perhaps the amount was typed, not its ${p.unit === "%" ? "change in percent" : "change in points"}); read as it is${tierEn(p.tier)}`,
  percent_cell_points: (p) =>
    p.tier === p.otherTier
      ? `percent-formatted cell: read as ${p.shown}${one(p.shown, p)} as shown (stored ${p.given}); it scores as ${p.given}${one(p.given, p)} would${tierEn(p.tier)}`
      : `percent-formatted cell: read as ${p.shown}${one(p.shown, p)}${tierEn(p.tier)} as shown; if ${p.given}${one(p.given, p)}${tierEn(p.otherTier)} is meant, remove the percent format`,
  percent_cell_stored: (p) =>
    `percent-formatted cell: read as ${p.given}${one(p.given, p)}${tierEn(p.tier)} as stored, not as the ${p.shown}${one(p.shown, p)} shown, which ${whyEn(p)} (typed before the format?); remove the percent format`,
  percent_cell_shown: (p) =>
    p.why
      ? `percent-formatted cell: read as ${p.shown}${one(p.shown, p)}${tierEn(p.tier)} as shown, not as the ${p.given}${one(p.given, p)} stored, which ${whyEn(p)}`
      : p.tier === undefined && p.otherTier === undefined
      ? `percent-formatted cell: read as ${p.shown}${one(p.shown, p)} as shown, not as the ${p.given} stored`
      : `percent-formatted cell: read as ${p.shown}${one(p.shown, p)}${tierEn(p.tier)} as shown; if ${p.given}${one(p.given, p)}${tierEn(p.otherTier)} is meant, remove the percent format`,
  stage_year_read: (p) =>
    `"${p.given}" is read as "${p.stage}"; ${!p.column ? `the year ${p.year} is not used in scoring` : p.same ? `the year ${p.year} agrees with ${p.column} ${p.date}` : p.date ? `the year ${p.year} disagrees with ${p.column} ${p.date}: the date is what is scored; check both` : `the year ${p.year} is not ${p.column}: the date in that column is what is scored, fill it in there`}`,
  trial_after_implementation: (p) =>
    `Tanggal Uji Coba (trial) ${p.trial} (${p.trialCell}) is after Tanggal Penerapan (implementation) ${p.applied} (${p.appliedCell}), though a trial comes first: day and month may be swapped, or the two dates typed in each other's column; check both (the time window is checked with Tanggal Penerapan)`,
  stage_year_future: (p) => `"${p.given}": the year ${p.year} is after Tahun Penilaian ${p.assessed}, a stage not reached yet; write the stage it is at now: ${p.allowed}`,
  month_read: (p) => `"${p.given}" is read as ${p.date}: the ${p.year ? "date" : "day"} changes nothing, as the whole ${p.year ? "year" : "month"} lies ${p.inside ? "inside" : "outside"} the window ${p.from} to ${p.to}`,
  option_form_read: (p) => `"${p.given}" is read as the option ${p.option}${tierEn(p.tier)}`,
  none_word_read: (p) =>
    `"${p.given}" is read as tier 0 (none): this answer to indicator ${p.indicator} scores nothing, as the number 0 does${p.mandatory ? "; mandatory indicator: the innovation does not count in the verified projection" : ""}; to score, write one of the options as the sheet lists them: ${p.allowed}${p.numberBasis ? "; or write a number with its basis" : p.numberExample !== undefined ? `; or write a number, e.g. ${p.numberExample}${p.numberUnit ? ` ${p.numberUnit}` : ""}` : ""}`,
  none_option_read: (p) =>
    `"${p.given}" is read as tier ${p.tier}, the option ${p.option}: indicator ${p.indicator}'s option that says none; if something else was meant, write another option as the sheet lists it: ${p.others}${p.numberBasis ? ", or a number with its basis" : p.numberExample !== undefined ? `, or the number (${p.measure}), e.g. ${p.numberExample}${p.numberUnit ? ` ${p.numberUnit}` : ""}` : ""}`,
  rejected_word_read: (p) => `"${p.given}" is read as "${p.as}"`,
  rejected_unreadable: (p) => `"${p.given}" is not known; choices: ${p.allowed}${p.rejected ? "; until corrected the innovation is taken as rejected (not counted)" : ""}`,
  innovation_same_name: (p) => `same name as innovation "${p.other}" of "${p.otherAgency}" at ${p.used}; both are scored — if it is the same innovation, list it once`,
  innovation_year_other: (p) => `Tahun ${p.given} is not Tahun Penilaian ${p.year}: the region's rules and targets do not count this innovation for "${p.agency}" (its score still counts)`,
  rule_types_widened: (p) => `"${p.given}" is read as "${p.as}": the rule applies to every agency of type ${p.as}, not only to ${p.given} (rules tell types apart only)`,
};
