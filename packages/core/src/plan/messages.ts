import { readableDate } from "../messages/_format.js";
import { roundHalfUp } from "../engine/_round.js";
import type { MessageLocale } from "../messages/format.js";
import { readLocale } from "../messages/_locale.js";
import type { CountFixWhere, MeasureAt, NotCountedWhy, Plan, PlanAction, PlanReason } from "./types.js";
import { columnHeadings } from "./column-headings.js";
import { IN_CHARGE } from "./urusan.js";

/**
 * A number as text in the locale, at `decimals` places: Bahasa Indonesia writes a decimal comma and groups thousands
 * with a dot (`38,55`, `11.748`), English a point and a comma (`38.55`, `11,748`).
 *
 * @example
 * formatPlanNumber(38.55, "id") //=> "38,55"
 * formatPlanNumber(1.5, "en", 1) //=> "1.5"
 * formatPlanNumber(11748, "id", 0) //=> "11.748"
 */
export function formatPlanNumber(x: number, locale: MessageLocale, decimals = 2): string {
  locale = readLocale(locale, "formatPlanNumber");
  const [whole, fraction] = x.toFixed(decimals).split(".");
  const id = locale === "id";
  // 1e21 and up keep toFixed's exponent form: no count or score of a plan is that large
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, id ? "." : ",");
  return fraction === undefined ? grouped : `${grouped}${id ? "," : "."}${fraction}`;
}

/** A count in a plan's text (steps, innovations, answers), grouped as {@link formatPlanNumber} groups it: "1.234". */
const int = (n: number, locale: MessageLocale) => formatPlanNumber(n, locale, 0);

/**
 * An effort (one step's or a sum) as a plan's texts write it — the CLI's lines, the Rencana sheet's status, the recap
 * table — and as the add-in's pane does: at most two decimals, none that are 0, grouped (`0,3`, `2,5`, `1.250`).
 * Binary noise (0.1 + 0.2 = 0.30000000000000004) never shows, nor does "3,00" for 3.0000000000000004.
 *
 * @example
 * formatEffort(0.1 + 0.2, "id") //=> "0,3"
 * formatEffort(1250, "en")      //=> "1,250"
 */
export function formatEffort(x: number, locale: MessageLocale): string {
  locale = readLocale(locale, "formatEffort");
  return formatPlanNumber(x, locale, 2).replace(locale === "id" ? /,?0+$/ : /\.?0+$/, "");
}

/**
 * A gain with its sign at the edition's `decimals`, by the one rule every gain is printed with (the plan's lines, the
 * recap's first steps, the evidence-gap lists of the CLI's summary, Ringkasan and the pane): rounded half-up as the
 * index is; one that rounds to nothing but is not 0 says so instead of printing +0,00 ("+<0,01"; "+<1" for an edition
 * whose index has no decimals). The same gain prints the same wherever the index stands (audit36: a 12-point answer
 * worth 0.0023 printed "+0,01" when it tipped the printed index and "+<0,01" when it did not).
 *
 * @example
 * formatGain(0.0023, "id") //=> "+<0,01"
 * formatGain(0.015, "en")  //=> "+0.02"
 */
export function formatGain(x: number, locale: MessageLocale, decimals = 2): string {
  locale = readLocale(locale, "formatGain");
  const r = roundHalfUp(Math.abs(x), decimals);
  if (x === 0) return `+${formatPlanNumber(0, locale, decimals)}`;
  return `${x < 0 ? "−" : "+"}${r === 0 ? "<" : ""}${formatPlanNumber(r || 10 ** -decimals, locale, decimals)}`;
}

/**
 * The gain a step's line shows, as a number (the Rencana sheet's cells hold it): the difference of the printed
 * indices before and after it (`before`, and `a.indexAfter`, both at `decimals`, the edition's
 * `formula.rounding.decimals`), so a chain of steps always adds up — "IID 39,35 → +0,48 → IID 39,83" although the
 * exact gain is 0.4853 (plan38, the lead's decision). 0 for a step that moves no printed index ({@link formatStepGain}
 * writes it "+<0,01" when the step gains). Without an index on either side (an evidence gap, one more innovation: no
 * index printed beside the gain), the exact gain rounded half-up, or the exact gain when that rounds to nothing
 * ({@link formatGain} prints it "+<0,01"). The exact gain stays the plan's `gain` (ordering and selection use it).
 *
 * @example
 * // the example kabupaten's plan: step 2 (exact gain 0.4853) from IID 39.35 to 39.83
 * printedGain(plan.actions[1], plan.actions[0].indexAfter) //=> 0.48
 * printedGain({ gain: 0.0023 }) //=> 0.0023
 */
export function printedGain(a: Pick<PlanAction, "gain"> & { indexAfter?: number | null }, before?: number | null, decimals = 2): number {
  if (before != null && a.indexAfter != null) return roundHalfUp(a.indexAfter - before, decimals);
  return roundHalfUp(a.gain, decimals) || a.gain;
}

/**
 * A step's gain as its line prints it: {@link printedGain}'s `shown` with its sign, and "+<0,01" ("+<1" at no decimals)
 * for a step that gains (`exact` > 0) without moving the printed index — true, as the gain is then under one unit, and
 * the chain still adds up (the index beside it is the one before).
 *
 * @example
 * formatStepGain(0.48, 0.4853, "id") //=> "+0,48"
 * formatStepGain(0, 0.008, "en")     //=> "+<0.01"
 */
export function formatStepGain(shown: number, exact: number, locale: MessageLocale, decimals = 2): string {
  return shown === 0 && exact > 0 ? `+<${formatPlanNumber(10 ** -decimals, locale, decimals)}` : formatGain(shown, locale, decimals);
}

