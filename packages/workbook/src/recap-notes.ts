/**
 * What a reader of a recap must know before its ranks: regions scored with different editions or of different years
 * (ranks never cross them), the same region given twice, the province's own workbook among its kab/kota. One sentence
 * each, in Bahasa Indonesia or English; the Rekap sheet and the add-in's pane show the same sentences.
 */
import { errorKindsText } from "./figure-flaws.js";
import { type ExpectedRegion, type MessageLocale, type Recap, bareRegionName, undecidedCopies, readLocale } from "@inovasi/core";
import { LEVEL_LABELS } from "./labels.js";
import { placeText } from "./region-list.js";
import { numberText } from "./number-text.js";
import type { RecapOwnTarget } from "./recap.js";

type Notes = Pick<Recap, "mixedEditions" | "duplicates" | "mixedYears" | "years" | "provinces"> & Partial<Pick<Recap, "expected" | "year" | "outsideYear" | "regions" | "target" | "outsideDistribution">>;
type Duplicate = Recap["duplicates"][number];
type Ranked = Pick<Recap, "regions"> & Partial<Pick<Recap, "outsideDistribution">>;
type Expected = NonNullable<Recap["expected"]>;
/** A listed region with its place already worded in the note's language. */
type Placed = Pick<ExpectedRegion, "name" | "level"> & { at?: string | undefined };

/** A file name that holds a region's name without its level word ("kab-pesisir-contoh.xlsx" for "Kabupaten Pesisir Contoh"). */
function fileNames(file: string, region: string): boolean {
  const bare = bareRegionName(region);
  return bare !== "" && ` ${norm(file.replace(/\.[^.]*$/, ""))} `.includes(` ${bare} `);
}

const norm = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** A level as the workbook's Tingkat cell says it ("Kabupaten"), in both languages. */
const levelId = (level: string) => LEVEL_LABELS[level as keyof typeof LEVEL_LABELS]?.[0] ?? level;

/**
 * A saved date as the notes print it, to the second (`2026-06-01 09:30:15 UTC`; "?" when unknown): two copies saved
 * within one minute are told apart by their seconds, and the note shows why one was the newer.
 */
const when = (iso: string | null | undefined) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : "?");
const all = (d: Duplicate) => d.ids.map((id) => `${id} (${when(d.saved[id])})`).join(", ");
const others = (d: Duplicate) => d.left.map((id) => `${id} (${when(d.saved[id])})`).join(", ");

/**
 * Why two files giving one region may be two regions (a workbook copied from a neighbour's, Nama Daerah kept): a listed
 * region that sent no file whose name is in a file's name (`file`), else the listed regions that sent none (`missing`,
 * one of the two may mean one), else a file whose name does not hold the region's while another's does (`odd`).
 */
interface DuplicateHint {
  file?: { id: string; name: string };
  missing?: string[];
  odd?: string[];
}

function duplicateHint(d: Duplicate, expected: Expected | null | undefined): DuplicateHint | null {
  const missing = expected && expected.year === d.year ? expected.missing : [];
  for (const id of d.ids) {
    const m = missing.find((x) => fileNames(id, x.name));
    if (m) return { file: { id, name: m.name } };
  }
  if (missing.length) return { missing: missing.map((x) => x.name) };
  const odd = d.ids.filter((id) => !fileNames(id, d.name));
  return odd.length > 0 && odd.length < d.ids.length ? { odd } : null;
}

const listOf = (xs: string[], and: string) => (xs.length > 3 ? `${xs.slice(0, 3).join(", ")} …` : xs.length > 1 ? `${xs.slice(0, -1).join(", ")} ${and} ${xs[xs.length - 1]}` : xs[0]!);
const hintId = (d: Duplicate, h: DuplicateHint) =>
  h.file
    ? `${h.file.id} mungkin berkas ${h.file.name}, yang ada di daftar daerah tetapi belum mengirim berkas (nama berkasnya menyebut daerah itu): periksa Nama Daerah di lembar Pengaturan ${h.file.id}`
    : h.missing
      ? `salah satu dari ${d.ids.join(" dan ")} mungkin berkas ${listOf(h.missing, "atau")}, yang ada di daftar daerah tetapi belum mengirim berkas: periksa Nama Daerah di lembar Pengaturan keduanya`
      : `nama berkas ${h.odd!.join(", ")} tidak memuat nama ${d.name}: mungkin berkas daerah lain yang Nama Daerah-nya tersalin; periksa Nama Daerah di lembar Pengaturannya`;
const hintEn = (d: Duplicate, h: DuplicateHint) =>
  h.file
    ? `${h.file.id} may be ${h.file.name}'s file, on the list of regions but with no file yet (the file's name says that region): check the region's name on ${h.file.id}'s Pengaturan sheet`
    : h.missing
      ? `one of ${d.ids.join(" and ")} may be ${listOf(h.missing, "or")}'s file, on the list of regions but with no file yet: check the region's name on both files' Pengaturan sheet`
      : `the name of ${h.odd!.join(", ")} does not hold ${d.name}: it may be another region's file with the region's name copied; check the region's name on its Pengaturan sheet`;

