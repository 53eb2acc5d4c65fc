/**
 * Jumlah Keikutsertaan as analysts type it (audit22 F10): "Ketiga" was an error and the innovation stayed in the
 * verified projection (typed 3 it is excluded: at most twice). Ordinals are read as the count they say; what stays
 * unreadable is taken as more than allowed until fixed, and its error says so, as an unreadable Jumlah Kata now does.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { ordinalCount } from "../src/ordinal-count.js";
import { e2026, oneInnovationBook } from "./helpers.js";

const ENTRIES = "Jumlah Keikutsertaan";
const score = (over: Record<string, CellValue>, locale: "id" | "en" = "id") => {
  const read = readWorkbook(oneInnovationBook({ inovasi: over }), { locale });
  const result = scoreRegion(read.input!, e2026);
  return { read, inv: read.input!.innovations[0]!, verified: result.innovations[0]!.verified.counted, issues: read.issues, core: result.innovations[0]!.issues };
};

describe("Jumlah Keikutsertaan", () => {
  it.each([
    ["Ketiga", 3, false],
    ["ke-3", 3, false],
    ["Ke 3", 3, false],
    ["Kedua", 2, true],
    ["ke-2 kalinya", 2, true],
    ["Pertama", 1, true],
  ])("%j is read as %d, said; counted in the verified projection: %s", (typed, n, counted) => {
    const { inv, verified, issues } = score({ [ENTRIES]: typed });
    expect(inv.entries).toBe(n);
    expect(verified).toBe(counted);
    expect(issues.filter((i) => i.field === ENTRIES).map((i) => [i.code, i.severity, i.text])).toEqual([["ordinal_read", "info", `"${typed}" dibaca ${n} (keikutsertaan ke-${n})`]]);
  });

  it.each([["2023, 2024"], ["dua kali ikut"], ["Keduanya"]])("%j stays an error, taken as more than 2 until fixed and said so", (typed) => {
    const { verified, issues, core } = score({ [ENTRIES]: typed });
    expect(verified).toBe(false);
    expect(issues.filter((i) => i.field === ENTRIES).map((i) => i.text)).toEqual([
      `"${typed}" bukan bilangan bulat; sampai diperbaiki, inovasi ini dianggap sudah diikutkan lebih dari 2 kali: tidak dihitung dalam proyeksi terverifikasi`,
    ]);
    // the count taken meanwhile is not said as if typed ("sudah diikutkan 3 kali")
    expect(core.filter((i) => i.code === "too_many_entries")).toEqual([]);
  });

  it("an unreadable count by a formula that failed is taken the same way, said in English too", () => {
    const { verified, issues } = score({ [ENTRIES]: "#N/A" }, "en");
    expect(verified).toBe(false);
    expect(issues.find((i) => i.field === ENTRIES)!.text).toContain("until corrected, the innovation is taken as entered more than 2 times: it does not count in the verified projection");
  });

  it("an unreadable Jumlah Kata says what it costs", () => {
    const { verified, issues } = score({ "Jumlah Kata Rancang Bangun": "± 350" });
    expect(verified).toBe(false);
    expect(issues.find((i) => i.field === "Jumlah Kata Rancang Bangun")!.text).toBe(
      `"± 350" bukan bilangan bulat; sampai diperbaiki, rancang bangunnya dianggap kurang dari 300 kata: inovasi ini tidak dihitung dalam proyeksi terverifikasi`,
    );
  });

  it("reads only the ordinals and their usual frames", () => {
    expect([" KETIGA ", "ke3", "ke – 2", "yang kedua", "kali ke-2", "kesepuluh"].map(ordinalCount)).toEqual([3, 3, 2, 2, 2, 10]);
    expect(["ke", "ke-0", "keduanya", "2", 3, "ketiga belas"].map(ordinalCount)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
