import { type LocatedIssue, sheetIssueParams } from "./messages.js";
import { groupColumns } from "@inovasi/core";
import { missingColumnsName } from "./missing-columns.js";

type Params = Readonly<Record<string, string | number | undefined>> | undefined;

/**
 * The warnings that make a file's figures not valid, by code: the reader found no sheet or column the verified score
 * needs and scored a whole part of it as empty by assumption, not from what the file holds — so the index is low by a
 * header, not by the region's data. `sheet`: a sheet missing (no SPD sheet: SPD 0); `column`: a column missing, named
 * as the template names it — `column_absent` only where its absence empties a part of the verified projection (no
 * "Jumlah Kata Rancang Bangun": no innovation counts; no date column at all; no SPD "Bukti": no SPD), not "Ditolak"
 * (no rejection read) or "Keikutsertaan" (the limit not checked), which assume nothing away; `evidence_column_missing`:
 * answered indicators without their Bukti column. Errors make a file's figures not valid whatever their code.
 */
const NOT_VALID: Record<string, { part: "sheet" | "column"; when?: (p: Params) => boolean }> = {
  sheet_missing: { part: "sheet" },
  column_absent: { part: "column", when: (p) => p?.cost === "designWords" || p?.cost === "dates" || p?.cost === "spdEvidence" },
  evidence_column_missing: { part: "column" },
};

/**
 * The columns of {@link NOT_VALID} a workbook's reader did not find, as the template names them: the plan takes no step
 * on them (`PlanOptions.columnsAbsent`), it says to head the column first.
 */
export function columnsAbsent(issues: readonly LocatedIssue[]): string[] {
  return figureFlaws(issues).columns;
}

/** A file's flaws for the recap (`RecapEntry.flaws`): its errors, and the sheets and columns whose absence {@link NOT_VALID} counts. */
export function figureFlaws(issues: readonly LocatedIssue[]): { errors: number; missing: string[]; columns: string[] } {
  const flaws = { errors: 0, missing: [] as string[], columns: [] as string[] };
  for (const i of issues) {
    if (i.severity === "error") flaws.errors++;
    const rule = NOT_VALID[i.code];
    if (!rule || i.severity === "error" || (rule.when && !rule.when(sheetIssueParams(i)))) continue;
    if (rule.part === "sheet") flaws.missing.push(i.sheet);
    // answered indicators without their Bukti column: every one of them (the issue is said at the first), headed as
    // the template heads it ("18. Bukti", `indicatorHeaders`)
    else for (const c of i.code === "evidence_column_missing" ? String(sheetIssueParams(i)?.all).split(",").map((n) => `${n}. Bukti`) : [i.field]) if (!flaws.columns.includes(c)) flaws.columns.push(c);
  }
  return flaws;
}

/**
 * Why a year's figures are not valid yet, in a few words ("4 kesalahan di berkas", `kolom "Jumlah Kata Rancang
 * Bangun" tidak ditemukan`), or undefined when they are: a comparison of two years (`banding`) marks that year and
 * gives no change, as the recap's year over year does for the same file.
 */
export function notValidText(issues: readonly LocatedIssue[], locale: "id" | "en"): string | undefined {
  const f = figureFlaws(issues);
  const en = locale === "en";
  const parts = [
    f.errors ? (en ? `${f.errors} error${f.errors === 1 ? "" : "s"} in the file` : `${f.errors} kesalahan di berkas`) : "",
    ...f.missing.map((s) => (en ? `sheet ${s} missing` : `lembar ${s} tidak ada`)),
    ...groupColumns(f.columns).map((g) => ("header" in g ? (en ? `column "${g.header}" not found` : `kolom "${g.header}" tidak ditemukan`) : `${missingColumnsName(g, locale)} ${en ? "not found" : "tidak ditemukan"}`)),
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : undefined;
}