/**
 * Among how many regions the ranks are: those actually ranked (index known, reported, file without flaws) — not every
 * region whose index is known (a file with errors or a region that did not report has one, and no rank).
 */
const rankedAmong = {
  id: (n: number) => (n ? `Peringkat hanya di antara ${n} daerah yang diberi peringkat (indeksnya diketahui, sudah melapor, berkasnya tanpa kesalahan).` : "Tidak ada daerah yang diberi peringkat."),
  en: (n: number) => (n ? `Ranks are only among the ${n} region${n === 1 ? "" : "s"} ranked (index known, reported, file without errors).` : "No region is ranked."),
};

/**
 * Why the file's time decided which copy is newer, a sentence of its own after the note's bracket (not a bracket
 * within it): the workbooks' own saved dates tie, or some copy has none; and that a file's time changes when the file
 * is copied (e-mail, USB), so the analyst checks (audit36, cli37).
 */
function byFileWhy(d: Duplicate, locale: MessageLocale): string {
  const w = d.workbookDates;
  if (!w || !d.kept) return "";
  if (locale === "en") {
    const why = "tie" in w ? `the workbooks' own saved dates are the same, ${when(w.tie)}` : `${w.missing.length === 1 ? "the workbook of" : "the workbooks of"} ${w.missing.join(", ")} ${w.missing.length === 1 ? "has" : "have"} no saved date`;
    return ` The file's time decided, as ${why}; a file's time changes when it is copied, e.g. by e-mail or USB, so check that ${d.kept} is the newest.`;
  }
  const why = "tie" in w ? `tanggal simpan di buku kerja ${d.ids.length === 2 ? "keduanya" : "semuanya"} sama, ${when(w.tie)}` : `${w.missing.join(", ")} tanpa tanggal simpan di buku kerja`;
  return ` Waktu berkas yang menentukan karena ${why}; waktu berkas berubah bila berkas disalin, mis. lewat e-mail atau USB, jadi periksa bahwa ${d.kept} memang yang terbaru.`;
}

