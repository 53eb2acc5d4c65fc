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

  it("an indicator whose options speak of none keeps them: SID-14's \"tidak ada\" is its tier 1, SID-15's \"Belum\" is asked", () => {
    const sid14 = book("SID-14", "tidak ada");
    expect(sid14.of("none_word_read")).toEqual([]);
    expect(sid14.result!.innovations[0]!.resolved.slice(2 * 13, 2 * 13 + 1)).toBe("1");
    const sid15 = book("SID-15", "Belum");
    expect(sid15.of("none_word_read")).toEqual([]);
    expect(sid15.of("unknown_option")).toHaveLength(1);
    expect(book("SID-8", "Tidak ada").of("none_word_read")).toEqual([]);
  });

  it("other words stay unknown options", () => {
    for (const typed of ["Ada", "Tidak diketahui", "Belum lengkap", "Ya"]) expect(book("SID-16", typed).of("unknown_option"), typed).toHaveLength(1);
  });
});
