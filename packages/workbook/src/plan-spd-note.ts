import { type MessageLocale, readLocale } from "@inovasi/core";
import { SHEETS } from "./layout.js";
import type { LocatedIssue } from "./messages.js";

/**
 * The plan's line for a workbook without an SPD sheet — the reader's `sheet_missing` warning for it (a sheet it reads
 * under another name is not missing; a region whose SPD is a total on Pengaturan gets no such warning): the SPD
 * indicators were not scored (SPD 0), the plan's steps on SPD rows have no cell, and where the sheet comes from — in
 * the CLI a new workbook from `inovasi template`, in the add-in its "Sisipkan lembar templat" button (`host`).
 * Undefined when the reader found the sheet. The CLI's plan prints it after the status; the Rencana sheet and the
 * add-in's plan view write it there too.
 *
 * @example
 * missingSpdNote(readWorkbook(gridsWithoutSpd).issues, "en") //=> "No SPD sheet in this workbook: the SPD indicators were not scored (SPD 0), and the plan's steps on SPD rows have no cell to act on — make a new workbook with inovasi template and copy its SPD sheet into this one, fill it in, then plan again."
 */
export function missingSpdNote(issues: readonly Pick<LocatedIssue, "code" | "sheet">[], locale: MessageLocale, host?: "addin"): string | undefined {
  locale = readLocale(locale, "missingSpdNote");
  if (!issues.some((i) => i.code === "sheet_missing" && i.sheet === SHEETS.spd)) return undefined;
  const en = locale === "en";
  const add = host
    ? en ? 'click "Insert template sheets" in the IID pane' : 'klik "Sisipkan lembar templat" di panel IID'
    : en ? "make a new workbook with inovasi template and copy its SPD sheet into this one" : "buat buku kerja baru dengan inovasi template lalu salin lembar SPD-nya ke buku kerja ini";
  return en
    ? `No SPD sheet in this workbook: the SPD indicators were not scored (SPD 0), and the plan's steps on SPD rows have no cell to act on — ${add}, fill it in, then plan again.`
    : `Lembar SPD tidak ada di buku kerja ini: indikator SPD tidak dinilai (SPD 0), dan langkah rencana pada baris SPD tidak punya sel untuk dikerjakan — ${add}, isi lembarnya, lalu jalankan rencana lagi.`;
}