const T = {
  id: {
    targetNext: `Target: predikat berikutnya di atas predikat terverifikasi setiap daerah (bawaan; satu target untuk semua: inovasi rekap --target, atau daftar Target di panel). "Kurang ke Target" dan Rencana sama-sama menuju target itu; daerah di predikat tertinggi sudah mencapainya.`,
    targetNamed: (t: string) => `Target: ${t} untuk semua daerah (--target). "Kurang ke Target" dan Rencana sama-sama menuju target itu.`,
    unranked: (flawed: number, silent: number, ranked: number) =>
      `${flawed + silent} daerah tanpa peringkat (lihat kolom Status Angka): ${[flawed ? `${flawed} berkasnya memuat kesalahan atau lembar atau kolomnya kurang — angka belum dapat dipercaya, maka tidak dihitung dalam angka provinsi mana pun (peringkat, rata-rata, sebaran predikat, inovasi dihitung, naik/turun); perbaiki berkasnya lalu jalankan lagi` : "", silent ? `${silent} belum melapor` : ""].filter(Boolean).join("; ")}. ${rankedAmong.id(ranked)}`,
    mixedEditions: "Daerah dinilai dengan edisi yang berbeda: peringkat dihitung di dalam setiap edisi, tidak lintas edisi.",
    duplicate: (d: Duplicate, hint: DuplicateHint | null) =>
      `${d.name} ${d.year} muncul ${d.ids.length} kali (${d.ids.join(", ")}):${d.names.length > 1 ? ` ditulis ${d.names.map((n) => `"${n}"`).join(" dan ")};` : ""} ${
        d.kept && d.by === "content"
          ? `isinya sama (jawaban dan angka yang sama), maka daerah ini dihitung sekali, sebagai ${d.kept}; tidak dihitung: ${d.left.join(", ")}.`
          : d.kept
          ? `yang dihitung hanya yang terbaru, ${d.kept} (disimpan ${when(d.saved[d.kept])}, menurut ${d.by === "workbook" ? "tanggal simpan di buku kerja" : "waktu berkas"}); tidak dihitung: ${others(d)}.${byFileWhy(d, "id")} Bila yang lama yang benar, keluarkan ${d.kept} dari rekap.`
          : `tanggal simpannya tidak membedakan mana yang terbaru (${all(d)}), maka tidak satu pun diberi peringkat atau dihitung dalam jumlah provinsi (satu daerah tidak dihitung dua kali); ${hint ? `${hintId(d, hint)}; bila keduanya memang daerah yang sama, keluarkan berkas yang lama` : "keluarkan berkas yang lama"} lalu jalankan lagi.`
      }${d.kept && hint ? ` ${hintId(d, hint).replace(/^./, (c) => c.toUpperCase())}.` : ""}`,
    years: (main: number, others: string) =>
      `Tahun penilaian berbeda: kebanyakan berkas ${main}; ${others}. Peringkat dihitung di dalam setiap tahun; periksa apakah berkas itu kiriman tahun lain. Untuk merekap satu tahun saja, pilih tahunnya (inovasi rekap --year, atau Tahun penilaian di panel).`,
    outsideYear: (year: number, n: number, list: string) => `Rekap tahun ${year}: ${n} berkas tahun lain tidak direkap (tidak diberi peringkat, tidak dihitung): ${list}.`,
    provinces: (ids: string[]) => `Buku kerja tingkat provinsi di antara kab/kota: ${ids.join(", ")}; diberi peringkat sendiri, tidak bersama kab/kota.`,
    missing: (n: number, listed: number, year: number) => `${n} dari ${listed} daerah dalam daftar daerah belum mengirim berkas ${year}:`,
    missingOne: (name: string, at: string | undefined, otherYears: string[]) => `· ${name}${at ? ` (${at})` : ""}${otherYears.length ? `: hanya berkas tahun lain, ${otherYears.join(", ")}` : ""}`,
    unscored: (n: number) => `${n} berkas tidak dapat dinilai; daerahnya mungkin salah satu di atas (lihat lembar Masalah per Berkas).`,
    fileOf: (file: string) => ` — berkasnya mungkin ${file}, yang tidak dapat dinilai (lihat lembar Masalah per Berkas)`,
    copyOf: (file: string, name: string) => ` — berkasnya mungkin ${file}, yang Nama Daerah-nya "${name}" seperti berkas lain (periksa Nama Daerah di lembar Pengaturan berkas itu)`,
    notListed: (n: number) => `${n} berkas dinilai untuk daerah yang tidak ada dalam daftar daerah (periksa ejaan nama daerah di buku kerjanya, atau tambahkan daerah itu ke daftar):`,
    notListedOne: (id: string, name: string, level: string, at: string | null, near: Placed | null) =>
      `· ${id}: "${name}"${at ? ` (${at})` : ""}${near ? ` — mirip "${near.name}"${near.at ? ` (${near.at})` : ""}, yang belum mengirim berkas${near.level !== level ? `; tingkatnya berbeda: buku kerja ${levelId(level)}, daftar ${levelId(near.level)} (periksa Tingkat di Pengaturan)` : ""}` : ""}`,
    allSent: (listed: number, year: number) => `Semua ${listed} daerah dalam daftar daerah mengirim berkas ${year}.`,
    spelt: (xs: string) => `Nama daerah di rekap ini ditulis seperti di daftar daerah; berkas yang menulisnya lain (Nama Daerah di lembar Pengaturan): ${xs}.`,
    unknown: (n: number, ranked: number) =>
      `Indeks ${n} daerah tidak dapat dihitung (angka yang diperlukan belum diketahui edisi, atau belum diisi): tanpa peringkat, tidak dihitung di bawah target; ${rankedAmong.id(ranked).replace(/^./, (c) => c.toLowerCase())}`,
  },
  en: {
    targetNext: `Target: each region's next predicate above its verified one (the default; one target for all: inovasi rekap --target, or the target list in the pane). "Short of Target" and the plan both go to that target; a region in the top predicate has met it.`,
    targetNamed: (t: string) => `Target: ${t} for every region (--target). "Short of Target" and the plan both go to that target.`,
    unranked: (flawed: number, silent: number, ranked: number) =>
      `${flawed + silent} region${flawed + silent === 1 ? "" : "s"} not ranked (see the Figures Status column): ${[flawed ? `${flawed} whose file has errors or a missing sheet or column — figures not to be trusted yet, so in no province figure (ranks, average, predicate distribution, innovations counted, rose/fell); fix the file and run again` : "", silent ? `${silent} not reported` : ""].filter(Boolean).join("; ")}. ${rankedAmong.en(ranked)}`,
    mixedEditions: "Regions were scored with different editions: ranks are within each edition, never across.",
    duplicate: (d: Duplicate, hint: DuplicateHint | null) =>
      `${d.name} ${d.year} appears ${d.ids.length} times (${d.ids.join(", ")}):${d.names.length > 1 ? ` spelt ${d.names.map((n) => `"${n}"`).join(" and ")};` : ""} ${
        d.kept && d.by === "content"
          ? `they hold the same (the same answers and figures), so the region is counted once, as ${d.kept}; not counted: ${d.left.join(", ")}.`
          : d.kept
          ? `only the newest is counted, ${d.kept} (saved ${when(d.saved[d.kept])}, by the ${d.by === "workbook" ? "workbook's own saved date" : "file's time"}); not counted: ${others(d)}.${byFileWhy(d, "en")} If the older one is right, leave ${d.kept} out of the recap.`
          : `their saved dates do not tell which is newest (${all(d)}), so neither is ranked or counted in the province's figures (a region is never counted twice); ${hint ? `${hintEn(d, hint)}; if both really are that region, leave the old file out` : "leave the old file out"} and run again.`
      }${d.kept && hint ? ` ${hintEn(d, hint).replace(/^./, (c) => c.toUpperCase())}.` : ""}`,
    years: (main: number, others: string) =>
      `Different assessment years: most files ${main}; ${others}. Ranks are within each year; check whether that file was sent for another year. To recap one year only, choose it (inovasi rekap --year, or the assessment year in the pane).`,
    outsideYear: (year: number, n: number, list: string) => `Recap of ${year}: ${n} file${n === 1 ? "" : "s"} of another year left out (not ranked, not counted): ${list}.`,
    provinces: (ids: string[]) => `Province-level workbook among the kab/kota: ${ids.join(", ")}; ranked on its own, not with the kab/kota.`,
    missing: (n: number, listed: number, year: number) => `${n} of the ${listed} regions on the list of regions sent no ${year} file:`,
    missingOne: (name: string, at: string | undefined, otherYears: string[]) => `· ${name}${at ? ` (${at})` : ""}${otherYears.length ? `: only a file of another year, ${otherYears.join(", ")}` : ""}`,
    unscored: (n: number) => `${n} file${n === 1 ? "" : "s"} could not be scored; the region may be one of the above (see the Masalah per Berkas sheet).`,
    fileOf: (file: string) => ` — its file may be ${file}, which could not be scored (see the Masalah per Berkas sheet)`,
    copyOf: (file: string, name: string) => ` — its file may be ${file}, whose region's name "${name}" is another file's too (check the region's name on that file's Pengaturan sheet)`,
    notListed: (n: number) => `${n} file${n === 1 ? "" : "s"} scored for a region not on the list of regions (check the region's name in that workbook, or add the region to the list):`,
    notListedOne: (id: string, name: string, level: string, at: string | null, near: Placed | null) =>
      `· ${id}: "${name}"${at ? ` (${at})` : ""}${near ? ` — close to "${near.name}"${near.at ? ` (${near.at})` : ""}, which sent no file${near.level !== level ? `; the levels differ: the workbook ${levelId(level)}, the list ${levelId(near.level)} (check Tingkat on Pengaturan)` : ""}` : ""}`,
    allSent: (listed: number, year: number) => `Every one of the ${listed} regions on the list sent a ${year} file.`,
    spelt: (xs: string) => `Region names in this recap are spelt as on the list of regions; files that spell them otherwise (the region's name on their Pengaturan sheet): ${xs}.`,
    unknown: (n: number, ranked: number) =>
      `The index of ${n} region${n === 1 ? "" : "s"} cannot be computed (a number it needs is unknown to the edition, or not filled in): not ranked, not counted below the target; ${rankedAmong.en(ranked).replace(/^./, (c) => c.toLowerCase())}`,
  },
} as const;

