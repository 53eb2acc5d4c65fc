/**
 * The template's words about time, from edition data: which year each year column means (the IGA year an innovation
 * is entered for vs the implementation window the edition asks for), so 2025 typed in `Tahun` is not mistaken for
 * the year of implementation.
 */
import { DEFAULT_EFFORTS, DEFAULT_MAX_ACTIONS, isShippedEdition, readableDate, type Edition } from "@inovasi/core";
import { AGENCY_TYPE_OPTIONS, type ProfileField, SETTINGS_KEYS } from "./layout.js";
import { FORM_LABELS, STAGE_LABELS, offeredLabels } from "./labels.js";
import { PLAN_SETTINGS_KEYS, indicatorEffortKey } from "./plan-settings.js";

/**
 * The implementation window as words (`1 Januari 2024 s.d. 31 Desember 2025`, as the messages write dates), or
 * undefined when the edition sets none.
 */
export function windowText(edition: Edition): string | undefined {
  const w = edition.eligibility.window;
  return w ? `${readableDate(w.from, "id", w.from)} s.d. ${readableDate(w.to, "id", w.to)}` : undefined;
}

/** Prompts of the Inovasi columns that hold years, dates and counts the edition sets rules for. */
export function yearsHelp(edition: Edition): Partial<Record<ProfileField, string>> {
  const y = edition.year;
  const win = windowText(edition);
  const minWords = edition.eligibility.minDesignWords?.value;
  const maxEntries = edition.eligibility.maxEntries?.value;
  const iga = isShippedEdition(edition.id); // "IGA <year>": the Ministry's editions only
  return {
    year:
      `${iga ? "Tahun IGA (tahun penilaian)" : "Tahun penilaian"} inovasi ini diajukan: ${y} untuk edisi ${edition.id}; kosong = ${y}. ` +
      `Dipakai untuk aturan wajib inovasi per perangkat daerah. BUKAN tahun penerapan: ` +
      (win ? `penerapan ditulis di Tanggal Penerapan (${win}).` : "penerapan ditulis di Tanggal Penerapan."),
    trialDate: `Tanggal uji coba dimulai, mis. 2024-03-01 atau 01/03/2024. Dipakai bila Tanggal Penerapan kosong${win ? `; harus ${win}` : ""}.`,
    implementationDate: win
      ? `Tanggal inovasi mulai diterapkan. ${iga ? `IGA ${y} (edisi ${edition.id})` : `Model ${edition.id}`} meminta penerapan ${win}. Contoh: 2024-06-01 atau 01/06/2024.`
      : `Tanggal inovasi mulai diterapkan, mis. 2024-06-01 atau 01/06/2024.`,
    ...(minWords != null ? { designWords: `Jumlah kata rancang bangun (bilangan bulat, minimal ${minWords}).` } : {}),
    ...(maxEntries != null ? { entries: `Berapa kali inovasi ini diikutkan ${iga ? "IGA" : "penilaian"}, termasuk tahun ${y} (paling banyak ${maxEntries}).` } : {}),
  };
}

