/**
 * "Mungkin maksudnya …" for an unknown option costs the spelling comparisons once per text typed, however many cells
 * hold it and however often the message is worded (a notes cell, the Masalah sheet, the terminal): the engine gives
 * each `unknown_option` issue its own copy of the indicator's labels, and `closestIndex` made a list ready, and kept
 * its answers, by the list itself — so every wording of every such issue compared the text with every label again.
 * Counted by the calls of `similarity`, not timed: a 10,000-row workbook with 31,223 unknown answers spent 4.4 s (of
 * 53 s profiled) in `closestIndex`, 2.5 s of it making the same labels ready.
 */
import { describe, expect, it, vi } from "vitest";
import { defaultEdition, formatIssue, parseRegionInput, scoreRegion } from "../../src/index.js";

const calls = vi.hoisted(() => ({ similarity: 0 }));
vi.mock("../../src/engine/urusan.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/engine/urusan.js")>();
  return { ...real, similarity: (a: string, b: string, min: number) => (calls.similarity++, real.similarity(a, b, min)) };
});

/** `rows` innovations answering SID-1 with one of `typed`, in turn: their `unknown_option` issues. */
function issues(rows: number, typed: string[]) {
  const parsed = parseRegionInput({
    region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 },
    innovations: Array.from({ length: rows }, (_, k) => ({ name: `Inovasi ${k + 1}`, agency: "Dinas A", stage: "penerapan" as const, urusan: "Kesehatan", answers: { "SID-1": { option: typed[k % typed.length]! } } })),
  });
  if (!parsed.ok) throw new Error("input");
  return scoreRegion(parsed.value, defaultEdition).issues.filter((i) => i.code === "unknown_option");
}

/** The `similarity` calls of wording each issue `times` times in both languages, and the Indonesian texts. */
function worded(list: ReturnType<typeof issues>, times: number) {
  calls.similarity = 0;
  const texts: string[] = [];
  for (let t = 0; t < times; t++) for (const i of list) texts.push(formatIssue(i, "id"), formatIssue(i, "en"));
  return { similarity: calls.similarity, texts };
}

describe("an unknown option's 'mungkin maksudnya' worded for many cells", () => {
  const TYPED = ["Peraturan Daera", "sudah ada", "belum tahu"];

  it("names what it names", () => {
    const { texts } = worded(issues(3, TYPED), 1);
    expect(texts[0]).toMatch(/mungkin maksudnya "Peraturan Daerah \(Perda\)"\?/);
    expect(texts[1]).toMatch(/did you mean "Regional regulation \(Perda\)"\?/);
    expect(texts[2]).toMatch(/pilihan "sudah ada" tidak dikenal untuk indikator SID-1; pilihan yang sah: /);
  });

  it("the same three texts in 300 cells, each worded three times, compare the texts with the labels no more than in 3 cells", () => {
    worded(issues(3, TYPED), 1); // the texts' answers, kept for the labels after this
    const few = worded(issues(3, TYPED), 3);
    const many = worded(issues(300, TYPED), 3);
    expect(many.texts).toHaveLength(1800);
    expect(many.similarity).toBeLessThanOrEqual(few.similarity);
  });
});