/**
 * The recap's notes, in order: against the province's list of regions (who sent nothing, whose file is not on the
 * list), editions, duplicates, years, the province's own workbook. `unscored`: names of the files that could not be
 * scored (their region unknown), said beside the missing regions (by name when a file's name holds the region's).
 */
export function recapNotes(recap: Notes, locale: MessageLocale = "id", unscored: readonly string[] = []): string[] {
  locale = readLocale(locale, "recapNotes");
  const t = T[locale];
  const out: string[] = recap.expected ? recapExpectedNotes(recap.expected, locale, unscored, recap.duplicates) : [];
  const spelt = recap.regions ? recapSpeltNote(recap.regions, locale) : null;
  if (spelt) out.push(spelt);
  if (recap.mixedEditions) out.push(t.mixedEditions);
  for (const d of recap.duplicates) out.push(recapDuplicateNote(d, locale, recap.expected));
  const years = recapYearsNote(recap, locale);
  if (years) out.push(years);
  const outsideYear = recapOutsideYearNote(recap, locale);
  if (outsideYear) out.push(outsideYear);
  const provinces = recapProvincesNote(recap, locale);
  if (provinces) out.push(provinces);
  const scope = recap.regions ? { regions: recap.regions, ...(recap.outsideDistribution ? { outsideDistribution: recap.outsideDistribution } : {}) } : null;
  const unknown = scope ? recapUnknownNote(scope, locale) : null;
  if (unknown) out.push(unknown);
  const unranked = scope ? recapUnrankedNote(scope, locale) : null;
  if (unranked) out.push(unranked);
  return out;
}

/**
 * What every row's target is: the one named — a text as typed, an index given as a number in the note's language
 * (60,5) — or each region's next predicate up (the default).
 */
export function recapTargetNote(recap: Partial<Pick<Recap, "target">>, locale: MessageLocale = "id"): string {
  locale = readLocale(locale, "recapTargetNote");
  const t = recap.target;
  return t === null || t === undefined ? T[locale].targetNext : T[locale].targetNamed(typeof t === "number" ? numberText(t, locale) : t);
}