/** The words of one step ({@link describeAction}: also on the Rencana sheet and in the pane). */
const T = {
  id: {
    evidence: "bukti dukung diterima",
    needs: "bukti",
    // the status to type (the workbook's evidence options: Diterima, Menunggu, Tidak Ada, Ditolak)
    accepted: ' — tulis "Diterima" bila verifikator sudah menerimanya',
    // a claimed plan's: the claimed projection takes answers as given, whatever their evidence
    claimedOk: ' — IID klaim menghitungnya begitu diisi, juga dengan bukti "Menunggu"; "Diterima" hanya diperlukan untuk IID terverifikasi',
    // a tier up of an answer whose evidence was accepted: that was the verifier's word on the old tier's evidence
    pending: (t: number | undefined) => `; ubah Bukti menjadi "Menunggu" sampai verifikator menerima bukti tingkat ${t}`,
    tier: "tingkat",
    count: "agar inovasi dihitung",
    fix: {
      dateField: { implementationDate: "tanggal penerapan", trialDate: "tanggal uji coba" } as Record<string, string>,
      outside_window: (field: string, was: string | null, from: string, to: string) =>
        was === null ? `isi ${field} (antara ${from} dan ${to})` : `${field} ${was} di luar rentang penilaian ${from} s.d. ${to}: hanya bila inovasi dikembangkan atau diterapkan ulang di dalam rentang itu — catat tanggalnya, dengan buktinya`,
      trialled: "; hanya bila sudah diujicobakan — ubah juga Tahapan ke Uji Coba",
      design_too_short: (was: string | null, min: string) => (was === null ? `isi rancang bangun minimal ${min} kata` : `rancang bangun ${was} kata, lengkapi menjadi minimal ${min} kata`),
      mandatory_unanswered: (ind: string, answer: string) => `jawab indikator wajib ${ind}${answer}`,
      // what was given and why it does not score, in the engine's words (its message at the cell says the options)
      mandatory_unreadable: (ind: string, was: string, why: string, answer: string) => `ganti jawaban indikator wajib ${ind} ${was} (${why})${answer}`,
      unread: { unknown_option: "pilihan tidak dikenal", value_outside_tiers: "di luar rentang yang dinilai", tier_out_of_range: "tingkat tidak sah", "": "tidak terbaca" } as Record<string, string>,
      stage_not_scored: (was: string, to: string) => `tahapan ${was} tidak dinilai: bawa ke tahapan ${to}`,
    },
    newOne: "inovasi baru",
    score: "skor",
    urusan: "urusan",
    form: { tata_kelola: "bentuk tata kelola pemerintahan daerah", pelayanan_publik: "bentuk pelayanan publik", lainnya: "bentuk inovasi daerah lainnya" } as Record<string, string>,
    yandas: "syarat yandas: inovasi baru di urusan",
    by: "oleh",
    inCharge: "perangkat daerah yang membidanginya",
    each: (k: number) => (k > 1 ? "masing-masing skor" : "skor"),
    like: "seperti",
    median: "median saat itu",
    tierUp: "naik tingkat",
    answer: "isi jawaban tingkat",
    replace: "ganti jawaban dengan tingkat",
    fillDo: "isi data",
    fill: (per: string, t: number) => `kosong; data daerah, isi apa adanya — ${per}; rencana menghitung tingkat ${t}`,
    withhold: (why: string) => `jangan diajukan (tidak dihitung${why ? ` — ${why} —` : ","} tetapi tetap menjadi pembagi bila diajukan); kosongkan seluruh isi barisnya, jangan hapus barisnya: langkah lain menyebut baris di bawahnya dengan nomornya`,
    why: {
      rejected: "ditolak verifikator",
      outside_window: (field: string, was: string | null, after: boolean, from: string, to: string) =>
        was === null ? `${field} kosong` : `${field} ${was} ${after ? "sesudah" : "sebelum"} rentang penilaian ${from} s.d. ${to}`,
      noDate: "tanggal penerapan dan uji coba kosong",
      mandatory_unreadable: (ind: string) => `jawaban indikator wajib ${ind} tidak terbaca`,
      design_too_short: (was: string | null, min: string) => (was === null ? `jumlah kata rancang bangun kosong (minimal ${min})` : `rancang bangun ${was} kata, kurang dari ${min}`),
      too_many_entries: (was: string, max: string) => `tercatat ${was} kali, paling banyak ${max}`,
      mandatory_unanswered: (ind: string) => `indikator wajib ${ind} tidak dijawab`,
      stage_not_scored: (stage: string) => `tahapan ${stage} tidak dinilai`,
    },
  },
  en: {
    evidence: "evidence accepted",
    needs: "evidence",
    accepted: ' — enter "Diterima" once the verifier has accepted it',
    claimedOk: ' — the claimed IID counts it once entered, with evidence "Menunggu" too; "Diterima" is needed only for the verified IID',
    pending: (t: number | undefined) => `; set its Bukti to "Menunggu" until the verifier accepts the tier ${t} evidence`,
    tier: "tier",
    count: "count the innovation",
    fix: {
      dateField: { implementationDate: "implementation date", trialDate: "trial date" } as Record<string, string>,
      outside_window: (field: string, was: string | null, from: string, to: string) =>
        was === null ? `fill in the ${field} (between ${from} and ${to})` : `${field} ${was} is outside the assessment window ${from} to ${to}: only if the innovation was developed or implemented again inside it — record that date, with its evidence`,
      trialled: "; only if it was trialled — then also set Tahapan to Uji Coba",
      design_too_short: (was: string | null, min: string) => (was === null ? `write a design text of at least ${min} words` : `design text of ${was} words, extend it to at least ${min}`),
      mandatory_unanswered: (ind: string, answer: string) => `answer mandatory indicator ${ind}${answer}`,
      mandatory_unreadable: (ind: string, was: string, why: string, answer: string) => `replace mandatory indicator ${ind}'s answer ${was} (${why})${answer}`,
      unread: { unknown_option: "unknown option", value_outside_tiers: "outside the range it scores", tier_out_of_range: "not a valid tier", "": "cannot be read" } as Record<string, string>,
      stage_not_scored: (was: string, to: string) => `stage ${was} is not scored: take it to ${to}`,
    },
    newOne: "new innovation",
    form: { tata_kelola: "form: regional governance", pelayanan_publik: "form: public service", lainnya: "form: other regional innovation" } as Record<string, string>,
    score: "score",
    urusan: "urusan",
    yandas: "yandas rule: new innovations in urusan",
    by: "by",
    inCharge: "the agency in charge of it",
    each: (k: number) => (k > 1 ? "each scoring" : "score"),
    like: "like",
    median: "the median then",
    tierUp: "tier up",
    answer: "answer at tier",
    replace: "replace the answer with tier",
    fillDo: "fill in the data",
    fill: (per: string, t: number) => `empty; the region's record, enter it as it is — ${per}; the plan counts tier ${t}`,
    withhold: (why: string) => `do not submit it (it does not count${why ? ` — ${why} —` : ","} but would sit in the divisor if submitted); clear its whole row, do not delete the row: other steps name the rows below it by their number`,
    why: {
      rejected: "rejected by the verifier",
      outside_window: (field: string, was: string | null, after: boolean, from: string, to: string) =>
        was === null ? `${field} empty` : `${field} ${was} is ${after ? "after" : "before"} the assessment window ${from} to ${to}`,
      noDate: "no implementation or trial date",
      mandatory_unreadable: (ind: string) => `mandatory indicator ${ind}'s answer cannot be read`,
      design_too_short: (was: string | null, min: string) => (was === null ? `no design word count (at least ${min})` : `design text of ${was} words, under ${min}`),
      too_many_entries: (was: string, max: string) => `entered ${was} times, at most ${max}`,
      mandatory_unanswered: (ind: string) => `mandatory indicator ${ind} unanswered`,
      stage_not_scored: (stage: string) => `stage ${stage} is not scored`,
    },
  },
} as const;


/** What bounds a plan out of reach when that is the score it assumes for new innovations ({@link planStatusNote}). */
const BOUND = {
  id: {
    basis: { given: "skor yang ditetapkan", minimum: "skor terendah inovasi yang memenuhi syarat" },
    assumed: (basis: string, score: string) => `Rencana ini mengandaikan inovasi baru berskor ${score} (${basis}).`,
    // the median moves as the plan's steps raise the region's innovations: each step is at its own, said on its line
    follows: (now: string, end: string) => `Rencana ini mengandaikan setiap inovasi baru berskor median inovasi yang dihitung pada langkahnya, yang mengikuti langkah-langkah rencana (saat ini ${now}, setelah langkah terakhir ${end}).`,
    // k new innovations at the top: the plan's own first (p of them), then more
    reached: (k: number, p: number, top: string) =>
      `Dengan skor lebih tinggi target terjangkau: ${p === 0 ? `setelah langkah ini, ${int(k, "id")} inovasi baru berskor ${top} mencapainya` : `bila ${k < p ? `${int(k, "id")} dari ${int(p, "id")}` : int(p, "id")} inovasi baru dalam rencana ini${k > p ? ` dan ${int(k - p, "id")} lagi` : ""} berskor ${top}, target tercapai`}.`,
    allowed: (k: number, p: number, top: string) => `Skor lebih tinggi menaikkan indeks, tetapi ${int(k, "id")} inovasi baru berskor ${top} — sebanyak yang diizinkan${p > 0 ? `, termasuk ${int(p, "id")} dalam rencana ini` : ""} — pun belum mencapai target.`,
    ceiling: (top: string, c: string, cap: number) =>
      `Skor lebih tinggi menaikkan indeks, tetapi berapa pun inovasi baru berskor ${top} tidak membawanya melewati ${c}: rata-rata skor inovasi mendekati ${top}, sedangkan skor jumlah inovasi berhenti di ${int(cap, "id")} inovasi.`,
    // the most needs the innovation's facts at their top tier: the plan keeps them as copied
    records: (top: string, list: string, most: string) => `Skor ${top} memerlukan juga ${list} — catatan inovasi, yang tidak dinaikkan rencana: inovasi baru dalam rencana ini paling tinggi ${most}.`,
    record: (tier: number, now: number) => `pada tingkat ${tier} (dalam rencana ${now})`,
  },
  en: {
    basis: { given: "the score given", minimum: "the lowest score of an eligible innovation" },
    assumed: (basis: string, score: string) => `This plan assumes new innovations score ${score} (${basis}).`,
    follows: (now: string, end: string) => `This plan assumes each new innovation scores the median counted innovation's at its step, which follows the plan's steps (${now} today, ${end} after the last step).`,
    reached: (k: number, p: number, top: string) =>
      `With a higher score the target is within reach: ${p === 0 ? `after these steps, ${int(k, "en")} new innovation${k === 1 ? "" : "s"} scoring ${top} reach${k === 1 ? "es" : ""} it` : `if ${k < p ? `${int(k, "en")} of the plan's ${int(p, "en")} new innovations score` : `the plan's ${int(p, "en")} new innovation${p === 1 ? "" : "s"}${k > p ? ` and ${int(k - p, "en")} more` : ""} score${k === 1 ? "s" : ""}`} ${top}, the target is reached`}.`,
    allowed: (k: number, p: number, top: string) => `A higher score raises the index, but even ${int(k, "en")} new innovation${k === 1 ? "" : "s"} scoring ${top} — as many as allowed${p > 0 ? `, the plan's ${int(p, "en")} included` : ""} — do${k === 1 ? "es" : ""} not reach the target.`,
    ceiling: (top: string, c: string, cap: number) =>
      `A higher score raises the index, but no number of new innovations scoring ${top} takes it past ${c}: the innovations' average nears ${top}, while the count score stops at ${int(cap, "en")} innovations.`,
    records: (top: string, list: string, most: string) => `A score of ${top} also needs ${list} — a record of the innovation, which the plan does not raise: the plan's new innovations reach ${most} at most.`,
    record: (tier: number, now: number) => `at tier ${tier} (${now} in the plan)`,
  },
} as const;

