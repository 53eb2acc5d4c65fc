/**
 * Options as analysts name them (the analyst audit of the ninth session): each ordinary answer below was an error that
 * scored 0 and, for the mandatory SID-1, took the innovation out of the verified projection.
 */
import { describe, expect, it } from "vitest";
import { resolvedAnswers, scoreRegion } from "@inovasi/core";
import { type CellValue, type WorkbookGrids, locateIssues, readWorkbook } from "../src/index.js";
import { optionByWords } from "../src/option-words.js";
import { a1 } from "../src/grid.js";
import { e2026, oneInnovationBook } from "./helpers.js";

const ind = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const header = (id: string) => `${ind(id).number}. ${ind(id).name.id}`;
const label = (id: string, tier: number) => ind(id).options.find((o) => o.tier === tier)!.label.id;

function book(inovasi: Record<string, CellValue>, spd: Record<string, CellValue> = {}, level = "Kabupaten"): WorkbookGrids {
  const grids = oneInnovationBook({ inovasi, spd });
  grids["Pengaturan"]!.cells.find((r) => r[0] === "Tingkat")![1] = level;
  return grids;
}

/** Every located issue of reading and scoring the workbook. */
function problems(grids: WorkbookGrids, locale: "id" | "en" = "id") {
  const read = readWorkbook(grids, { locale });
  const scored = scoreRegion(read.input!, read.edition);
  return { read, scored, issues: [...read.issues, ...locateIssues(scored.issues, read.source, locale)] };
}