/**
 * Regions with figures that are not ranked: their file has errors or misses a sheet (`RecapRow.flaws`), or they did
 * not report; null when there are none. (An unknown index is `recapUnknownNote`'s.)
 */
export function recapUnrankedNote(recap: Ranked, locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapUnrankedNote");
  const flawedRows = recap.regions.filter((r) => r.flaws !== null && r.verified.index !== null);
  const flawed = flawedRows.length;
  const silent = recap.regions.filter((r) => r.flaws === null && !r.region.reported).length;
  if (!(flawed + silent)) return null;
  // which region, and which kind of error keeps it unranked and how many, so the province can tell the kab/kota what
  // to fix (audit36: "1 berkasnya memuat kesalahan" named neither); missing sheets and columns are on Status Angka
  const en = locale === "en";
  const which = flawedRows
    .filter((r) => r.flaws!.errors > 0)
    .map((r) => {
      const top = r.flaws!.kinds?.[0];
      // the first error of the commonest kind as an example: where, what was typed, what to write instead
      return `${r.region.name}: ${r.flaws!.errors} ${en ? `error${r.flaws!.errors === 1 ? "" : "s"}` : "kesalahan"}${top ? ` (${errorKindsText(r.flaws!.kinds, locale)}${top.example ? `${en ? "; e.g. " : "; mis. "}${top.example}` : ""})` : ""}`;
    });
  return T[locale].unranked(flawed, silent, ranked(recap)) + (which.length ? ` ${en ? "Errors" : "Kesalahan"}: ${which.join("; ")}.` : "");
}

/**
 * Whom the "below the target" line counts, as `inovasi rekap` and the pane write it: of the regions with a target that
 * the distribution counts (`outsideDistribution` apart), `below` are those short of it that reported with valid
 * figures; every other region once, by why it is neither below nor at the target — its index unknown, else its figures
 * not valid yet (`flawed`), else not reported (`silent`), as the Status Angka column says it.
 */
export function recapBelowTarget(recap: Ranked): { below: Recap["regions"]; unknown: number; flawed: number; silent: number } {
  const counted = recap.regions.filter((r) => r.target && !recap.outsideDistribution?.includes(r.id));
  return {
    below: counted.filter((r) => r.target!.met === false && r.region.reported && r.flaws === null),
    unknown: counted.filter((r) => r.verified.index === null).length,
    flawed: counted.filter((r) => r.verified.index !== null && r.flaws !== null).length,
    silent: counted.filter((r) => r.verified.index !== null && r.flaws === null && !r.region.reported).length,
  };
}

/**
 * Regions whose verified index is unknown (the edition cannot compute it): they are not ranked and not below the
 * target, and the ranks are among the others; null when every index is known.
 */
export function recapUnknownNote(recap: Ranked, locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapUnknownNote");
  const unknown = recap.regions.filter((r) => r.verified.index === null).length;
  return unknown ? T[locale].unknown(unknown, ranked(recap)) : null;
}

/** Regions with a rank (in any edition, year or kind: each ranks apart), the ones the notes say the ranks are among. */
/** Of the rows the province's figures count (`outsideDistribution` apart, when given): as `totals.ranked` says the same number. */
const ranked = (recap: Ranked) => recap.regions.filter((r) => r.rank !== null && !recap.outsideDistribution?.includes(r.id)).length;

/**
 * One region given more than once: which copy is counted and which not (or that no date tells them apart), and, when
 * they may be two regions (`expected`: a listed region that sent no file, its name in a file's name), which file to
 * check the Nama Daerah of.
 */
export function recapDuplicateNote(d: Duplicate, locale: MessageLocale = "id", expected?: Expected | null): string {
  locale = readLocale(locale, "recapDuplicateNote");
  return T[locale].duplicate(d, duplicateHint(d, expected));
}

/**
 * The recap against the province's list, one line each: a heading and every listed region with no file of the main
 * year (where the list names it; a file of another year named), then every scored file whose region is not on the
 * list (where the workbook names it); or one line saying every listed region sent a file.
 */