/** The words around the steps, {@link formatPlan}'s only (kept apart so that a bundle of `describeAction` carries none of them). */
const P = {
  id: {
    projection: { verified: "terverifikasi", claimed: "klaim" },
    claimedIid: "IID klaim",
    effort: "upaya",
    plan: "Rencana",
    edition: "edisi",
    now: "Sekarang",
    target: "target",
    toGo: (gap: string) => `kurang ${gap} poin indeks`,
    status: {
      reached: (n: number, e: string) => `Target tercapai dalam ${int(n, "id")} langkah (upaya ${e}).`,
      out_of_reach: (n: number, e: string, max: string, gap: string, assumed: boolean) => `Target ${assumed ? "tidak terjangkau dalam rencana ini" : "tidak terjangkau dengan tindakan yang tersedia"}: indeks tertinggi ${max} setelah ${int(n, "id")} langkah (upaya ${e}), masih kurang ${gap} poin indeks.`,
      already_top: (p: string) => `Tidak ada rencana: sudah di predikat tertinggi (${p}).`,
      already: (i: string, t: string) => `Tidak ada rencana: indeks ${i} sudah mencapai target (${t}).`,
      unknown: "Tidak ada rencana: indeks tidak dapat dihitung karena edisi belum memuat angka yang diperlukan.",
      // a literal, not a shared constant: a property read in this object would keep it (and formatPlan's words) in bundles
      notReported: (predicate: string) => `Tidak ada rencana: daerah tercatat tidak melapor (Melapor: Tidak), jadi indeksnya 0 — ${predicate}. Bila daerah melapor, isi Melapor dengan Ya lalu nilai ulang.`,
      limit: (n: number, e: string, i: string, gap: string) => `Rencana berhenti di batas ${int(n, "id")} langkah (upaya ${e}) pada indeks ${i}; target belum tercapai, masih kurang ${gap} poin indeks — jalankan lagi setelah langkah ini dikerjakan, atau naikkan batasnya.`,
    },
    seats: (floor: number | null, n: number, empty: number | null) =>
      floor === null ? `Inovasi yang dapat ditambah tanpa menambah pembagi: belum diketahui, pembagi minimum belum ada di edisi (diajukan ${int(n, "id")})` : `Inovasi yang dapat ditambah tanpa menambah pembagi: ${int(empty ?? 0, "id")} (pembagi minimum ${int(floor, "id")}, diajukan ${int(n, "id")})`,
    oneMore: "Satu inovasi lagi",
    basis: { median: "median inovasi yang dihitung saat ini", given: "skor yang ditetapkan", minimum: "skor terendah inovasi yang memenuhi syarat" },
    negative: (avg: string) => `di atas batas pembagi, inovasi dengan skor di bawah rata-rata ${avg} menurunkan indeks`,
    byIndicator: "Bukti per indikator",
    byAgency: "Bukti per perangkat daerah",
    moreGroups: (k: number, ind: boolean) => `… dan ${int(k, "id")} ${ind ? "indikator" : "perangkat daerah"} lainnya (semuanya: --json, atau lembar Rencana yang ditulis inovasi score, dengan inovasi setiap perangkat daerah; tiap jawaban dan buktinya: kolom Skor Kekurangan Bukti lembar Inovasi, saring menurut Perangkat Daerah)`,
    answers: (n: number) => `${int(n, "id")} jawaban`,
    innovations: (n: number) => `${int(n, "id")} inovasi`,
    rule: (name: string, n: number, k: number) => `${name}: ${int(n, "id")} perangkat daerah belum patuh, kurang ${int(k, "id")} inovasi`,
    notJudged: (name: string) => `${name}: tidak dapat dinilai, tidak ada perangkat daerah berjenis yang diwajibkan dalam daftar`,
    without: (n: number) => `Perangkat daerah tanpa inovasi (${int(n, "id")})`,
    more: (k: number) => `dan ${int(k, "id")} lainnya`,
    above: "perangkat daerah tanpa inovasi di atas",
    kept: (n: number) => `Tetap diajukan walau tidak dihitung, karena kepatuhan memerlukannya (${int(n, "id")})`,
    targetLine: (name: string, c: number, t: number, k: number) => `${name}: ${int(c, "id")} dari ${int(t, "id")}, kurang ${int(k, "id")} inovasi`,
    compliance: "Kepatuhan",
  },
  en: {
    projection: { verified: "verified", claimed: "claimed" },
    claimedIid: "claimed IID",
    effort: "effort",
    plan: "Plan",
    edition: "edition",
    now: "Now",
    target: "target",
    toGo: (gap: string) => `${gap} index points to go`,
    status: {
      reached: (n: number, e: string) => `Target reached in ${int(n, "en")} step${n === 1 ? "" : "s"} (effort ${e}).`,
      out_of_reach: (n: number, e: string, max: string, gap: string, assumed: boolean) => `Target out of reach ${assumed ? "in this plan" : "with the actions available"}: highest index ${max} after ${int(n, "en")} step${n === 1 ? "" : "s"} (effort ${e}), still ${gap} index points short.`,
      already_top: (p: string) => `No plan: already in the top predicate (${p}).`,
      already: (i: string, t: string) => `No plan: index ${i} already reaches the target (${t}).`,
      unknown: "No plan: the index cannot be computed because the edition lacks a number it needs.",
      notReported: (predicate: string) => `No plan: the region is recorded as not reporting (Melapor: Tidak), so its index is 0 — ${predicate}. If it does report, set Melapor to Ya and score again.`,
      limit: (n: number, e: string, i: string, gap: string) => `The plan stops at its limit of ${int(n, "en")} step${n === 1 ? "" : "s"} (effort ${e}) at index ${i}; the target is not reached yet, still ${gap} index points short — run it again once these steps are done, or raise the limit.`,
    },
    seats: (floor: number | null, n: number, empty: number | null) =>
      floor === null ? `Innovations that can be added without raising the divisor: unknown, the edition lacks the divisor floor (${int(n, "en")} submitted)` : `Innovations that can be added without raising the divisor: ${int(empty ?? 0, "en")} (divisor floor ${int(floor, "en")}, ${int(n, "en")} submitted)`,
    oneMore: "One more innovation",
    basis: { median: "today's median counted innovation", given: "the score given", minimum: "the lowest score of an eligible innovation" },
    negative: (avg: string) => `above the divisor floor, an innovation scoring below the average ${avg} lowers the index`,
    byIndicator: "Evidence by indicator",
    byAgency: "Evidence by agency",
    moreGroups: (k: number, ind: boolean) => `… and ${int(k, "en")} more ${ind ? `indicator${k === 1 ? "" : "s"}` : `agenc${k === 1 ? "y" : "ies"}`} (all of them: --json, or the Rencana sheet inovasi score writes, with each agency's innovations; each answer and its evidence: the Skor Kekurangan Bukti column of the Inovasi sheet, filtered by Perangkat Daerah)`,
    answers: (n: number) => `${int(n, "en")} answer${n === 1 ? "" : "s"}`,
    innovations: (n: number) => `${int(n, "en")} innovation${n === 1 ? "" : "s"}`,
    rule: (name: string, n: number, k: number) => `${name}: ${int(n, "en")} ${n === 1 ? "agency does" : "agencies do"} not comply yet, ${int(k, "en")} innovation${k === 1 ? "" : "s"} short`,
    notJudged: (name: string) => `${name}: cannot be judged, no listed agency is of a type the rule covers`,
    without: (n: number) => `Agenc${n === 1 ? "y" : "ies"} without an innovation (${int(n, "en")})`,
    more: (k: number) => `and ${int(k, "en")} more`,
    above: "the agencies without an innovation above",
    kept: (n: number) => `Kept submitted though ${n === 1 ? "it does" : "they do"} not count, as compliance needs ${n === 1 ? "it" : "them"} (${int(n, "en")})`,
    targetLine: (name: string, c: number, t: number, k: number) => `${name}: ${int(c, "en")} of ${int(t, "en")}, ${int(k, "en")} innovation${k === 1 ? "" : "s"} short`,
    compliance: "Compliance",
  },
} as const;

/**
 * The notes of {@link planSpdNote} and {@link planReadingNote}, apart from formatPlan's words (`P`): the Rencana sheet
 * and the pane write them, and a bundle of theirs would otherwise carry every line formatPlan prints.
 */
