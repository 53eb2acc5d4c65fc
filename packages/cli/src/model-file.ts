/**
 * A province's model file, read and validated for the CLI: a missing file, a JSON syntax error (line, column, what was
 * expected) and every validation issue (located inside the file) come back as sentences; nothing throws.
 */
import { readFile } from "node:fs/promises";
import { type Edition, type Issue, type MessageLocale, formatIssue, validateEdition } from "@inovasi/core";
import { t } from "./command.js";
import { fileErrorMessage, unreadableFile } from "./files.js";
import { findJsonFault } from "./json-syntax.js";
import { say } from "./messages.js";
import { namingIndicator } from "@inovasi/workbook";

export type LoadedModel =
  /** `issues`: the validation's warnings and notes (missing numbers, a maximum that differs …). */
  | { ok: true; edition: Edition; issues: Issue[] }
  /** `issues`: every validation issue when the file parsed as JSON (errors and warnings), else none. */
  | { ok: false; messages: string[]; issues: Issue[] };

/** The JSON value of a model file, or why it could not be read. */
export async function readModelJson(path: string, locale: MessageLocale): Promise<{ ok: true; json: unknown } | { ok: false; message: string }> {
  const unreadable = await unreadableFile(path, locale);
  if (unreadable) return { ok: false, message: unreadable };
  let text: string;
  try {
    text = (await readFile(path, "utf8")).replace(/^\uFEFF/, ""); // Notepad's byte-order mark
  } catch (e) {
    return { ok: false, message: fileErrorMessage(e, path, locale) };
  }
  if (text.trim() === "") return { ok: false, message: say(locale).modelEmpty(path) };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    const fault = findJsonFault(text);
    const where = fault ?? { line: 1, column: 1, expected: { id: "bukan JSON", en: "not JSON" } };
    return { ok: false, message: say(locale).jsonSyntax(path, where.line, where.column, t(where.expected, locale)) };
  }
}

/** Read and validate a model file. */
export async function loadModelFile(path: string, locale: MessageLocale): Promise<LoadedModel> {
  const read = await readModelJson(path, locale);
  if (!read.ok) return { ok: false, messages: [read.message], issues: [] };
  if (typeof read.json !== "object" || read.json === null || Array.isArray(read.json)) {
    return { ok: false, messages: [say(locale).modelNotObject(path)], issues: [] };
  }
  const v = validateEdition(read.json, { locale });
  if (v.ok) return { ok: true, edition: v.value, issues: v.issues.map((i) => namingIndicator(i, read.json)) };
  const errors = v.issues.filter((i) => i.severity === "error");
  return { ok: false, messages: [say(locale).modelInvalid(path, errors.length), ...errors.map((i) => `  ✗ ${formatModelIssue(i, locale)}`)], issues: v.issues };
}

// a missing number of the file named by its entry's id: shared with the add-in's model file (it reads it the same way)
export { namingIndicator } from "@inovasi/workbook";

/**
 * One issue of a model file as a line, starting with its path inside the file (`indicators[0].weight: …`). An unknown
 * base edition is said with the editions one can extend and the one likely meant (core's `extends_unknown`).
 */
export function formatModelIssue(issue: Issue, locale: MessageLocale): string {
  return formatIssue(issue, locale);
}