export function recapExpectedNotes(expected: Expected, locale: MessageLocale = "id", unscored: readonly string[] = [], duplicates: readonly Duplicate[] = []): string[] {
  locale = readLocale(locale, "recapExpectedNotes");
  const t = T[locale];
  const out: string[] = [];
  if (expected.missing.length) {
    out.push(t.missing(expected.missing.length, expected.listed, expected.year));
    // a file that could not be scored has no region to read; its name often says it ("kab-pesisir.xlsx")
    const named = new Set<string>();
    for (const m of expected.missing) {
      const file = unscored.find((f) => !named.has(f) && fileNames(f, m.name));
      if (file) named.add(file);
      // a file giving another region's Nama Daerah (that region given twice) whose own name is this region's
      const dup = file ? undefined : duplicates.find((d) => d.year === expected.year && d.ids.some((id) => fileNames(id, m.name)));
      const copy = dup && dup.ids.find((id) => fileNames(id, m.name))!;
      out.push(`${t.missingOne(m.name, m.at === undefined ? undefined : placeText(m.at, locale), m.otherYears)}${file ? t.fileOf(file) : dup ? t.copyOf(copy!, dup.name) : ""}`);
    }
    if (unscored.length > named.size) out.push(t.unscored(unscored.length - named.size));
  }
  if (expected.notListed.length) {
    out.push(t.notListed(expected.notListed.length));
    for (const x of expected.notListed) out.push(t.notListedOne(x.id, x.name, x.level, x.at, x.near && { ...x.near, at: x.near.at === undefined ? undefined : placeText(x.near.at, locale) }));
  }
  if (!expected.missing.length && !expected.notListed.length) out.push(t.allSent(expected.listed, expected.year));
  return out;
}

/**
 * The files whose region the recap names as the province's list spells it (`RecapRow.nameInFile`), each with what it
 * typed: the name on the recap is then not the one in the file, and whoever looks the file up by it should know.
 * Not a difference of letter case or spaces alone ("KABUPATEN  RAWA CONTOH"): the same words, found as they are.
 * Null when there is none.
 */
export function recapSpeltNote(regions: readonly Pick<Recap["regions"][number], "id" | "region" | "nameInFile">[], locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapSpeltNote");
  const words = (s: string) => s.toLocaleLowerCase("id").replace(/\s+/gu, " ").trim();
  const xs = regions.filter((r) => r.nameInFile !== undefined && words(r.nameInFile) !== words(r.region.name));
  return xs.length ? T[locale].spelt(xs.map((r) => `${r.id} ("${r.nameInFile}" = ${r.region.name})`).join(", ")) : null;
}

/**
 * The rows the predicate distribution does not count (another assessment year, the province's own workbook), each
 * with why; null when it counts every row.
 */
export function recapOutsideNote(recap: Pick<Recap, "regions" | "outsideDistribution" | "provinces"> & Partial<Pick<Recap, "duplicates">>, locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapOutsideNote");
  if (!recap.outsideDistribution.length) return null;
  const copies = undecidedCopies(recap.duplicates);
  const why = (id: string) => {
    const r = recap.regions.find((x) => x.id === id);
    if (recap.provinces.includes(id)) return locale === "en" ? "province level" : "tingkat provinsi";
    if (copies.has(id)) return locale === "en" ? "a copy no date tells from another" : "salinan yang tanggalnya tidak membedakan";
    return locale === "en" ? `year ${r?.region.year ?? "?"}` : `tahun ${r?.region.year ?? "?"}`;
  };
  const list = recap.outsideDistribution.map((id) => `${id} (${why(id)})`).join(", ");
  return locale === "en"
    ? `Not counted in the distribution: ${list}; it counts this year's kab/kota, as they are ranked together.`
    : `Tidak dihitung dalam sebaran: ${list}; sebaran menghitung kab/kota tahun ini, yang diberi peringkat bersama.`;
}

/** Files of more than one assessment year: which, and that ranks stay within a year; null when all are of one. */
export function recapYearsNote(recap: Pick<Recap, "mixedYears" | "years">, locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapYearsNote");
  if (!recap.mixedYears) return null;
  return T[locale].years(recap.years[0]!.year, recap.years.slice(1).map((y) => `${y.year}: ${y.ids.join(", ")}`).join("; "));
}

/** Files of another year than the one recapped (`RecapOptions.year`), each with its year; null when there are none. */
export function recapOutsideYearNote(recap: Partial<Pick<Recap, "year" | "outsideYear">>, locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapOutsideYearNote");
  const out = recap.outsideYear ?? [];
  if (!out.length || recap.year === null || recap.year === undefined) return null;
  return T[locale].outsideYear(recap.year, out.length, out.map((x) => `${x.id} (${x.year})`).join(", "));
}

/**
 * The years of the files left out for being of another year than the one recapped, each with how many files, most
 * files first (then the later year): what a recap that found no file of its year names instead.
 */
export function recapOtherYears(recap: Pick<Recap, "outsideYear">): { year: number; files: number }[] {
  const found = new Map<number, number>();
  for (const x of recap.outsideYear) found.set(x.year, (found.get(x.year) ?? 0) + 1);
  return [...found].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([year, files]) => ({ year, files }));
}

/** The province's own workbook among its kab/kota, ranked apart; null when there is none. */
export function recapProvincesNote(recap: Pick<Recap, "provinces">, locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapProvincesNote");
  return recap.provinces.length ? T[locale].provinces(recap.provinces) : null;
}

/** Unmet count targets listed in full up to this many regions; more: counted, the furthest named, the rest in the column. */
export const COUNT_TARGETS_LISTED = 5;