const NOTES = {
  id: {
    readingN: (k: number) => `${int(k, "id")} langkah "jangan diajukan" memakai skor jumlah inovasi dari n, semua yang diajukan, seperti ditetapkan edisi (belum dikonfirmasi): tidak mengajukan satu inovasi juga mengurangi skor itu; bila kementerian hanya menghitung inovasi yang dihitung, tambahannya lebih besar.`,
    reading: (k: number) => `${int(k, "id")} langkah "jangan diajukan" bergantung pada pembacaan skor jumlah inovasi yang belum dikonfirmasi: skor itu dihitung dari inovasi yang dihitung, bukan dari semua yang diajukan; bila kementerian menghitung semua yang diajukan (0,38 × MIN(n, 200)), tambahan dari tidak mengajukan jauh lebih kecil.`,
    more: (k: number) => `dan ${int(k, "id")} lainnya`,
    spdRecords: (list: string) => `Baris SPD yang berupa catatan daerah tidak dinaikkan rencana (${list}): nilainya ditentukan tahun-tahun lalu atau lembaga lain (mis. BPS, BPK); rencana hanya menaikkan baris SPD lainnya dan meminta bukti baris catatan.`,
    newMedian: (now: string, last: string) => `Inovasi baru berskor median inovasi yang dihitung pada langkahnya, yang mengikuti langkah-langkah rencana (saat ini ${now}, pada inovasi baru terakhir ${last}): masing-masing mencontoh baris median saat itu, yang mungkin sudah dinaikkan langkah sebelumnya — salin setelah langkah-langkah itu dikerjakan. "Satu inovasi lagi" memakai angka saat ini.`,
    spdEmpty: (k: number, more: string) => `Rencana ini mengisi ${int(k, "id")} baris data SPD yang kosong (catatan daerah, mis. opini BPK): langkah "isi data" menghitungnya pada tingkat terendah — isi dengan data sebenarnya, indeks bisa naik hingga ${more} lagi, lalu jalankan rencana lagi.`,
  },
  en: {
    readingN: (k: number) => `${int(k, "en")} "do not submit" step${k === 1 ? " takes" : "s take"} the count score of n, every one submitted, as the edition sets it (not confirmed): not submitting one lowers it too; if the ministry counts only the innovations that count, not submitting gains more.`,
    reading: (k: number) => `${int(k, "en")} "do not submit" step${k === 1 ? " rests" : "s rest"} on a reading of the count score not confirmed yet: it counts the innovations that count, not every one submitted; if the ministry counts every one submitted (0.38 × MIN(n, 200)), not submitting one gains far less.`,
    more: (k: number) => `and ${int(k, "en")} more`,
    spdRecords: (list: string) => `SPD rows of record are not raised by the plan (${list}): their value is set by past years or another body (e.g. BPS, the BPK); the plan raises only the other SPD rows and asks for the record rows' evidence.`,
    newMedian: (now: string, last: string) => `The new innovations score the median counted innovation at their step, which follows the plan's steps (${now} today, ${last} at the last new one): each is modelled on the median row then, which the steps before it may have raised — copy it once those are done. "One more innovation" is today's figure.`,
    spdEmpty: (k: number, more: string) => `This plan fills ${int(k, "en")} empty SPD data row${k === 1 ? "" : "s"} (the region's record, e.g. the BPK opinion): the "fill in" steps count ${k === 1 ? "it" : "them"} at the lowest tier — enter the real data (the index may rise up to ${more} more), then plan again.`,
  },
} as const;

/**
 * What an action does and where, in one phrase (no gain or index). An existing innovation is named with its agency,
 * "Pojok Pangan Muara (Dinas Ketahanan Pangan)" (who is to do it), unless `agency` is false (the Rencana sheet has a
 * column for it). A step that gives an answer its evidence ends with the status to type, "Diterima" once the verifier
 * has accepted it; `claimed` (a step of a claimed plan, `plan.projection === "claimed"`): that the claimed IID counts
 * the answer once entered, "Menunggu" too, and "Diterima" is needed only for the verified IID.
 */
export function describeAction(a: PlanAction, locale: MessageLocale = "id", agency = true, claimed = false): string {
  locale = readLocale(locale, "describeAction"); // "en-US", "EN" read as "en"; another refused
  const L = T[locale];
  // the end of a step that gives an answer its evidence: the status to type, or, in a claimed plan, that it counts as typed
  const ok = claimed ? L.claimedOk : L.accepted;
  const w = a.where;
  const named = w.innovation && (w.innovation.planned ? planInnovationName(w.innovation.name, locale) : w.innovation.name);
  const subject = w.innovation ? (agency ? `${named} (${planAgencyText(w.innovation.agency, locale)})` : named!) : w.spdRow ? `${w.spdRow.id} ${w.spdRow.name[locale]}` : "";
  const ind = w.indicator ? ` — ${w.indicator.number}. ${w.indicator.name[locale]}` : "";
  switch (a.kind) {
    case "evidence": {
      const need = (w.evidenceNeeded ?? []).map((x) => x[locale]).join("; ");
      return `${L.evidence}: ${subject}${ind} (${L.tier} ${w.tier?.from})${need ? `; ${L.needs}: ${need}` : ""}${ok}`;
    }
    case "tier_up": {
      const need = (w.evidenceNeeded ?? []).map((x) => x[locale]).join("; ");
      const to = w.option || w.measures ? ` — ${L.tier} ${w.tier?.to}${w.option ? `: ${w.option[locale]}` : ""}${measuresText(w.measures, locale)}${need ? `; ${L.needs}: ${need}` : ""}` : "";
      // from an unanswered (or unreadable) answer the step is to answer it, at the lowest tier
      // (the step sets its evidence accepted: the status to type is said)
      // over an answer given that does not score: replaced, quoting it and why (as a mandatory one's count step does)
      const g = w.given;
      const what = w.tier?.from === 0 ? `${g ? L.replace : L.answer} ${w.tier.to}` : `${L.tierUp} ${w.tier?.from}→${w.tier?.to}`;
      // from an answer whose evidence was accepted: the acceptance was of the old tier's evidence (audit33), so the Bukti
      // goes back to "Menunggu" and the step ends as one that gives an answer its evidence
      const again = w.tier?.from !== 0 && resetsEvidence(a);
      return `${what}: ${subject}${ind}${g ? ` "${givenText(g.was, g.unit, locale)}" (${L.fix.unread[g.reason] ?? L.fix.unread[""]})` : ""}${to}${again ? L.pending(w.tier?.to) : ""}${w.tier?.from === 0 || again ? ok : ""}`;
    }
    case "fill": {
      // what each tier the row may take adds: an SPD row adds weight × tier, so tier t adds the step's gain × t / its tier
      const t = w.tier?.to ?? 1;
      const per = (w.fill?.tiers ?? [t]).map((x, k) => `${L.tier} ${x}${w.fill?.options ? ` (${w.fill.options[k]![locale]})` : ""} ${formatGain((a.gain * x) / t, locale)}`).join(", ");
      const need = (w.evidenceNeeded ?? []).map((x) => x[locale]).join("; ");
      return `${L.fillDo}: ${subject} (${L.fill(per, t)})${need ? `; ${L.needs}: ${need}` : ""}${ok}`;
    }
    case "count": {
      const edit = a.edits.find((e) => e.op === "set_fields");
      const fields = edit && edit.op === "set_fields" ? edit.fields : {};
      const fixes = (w.fixes ?? []).map((f) => fixText(f, fields, locale));
      return `${L.count}: ${subject} — ${fixes.join("; ")}`;
    }
    case "new_innovation": {
      const x = w.added![0]!;
      // a row typed from nothing in a claimed plan: its evidence as it stands before the verifier's word, and that it counts
      const row = rowText(a, locale, claimed);
      // a copy whose Bukti cells say "Diterima" (the copied row's verdict), or a row typed with answers the plan counts
      // accepted, is typed "Menunggu": it ends with when to write "Diterima"
      const copy = resetsEvidence(a);
      return `${L.newOne}: ${planInnovationName(x.name, locale)}, ${planAgencyText(x.agency, locale)}, ${L.urusan} ${x.urusan}${x.form ? `, ${L.form[x.form]}` : ""} (${L.score} ${formatPlanNumber(x.score, locale)}${likeText(w, locale, copy)}${windowText(w, locale)}${row})${(row && claimed) || copy ? ok : ""}`;
    }
    case "yandas": {
      // each urusan with the agency it is asked of; then their score, after a dash, not in a second parenthesis beside
      // the last one's name ("(Inovasi baru 2) (2 × skor …", review20 F4)
      const k = w.added!.length;
      const row = rowText(a, locale, claimed);
      const copy = resetsEvidence(a);
      return `${L.yandas} ${w.added!.map((x) => `${x.urusan} ${L.by} ${x.agency === IN_CHARGE + x.urusan ? L.inCharge : planAgencyText(x.agency, locale)} (${planInnovationName(x.name, locale)}${x.form ? `, ${L.form[x.form]}` : ""})`).join("; ")} — ${L.each(k)} ${formatPlanNumber(w.added![0]!.score, locale)}${likeText(w, locale, copy)}${windowText(w, locale, k > 1)}${row}${(row && claimed) || copy ? ok : ""}`;
    }
    case "withhold":
      return `${subject}: ${L.withhold((w.notCounted ?? []).map((x) => whyText(x, locale)).join("; "))}`;
  }
}

/** Its own table, not formatPlan's: the Rencana sheet and the pane carry it without the plan's printed words. */
const ABSENT = {
  id: (columns: string) => `Tidak ada rencana: kolom ${columns} tidak ditemukan, jadi skor terverifikasi menganggapnya kosong di setiap baris. Langkah pertama: beri judul ${columns} pada kolomnya (seperti di templat; atau tambahkan kolomnya), lalu jalankan rencana lagi.`,
  en: (columns: string) => `No plan: column ${columns} not found, so the verified score takes it as empty on every row. First step: head the column ${columns} (as the template does; or add the column), then plan again.`,
};

