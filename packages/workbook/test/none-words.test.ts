/**
 * A word for none typed as an indicator's answer ("Tidak ada", "Belum pernah", "-"): tier 0 with a warning at the cell,
 * as the number 0 scores, not an unknown option (an error that made the whole file's figures "belum valid" and left
 * the region out of the province's ranking: audit34 F2). Where the indicator's own options speak of none, they decide.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/index.js";
import { e2026, oneInnovationBook, scored } from "./helpers.js";

const ind = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const column = (id: string) => `${ind(id).number}. ${ind(id).name.id}`;
const book = (id: string, v: CellValue) => scored(oneInnovationBook({ inovasi: { [column(id)]: v } }));
const spdBook = (code: string, v: CellValue) => scored(oneInnovationBook({ spd: { [code]: v } }));

describe("a none word as an indicator's answer", () => {
  it.each(["Tidak ada", "tidak  ADA", "Belum ada", "belum pernah", "Tidak", "Belum", "Belum direplikasi", "Tidak pernah.", "-", "–", "Nihil"])("%j on SID-16 (optional) is tier 0, a warning, as 0 is", (typed) => {
    const word = book("SID-16", typed);
    const zero = book("SID-16", 0);
    expect(word.issues.filter((i) => i.severity === "error")).toEqual([]);
    const [w] = word.of("none_word_read");
    expect(w).toMatchObject({ severity: "warning", sheet: "Inovasi" });
    expect(w!.message).toContain(`"${typed}" dibaca tingkat 0`);
    expect(w!.message).toMatch(/"1 kali", "2 kali", "3 kali atau lebih"; atau tulis angka, mis\. \d+ kali/);
    // the same scores as 0
    expect(word.result!.innovations[0]!.resolved).toBe(zero.result!.innovations[0]!.resolved);
    expect(word.result!.claimed.sid).toEqual(zero.result!.claimed.sid);
    expect(word.result!.verified.sid).toEqual(zero.result!.verified.sid);
  });

  it("on a mandatory indicator it counts as 0 does: the innovation leaves the verified projection, said once", () => {
    const word = book("SID-1", "Tidak ada");
    const zero = book("SID-1", 0);
    expect(word.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(word.result!.innovations[0]!.verified.counted).toBe(false);
    expect(word.result!.innovations[0]!.verified).toEqual(zero.result!.innovations[0]!.verified);
    expect(word.result!.innovations[0]!.claimed).toEqual(zero.result!.innovations[0]!.claimed);
    const [w] = word.of("none_word_read");
    expect(w!.message).toContain("indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi");
    expect(word.of("mandatory_unanswered").filter((i) => i.cell === w!.cell)).toEqual([]);
  });

  it("on an SPD row: tier 0, a warning", () => {
    const word = spdBook("SPD-12", "Tidak ada");
    const zero = spdBook("SPD-12", 0);
    expect(word.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(word.of("none_word_read")[0]).toMatchObject({ sheet: "SPD", severity: "warning" });
    expect(word.result!.claimed.spd.score).toBe(zero.result!.claimed.spd.score);
  });

  it("in English: the same, said in English", () => {
    const word = scored(oneInnovationBook({ inovasi: { [column("SID-16")]: "none" } }), "en");
    expect(word.of("none_word_read")[0]!.message).toMatch(/^Inovasi!AS\d+: "none" is read as tier 0 \(none\)/);
  });

  it("in English the options are quoted as the sheet lists them (its drop-down's Bahasa labels), each glossed (words35)", () => {
    const word = scored(oneInnovationBook({ inovasi: { [column("SID-16")]: "Tidak ada" } }), "en");
    expect(word.of("none_word_read")[0]!.message).toContain('to score, write one of the options as the sheet lists them: "1 kali" (Once), "2 kali" (Twice), "3 kali atau lebih" (3 times or more); or write a number');
    // the labels an English run quotes are those the template's list offers for the column (a strict list refuses others)
    const mandatory = scored(oneInnovationBook({ inovasi: { [column("SID-1")]: "Tidak ada" } }), "en");
    expect(mandatory.of("none_word_read")[0]!.message).toContain('"Peraturan Kepala Daerah (Perkada)" (Regional head regulation (Perkada))');
    expect(mandatory.of("none_word_read")[0]!.message).not.toMatch(/: "Decree of/);
  });

  it("an indicator whose options speak of none keeps them: SID-14's \"tidak ada\" is its tier 1 by the options' own reading", () => {
    const sid14 = book("SID-14", "tidak ada");
    expect(sid14.of("none_word_read")).toEqual([]);
    expect(sid14.of("none_option_read")).toEqual([]);
    expect(sid14.result!.innovations[0]!.resolved.slice(2 * 13, 2 * 13 + 1)).toBe("1");
  });

  it.each(["tidak ada pengaduan", "Tidak ada pengaduan masuk", "Belum ada pengaduan.", "nihil", "Belum"])(
    "%j on SID-14 is its one option that says none, \"≤ 50 % atau tidak ada\" (tier 1), warned with the others and a number (words35)",
    (typed) => {
      const word = book("SID-14", typed);
      const label = book("SID-14", "≤ 50 % atau tidak ada");
      expect(word.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(word.of("unknown_option")).toEqual([]);
      expect(word.result!.innovations[0]!.resolved).toBe(label.result!.innovations[0]!.resolved);
      expect(word.result!.claimed.sid).toEqual(label.result!.claimed.sid);
      const [w] = word.of("none_option_read");
      expect(w).toMatchObject({ severity: "warning", sheet: "Inovasi" });
      expect(w!.message).toContain(
        `"${typed}" dibaca tingkat 1, pilihan "≤ 50 % atau tidak ada": pilihan indikator SID-14 yang menyebut tidak ada; bila maksudnya lain, tulis pilihan lain: "51–90 %", "≥ 91 %", atau angka Persentase pengaduan yang diselesaikan, mis. 91 %`,
      );
    },
  );

  it("SID-14 in English: the option quoted as the sheet lists it, its English label beside it", () => {
    const word = scored(oneInnovationBook({ inovasi: { [column("SID-14")]: "tidak ada pengaduan" } }), "en");
    expect(word.of("none_option_read")[0]!.message).toContain(
      '"tidak ada pengaduan" is read as tier 1, the option "≤ 50 % atau tidak ada" (≤ 50 % or none): indicator SID-14\'s option that says none; if something else was meant, write another option as the sheet lists it: "51–90 %", "≥ 91 %", or the number (Complaints resolved), e.g. 91 %',
    );
  });

  it("SID-8 and SID-15: a none word is their one option that says none; SPD-8, with two such options, still asks", () => {
    const sid8 = book("SID-8", "Belum ada SK");
    expect(sid8.of("unknown_option")).toEqual([]);
    expect(sid8.of("none_option_read")[0]!.message).toContain('"Belum ada SK" dibaca tingkat 1, pilihan "Tanpa surat penetapan": pilihan indikator SID-8 yang menyebut tidak ada; bila maksudnya lain, tulis pilihan lain: "Surat tugas Kepala Perangkat Daerah", "SK Kepala Daerah"');
    expect(sid8.result!.innovations[0]!.resolved).toBe(book("SID-8", "Tanpa surat penetapan").result!.innovations[0]!.resolved);
    const sid15 = book("SID-15", "Belum");
    expect(sid15.of("unknown_option")).toEqual([]);
    expect(sid15.of("none_option_read")[0]!.message).toContain('"Belum" dibaca tingkat 1, pilihan "Terpisah (belum terintegrasi)"');
    // "Tidak Wajar" (tier 1) and "Wajar Tanpa Pengecualian" (tier 3) both hold a none word: which is meant is not guessed
    const spd8 = spdBook("SPD-8", "Tidak ada");
    expect(spd8.of("none_option_read")).toEqual([]);
    expect(spd8.of("none_word_read")).toEqual([]);
    expect(spd8.of("unknown_option")).toHaveLength(1);
  });

  it.each(["-", "kosong", "N/A"])("%j on SID-14 or SID-8 is tier 0, as a blank cell scores, not the option that says none (words35)", (typed) => {
    for (const id of ["SID-14", "SID-8"]) {
      const word = book(id, typed);
      expect(word.issues.filter((i) => i.severity === "error"), id).toEqual([]);
      expect(word.of("none_option_read"), id).toEqual([]);
      expect(word.of("none_word_read")[0]!.message, id).toContain(`"${typed}" dibaca tingkat 0`);
      expect(word.result!.claimed.sid, id).toEqual(book(id, null).result!.claimed.sid);
    }
  });

  it.each(["tidak ada pengaduan", "Belum ada SK", "belum direplikasi ke daerah lain", "Tidak dilakukan bimtek"])("%j on SID-16 is tier 0 as the bare none word is (words35)", (typed) => {
    const word = book("SID-16", typed);
    expect(word.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(word.of("none_word_read")[0]!.message).toContain(`"${typed}" dibaca tingkat 0`);
    expect(word.result!.innovations[0]!.resolved).toBe(book("SID-16", "Tidak ada").result!.innovations[0]!.resolved);
  });

  it.each(["tidak ada pengaduan yang belum selesai", "Tidak ada SK, hanya surat tugas", "tidak ada SK hanya surat tugas", "belum ada data", "tidak ada 3 pengaduan", "Tidak ada bukti dukung", "belum ada SK sudah diajukan"])(
    "%j says more than none: still an unknown option (SID-14)",
    (typed) => {
      const word = book("SID-14", typed);
      expect(word.of("none_option_read")).toEqual([]);
      expect(word.of("unknown_option")).toHaveLength(1);
    },
  );

  it("other words stay unknown options", () => {
    for (const typed of ["Ada", "Tidak diketahui", "Belum lengkap", "Ya"]) expect(book("SID-16", typed).of("unknown_option"), typed).toHaveLength(1);
  });
});