/** Regions named when the unmet are more than {@link COUNT_TARGETS_LISTED}: the furthest from their target first. */
const COUNT_TARGETS_FIRST = 3;

/**
 * The regions' targets of a number of innovations (`RecapRow.countTargets`) in one line, as the Rekap sheet, the CLI
 * and the pane say it under the province's totals: how many regions with such a target met it, and each unmet target
 * with its count ("Kota Baru Contoh 80 dari 100"); the regions the totals count (`outsideDistribution` apart). Null
 * when no region has one. More than {@link COUNT_TARGETS_LISTED} regions short (30 regions with two targets each
 * made a line of sixty names): how many, per target when there are several, the three furthest from theirs (by the
 * share counted; only regions that reported: its empty workbook would always be the furthest), those that did not
 * report named apart ("1 belum melapor: …"; counted when more than three), and the rest left to the Rekap's "Target Jumlah Tercapai" column. A region whose figures
 * are not valid yet (`flaws`) is neither met nor short: counted apart at the end, as in no other province figure —
 * unless the rows its file holds already reach every target (`countTargetMet`): met, and said so.
 */
export function recapCountTargetsNote(recap: Ranked, locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapCountTargetsNote");
  const all = recap.regions.filter((r) => (r.countTargets ?? []).length && !recap.outsideDistribution?.includes(r.id));
  if (!all.length) return null;
  // a file with flaws whose rows read already reach every target: met all the same (`countTargetMet`), said so
  const rows = all.filter((r) => !r.flaws || r.countTargets.every((t) => t.met === true));
  const anyway = rows.length - all.filter((r) => !r.flaws).length;
  const waiting = all.length - rows.length;
  const met = rows.filter((r) => r.countTargets.every((t) => t.met)).length;
  const en = locale === "en";
  const unmet = (r: (typeof rows)[number]) => r.countTargets.filter((t) => !t.met);
  type Target = (typeof rows)[number]["countTargets"][number];
  // a region once, each distinct shortfall once (audit37 #2: a model's target of 60 and the workbook's own 60 listed the
  // region twice): targets of one count and one number said together, with both names; different ones in its one entry
  const twins = (r: (typeof rows)[number], t: Target) => unmet(r).filter((x) => x.count === t.count && x.target === t.target);
  const part = (r: (typeof rows)[number], t: Target) =>
    `${numberText(t.count, locale)} ${en ? "of" : "dari"} ${numberText(t.target, locale)}${r.countTargets.length > 1 ? ` (${twins(r, t).map((x) => x.name[locale]).join(", ")})` : ""}`;
  const one = (r: (typeof rows)[number], t: Target) => `${r.region.name} ${part(r, t)}`;
  const entry = (r: (typeof rows)[number]) => `${r.region.name} ${unmet(r).filter((t) => twins(r, t)[0] === t).map((t) => part(r, t)).join(en ? " and " : " dan ")}`;
  const short = rows.filter((r) => unmet(r).length);
  const n = all.length;
  const despite = anyway ? (en ? ` (${anyway} although its figures are not valid yet: the rows read already reach it, and rows left out can only add)` : ` (${anyway} walau angkanya belum valid: baris yang terbaca sudah mencapainya, baris yang tidak dihitung hanya dapat menambah)`) : "";
  const head = en ? `Innovation count targets: met by ${met} of the ${n} region${n === 1 ? "" : "s"} with one${despite}` : `Target jumlah inovasi: tercapai ${met} dari ${n} daerah bertarget${despite}`;
  const end = waiting ? (en ? `; ${waiting} not counted: figures not valid yet (see Figures Status).` : `; ${waiting} daerah belum dihitung: angka belum valid (lihat Status Angka).`) : ".";
  if (short.length <= COUNT_TARGETS_LISTED) {
    const below = short.map(entry);
    return `${head}${below.length ? (en ? `; not met: ${below.join(", ")}` : `; belum: ${below.join(", ")}`) : ""}${end}`;
  }
  // per target when the unmet are of several (a workbook's own, named by its number, and a model's): regions short of each
  const ids = [...new Set(short.flatMap((r) => unmet(r).map((t) => t.targetId)))];
  const label = (id: string) => {
    const names = new Set(short.flatMap((r) => unmet(r).filter((t) => t.targetId === id).map((t) => t.name[locale])));
    return names.size === 1 ? [...names][0]! : en ? "the workbooks' own target" : "target buku kerja";
  };
  const per = ids.length > 1 ? ` (${ids.map((id) => `${label(id)} ${short.filter((r) => unmet(r).some((t) => t.targetId === id)).length}`).join(", ")})` : "";
  // the furthest first: each region by its unmet target with the smallest share counted
  const worst = (r: (typeof rows)[number]) => unmet(r).sort((a, b) => a.count / a.target - b.count / b.target)[0]!;
  const first = short.filter((r) => r.region.reported).sort((a, b) => worst(a).count / worst(a).target - worst(b).count / worst(b).target).slice(0, COUNT_TARGETS_FIRST);
  // those that did not report: counted among the short (the target does not depend on reporting), never "the furthest"
  // (an empty workbook always is), so named apart — up to three, else counted (audit35: "belum 11 … terjauh: 3; 8
  // lainnya" counted one that did not report in the 8 and never said it)
  const silent = short.filter((r) => !r.region.reported);
  const silentNames = silent.length <= COUNT_TARGETS_FIRST ? `: ${silent.map((r) => r.region.name).join(", ")}` : "";
  const rest = short.length - first.length - silent.length;
  const names = first.map((r) => one(r, worst(r))).join(", ");
  return en
    ? `${head}; not met by ${short.length} regions${per}${names ? `, the furthest: ${names}` : ""}${silent.length ? `; ${silent.length} not reported${silentNames}` : ""}; ${rest ? `the other ${rest}` : "all"} in the "Count Target Met" column of the Rekap sheet${end}`
    : `${head}; belum ${short.length} daerah${per}${names ? `, terjauh: ${names}` : ""}${silent.length ? `; ${silent.length} belum melapor${silentNames}` : ""}; ${rest ? `${rest} lainnya` : "semuanya"} di kolom "Target Jumlah Tercapai" lembar Rekap${end}`;
}

