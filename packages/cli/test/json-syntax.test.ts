import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonFault, lineColumn } from "../src/json-syntax.js";

describe("findJsonFault: line, column and what was expected, in Bahasa Indonesia and English", () => {
  it.each([
    ['{\n  "id": "jatim"\n  "year": 2026\n}', 3, 3, "diharapkan koma (,) atau } setelah nilai (koma terlupa?)", "expected a comma (,) or } after the value (a missing comma?)"],
    ['{\n  "id": "jatim",\n}', 3, 1, "koma berlebih sebelum }", "extra comma before }"],
    ['{ "bands": [1, 2, ] }', 1, 19, "koma berlebih sebelum ]", "extra comma before ]"],
    ["{ id: 1 }", 1, 3, 'diharapkan nama kunci di antara tanda kutip ganda, mis. "id"', 'expected a key in double quotes, e.g. "id"'],
    ['{ "id" 1 }', 1, 8, "diharapkan titik dua (:) setelah nama kunci", "expected a colon (:) after the key"],
    ["{ \"id\": 'jatim' }", 1, 9, 'teks harus di antara tanda kutip ganda ("…"), bukan tanda kutip tunggal', 'text must be in double quotes ("…"), not single quotes'],
    ['{\n  // bobot provinsi\n  "id": 1 }', 2, 3, 'diharapkan nama kunci di antara tanda kutip ganda, mis. "id"', 'expected a key in double quotes, e.g. "id"'],
    ['{ "w": /* x */ 1 }', 1, 8, "JSON tidak mengizinkan komentar (// atau /* */); hapus komentar itu", "JSON does not allow comments (// or /* */); remove the comment"],
    ['{ "weight": 0,5 }', 1, 15, "diharapkan nama kunci setelah koma; angka desimal memakai titik (0.5), bukan koma (0,5)", "expected a key after the comma; decimals use a point (0.5), not a comma (0,5)"],
    ['{ "weight": 05 }', 1, 14, "angka tidak sah (nol di depan, atau lebih dari satu titik); tulis mis. 12 atau 0.5", "invalid number (a leading zero, or more than one point); write e.g. 12 or 0.5"],
    ['{ "ok": yes }', 1, 9, 'nilai "yes" tidak dikenal; teks harus di antara tanda kutip ganda, angka memakai titik desimal, atau true / false / null', 'unknown value "yes"; text must be in double quotes, numbers use a decimal point, or true / false / null'],
    ['{ "path": "C:\\data" }', 1, 14, "garis miring terbalik (\\) di dalam teks harus ditulis dua kali (\\\\), mis. pada jalur folder Windows", "a backslash (\\) inside text must be doubled (\\\\), e.g. in a Windows folder path"],
    ['{ "name": "Jawa\nTimur" }', 1, 16, 'teks belum ditutup dengan tanda kutip ganda (")', 'the text is not closed with a double quote (")'],
    ['{ "id": "jatim"', 1, 16, "berkas berakhir sebelum JSON selesai; diharapkan koma (,) atau } setelah nilai", "the file ends before the JSON is complete; expected a comma (,) or } after the value"],
    ['{ "id": "jatim" }}', 1, 18, "ada isi setelah JSON selesai (kurung kurawal } berlebih, atau dua objek?)", "there is content after the JSON ends (an extra }, or two objects?)"],
    ['{\r\n  "a": 1\r\n  "b": 2\r\n}', 3, 3, "diharapkan koma (,) atau } setelah nilai (koma terlupa?)", "expected a comma (,) or } after the value (a missing comma?)"],
  ])("%j → line %i column %i", (text, line, column, id, en) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonFault(text)).toEqual({ line, column, expected: { id, en } });
  });

  it("agrees with JSON.parse: a fault exactly when the text is not JSON (generated JSON with one character changed)", () => {
    const noise = fc.constantFrom(",", "}", "]", "{", "[", '"', ":", "'", "/", "\\", "0", "-", ".", "e", "x", " ", "\n", "\t", "t", "n");
    fc.assert(
      fc.property(fc.json(), fc.nat(), noise, fc.constantFrom("insert", "delete", "replace"), (json, at, ch, op) => {
        const k = json.length === 0 ? 0 : at % json.length;
        const text = op === "insert" ? json.slice(0, k) + ch + json.slice(k) : op === "delete" ? json.slice(0, k) + json.slice(k + 1) : json.slice(0, k) + ch + json.slice(k + 1);
        let valid = true;
        try { JSON.parse(text); } catch { valid = false; }
        const fault = findJsonFault(text);
        expect(fault === undefined).toBe(valid);
        if (fault) {
          const lines = text.split("\n");
          expect(fault.line).toBeLessThanOrEqual(lines.length);
          expect(fault.column).toBeLessThanOrEqual(lines[fault.line - 1]!.length + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("lineColumn counts lines from 1 and columns from 1", () => {
    expect(lineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
