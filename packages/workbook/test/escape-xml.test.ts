/**
 * `escapeXml` in one pass gives what the five `replace` passes gave (characters XML 1.0 cannot carry dropped, then
 * & < > " escaped), on texts built from every kind of character it treats apart, and returns a text with nothing to
 * escape as it is (no copy: the Masalah sheet's 30,000 messages mostly have none).
 */
import { describe, expect, it } from "vitest";
import { escapeXml } from "../src/xlsx-read/index.js";

/** The escaping before the single pass. */
function before(s: string): string {
  // eslint-disable-next-line no-control-regex
  const invalid = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  return s.replace(invalid, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Characters at the edges of what the escaping treats apart. */
const PIECES = ["a", "Z", " ", "'", "&", "<", ">", '"', "&amp;", "\t", "\n", "\r", "\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u000e", "\u001f", "\u007f", "é", "\ud7ff", "\ud800", "\udbff", "\udc00", "\udfff", "\ue000", "😀", "\ufffd", "\ufffe", "\uffff", "Rp 1.500", "≥ 30 %"];

describe("escapeXml", () => {
  it("gives what the replace passes gave, on every pair and triple of pieces and on random texts", () => {
    for (const a of PIECES) for (const b of PIECES) {
      expect(escapeXml(a + b)).toBe(before(a + b));
      for (const c of PIECES) expect(escapeXml(a + b + c)).toBe(before(a + b + c));
    }
    let seed = 3;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor((seed / 2 ** 31) * n));
    for (let k = 0; k < 2000; k++) {
      const s = Array.from({ length: next(12) }, () => PIECES[next(PIECES.length)]!).join("");
      expect(escapeXml(s)).toBe(before(s));
    }
  });

  it("returns a text with nothing to escape as it is", () => {
    const s = "Jawaban 'Ada' tidak dikenal — Rp 1.500, ≥ 30 % 😀";
    expect(escapeXml(s)).toBe(s);
    expect(escapeXml("")).toBe("");
  });
});
