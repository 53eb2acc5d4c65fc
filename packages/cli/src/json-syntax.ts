/**
 * Where a JSON text first goes wrong and what was expected there, in words an analyst editing a model file can act on
 * (the engine's own parser text is English and its position format differs between Node versions). Only run after
 * `JSON.parse` has failed: a small recursive-descent scan of the JSON grammar that stops at the first fault.
 */
import type { Text } from "./command.js";

export interface JsonFault {
  /** 1-based line and column (in characters) of the fault. */
  line: number;
  column: number;
  expected: Text;
}

class Fault {
  constructor(readonly at: number, readonly expected: Text) {}
}

const WS = new Set([" ", "\t", "\n", "\r"]);

/** The first syntax fault of `text`, or undefined when it is valid JSON. */
export function findJsonFault(text: string): JsonFault | undefined {
  let i = 0;
  const fail = (expected: Text, at = i): never => { throw new Fault(at, expected); };
  const skip = () => { while (i < text.length && WS.has(text[i]!)) i++; };
  const endOr = (what: Text): Text => (i >= text.length ? { id: `berkas berakhir sebelum JSON selesai; ${what.id}`, en: `the file ends before the JSON is complete; ${what.en}` } : what);

  const value = (): void => {
    skip();
    const c = text[i];
    if (c === "{") return object();
    if (c === "[") return array();
    if (c === '"') return string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) { i += word.length; return; }
    if (c === "'") fail({ id: "teks harus di antara tanda kutip ganda (\"…\"), bukan tanda kutip tunggal", en: "text must be in double quotes (\"…\"), not single quotes" });
    if (c === "/") fail({ id: "JSON tidak mengizinkan komentar (// atau /* */); hapus komentar itu", en: "JSON does not allow comments (// or /* */); remove the comment" });
    if (c === "}" || c === "]") fail({ id: `diharapkan sebuah nilai sebelum ${c} (koma berlebih?)`, en: `expected a value before ${c} (an extra comma?)` });
    const word = /^[^\s,:{}[\]"]+/.exec(text.slice(i))?.[0];
    if (word) fail({ id: `nilai "${word}" tidak dikenal; teks harus di antara tanda kutip ganda, angka memakai titik desimal, atau true / false / null`, en: `unknown value "${word}"; text must be in double quotes, numbers use a decimal point, or true / false / null` });
    fail(endOr({ id: "diharapkan sebuah nilai (teks, angka, objek {…}, daftar […], true, false atau null)", en: "expected a value (text, number, object {…}, list […], true, false or null)" }));
  };

  const object = (): void => {
    i++;
    skip();
    if (text[i] === "}") { i++; return; }
    for (;;) {
      skip();
      if (text[i] === "}") fail({ id: "koma berlebih sebelum }", en: "extra comma before }" });
      if (/[0-9]/.test(text[i] ?? "") && text[i - 1] === ",") fail({ id: "diharapkan nama kunci setelah koma; angka desimal memakai titik (0.5), bukan koma (0,5)", en: "expected a key after the comma; decimals use a point (0.5), not a comma (0,5)" });
      if (text[i] !== '"') fail(endOr({ id: "diharapkan nama kunci di antara tanda kutip ganda, mis. \"id\"", en: "expected a key in double quotes, e.g. \"id\"" }));
      string();
      skip();
      if (text[i] !== ":") fail(endOr({ id: "diharapkan titik dua (:) setelah nama kunci", en: "expected a colon (:) after the key" }));
      i++;
      value();
      skip();
      if (text[i] === ",") { i++; continue; }
      if (text[i] === "}") { i++; return; }
      fail(endOr({ id: text[i] === '"' ? "diharapkan koma (,) atau } setelah nilai (koma terlupa?)" : "diharapkan koma (,) atau } setelah nilai", en: text[i] === '"' ? "expected a comma (,) or } after the value (a missing comma?)" : "expected a comma (,) or } after the value" }));
    }
  };

  const array = (): void => {
    i++;
    skip();
    if (text[i] === "]") { i++; return; }
    for (;;) {
      skip();
      if (text[i] === "]") fail({ id: "koma berlebih sebelum ]", en: "extra comma before ]" });
      value();
      skip();
      if (text[i] === ",") { i++; continue; }
      if (text[i] === "]") { i++; return; }
      fail(endOr({ id: "diharapkan koma (,) atau ] setelah nilai", en: "expected a comma (,) or ] after the value" }));
    }
  };

  const string = (): void => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === "\n" || c === "\r") fail({ id: "teks belum ditutup dengan tanda kutip ganda (\")", en: "the text is not closed with a double quote (\")" }, c === undefined ? start : i);
      if (c === '"') { i++; return; }
      if (c! < " ") fail({ id: "karakter kendali (mis. tab) tidak boleh ada di dalam teks; tulis \\t", en: "a control character (e.g. a tab) cannot appear inside text; write \\t" });
      if (c === "\\") {
        const e = text[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { i += 6; continue; }
        if (e !== undefined && '"\\/bfnrt'.includes(e)) { i += 2; continue; }
        fail({ id: "garis miring terbalik (\\) di dalam teks harus ditulis dua kali (\\\\), mis. pada jalur folder Windows", en: "a backslash (\\) inside text must be doubled (\\\\), e.g. in a Windows folder path" });
      }
      i++;
    }
  };

  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail({ id: "angka tidak sah; tulis mis. 12, 0.5 atau -3", en: "invalid number; write e.g. 12, 0.5 or -3" });
    i += m![0].length;
    if (/^[0-9.]/.test(text.slice(i))) fail({ id: "angka tidak sah (nol di depan, atau lebih dari satu titik); tulis mis. 12 atau 0.5", en: "invalid number (a leading zero, or more than one point); write e.g. 12 or 0.5" });
  };

  try {
    value();
    skip();
    if (i < text.length) fail({ id: "ada isi setelah JSON selesai (kurung kurawal } berlebih, atau dua objek?)", en: "there is content after the JSON ends (an extra }, or two objects?)" });
    return undefined;
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    return { ...lineColumn(text, Math.min(e.at, text.length)), expected: e.expected };
  }
}

/** 1-based line and column of an offset (`\r\n` and `\n` both end a line). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) if (text[k] === "\n") { line++; lineStart = k + 1; }
  return { line, column: offset - lineStart + 1 };
}