/** The plan's status for a workbook missing a column the score took as empty (reason `columns_absent`): the one fix first. */
export function columnsAbsentNote(columns: readonly string[], locale: MessageLocale): string {
  locale = readLocale(locale, "columnsAbsentNote");
  return ABSENT[locale](columnHeadings(columns, locale));
}

/**
 * The plan's status when its target band's lower threshold is unknown (reason `target_unknown`): no index reaches it
 * for sure, so an index target is asked for (as `parsePlanTarget` refuses such a band typed). `r`: that reason, as the
 * caller narrowed `plan.reason` (`if (plan.reason?.code === "target_unknown")`); `edition`: the plan's edition id.
 */
export function targetUnknownNote(r: Extract<PlanReason, { code: "target_unknown" }>, edition: string, locale: MessageLocale): string {
  locale = readLocale(locale, "targetUnknownNote");
  return locale === "en"
    ? `No plan: the lower threshold of "${r.predicate.label.en}" is not known in edition ${edition}, so the index that reaches it cannot be computed; write the target as an index (e.g. 50 or 50.5).`
    : `Tidak ada rencana: batas bawah predikat "${r.predicate.label.id}" belum diketahui di edisi ${edition}, maka indeks yang mencapainya tidak dapat dihitung; tulis target sebagai nilai indeks (mis. 50 atau 50,5).`;
}

/** An answer as given, to quote: a value in the locale's decimals, with its unit. */
function givenText(was: string | number, unit: string | undefined, locale: MessageLocale): string {
  return typeof was === "number" ? `${String(was).replace(".", locale === "id" ? "," : ".")}${unit ? ` ${unit}` : ""}` : was;
}

/** Why an innovation does not count, in a few words: "ditolak verifikator", "tanggal penerapan kosong" … */
function whyText(x: NotCountedWhy, locale: MessageLocale): string {
  const L = T[locale].why;
  const n = (v: unknown) => (typeof v === "number" ? int(v, locale) : "?");
  switch (x.fault) {
    case "rejected":
      return L.rejected;
    case "outside_window": {
      const was = typeof x.was === "string" ? x.was : null;
      // without any date the engine names the trial date's cell: both are empty
      if (was === null && x.field === "trialDate") return L.noDate;
      const field = T[locale].fix.dateField[x.field] ?? x.field;
      return L.outside_window(field, was === null ? null : date(was, locale), was !== null && x.window !== undefined && was > x.window.to, date(x.window?.from, locale), date(x.window?.to, locale));
    }
    case "design_too_short":
      // no count in the cell is no number: never "?" for one
      return L.design_too_short(typeof x.was === "number" ? int(x.was, locale) : null, n(x.limit));
    case "too_many_entries":
      return L.too_many_entries(n(x.was), n(x.limit));
    case "mandatory_unanswered":
    case "mandatory_unreadable":
      return L[x.fault](x.indicator ? `${x.indicator.id} ${x.indicator.name[locale]}` : x.field);
    case "stage_not_scored":
      return L.stage_not_scored(stageText(x.was));
  }
}

/**
 * ", seperti Kartu Sehat": the innovation a new one is modelled on (one like it scores as much); ", median saat itu"
 * (the median counted innovation as the plan stands then) when that is one the plan added and none of the region's
 * scores as much.
 */
function likeText(w: PlanAction["where"], locale: MessageLocale, pending = false): string {
  if (!w.like) return w.median ? `, ${T[locale].median}` : "";
  const R = ROW[locale];
  // what the copy does not keep (the model's copy: no Urusan Terkait, entered once; review20 F5)
  const clear = [w.like.relatedUrusan ? R.related : "", w.like.entries !== undefined ? R.entries : ""].filter(Boolean);
  // nor the verifier's "Diterima": that was said of the copied row's evidence, not of the new innovation's (audit33)
  return `, ${T[locale].like} ${w.like.name}${R.copy(w.added!.some((x) => x.form), clear.join(R.and))}${pending ? R.pending : ""}`;
}

/**
 * Whether a step counts an answer's evidence accepted that no verifier has seen for what the step asks: a tier up of
 * an answer whose Bukti says "Diterima" (the verdict on the old tier's evidence), a copy of a row some of whose Bukti
 * say "Diterima", or a new row whose answers the plan counts accepted. The plan counts the step once that evidence is
 * accepted, so the words say to type "Menunggu" until then; the hosts name the Bukti cell of a tier up too.
 */
export function resetsEvidence(a: Pick<PlanAction, "kind" | "where" | "edits">): boolean {
  if (a.kind === "tier_up") return (a.where.tier?.from ?? 0) > 0 && a.edits.some((e) => e.op === "set_answer" && e.answer.evidence === "accepted");
  return a.edits.some((e) => e.op === "add_innovation" && Object.values(e.innovation.answers).some((x) => (x.tier ?? 0) > 0 && x.evidence === "accepted"));
}

/** What to type for a new innovation. */
const ROW = {
  id: {
    copy: (form: boolean, clear: string) => ` — salin seluruh barisnya, lalu ganti nama, perangkat daerah${form ? ", urusan dan bentuk" : " dan urusan"}${clear ? `, serta ${clear}` : ""}`,
    related: "kosongkan Urusan Terkait",
    entries: "isi Jumlah Keikutsertaan dengan 1",
    pending: '; di barisnya, ganti setiap "Diterima" di kolom Bukti (judul "… Bukti") dengan "Menunggu": bukti inovasi baru belum diperiksa verifikator',
    and: " dan ",
    fill: (stage: string, date: string, words: string, evidence: string, answers: string) => `; isi barisnya: Tahapan ${stage}${date}${words ? `, Jumlah Kata Rancang Bangun ${words}` : ""}${evidence}; jawaban indikator${answers ? ` (yang tidak disebut biarkan kosong): ${answers}` : ": tidak ada"}`,
    date: (column: string, from: string, to: string) => `, ${column} (tanggal sebenarnya${from ? `, ${from} s.d. ${to}` : ""})`,
    all: (ev: string, others: boolean) => `, bukti dukung ${others ? `${ev} kecuali yang disebut lain` : `setiap jawaban ${ev}`}`,
    one: (ev: string) => `, bukti ${ev}`,
    awaited: "Menunggu (sampai verifikator menerimanya)",
  },
  en: {
    copy: (form: boolean, clear: string) => ` — copy its whole row, then change the name, agency${form ? ", urusan and form" : " and urusan"}${clear ? `, and ${clear}` : ""}`,
    related: "clear Urusan Terkait",
    entries: "set Jumlah Keikutsertaan to 1",
    pending: '; in its row, replace each "Diterima" in a Bukti column (headed "… Bukti") with "Menunggu": the verifier has not checked the new innovation\'s evidence',
    and: " and ",
    fill: (stage: string, date: string, words: string, evidence: string, answers: string) => `; fill in its row: Tahapan ${stage}${date}${words ? `, Jumlah Kata Rancang Bangun ${words}` : ""}${evidence}; indicator answers${answers ? ` (leave the ones not listed empty): ${answers}` : ": none"}`,
    date: (column: string, from: string, to: string) => `, ${column} (its real date${from ? `, ${from} to ${to}` : ""})`,
    all: (ev: string, others: boolean) => `, evidence ${others ? `${ev} unless said otherwise` : `${ev} for every answer`}`,
    one: (ev: string) => `, evidence ${ev}`,
    awaited: "Menunggu (until the verifier accepts it)",
  },
};
// as the workbook's cells write them (Tahapan, Bukti)
const STAGE_CELL: Record<string, string> = { inisiatif: "Inisiatif", uji_coba: "Uji Coba", penerapan: "Penerapan" };
const EVIDENCE_CELL: Record<string, string> = { accepted: "Diterima", pending: "Menunggu", missing: "Tidak Ada", rejected: "Ditolak" };

/**
 * A new innovation no row of the region is like (a score given, or the median then one the plan added): the row to
 * type — its stage, its date (Tanggal Penerapan, or Tanggal Uji Coba, within the window), design words, the evidence
 * most answers have (said once; another one at its answer) and each answer by indicator, tier and option ("SID-1
 * tingkat 3 (Peraturan Daerah (Perda)); SID-5 tingkat 1 (1 kali), bukti Menunggu; …"); the indicators it does not
 * list are left empty, as the plan's new innovation has no answer there.
 */
