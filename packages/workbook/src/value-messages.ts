/**
 * Messages about values read from cells (read12b's findings: counts, implausible measures, the Ditolak column,
 * duplicates by their loose name, the year column, the rule's agency types), apart from `messages.ts` so that each
 * family of codes stays in its own file. Merged into `SheetIssueCode` there.
 */
type P = Record<string, string | number | undefined>;
type Msg = (p: P) => string;

export type ValueIssueCode =
  | "count_grouped"
  | "implausible_value"
  | "percent_cell_points"
  | "rejected_word_read"
  | "rejected_unreadable"
  | "innovation_same_name"
  | "innovation_year_other"
  | "rule_types_widened"
  | "unit_converted";

/** " (tingkat 2)" after a reading, " (di bawah tingkat terendah)" for 0, nothing without a tier. */
export const tierId = (t: string | number | undefined) => (t === undefined || t === "" ? "" : t === 0 ? " (di bawah tingkat terendah)" : ` (tingkat ${t})`);
export const tierEn = (t: string | number | undefined) => (t === undefined || t === "" ? "" : t === 0 ? " (below the lowest tier)" : ` (tier ${t})`);

export const VALUE_MESSAGES_ID: Record<ValueIssueCode, Msg> = {
  unit_converted: (p) => `"${p.given}" dibaca sebagai ${p.value} ${p.unit}`,
  count_grouped: (p) => `"${p.given}" dibaca sebagai ${p.value} ${p.unit}: jumlah ${p.unit} selalu bilangan bulat, jadi "${p.separator}" di sini pemisah ribuan`,
  implausible_value: (p) =>
    `nilai ${p.value} ${p.unit} untuk "${p.measure}" tidak masuk akal (lebih dari ${p.bound} ${p.unit}); mungkin yang tertulis jumlahnya (rupiah, orang), bukan ${p.unit === "%" ? "persentase" : "selisih poin"}; dibaca apa adanya${tierId(p.tier)} — tulis ${p.unit === "%" ? "persentasenya" : "selisihnya"}`,
  percent_cell_points: (p) =>
    `sel berformat persen menampilkan ${p.shown} %, tersimpan ${p.given}; dibaca sebagai ${p.shown} ${p.unit}${tierId(p.tier)} seperti yang tampak; bila maksudnya ${p.given} ${p.unit}${tierId(p.otherTier)}, hapus format persennya lalu tulis ${p.given}`,
  rejected_word_read: (p) => `"${p.given}" di kolom "${p.column}" dibaca sebagai "${p.as}"`,
  rejected_unreadable: (p) =>
    `isian "${p.given}" tidak dikenal untuk "${p.column}"; pilihan yang sah: ${p.allowed}; sampai diperbaiki inovasi ini dianggap ditolak (tidak dihitung), karena tidak dapat dipastikan lolos verifikasi`,
  innovation_same_name: (p) =>
    `inovasi "${p.given}" dari "${p.agency}" bernama sama dengan inovasi "${p.other}" dari "${p.otherAgency}" di ${p.used}; keduanya dinilai — bila ini inovasi yang sama, cantumkan sekali saja di perangkat daerah pengampunya`,
  innovation_year_other: (p) =>
    `Tahun ${p.given} bukan Tahun Penilaian ${p.year}: aturan dan target daerah hanya menghitung inovasi tahun ${p.year}, jadi inovasi ini tidak dihitung untuk "${p.agency}" di sana (skornya tetap dihitung); kolom Tahun berisi tahun penilaian, bukan tahun penerapan`,
  rule_types_widened: (p) =>
    `"${p.given}" dibaca sebagai jenis "${p.as}": aturan ini berlaku untuk setiap perangkat daerah berjenis ${p.as} (dinas, badan, inspektorat, sekretariat …), bukan hanya ${p.given}, karena aturan membedakan jenis saja (${p.allowed})`,
};

export const VALUE_MESSAGES_EN: Record<ValueIssueCode, Msg> = {
  unit_converted: (p) => `"${p.given}" is read as ${p.value} ${p.unit}`,
  count_grouped: (p) => `"${p.given}" is read as ${p.value} ${p.unit}: a count of ${p.unit} is always whole, so "${p.separator}" groups thousands here`,
  implausible_value: (p) =>
    `the value ${p.value} ${p.unit} for "${p.measure}" is not plausible (above ${p.bound} ${p.unit}); perhaps the amount (rupiah, persons) was typed instead of the ${p.unit === "%" ? "percentage" : "change in points"}; read as it is${tierEn(p.tier)} — write the ${p.unit === "%" ? "percentage" : "change"}`,
  percent_cell_points: (p) =>
    `the cell's percent format shows ${p.shown} %, it holds ${p.given}; read as ${p.shown} ${p.unit}${tierEn(p.tier)} as shown; if ${p.given} ${p.unit}${tierEn(p.otherTier)} is meant, remove the percent format and write ${p.given}`,
  rejected_word_read: (p) => `"${p.given}" in column "${p.column}" is read as "${p.as}"`,
  rejected_unreadable: (p) =>
    `"${p.given}" is not a known value for "${p.column}"; valid: ${p.allowed}; until it is corrected the innovation is taken as rejected (not counted), as it cannot be confirmed to pass verification`,
  innovation_same_name: (p) =>
    `innovation "${p.given}" of "${p.agency}" has the same name as innovation "${p.other}" of "${p.otherAgency}" at ${p.used}; both are scored — if it is the same innovation, list it once, under the agency that runs it`,
  innovation_year_other: (p) =>
    `Tahun ${p.given} is not the assessment year ${p.year}: the region's rules and targets count ${p.year}'s innovations only, so this one does not count for "${p.agency}" there (its score still counts); the Tahun column holds the assessment year, not the year of implementation`,
  rule_types_widened: (p) =>
    `"${p.given}" is read as the type "${p.as}": the rule applies to every agency of type ${p.as} (dinas, badan, the inspectorate, secretariats …), not only to ${p.given}, as rules tell types apart only (${p.allowed})`,
};