const OWN = {
  id: {
    head: (items: string) => `Target Rencana di buku kerja tidak dipakai rekap: setiap daerah diukur ke target rekap (Kurang ke Target dan Rencana) — ${items}. Rencana ke target buku kerjanya sendiri: inovasi plan <berkas>, atau Rencana di panel IID pada buku kerja itu.`,
    item: (name: string, own: string, at: string, recap: string) => `${name}: buku kerja ${own} (${at}), rekap ${recap}`,
  },
  en: {
    head: (items: string) => `The workbook's Target Rencana is not the recap's: every region is measured to the recap's target (Short of Target and the plan) — ${items}. The plan to the workbook's own target: inovasi plan <file>, or the plan in the IID pane on that workbook.`,
    item: (name: string, own: string, at: string, recap: string) => `${name}: workbook ${own} (${at}), recap ${recap}`,
  },
} as const;

/** A region whose workbook's own plan target differs from the recap's target for its row (see {@link recapOwnTargets}). */
export interface RecapOwnTargetRegion {
  /** The region's id (`RecapRow.id`) and name. */
  id: string;
  name: string;
  /** The workbook's Target Rencana and its cell. */
  own: RecapOwnTarget;
  /** The target the recap measures and plans the row to (`RecapRow.target`). */
  recap: { predicate: { id: string; label: { id: string; en: string } } | null; index: number };
}

/**
 * The regions whose workbook names its own plan target (Pengaturan "Target Rencana") other than the one the recap
 * measures the row to (`RecapRow.target`: the named target, else the next predicate up — prov14's one target per row,
 * kept): the same predicate, or an index equal to the row's target index, is not another. `files` are the recap's file
 * reports (`planTarget`). What {@link recapOwnTargetNote} says, as data (`rekap --json`'s `ownTargets`).
 */
export function recapOwnTargets(recap: Pick<Recap, "regions">, files: readonly { id?: string | undefined; file: string; planTarget?: RecapOwnTarget | undefined }[]): RecapOwnTargetRegion[] {
  const own = new Map(files.filter((f) => f.planTarget).map((f) => [f.id ?? f.file, f.planTarget!]));
  const out: RecapOwnTargetRegion[] = [];
  for (const r of recap.regions) {
    const o = own.get(r.id);
    if (!o || !r.target) continue;
    // the same predicate, or the same index (a predicate's lower end typed as a number aims at the same place)
    const same = o.predicate ? r.target.band?.id === o.predicate.id : o.index !== null && Math.abs(o.index - r.target.index) < 1e-9;
    if (!same) out.push({ id: r.id, name: r.region.name, own: o, recap: { predicate: r.target.band ? { id: r.target.band.id, label: r.target.band.label } : null, index: r.target.index } });
  }
  return out;
}

/**
 * One note naming each region of {@link recapOwnTargets} with both targets and the cell, so an analyst who set that
 * target is not left to wonder why the recap's plan aims elsewhere. Null when there is none.
 */
export function recapOwnTargetNote(recap: Pick<Recap, "regions">, files: readonly { id?: string | undefined; file: string; planTarget?: RecapOwnTarget | undefined }[], locale: MessageLocale = "id"): string | null {
  locale = readLocale(locale, "recapOwnTargetNote");
  const text = (p: { label: { id: string; en: string } } | null, i: number | null) => p?.label[locale] ?? (i === null ? "?" : numberText(i, locale));
  const items = recapOwnTargets(recap, files).map((x) => OWN[locale].item(x.name, text(x.own.predicate, x.own.index), x.own.at, text(x.recap.predicate, x.recap.index)));
  return items.length ? OWN[locale].head(items.join("; ")) : null;
}
