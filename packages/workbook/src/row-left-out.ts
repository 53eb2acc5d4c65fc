/**
 * An innovation row the reader leaves out (its Nama, Perangkat Daerah, Urusan or Tahapan blank or unknown): the error
 * that keeps it out says what that costs, and a compliance warning that counts its agency short says which row of the
 * agency was left out. Without it, "Tahapan wajib diisi" on a fully answered row hid that the innovation had left
 * the score and n (the innovations the region reported, spec §2), and "Dinas Sosial memiliki 0 inovasi" read as if
 * the agency had none (audit17 F3).
 */
import { type MessageLocale, readLocale } from "@inovasi/core";
import { type LocatedIssue, withPartsOf } from "./messages.js";

const LEFT_OUT = {
  id: "; sampai diperbaiki, baris ini tidak dinilai dan tidak dihitung dalam n (jumlah inovasi yang dilaporkan), kepatuhan, maupun yandas",
  en: "; until it is corrected, this row is not scored and not counted in n (the innovations reported), compliance or yandas",
};

/**
 * Add the consequence to the errors from `from` on at the row's `cells` (the fields that keep it out). Returns the first
 * such cell, undefined when none (the row was left out for no error of these fields).
 */
export function sayRowLeftOut(issues: LocatedIssue[], from: number, sheet: string, cells: readonly string[], locale: MessageLocale): string | undefined {
  let first: string | undefined;
  for (let k = from; k < issues.length; k++) {
    const i = issues[k]!;
    if (i.severity !== "error" || i.sheet !== sheet || !i.cell || !cells.includes(i.cell)) continue;
    // its parameters kept (`sheetIssueParams`: the CLI's typed-names line quotes an unknown label's `meant`)
    issues[k] = withPartsOf({ ...i, text: i.text + LEFT_OUT[locale], message: i.message + LEFT_OUT[locale] }, i);
    first ??= i.cell;
  }
  return first;
}

/**
 * " — 1 baris inovasinya tidak dihitung karena ada kesalahan (Inovasi!C7)" after a compliance warning on an agency
 * (`own`: its rows), " — 2 baris inovasi tidak dihitung …" after one on a count target (the file's rows).
 */
export function rowsLeftOutText(cells: readonly string[], locale: MessageLocale, own = true): string {
  locale = readLocale(locale, "rowsLeftOutText");
  const n = cells.length;
  return locale === "id"
    ? ` — ${n} baris inovasi${own ? "nya" : ""} tidak dihitung karena ada kesalahan (${cells.join(", ")}); perbaiki lalu nilai ulang`
    : ` — ${n} innovation row${n === 1 ? "" : "s"}${own ? " of its own" : ""} ${n === 1 ? "is" : "are"} not counted because of an error (${cells.join(", ")}); fix and score again`;
}