describe("options as analysts name them", () => {
  it.each([
    ["SID-1", "SK Kepala Daerah", 1],
    ["SID-1", "Perbup", 2],
    ["SID-1", "SK Bupati", 1],
    ["SID-1", "Peraturan Bupati", 2],
    ["SID-1", "Surat Keputusan Bupati", 1],
    ["SID-1", "Perda", 3],
    ["SID-14", "tidak ada", 1],
    ["SID-4", "AI", 3],
    ["SID-10", "baliho", 1],
    ["SID-8", "Surat tugas", 2],
    // audit17 F12 (read21): a wali kota's regulation as commonly shortened, and "&" for "dan"
    ["SID-1", "Perwal", 2],
    ["SID-1", "Perwal No. 5 Tahun 2024", 2],
    ["SID-6", "Tercantum dalam RKPD T-1 & T-2", 2],
    // read22: "Monitoring dan evaluasi internal" is one phrase (the indicator's own "monitoring dan evaluasi"), not a list
    ["SID-19", "Internal", 1],
    ["SID-19", "evaluasi internal", 1],
    ["SID-19", "eksternal", 3],
  ])("reads %s %j as the tier-%i option, with no problem", (id, typed, tier) => {
    const { read, issues } = problems(book({ [header(id)]: typed }));
    expect(read.input!.innovations[0]!.answers[id]).toMatchObject({ option: label(id, tier) });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it.each([
    ["SPD-9", "C", 1],
    ["SPD-9", "D", 1],
    ["SPD-13b", "Unggul", 3],
    ["SPD-13b", "Sangat Baik", 3],
    ["SPD-13b", "Kurang", 1],
    ["SPD-14", "Perkada", 3],
    ["SPD-14", "Perbup", 3],
    ["SPD-1", "Visi dan Misi", 3],
    ["SPD-1", "visi", 2],
    ["SPD-1", "Misi", 1],
    ["SPD-8", "Tidak Wajar", 1],
    // audit17 F12 (read21): a full stop is no word ("baik." was both "Baik" and "Unggul atau Sangat Baik"), "&" is "dan"
    ["SPD-13b", "baik.", 2],
    ["SPD-13b", "Sangat baik.", 3],
    ["SPD-1", "visi & misi", 3],
    // read22: a leading word of the indicator's name no option says ("Opini BPK atas laporan keuangan") is no option word
    ["SPD-8", "Opini WTP", 3],
    ["SPD-8", "opini WDP", 2],
    ["SPD-8", "Opini BPK TW", 1],
  ])("reads %s %j on the SPD sheet as the tier-%i option", (id, typed, tier) => {
    const { read, issues } = problems(book({}, { [id]: typed }));
    expect(read.input!.spdAnswers[id]).toMatchObject({ option: label(id, tier) });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("keeps the innovation in the verified projection once SID-1 is read (it left it as an unknown option)", () => {
    const { scored } = problems(book({ [header("SID-1")]: "SK Bupati" }));
    expect(scored.verified.sid.counted).toBe(1);
  });

  it("never reads a text that names two options: both are named, once, at the cell", () => {
    const grids = book({ [header("SID-1")]: "Kepala Daerah" });
    const { read, issues } = problems(grids);
    const at = issues.filter((i) => i.cell === `${String.fromCharCode(65 + grids["Inovasi"]!.cells[0]!.indexOf(header("SID-1")))}2`);
    expect(at).toHaveLength(1);
    expect(at[0]!.severity).toBe("error");
    expect(at[0]!.message).toBe(
      `Inovasi!${at[0]!.cell}: pilihan "Kepala Daerah" untuk indikator SID-1 cocok dengan lebih dari satu pilihan (tingkat 1 "${label("SID-1", 1)}"; tingkat 2 "${label("SID-1", 2)}"); tulis pilihan yang dimaksud; indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi`,
    );
    expect(read.input!.innovations[0]!.answers["SID-1"]).toMatchObject({ option: "Kepala Daerah" });
    const en = problems(grids, "en").issues.find((i) => i.cell === at[0]!.cell)!;
    expect(en.text).toContain(`fits more than one option (tier 1 "${ind("SID-1").options[0]!.label.id}" (${ind("SID-1").options[0]!.label.en}); tier 2 "${ind("SID-1").options[1]!.label.id}" (${ind("SID-1").options[1]!.label.en}))`);
  });

  it("says an ambiguous SPD answer at its SPD cell, once, naming each option it could mean", () => {
    const grids = book({}, { "SPD-15": "bantuan administrasi" });
    const { issues } = problems(grids);
    const row = grids["SPD"]!.cells.findIndex((r) => r[0] === "SPD-15") + 1;
    const col = String.fromCharCode(65 + grids["SPD"]!.cells[0]!.indexOf("Jawaban"));
    expect(issues.filter((i) => i.sheet === "SPD").map((i) => i.message)).toEqual([
      `SPD!${col}${row}: pilihan "bantuan administrasi" untuk indikator SPD-15 cocok dengan lebih dari satu pilihan (tingkat 2 "${label("SPD-15", 2)}"; tingkat 3 "${label("SPD-15", 3)}"); tulis pilihan yang dimaksud`,
    ]);
  });

  it("a part of a label that lists items is not that option ('T-1' of 'Dianggarkan pada T-0, T-1 dan T-2')", () => {
    for (const [id, text] of [["SID-3", "T-1"], ["SID-3", "T-1 dan T-2"], ["SID-6", "T-0"], ["SID-6", "T-2 dan T-0"], ["SPD-15", "insentif"], ["SPD-15", "incentive"]] as const) {
      expect(optionByWords(ind(id), text)).toBeUndefined();
    }
    // the indicator's own subject names no option: "Monitoring" / "monitoring dan evaluasi" on SID-19 (monitoring and
    // evaluation) are every option's; "visi" of SPD-1's "visi dan misi" is still a part (its other options say it alone)
    for (const text of ["Monitoring", "monitoring dan evaluasi", "evaluation"]) expect(optionByWords(ind("SID-19"), text)).toBeUndefined();
    expect(optionByWords(ind("SPD-1"), "misi")).toEqual({ option: ind("SPD-1").options.find((o) => o.tier === 1) });
    // "T-2" is one alternative of tier 1's "T-1 atau T-2" (listed in one year's RKPD), whatever the lists of tiers 2 and 3 hold
    expect(optionByWords(ind("SID-6"), "T-2")).toEqual({ option: ind("SID-6").options[0] });
  });

  // review22: the subject was the one word either side of "dan", so a province's "Kerja sama dan kemitraan" read "Kerja
  // sama" (the indicator's own name) as its option "Kerja sama dan kemitraan lokal", silently
  it("a subject of several words, as far as the indicator's name says it, names no option by any of its words", () => {
    const sid19 = ind("SID-19");
    const options = ["Kerja sama dan kemitraan lokal", "Nasional", "Internasional"].map((l, k) => ({ ...sid19.options[k]!, label: { id: l, en: l }, aliases: [] }));
    const kerjaSama = { ...sid19, id: "P-1", name: { id: "Kerja sama dan kemitraan", en: "Cooperation and partnership" }, options } as typeof sid19;
    for (const text of ["Kerja sama", "Kerja", "kerja sama dan kemitraan", "Kemitraan"]) expect(optionByWords(kerjaSama, text)).toBeUndefined();
    expect(optionByWords(kerjaSama, "lokal")).toEqual({ option: options[0] });
    expect(optionByWords(kerjaSama, "kemitraan lokal")).toEqual({ option: options[0] });
  });

  it("the indicator's name words alone name nothing ('Opini BPK'), and what could be two options after them is both ('Opini wajar')", () => {
    expect(optionByWords(ind("SPD-8"), "Opini BPK")).toBeUndefined();
    expect(optionByWords(ind("SPD-8"), "Opini wajar")).toEqual({ ambiguous: [ind("SPD-8").options[1], ind("SPD-8").options[2]] });
  });

  it("a short alternative another option's label also holds is both ('news': '… social media or news', 'News in media …')", () => {
    expect(optionByWords(ind("SID-10"), "News")).toEqual({ ambiguous: [ind("SID-10").options[1], ind("SID-10").options[2]] });
  });

  // review22: the indicator's name dropped before the rest skipped this check, so "Sosialisasi news" was tier 2, silently
  it.each(["Sosialisasi news", "Publicity news", "Inovasi News"])("%j, the indicator's name before 'news', is both too: said at the cell, not read as tier 2", (typed) => {
    expect(optionByWords(ind("SID-10"), typed)).toEqual({ ambiguous: [ind("SID-10").options[1], ind("SID-10").options[2]] });
    const { read, issues } = problems(book({ [header("SID-10")]: typed }));
    expect(read.input!.innovations[0]!.answers["SID-10"]).toMatchObject({ option: typed });
    expect(issues.filter((i) => i.severity === "error").map((i) => [i.code, i.field])).toEqual([["option_ambiguous", "SID-10"]]);
  });

  it("after the indicator's name, an option's whole label is that option, as typed alone ('Kebijakan baik' is Baik, 'Belanja 3 komponen' is 3 komponen)", () => {
    expect(optionByWords(ind("SPD-13b"), "Kebijakan baik")).toEqual({ option: ind("SPD-13b").options[1] });
    expect(optionByWords(ind("SPD-2b"), "Belanja 3 komponen")).toEqual({ option: ind("SPD-2b").options[1] });
  });

  it("no word after a negation anywhere before it, and a negation alone names nothing", () => {
    for (const [id, text] of [["SID-8", "penetapan"], ["SPD-8", "pendapat"], ["SPD-8", "Tanpa"], ["SPD-8", "tidak"], ["SID-8", "Tanpa"], ["SID-15", "belum"], ["SID-15", "not"]] as const) {
      expect(optionByWords(ind(id), text)).toBeUndefined();
    }
  });

  it("does not read words that follow a negation in a label as that option ('surat penetapan' is not 'Tanpa surat penetapan')", () => {
    expect(optionByWords(ind("SID-8"), "surat penetapan")).toBeUndefined();
    expect(optionByWords(ind("SID-15"), "terintegrasi")).toEqual({ ambiguous: [ind("SID-15").options[1], ind("SID-15").options[2]] });
    // a text of function words alone names nothing
    expect(optionByWords(ind("SPD-9"), "atau")).toBeUndefined();
  });

  it("does not map accreditation words to SAKIP letters (the spec does not say how): 'Sangat Baik' and 'BB' for SPD-9 stay errors", () => {
    expect(optionByWords(ind("SPD-9"), "Sangat Baik")).toBeUndefined();
    expect(optionByWords(ind("SPD-9"), "BB")).toBeUndefined();
  });

  it("reads a regional head's regulation of another level, and says so at the cell", () => {
    const grids = book({ [header("SID-1")]: "Perwali" });
    const { read, issues } = problems(grids);
    expect(read.input!.innovations[0]!.answers["SID-1"]).toMatchObject({ option: label("SID-1", 2) });
    const w = issues.filter((i) => i.code === "option_word_other_level");
    expect(w.map((i) => [i.severity, i.text])).toEqual([
      ["warning", `"Perwali" adalah sebutan untuk Kota, padahal Tingkat daerah ini di lembar Pengaturan "Kabupaten"; "Perwali" tetap dibaca sebagai "${label("SID-1", 2)}" — periksa apakah dokumennya milik daerah ini`],
    ]);
    // in English: the label the sheet accepts quoted, its English beside it (was the English label alone, which the
    // sheet's list refuses)
    const en = problems(grids, "en").issues.find((i) => i.code === "option_word_other_level")!;
    expect(en.text).toContain(`"Perwali" is still read as "${label("SID-1", 2)}" (${ind("SID-1").options.find((o) => o.tier === 2)!.label.en}) — check`);
    expect(problems(book({ [header("SID-1")]: "Perwali" }, {}, "Kota")).issues.filter((i) => i.code === "option_word_other_level")).toEqual([]);
  });
});

// audit17 F9: "SK Kepala Dinas" on SID-8 was told "mungkin maksudnya 'SK Kepala Daerah'?" (tier 3, the regional head's
// SK), a tier the agency head's letter does not reach; the agency head's option is "Surat tugas Kepala Perangkat Daerah"
describe("a title and a document no one option holds together", () => {
  it.each(["SK Kepala Dinas", "SK Kadis", "Keputusan Kepala Badan"])("%s on SID-8 names both options it touches, suggests neither alone", (typed) => {
    const w = optionByWords(ind("SID-8"), typed);
    expect(w && "ambiguous" in w ? w.ambiguous.map((o) => o.tier).sort() : w).toEqual([2, 3]);
    const grids = book({ [header("SID-8")]: typed });
    const said = problems(grids).issues.filter((i) => i.cell === a1(1, grids["Inovasi"]!.cells[0]!.indexOf(header("SID-8"))));
    expect(said.map((i) => i.code)).toEqual(["option_ambiguous"]);
    expect(said[0]!.text).toContain(`tingkat 2 "${label("SID-8", 2)}"; tingkat 3 "${label("SID-8", 3)}"`);
    expect(said[0]!.text).not.toContain("mungkin maksudnya");
  });

  it("what one option holds whole is still read as it (SID-1 'SK Kepala Dinas': the agency head's SK, tier 1; SID-8 'SK Bupati': tier 3)", () => {
    expect(optionByWords(ind("SID-1"), "SK Kepala Dinas")).toMatchObject({ option: { tier: 1 } });
    expect(optionByWords(ind("SID-8"), "SK Bupati")).toMatchObject({ option: { tier: 3 } });
    // a title whose other words touch no second option: not read, not made ambiguous
    expect(optionByWords(ind("SID-1"), "Surat Kepala Dinas")).toBeUndefined();
  });
});

// read23: a bare "SK" on SID-8 scored tier 3 silently (the core reads "SK" as the capitals of "SK Kepala Daerah"), while
// the agency head's letter is tier 2: which head signed is what the options differ by (the spec: "assignment letter of
// Kepala PD / SK KDH"), so it is asked, the answer left unscored until chosen
describe("a decree without its signer", () => {
  it.each(["SK", "SK.", "Surat Keputusan", "Keputusan", "Decree"])("%j on SID-8 names both signers' options and is not scored", (typed) => {
    const grids = book({ [header("SID-8")]: typed });
    const { read, scored, issues } = problems(grids);
    const said = issues.filter((i) => i.cell === a1(1, grids["Inovasi"]!.cells[0]!.indexOf(header("SID-8"))));
    expect(said.map((i) => [i.code, i.severity])).toEqual([["option_ambiguous", "error"]]);
    expect(said[0]!.text).toBe(`pilihan "${typed}" untuk indikator SID-8 cocok dengan lebih dari satu pilihan (tingkat 2 "${label("SID-8", 2)}"; tingkat 3 "${label("SID-8", 3)}"); tulis pilihan yang dimaksud`);
    expect(resolvedAnswers(scored.innovations[0]!).tiers[7]).toBe(0);
    // said once: the scorer does not call it unanswered beside the question
    expect(issues.filter((i) => i.field === header("SID-8") || i.field === "SID-8")).toHaveLength(1);
    expect(read.issues.concat(issues).some((i) => /belum dijawab/.test(i.text) && i.text.includes("SID-8"))).toBe(false);
  });

  it("SID-1 'SK' is still its one option of decrees (tier 1): the Perkada is no letter", () => {
    expect(optionByWords(ind("SID-1"), "SK")).toMatchObject({ option: { tier: 1 } });
    const { read, issues } = problems(book({ [header("SID-1")]: "SK" }));
    expect(read.input!.innovations[0]!.answers["SID-1"]).toMatchObject({ option: label("SID-1", 1) });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

// read23: "T-0, T-1, T-2" for SID-3's "Dianggarkan pada T-0, T-1 dan T-2" was an unknown option (the items it lists,
// joined by commas, in any order)
describe("the items a label lists, joined or ordered another way", () => {
  it.each([
    ["SID-3", "T-0, T-1, T-2", 3],
    ["SID-3", "T-2, T-1, T-0", 3],
    ["SID-3", "T-0, T-1 dan T-2", 3],
    ["SID-6", "T-1, T-2", 2],
    ["SID-6", "RKPD T-1, T-2", 2],
    ["SID-6", "T-0, T-1, T-2", 3],
  ])("%s %j is the option of tier %i, with no error", (id, typed, tier) => {
    const { read, issues } = problems(book({ [header(id)]: typed }));
    expect(read.input!.innovations[0]!.answers[id]).toMatchObject({ option: label(id, tier) });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it.each([
    ["SID-3", "T-0, T-1"], // two of the three: which two years are consecutive is not what the options say
    ["SID-6", "APBD T-1, T-2"], // words the label does not lead with
    ["SID-6", "T-1, T-1, T-2"],
  ])("%s %j is not read", (id, typed) => {
    expect(optionByWords(ind(id), typed)).toBeUndefined();
  });
});

// read23: SID-11 "cetak" (print) was an unknown option beside "Tercetak" (printed)
describe("one word without the prefix its label's word has", () => {
  it.each([
    ["SID-11", "cetak", 1],
    ["SID-11", "Dicetak", 1],
    ["SID-15", "pisah", 1],
    ["SPD-14", "tetapkan", 3],
  ])("%s %j is the option of tier %i", (id, typed, tier) => {
    expect(optionByWords(ind(id), typed)).toMatchObject({ option: { tier } });
  });

  it("SID-11 'cetak' scores as 'Tercetak', with no error; SID-15 'integrasi' names the two options it could be (not the one after 'belum')", () => {
    const { read, issues } = problems(book({ [header("SID-11")]: "cetak" }));
    expect(read.input!.innovations[0]!.answers["SID-11"]).toMatchObject({ option: label("SID-11", 1) });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    const w = optionByWords(ind("SID-15"), "integrasi");
    expect(w && "ambiguous" in w ? w.ambiguous.map((o) => o.tier) : w).toEqual([2, 3]);
  });
});

// read25: what a tool or a guideline is ("Website", "PDF") where it says one option, with the note a reading gets; what
// may be two ("Aplikasi": electronic or online; "2 tahun": consecutive or not) names the options to pick from
describe("forms and counts typed for an option", () => {
  const at = (read: ReturnType<typeof readWorkbook>, id: string) => read.issues.filter((i) => i.field === header(id));
  it.each([
    ["SID-4", "Website", 3],
    ["SID-4", "Aplikasi online", 3],
    ["SID-11", "website", 3],
    ["SID-11", "PDF", 2],
    ["SID-3", "1 tahun", 1],
    ["SID-3", "2 tahun berturut-turut", 2],
    // read26: paper is printed (SID-11) or manual (SID-4), never above; an e-book or a soft copy is an electronic file
    ["SID-11", "Buku", 1],
    ["SID-11", "Buku Pedoman", 1],
    ["SID-11", "buku panduan", 1],
    ["SID-11", "Hard copy", 1],
    ["SID-11", "hardcopy", 1],
    ["SID-11", "e-book", 2],
    ["SID-11", "Ebook", 2],
    ["SID-11", "Soft copy", 2],
    ["SID-4", "Buku", 1],
    ["SID-4", "Hard-copy", 1],
    ["SID-4", "E-Book", 2],
    // read27: a print, paper, "tercetak" on SID-4 are paper too; a soft file is electronic, a hard file paper
    ["SID-11", "cetakan", 1],
    ["SID-11", "Print", 1],
    ["SID-11", "kertas", 1],
    ["SID-11", "Hard file", 1],
    ["SID-11", "soft file", 2],
    ["SID-4", "tercetak", 1],
    ["SID-4", "Cetakan", 1],
    ["SID-4", "print", 1],
    ["SID-4", "Kertas", 1],
    // read29: a print-out is paper; an electronic file or document is electronic
    ["SID-11", "hasil cetak", 1],
    ["SID-4", "Hasil Cetak", 1],
    ["SID-11", "berkas elektronik", 2],
    ["SID-11", "Dokumen Elektronik", 2],
  ])("reads %s %j as the tier-%i option, with a note at the cell", (id, typed, tier) => {
    const { read, issues } = problems(book({ [header(id)]: typed }));
    expect(read.input!.innovations[0]!.answers[id]).toMatchObject({ option: label(id, tier) });
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(at(read, id).map((i) => [i.code, i.text])).toEqual([["option_form_read", `"${typed}" dibaca pilihan "${label(id, tier)}" (tingkat ${tier})`]]);
  });

  it.each([
    ["SID-4", "Aplikasi", [2, 3]],
    ["SID-11", "Aplikasi", [2, 3]],
    // read26: an Android app works offline (electronic) or online, as any application
    ["SID-4", "Aplikasi Android", [2, 3]],
    ["SID-11", "aplikasi android", [2, 3]],
    ["SID-3", "2 tahun", [1, 2]],
    ["SID-3", "2 thn", [1, 2]],
    ["SID-3", "dua tahun", [1, 2]],
    // read27: an Android or mobile app alone, as "Aplikasi Android"; a file alone may be paper or electronic (the
    // edition's example qualifies it: "Berkas pedoman elektronik"); three years may be T-0 to T-2, three consecutive
    // years without T-0 (two consecutive: tier 2) or three apart (tier 1); consecutive, tier 2 or 3
    ["SID-4", "Android", [2, 3]],
    ["SID-11", "android", [2, 3]],
    ["SID-4", "aplikasi mobile", [2, 3]],
    ["SID-11", "Aplikasi Mobile", [2, 3]],
    ["SID-11", "file", [1, 2]],
    ["SID-4", "File", [1, 2]],
    ["SID-3", "3 tahun", [1, 2, 3]],
    ["SID-3", "tiga tahun", [1, 2, 3]],
    ["SID-3", "3 thn anggaran", [1, 2, 3]],
    ["SID-3", "3 tahun berturut-turut", [2, 3]],
    // read29: a printer gives paper from an electronic tool, a "berkas" is a file and a document either; the last three
    // years are consecutive: T-0 to T-2, or three without T-0 (two consecutive: tier 2)
    ["SID-4", "printer", [1, 2]],
    ["SID-11", "Printer", [1, 2]],
    ["SID-11", "berkas", [1, 2]],
    ["SID-4", "Berkas", [1, 2]],
    ["SID-11", "dokumen", [1, 2]],
    ["SID-4", "Dokumen", [1, 2]],
    ["SID-3", "3 tahun terakhir", [2, 3]],
    ["SID-3", "tiga tahun terakhir", [2, 3]],
  ])("asks %s %j naming the options it may be, once, at the cell", (id, typed, tiers) => {
    const { read, scored } = problems(book({ [header(id)]: typed }));
    const said = locateIssues(scored.issues, read.source, "id", { result: scored, edition: e2026 }).filter((i) => i.severity === "error");
    const named = tiers.map((t) => `tingkat ${t} "${label(id, t)}"`).join("; ");
    expect(said.map((i) => [i.code, i.field, i.text])).toEqual([["option_ambiguous", id, `pilihan "${typed}" untuk indikator ${id} cocok dengan lebih dari satu pilihan (${named}); tulis pilihan yang dimaksud`]]);
    // not scored until picked (tier 0 where the row had tier 2)
    expect(scored.innovations[0]!.claimed.total).toBe(74 - ind(id).weight! * 2);
  });

  it("reads nothing where the indicator has no option of that word, nor four years", () => {
    expect(optionByWords(ind("SID-10"), "Website")).toBeUndefined();
    expect(optionByWords(ind("SID-19"), "PDF")).toBeUndefined();
    expect(optionByWords(ind("SID-10"), "Buku")).toBeUndefined();
    expect(optionByWords(ind("SID-4"), "Buku pedoman")).toBeUndefined();
    expect(optionByWords(ind("SID-10"), "file")).toBeUndefined();
    expect(optionByWords(ind("SID-10"), "Android")).toBeUndefined();
    expect(optionByWords(ind("SID-6"), "3 tahun")).toBeUndefined();
    expect(optionByWords(ind("SID-3"), "4 tahun")).toBeUndefined();
    // the last two years are read by the options' years since read31 (analysts-type-read31.test.ts); within the last
    // two years on SID-6 may be T-0 alone, which no option counts
    expect(optionByWords(ind("SID-6"), "dalam 2 tahun terakhir")).toBeUndefined();
    expect(optionByWords(ind("SID-10"), "dokumen")).toBeUndefined();
    // SID-11's own label, no note
    expect(optionByWords(ind("SID-11"), "tercetak")).toEqual({ option: ind("SID-11").options.find((o) => o.tier === 1) });
  });
});
