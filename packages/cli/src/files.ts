/**
 * Files as the analyst names them: every failure to read or write becomes a sentence that says what to do
 * ("berkas tidak ditemukan: …"), never an errno code.
 */
import { open, stat, writeFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import type { MessageLocale } from "@inovasi/core";
import { say } from "./messages.js";

/** An errno failure on `path` as a sentence. */
export function fileErrorMessage(e: unknown, path: string, locale: MessageLocale): string {
  const M = say(locale);
  switch ((e as NodeJS.ErrnoException | undefined)?.code) {
    case "ENOENT":
    case "ENOTDIR":
      return M.fileNotFound(path);
    case "EISDIR":
      return M.isDirectory(path);
    case "EACCES":
    case "EPERM":
      return M.notReadable(path);
    default:
      return M.readFailed(path);
  }
}

/** Why a path cannot be read as a file (missing, a folder, not permitted), or undefined when it can. */
export async function unreadableFile(path: string, locale: MessageLocale): Promise<string | undefined> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return say(locale).isDirectory(path);
    const fh = await open(path, "r");
    await fh.close();
    return undefined;
  } catch (e) {
    return fileErrorMessage(e, path, locale);
  }
}

/** Extensions Excel writes that we cannot read, and which the analyst can fix with "Save As .xlsx". */
const SAVE_AS_XLSX = new Set([".csv", ".xls", ".xlsb", ".ods", ".txt", ".tsv"]);
/** OLE compound file: a legacy .xls, or an .xlsx with a password (Excel encrypts into this container). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Why a workbook input cannot be scored before any parsing: not found, a folder, unreadable, a CSV or legacy format
 * by its name, or a legacy / password-protected file by its first bytes. Undefined when it may be an .xlsx.
 */
export async function workbookInputProblem(path: string, locale: MessageLocale): Promise<string | undefined> {
  const unreadable = await unreadableFile(path, locale);
  const ext = extname(path).toLowerCase();
  // Windows hides extensions: "kabupaten" for kabupaten.xlsx is what an analyst types first
  if (unreadable && ext === "" && (await unreadableFile(`${path}.xlsx`, locale)) === undefined) return say(locale).withXlsx(path);
  if (unreadable) return unreadable;
  if (SAVE_AS_XLSX.has(ext)) return say(locale).saveAsXlsx(path, ext);
  const head = new Uint8Array(4);
  const fh = await open(path, "r");
  try {
    await fh.read(head, 0, 4, 0);
  } finally {
    await fh.close();
  }
  if (OLE_MAGIC.every((b, i) => head[i] === b)) return say(locale).legacyOrEncrypted(path);
  return undefined;
}

/**
 * Why `output` cannot be written: not named .xlsx (for a workbook), the input itself, its folder missing, or already
 * there without `overwrite`. Checked before any work so a long run does not end in a refusal.
 */
export async function outputProblem(output: string, opts: { input?: string; overwrite: boolean; xlsx: boolean }, locale: MessageLocale): Promise<string | undefined> {
  const M = say(locale);
  if (opts.xlsx && extname(output).toLowerCase() !== ".xlsx") return M.notXlsxName(output);
  if (opts.input !== undefined && resolve(output) === resolve(opts.input)) return M.outputIsInput();
  try {
    if (!(await stat(dirname(resolve(output)))).isDirectory()) return M.dirMissing(dirname(output));
  } catch {
    return M.dirMissing(dirname(output));
  }
  try {
    const s = await stat(output);
    if (s.isDirectory()) return M.isDirectory(output);
    if (!opts.overwrite) return M.outputExists(output);
  } catch {
    // absent: fine
  }
  return undefined;
}

/** A workbook whose zip is sound but whose content the reader cannot parse (the parser's own text is not for users). */
export function unreadableWorkbook(path: string, locale: MessageLocale): string {
  return say(locale).corruptWorkbook(path);
}

/** Write `data` to `path`; without `overwrite` an existing file is refused (atomically: `wx`). Undefined when written. */
export async function writeOutputFile(path: string, data: Uint8Array | string, overwrite: boolean, locale: MessageLocale): Promise<string | undefined> {
  try {
    await writeFile(path, data, { flag: overwrite ? "w" : "wx" });
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return say(locale).outputExists(path);
    if (code === "ENOENT") return say(locale).dirMissing(dirname(path));
    if (code === "EISDIR") return say(locale).isDirectory(path);
    return say(locale).writeFailed(path);
  }
}