function rowText(a: PlanAction, locale: MessageLocale, claimed = false): string {
  const e = a.edits.find((x) => x.op === "add_innovation");
  if (a.where.like || !e || e.op !== "add_innovation") return "";
  const R = ROW[locale];
  const inv = e.innovation;
  // a claimed plan: the claimed IID takes every answer as given, so each is typed as it stands before the verifier's
  // word, "Menunggu" (the step's ending says "Diterima" is needed only for the verified IID)
  // a verified plan's: an answer the plan counts with its evidence accepted is typed "Menunggu" until the verifier has
  // accepted it (audit33: a "Diterima" typed at once is no verifier's word), and the step ends saying when to write it
  const list = Object.entries(inv.answers).filter(([, x]) => (x.tier ?? 0) > 0).map(([id, x]) => ({ id, t: x.tier!, ev: claimed ? "pending" : x.evidence === "accepted" ? "awaited" : (x.evidence ?? "pending") })).sort((p, q) => p.id.localeCompare(q.id, "en", { numeric: true }));
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x.ev, (counts.get(x.ev) ?? 0) + 1);
  const most = [...counts].sort((p, q) => q[1] - p[1])[0]?.[0];
  // each answer by its indicator and the option to pick, as "isi data" names its tiers (review20 F2: "1: 3" was a
  // number to look up on Petunjuk Indikator); "; " between them, as an option's words may hold a comma
  // SID-18's option names no amount: the values that give its tier follow it, as a tier up says them
  const options = a.where.answerOptions ?? {};
  const said = (id: string) => [options[id]?.[locale], measuresText(a.where.answerMeasures?.[id], locale, true)].filter(Boolean).join(", ");
  const cell = (ev: string) => (ev === "awaited" ? R.awaited : EVIDENCE_CELL[ev]!);
  const answers = list.map((x) => `${x.id} ${T[locale].tier} ${x.t}${said(x.id) ? ` (${said(x.id)})` : ""}${x.ev === most ? "" : R.one(cell(x.ev))}`).join("; ");
  const words = inv.designWords === undefined ? "" : int(inv.designWords, locale);
  // the date the plan gives it: without it the innovation does not count in the verified projection (review20)
  const column = inv.implementationDate ? "Tanggal Penerapan" : inv.trialDate ? "Tanggal Uji Coba" : undefined;
  const w = a.where.window;
  const when = column ? R.date(column, w ? date(w.from, locale) : "", w ? date(w.to, locale) : "") : "";
  return R.fill(STAGE_CELL[inv.stage] ?? inv.stage, when, words, most ? R.all(cell(most), counts.size > 1) : "", answers);
}

/**
 * When a new innovation must have been implemented to count: "; diterapkan 1 Januari 2024 s.d. 31 Desember 2025", or,
 * when the window closed before the assessment year, "; yang sudah diterapkan atau dikembangkan … tetapi belum
 * dilaporkan" (it cannot be started now).
 */
function windowText(w: PlanAction["where"], locale: MessageLocale, many = false): string {
  if (!w.window) return "";
  const [from, to] = [date(w.window.from, locale), date(w.window.to, locale)];
  // in the assessment year the window is over: the innovation exists already and was not reported
  if (w.window.closed) return locale === "id" ? `; yang sudah diterapkan atau dikembangkan ${from} s.d. ${to} tetapi belum dilaporkan` : `; ${many ? "each" : "one"} already implemented or developed ${from} to ${to} but not yet reported`;
  return locale === "id" ? `; diterapkan ${from} s.d. ${to}` : `; implemented ${from} to ${to}`;
}

/**
 * The values that give a tier on an indicator measured on several bases (SID-18), whose option names no amount, in the
 * notation the edition's own options use ("> 2,04 dan < 5,23 %", "≥ 8,17 %"): " (menurut Dasar Ukur — Jumlah orang
 * terlayani > 500 orang; Cakupan unit layanan > 50 dan ≤ 100 %)"; `bare`, without the brackets and the space before
 * them (a new row's answer says them after its option). Dasar Ukur is the workbook's column for the basis.
 */
function measuresText(list: MeasureAt[] | undefined, locale: MessageLocale, bare = false): string {
  if (!list) return "";
  const id = locale === "id";
  const n = (v: number) => formatPlanNumber(v, locale, (String(v).split(".")[1] ?? "").length);
  const range = ({ min, max }: MeasureAt): string => {
    if (min && max && min.inclusive && max.inclusive) return min.value === max.value ? n(min.value) : `${n(min.value)}–${n(max.value)}`;
    const lo = min ? `${min.inclusive ? "≥" : ">"} ${n(min.value)}` : "";
    const hi = max ? `${max.inclusive ? "≤" : "<"} ${n(max.value)}` : "";
    return lo && hi ? `${lo} ${id ? "dan" : "and"} ${hi}` : lo + hi;
  };
  // in English a unit after exactly 1 is singular ("1 period"): every unitEn of the shipped editions is a plural in -s
  const unit = (m: MeasureAt) => (!id && m.min?.value === 1 && m.max?.value === 1 ? m.unit.en.replace(/s$/, "") : m.unit[locale]);
  const text = `${id ? "menurut" : "by"} Dasar Ukur — ${list.map((m) => `${m.name[locale]} ${range(m)} ${unit(m)}`.trim()).join("; ")}`;
  return bare ? text : ` (${text})`;
}

/** The name the planner gives an innovation it adds ("Inovasi baru 2"): the Bahasa words it is recognised by. */
const NEW_NAME = "Inovasi baru";

/**
 * The name of an innovation the plan adds (`ActionWhere.added`, or `innovation` with `planned`) in the step's
 * language: the planner names them "Inovasi baru 1", "Inovasi baru 2" …, a name the analyst types and then changes
 * (the step says so); an English step calls it "New innovation 2". Any other name is the workbook's, as typed.
 *
 * @example
 * planInnovationName("Inovasi baru 2", "en") //=> "New innovation 2"
 * planInnovationName("Inovasi baru 2", "id") //=> "Inovasi baru 2"
 */
export function planInnovationName(name: string, locale: MessageLocale): string {
  return readLocale(locale, "planInnovationName") === "en" && name.startsWith(NEW_NAME) ? `New innovation${name.slice(NEW_NAME.length)}` : name;
}

/**
 * An agency as a step names it: one no listed agency stands for ({@link IN_CHARGE}) in the step's language; the
 * Rencana sheet's Perangkat Daerah column writes it so too.
 *
 * @example
 * planAgencyText("perangkat daerah yang membidangi Sosial", "en") //=> "the agency in charge of Sosial"
 * planAgencyText("Dinas Sosial", "en") //=> "Dinas Sosial"
 */
export function planAgencyText(agency: string, locale: MessageLocale): string {
  return readLocale(locale, "planAgencyText") === "en" && agency.startsWith(IN_CHARGE) ? `the agency in charge of ${agency.slice(IN_CHARGE.length)}` : agency;
}

/** A stage as written in the workbook (`uji_coba` → "uji coba"). */
const stageText = (x: unknown) => String(x ?? "?").replace(/_/g, " ");

/**
 * What a count step does about one fault, with what the cell holds and what it needs: the window a date must fall in,
 * the words written and the minimum, the mandatory indicator by number and name with the tier it is answered at and
 * that tier's evidence.
 */
function fixText(f: CountFixWhere, fields: Record<string, unknown>, locale: MessageLocale): string {
  const L = T[locale].fix;
  switch (f.fault) {
    case "outside_window": {
      const field = L.dateField[f.field] ?? f.field;
      const was = typeof f.was === "string" ? date(f.was, locale) : null;
      return L.outside_window(field, was, date(f.window?.from, locale), date(f.window?.to, locale)) + (f.stage === "inisiatif" ? L.trialled : "");
    }
    case "design_too_short":
      return L.design_too_short(typeof f.was === "number" ? int(f.was, locale) : null, typeof fields.designWords === "number" ? int(fields.designWords, locale) : String(fields.designWords));
    case "stage_not_scored":
      return L.stage_not_scored(stageText(f.was), stageText(fields.stage));
    case "mandatory_unanswered":
    case "mandatory_unreadable": {
      const ind = f.indicator ? `${f.indicator.id} ${f.indicator.name[locale]}` : (f.indicatorId ?? f.field);
      const need = (f.evidenceNeeded ?? []).map((x) => x[locale]).join("; ");
      const answer = f.tier === undefined ? "" : ` — ${T[locale].tier} ${f.tier}${f.option ? `: ${f.option[locale]}` : ""}${measuresText(f.measures, locale)}${need ? `; ${T[locale].needs}: ${need}` : ""}${T[locale].accepted}`; // count steps are planned in the verified projection only
      if (f.fault === "mandatory_unanswered") return L.mandatory_unanswered(ind, answer);
      // the answer as given, quoted (a value in the locale's decimals, with its unit)
      return L.mandatory_unreadable(ind, `"${givenText(f.was ?? "", f.unit, locale)}"`, L.unread[f.reason ?? ""] ?? L.unread[""]!, answer);
    }
  }
}