/** Prompts of the Pengaturan rows, by key. */
export function settingsHelp(edition: Edition): Record<string, string> {
  const y = edition.year;
  const win = windowText(edition);
  return {
    [SETTINGS_KEYS.regionName]: "Nama daerah, mis. Kabupaten Sungai Contoh. Wajib diisi.",
    [SETTINGS_KEYS.level]: "Provinsi, Kabupaten atau Kota. Wajib diisi.",
    [SETTINGS_KEYS.year]: `${isShippedEdition(edition.id) ? "Tahun IGA" : "Tahun"} yang dinilai: ${y} untuk edisi ${edition.id}. Bukan tahun penerapan${win ? ` (penerapan ${win})` : ""}.`,
    [SETTINGS_KEYS.edition]: `Edisi model penilaian, mis. ${edition.id}. Biarkan seperti ini kecuali memakai edisi lain.`,
    [SETTINGS_KEYS.reported]: "Ya bila daerah melaporkan inovasinya tahun ini.",
    [SETTINGS_KEYS.spdTotal]: "Nilai SPD (tata kelola) dari kementerian, bila tidak diisi per indikator.",
    [SETTINGS_KEYS.ruleMin]: `Aturan daerah sendiri (boleh kosong): jumlah minimal inovasi per perangkat daerah pada tahun ${y}.`,
    [SETTINGS_KEYS.ruleTypes]: `Jenis perangkat daerah yang wajib, dipisah titik koma, mis. OPD; Kecamatan. Pilihan: ${AGENCY_TYPE_OPTIONS.join(", ")}.`,
    [SETTINGS_KEYS.ruleStages]: `Tahapan yang dihitung untuk aturan daerah, dipisah titik koma: ${offeredLabels(STAGE_LABELS).join("; ")}.`,
    [SETTINGS_KEYS.ruleForms]: `Bentuk inovasi yang dihitung untuk aturan daerah, dipisah titik koma (kosong = semua): ${offeredLabels(FORM_LABELS).join("; ")}. Bila diisi, inovasi yang Bentuk-nya kosong tidak dihitung.`,
    [SETTINGS_KEYS.target]: `Target jumlah inovasi daerah pada tahun ${y} (boleh kosong).`,
    ...planSettingsHelp(edition),
  };
}

/** What one kind of step asks, for its effort row's prompt. */
const EFFORT_OF: Record<keyof typeof DEFAULT_EFFORTS, string> = {
  evidence: "satu bukti dukung sampai diterima (juga mengisi data SPD yang kosong)",
  count: "memperbaiki satu syarat agar inovasi dihitung (tanggal, rancang bangun, indikator wajib)",
  newInnovation: "satu inovasi baru",
  yandas: "satu inovasi baru di urusan yandas yang belum ada",
  tierUp: "menaikkan satu indikator inovasi satu tingkat",
  spdTierUp: "menaikkan satu indikator SPD satu tingkat",
  withhold: "tidak mengajukan satu inovasi yang tidak dihitung",
};

/**
 * Prompts of the plan's Pengaturan rows (the Rencana sheet, `inovasi plan`): the target, the step limit, and each
 * effort with what one unit of effort is and its default (a blank row keeps it).
 */
function planSettingsHelp(edition: Edition): Record<string, string> {
  const top = edition.bands.filter((b) => b.max.value !== 0 && b.min.value !== null).map((b) => b.label.id).join(", ");
  const out: Record<string, string> = {
    [PLAN_SETTINGS_KEYS.target]: `Target lembar Rencana: predikat (${top}) atau nilai indeks, mis. 50,5. Kosong = predikat berikutnya.`,
    [PLAN_SETTINGS_KEYS.maxActions]: `Langkah paling banyak dalam rencana (bilangan bulat). Kosong = ${DEFAULT_MAX_ACTIONS}; rencana yang berhenti di batas menyebut berapa yang diperlukan.`,
  };
  // an indicator's own effort is a row of its own: said where its kind's is set, with an indicator of the edition
  const sid = edition.indicators.find((i) => i.aspect === "SID")?.id;
  const spd = edition.indicators.find((i) => i.aspect === "SPD" && !(i.record ?? i.measures.length > 0))?.id;
  const own: Partial<Record<keyof typeof DEFAULT_EFFORTS, string>> = {
    evidence: spd && ` Per indikator: baris "${indicatorEffortKey("evidence", spd)}".`,
    tierUp: sid && ` Per indikator: baris "${indicatorEffortKey("tierUp", sid)}" (semua tingkat) atau "… ke 3".`,
    spdTierUp: spd && ` Per indikator: baris "${indicatorEffortKey("tierUp", spd)}".`,
  };
  for (const [key, what] of Object.entries(EFFORT_OF) as [keyof typeof DEFAULT_EFFORTS, string][]) {
    out[PLAN_SETTINGS_KEYS[key]] = `Upaya ${what}. 1 upaya = satuan kerja relatif; bawaan 1 = satu bukti dukung, kira-kira satu hari kerja satu orang. Kosong = ${String(DEFAULT_EFFORTS[key]).replace(".", ",")}.${own[key] ?? ""}`;
  }
  return out;
}