/**
 * One step as a line: `3. bukti dukung diterima: … → +0,58 → IID 39,13 Kurang Inovatif (upaya 1)`, its gain by
 * {@link printedGain}'s rule: the printed index after it less `before` (the index printed before the step), so the
 * line adds up; without `before`, the exact gain rounded. `claimed` (a plan of the claimed projection): "IID klaim"
 * ("claimed IID"), so that no line reads as the verified index.
 *
 * @example
 * // the example kabupaten's plan: step 2 (exact gain 0.4853) after IID 39.35
 * formatPlanAction(plan.actions[1], "en", 39.35).endsWith("→ +0.48 → IID 39.83 Less innovative (effort 2)") //=> true
 */
export function formatPlanAction(a: PlanAction, locale: MessageLocale = "id", before?: number | null, decimals = 2, claimed = false): string {
  locale = readLocale(locale, "formatPlanAction"); // "en-US", "EN" read as "en"; another refused
  const L = P[locale];
  const p = a.predicateAfter?.label[locale] ?? "?";
  const iid = claimed ? L.claimedIid : "IID";
  return `${int(a.step, locale)}. ${describeAction(a, locale, true, claimed)} → ${formatStepGain(printedGain(a, before, decimals), a.gain, locale, decimals)} → ${iid} ${formatPlanNumber(a.indexAfter, locale, decimals)} ${p} (${L.effort} ${formatEffort(a.effort, locale)})`;
}

/**
 * The whole plan as lines of text in Bahasa Indonesia (default) or English: where the region stands, the target, the
 * steps, the innovations that can be added without raising the divisor, one more innovation, the largest evidence
 * groups and the compliance still owed. `cells` (one per action, e.g. from the workbook's `actionCells`) are printed
 * after each step; `statusCell` (the workbook's `statusCell`: the Melapor cell of a region not reporting) after the
 * status; `targetNote` (`targetBandNote`'s words) after an index target; `sheetNote` (the workbook's `missingSpdNote`: a
 * sheet the plan could not read) on a line of its own under the status.
 */
export function formatPlan(plan: Plan, locale: MessageLocale = "id", opts: { groups?: number; cells?: (string | undefined)[]; statusCell?: string | undefined; decimals?: number; targetNote?: string | undefined; sheetNote?: string | undefined } = {}): string[] {
  locale = readLocale(locale, "formatPlan"); // "en-US", "EN" read as "en"; another refused
  const L = { ...T[locale], ...P[locale] };
  // index figures at the edition's decimals (`formula.rounding.decimals`, as the engine rounds the index), scores at 2
  const d = opts.decimals ?? 2;
  const n = (x: number | null) => (x === null ? "?" : formatPlanNumber(x, locale, d));
  const score = (x: number | null) => (x === null ? "?" : formatPlanNumber(x, locale));
  const e = (x: number) => formatEffort(x, locale);
  const lines: string[] = [];
  lines.push(`${L.plan} ${plan.region.name} — ${L.edition} ${plan.edition.id}, ${L.projection[plan.projection]}`);
  // how far the target is, in the index points printed (what the steps' printed gains add up to)
  const gap = (from: number | null) => (plan.target === null || from === null ? "?" : n(Math.max(0, plan.target.index - from)));
  const toGo = plan.target && plan.start.index !== null && plan.start.index < plan.target.index && plan.reason?.code !== "region_not_reported" ? `, ${L.toGo(gap(plan.start.index))}` : "";
  // a claimed plan's index is the claimed one on its first line too, the one most likely quoted (review20 F3)
  const iid = plan.projection === "claimed" ? L.claimedIid : "IID";
  const target = plan.target ? `; ${L.target}: ${plan.target.predicate ? `${plan.target.predicate.label[locale]} (${iid} ≥ ${n(plan.target.index)})` : `${iid} ≥ ${n(plan.target.index)}${opts.targetNote ? ` (${opts.targetNote})` : ""}`}${toGo}` : "";
  lines.push(`${L.now}: ${iid} ${n(plan.start.index)} ${plan.start.predicate?.label[locale] ?? "?"}${target}`);
  const r = plan.reason;
  if (plan.status === "reached") lines.push(L.status.reached(plan.actions.length, e(plan.totalEffort)));
  else if (r?.code === "top_band") lines.push(L.status.already_top(r.predicate.label[locale]));
  else if (r?.code === "target_unknown") lines.push(targetUnknownNote(r, plan.edition.id, locale));
  else if (r?.code === "already_at_target") lines.push(L.status.already(n(r.index), n(r.target)));
  else if (r?.code === "index_unknown") lines.push(L.status.unknown);
  else if (r?.code === "region_not_reported") lines.push(`${L.status.notReported(plan.start.predicate?.label[locale] ?? "?")}${opts.statusCell ? ` [${opts.statusCell}]` : ""}`);
  else if (r?.code === "columns_absent") lines.push(columnsAbsentNote(r.columns, locale));
  else if (r?.code === "action_limit") lines.push(L.status.limit(r.limit, e(plan.totalEffort), `${n(r.index)} ${r.predicate?.label[locale] ?? ""}`.trim(), gap(r.index)));
  else if (r?.code === "no_more_gain") {
    const note = planStatusNote(plan, locale);
    lines.push(`${L.status.out_of_reach(plan.actions.length, e(plan.totalEffort), `${n(r.maximum)} ${r.predicate?.label[locale] ?? ""}`.trim(), gap(r.maximum), r.newInnovations?.reachedWith != null)}${note ? ` ${note}` : ""}`);
  }
  if (opts.sheetNote) lines.push(opts.sheetNote);
  const spd = planSpdNote(plan, locale);
  if (spd) lines.push(spd);
  const fresh = planNewInnovationNote(plan, locale);
  if (fresh) lines.push(fresh);
  // on the first screen, before the steps: the agencies the region still has to get an innovation from
  const without = plan.compliance.agenciesWithout;
  const notes = planComplianceNotes(plan, locale);
  if (notes.without) lines.push(notes.without);
  plan.actions.forEach((a, k) => {
    const cell = opts.cells?.[k];
    // each line adds up: the gain is the change of the index printed before it (printedGain)
    lines.push(`  ${formatPlanAction(a, locale, k === 0 ? plan.start.index : plan.actions[k - 1]!.indexAfter, d, plan.projection === "claimed")}${cell ? ` [${cell}]` : ""}`);
  });
  // a region not reporting stays at 0 whatever is added: no room under the divisor, no "one more innovation" to weigh
  if (r?.code !== "region_not_reported") {
    lines.push(L.seats(plan.seats.floor, plan.seats.n, plan.seats.empty));
    const o = plan.oneMore;
    const neg = o.gain !== null && o.gain < 0 && o.average !== null ? ` — ${L.negative(score(o.average))}` : "";
    lines.push(`${L.oneMore} (${L.score} ${score(o.expectedScore)}, ${L.basis[o.basis]}${o.like ? `: ${o.like.name}` : ""}): ${o.gain === null ? "?" : formatGain(o.gain, locale, d)}${neg}`);
  }
  const k = opts.groups ?? 5;
  for (const [title, groups, withKey] of [[L.byIndicator, plan.evidence.byIndicator, true], [L.byAgency, plan.evidence.byAgency, false]] as const) {
    if (groups.length === 0) continue;
    lines.push(`${title}:`);
    for (const g of groups.slice(0, k)) {
      const on = g.innovations > 0 ? `, ${L.innovations(g.innovations)}` : ""; // SPD rows are on no innovation
      // the change of the printed index, as a step's (the IID after it is printed beside it)
      const shown = g.gain === null ? "?" : formatStepGain(printedGain({ gain: g.gain, indexAfter: g.indexAfter }, plan.start.index, d), g.gain, locale, d);
      lines.push(`  ${withKey ? `${g.key} ${g.name[locale]}` : g.name[locale]}: ${L.answers(g.answers)}${on} → ${shown} (${iid} ${n(g.indexAfter)})`);
    }
    // the rest counted and where every one is (audit38: 5 of 33 agencies, and nothing said of the 28)
    if (groups.length > k) lines.push(`  ${L.moreGroups(groups.length - k, withKey)}`);
  }
  const c = plan.compliance;
  if (c.rules.length || c.targets.length) {
    lines.push(`${L.compliance}:`);
    const none = new Set(without);
    for (const rule of c.rules) {
      // who owes: named, unless they are the agencies without an innovation listed under the status already
      const owing = rule.owing.map((a) => a.agency);
      const who = owing.length === 0 ? "" : owing.every((a) => none.has(a)) ? ` (${L.above})` : `: ${names(owing, locale)}`;
      lines.push(`  ${rule.notJudged ? L.notJudged(rule.name[locale]) : L.rule(rule.name[locale], rule.owing.length, rule.shortBy)}${who}`);
    }
    for (const t of c.targets) lines.push(`  ${L.targetLine(t.name[locale], t.count, t.target, t.stillNeeded)}`);
    // why the plan does not withhold them: said, not left for the analyst to wonder
    if (notes.kept) lines.push(`  ${notes.kept}`);
  }
  return lines;
}

/**
 * What the status of a plan out of reach leaves unsaid, when the bound is the plan's own assumption: the score it gave
 * new innovations — the one given, or the median counted one's, which follows the plan's steps (each step says its own;
 * the note says today's and the last step's, not one score the steps did not use) — and how many new innovations scoring the most an
 * innovation can — the plan's own first, then more after its steps — reach the target; or, when none do, the number
 * allowed that was tried, or the index no number of them takes the region past (the count score stops at the cap, the
 * average only nears the most). When the most needs a record indicator at its top that the plan's new innovations have
 * lower (SID-17, months from initiative to implementation: a fact no step raises), it says so and the most they reach
 * (`records`, `recordsMost`: 109 of 111), so "111,00" does not read as a score the steps could give. Undefined otherwise. {@link formatPlan} prints it after the status; the Rencana sheet
 * and the pane write it after theirs.
 *
 * @example
 * // eight innovations at tier 2 everywhere (74 each), SPD rows at tier 2: IID 37.75, to 90 with at most 10 new ones
 * // (raised like the others, the median as the plan goes: 109, SID-17 is a record)
 * const plan = planRegion(input, edition, { target: { index: 90 }, maxActions: 1000, maxNewInnovations: 10 });
 * plan.end.index //=> 65.14
 * planStatusNote(plan, "en") //=> "This plan assumes each new innovation scores the median counted innovation's at its step, which follows the plan's steps (74.00 today, 109.00 after the last step). A higher score raises the index, but even 10 new innovations scoring 111.00 — as many as allowed, the plan's 10 included — do not reach the target. A score of 111.00 also needs 17. Speed of creating the innovation at tier 3 (2 in the plan) — a record of the innovation, which the plan does not raise: the plan's new innovations reach 109.00 at most."
 */
export function planStatusNote(plan: Plan, locale: MessageLocale): string | undefined {
  locale = readLocale(locale, "planStatusNote");
  const r = plan.reason;
  if (r?.code !== "no_more_gain" || !r.newInnovations) return undefined;
  const b = r.newInnovations;
  const L = BOUND[locale];
  const top = formatPlanNumber(b.highest, locale);
  const then = b.reachedWith !== null ? L.reached(b.reachedWith, b.planned, top) : b.tried !== null ? L.allowed(b.tried, b.planned, top) : L.ceiling(top, formatPlanNumber(b.ceiling, locale), b.countCap);
  const f = (x: number) => formatPlanNumber(x, locale);
  // what the most needs that no step gives: the records below their top (the new innovations' own facts)
  const list = (b.records ?? []).map((r) => `${r.indicator.number}. ${r.indicator.name[locale]} ${L.record(r.top, r.tier)}`).join(", ");
  const records = list && b.recordsMost !== undefined ? ` ${L.records(top, list, f(b.recordsMost))}` : "";
  return `${b.basis === "median" ? L.follows(f(plan.oneMore.expectedScore), f(b.score)) : L.assumed(L.basis[b.basis], f(b.score))} ${then}${records}`;
}

/**
 * What the plan's "fill in" steps leave open: the empty SPD rows of record it fills at their lowest tier, and how much
 * more the index may rise when their real data is higher (each row up to its top tier); undefined without such steps.
 * {@link formatPlan} prints it under the status; the Rencana sheet and the pane write it too.
 *
 * @example
 * // the example kabupaten with its SPD sheet left empty: 16 rows of record to fill
 * planSpdNote(plan, "en") //=> "This plan fills 16 empty SPD data rows (the region's record, e.g. the BPK opinion): the \"fill in\" steps count them at the lowest tier — enter the real data (the index may rise up to +12.80 more), then plan again."
 */
export function planSpdNote(plan: Plan, locale: MessageLocale): string | undefined {
  locale = readLocale(locale, "planSpdNote");
  const fills = plan.actions.filter((a) => a.kind === "fill");
  // an SPD row adds weight × tier: from the tier counted (`tier.to`) to the top, the step's gain × (top − tier) / tier
  const more = fills.reduce((sum, a) => {
    const t = a.where.tier?.to ?? 1;
    return sum + (a.gain * ((a.where.fill?.tiers.at(-1) ?? t) - t)) / t;
  }, 0);
  // a plan that raises SPD rows says why it leaves the rows of record below their top (audit38)
  const records = plan.spdRecords ?? [];
  const raises = records.length > 0 && plan.actions.some((a) => a.kind === "tier_up" && a.where.spdRow);
  const list = records.slice(0, 3).map((r) => `${r.id} ${r.name[locale]}`).join(", ") + (records.length > 3 ? ` ${NOTES[locale].more(records.length - 3)}` : "");
  const text = [fills.length ? NOTES[locale].spdEmpty(fills.length, formatGain(more, locale)) : "", raises ? NOTES[locale].spdRecords(list) : ""].filter(Boolean).join(" ");
  return text || undefined;
}

/**
 * Why the plan's new innovations score what they do when that is not "one more innovation"'s today: each is modelled
 * on the median counted innovation at its step, which the plan's earlier steps raise (audit38: "score 99, like
 * Inovasi G" beside "one more innovation (score 74)"), so its row is copied once those steps are done. Undefined when
 * the plan adds none, the score is given (or the lowest eligible), or every one scores today's median; a plan out of
 * reach on that assumption says it in {@link planStatusNote} already. The CLI's plan prints it under the status; the
 * Rencana sheet and the pane write it too.
 */
export function planNewInnovationNote(plan: Plan, locale: MessageLocale): string | undefined {
  locale = readLocale(locale, "planNewInnovationNote");
  if (plan.oneMore.basis !== "median" || (plan.reason?.code === "no_more_gain" && plan.reason.newInnovations)) return undefined;
  const scores = plan.actions.flatMap((a) => (a.kind === "new_innovation" || a.kind === "yandas" ? [a.where.added![0]!.score] : []));
  if (!scores.some((x) => x !== plan.oneMore.expectedScore)) return undefined;
  return NOTES[locale].newMedian(formatPlanNumber(plan.oneMore.expectedScore, locale), formatPlanNumber(scores.at(-1)!, locale));
}

/**
 * What the plan's withhold steps ("jangan diajukan") rest on: the skor jumlah inovasi read as the edition reads it
 * (`plan.jumlahInovasiCountOf`) — counting the innovations that count, or every one submitted (n) — not confirmed by
 * the ministry (docs/decisions.md, "Engine readings [I]"); undefined without such steps, and when the reading does not
 * change their gains: n stays above the count cap through them (`n − withholds ≥ cap`; new innovations only raise n),
 * so the count score is at the cap either way (n 2,100 with 1,287 counted and 13 withholds: 0.38 × 200 both); nor
 * when the yandas rule fails through the plan (`plan.yandasFailsThrough`): the count score is 0 either way. The CLI
 * prints it with the model's notes; the Rencana sheet and the pane write it too.
 */
export function planReadingNote(plan: Plan, locale: MessageLocale): string | undefined {
  locale = readLocale(locale, "planReadingNote");
  const k = plan.actions.filter((a) => a.kind === "withhold").length;
  const cap = plan.jumlahInovasiCountCap;
  if (k === 0 || plan.yandasFailsThrough || (cap !== null && plan.seats.n - k >= cap)) return undefined;
  return plan.jumlahInovasiCountOf === "n" ? NOTES[locale].readingN(k) : NOTES[locale].reading(k);
}

/**
 * The plan's two notes on the region's own compliance, as {@link formatPlan} writes them: the agencies without an
 * innovation (under the status), and the innovations kept submitted for compliance; each absent when there are none.
 *
 * @example
 * // the example kabupaten's plan (verified, to Inovatif): five agencies without an innovation, one kept
 * Object.keys(planComplianceNotes(plan, "id")) //=> ["without", "kept"]
 * planComplianceNotes(plan, "en").kept //=> "Kept submitted though it does not count, as compliance needs it (1): Jemput Cepat Perdagangan (Dinas Koperasi, UKM dan Perdagangan)"
 */
export function planComplianceNotes(plan: Plan, locale: MessageLocale): { without?: string; kept?: string } {
  locale = readLocale(locale, "planComplianceNotes");
  const L = P[locale];
  const { agenciesWithout: without, kept } = plan.compliance;
  return {
    ...(without.length > 0 ? { without: `${L.without(without.length)}: ${names(without, locale)}` } : {}),
    ...(kept.length > 0 ? { kept: `${L.kept(kept.length)}: ${names(kept.map((k) => `${k.name} (${k.agency})`), locale)}` } : {}),
  };
}

/** Up to eight names, then how many more. */
function names(list: string[], locale: MessageLocale, most = 8): string {
  const shown = list.slice(0, most).join(", ");
  return list.length > most ? `${shown} ${P[locale].more(list.length - most)}` : shown;
}

/** A date as the issue messages write it (`1 Januari 2024`); "?" when the plan does not know it. */
function date(iso: string | undefined, locale: MessageLocale): string {
  return readableDate(iso, locale, "?");
}
