import { type LocatedIssue, sheetIssueParams, where } from "./messages.js";
import { countTargetMet, groupColumns, readLocale } from "@inovasi/core";
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

/**
 * A file's flaws for the recap (`RecapEntry.flaws`): its errors, and the sheets and columns whose absence {@link
 * NOT_VALID} counts. With the rows the reader left out (`SourceMap.leftOutRows`), `leftOut` counts the errors on those
 * rows: a count target the rows read reach is met all the same when they are all the errors (`countTargetMet`).
 */
export function figureFlaws(issues: readonly LocatedIssue[], leftOutRows?: readonly string[]): { errors: number; missing: string[]; columns: string[]; leftOut?: number; kinds?: ErrorKind[] } {
  const flaws: ReturnType<typeof figureFlaws> = { errors: 0, missing: [], columns: [] };
  // "Inovasi!C7" → "Inovasi!7": a row left out, whichever of its cells an error is at
  const rowOf = (at: string) => at.replace(/![A-Z]+(\d+)$/, "!$1");
  const out = leftOutRows?.length ? new Set(leftOutRows.map(rowOf)) : undefined;
  for (const i of issues) {
    if (i.severity === "error") {
      flaws.errors++;
      // by kind (sheet, column, code), so the province can tell the kab/kota what to fix (audit36: "106 kesalahan")
      const k = (flaws.kinds ??= []).find((x) => x.sheet === i.sheet && x.field === (i.field || undefined) && x.code === i.code);
      if (k) k.count++;
      else flaws.kinds.push({ sheet: i.sheet, ...(i.field ? { field: i.field } : {}), code: i.code, count: 1, example: i.message });
      // said only when there are some (a sound file's flaws keep their shape)
      if (out && i.cell && out.has(rowOf(where(i.sheet, i.cell)))) flaws.leftOut = (flaws.leftOut ?? 0) + 1;
    }
    const rule = NOT_VALID[i.code];
    if (!rule || i.severity === "error" || (rule.when && !rule.when(sheetIssueParams(i)))) continue;
    if (rule.part === "sheet") flaws.missing.push(i.sheet);
    // answered indicators without their Bukti column: every one of them (the issue is said at the first), headed as
    // the template heads it ("18. Bukti", `indicatorHeaders`)
    else for (const c of i.code === "evidence_column_missing" ? String(sheetIssueParams(i)?.all).split(",").map((n) => `${n}. Bukti`) : [i.field]) if (!flaws.columns.includes(c)) flaws.columns.push(c);
  }
  flaws.kinds?.sort((a, b) => b.count - a.count);
  return flaws;
}

/** Errors of one kind in a file: where (sheet, column) and what (the issue's code), how many (`RecapEntry.flaws.kinds`). */
export interface ErrorKind {
  sheet: string;
  field?: string;
  code: string;
  count: number;
  /** The first such error's message (where, what was typed, what to write instead). */
  example?: string;
}

/**
 * A file's errors by kind in a few words, most first, at most three ("106 di Inovasi, kolom Tahun"; "… dan 2 jenis
 * lain"): where the kab/kota fixes them, as the Masalah sheet of its scored copy lists each one.
 */
export function errorKindsText(kinds: readonly ErrorKind[] | undefined, locale: "id" | "en"): string {
  if (!kinds?.length) return "";
  const en = locale === "en";
  const one = (k: ErrorKind) => `${k.count} ${en ? "in" : "di"} ${k.sheet}${k.field ? `, ${en ? "column" : "kolom"} ${k.field}` : ""}`;
  const rest = kinds.length - 3;
  return kinds.slice(0, 3).map(one).join("; ") + (rest > 0 ? (en ? `; and ${rest} other kind${rest === 1 ? "" : "s"}` : `; dan ${rest} jenis lain`) : "");
}

/**
 * Why a year's figures are not valid yet, in a few words ("4 kesalahan di berkas", `kolom "Jumlah Kata Rancang
 * Bangun" tidak ditemukan`), or undefined when they are: a comparison of two years (`banding`) marks that year and
 * gives no change, as the recap's year over year does for the same file.
 */
export function notValidText(issues: readonly LocatedIssue[], locale: "id" | "en"): string | undefined {
  locale = readLocale(locale, "notValidText");
  const f = figureFlaws(issues);
  const en = locale === "en";
  const parts = [
    f.errors ? (en ? `${f.errors} error${f.errors === 1 ? "" : "s"} in the file` : `${f.errors} kesalahan di berkas`) : "",
    ...f.missing.map((s) => (en ? `sheet ${s} missing` : `lembar ${s} tidak ada`)),
    ...groupColumns(f.columns).map((g) => ("header" in g ? (en ? `column "${g.header}" not found` : `kolom "${g.header}" tidak ditemukan`) : `${missingColumnsName(g, locale)} ${en ? "not found" : "tidak ditemukan"}`)),
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : undefined;
}

/** A count target's verdict from the count as read (`TargetOutcome.met`): see {@link countTargetVerdicts}. */
export type CountTargetVerdict = (met: boolean) => { met: boolean | null; note: string | null };

/** Rows left out named in a count target's verdict at most; more: "…" (the file's Masalah lists every one). */
const LEFT_OUT_NAMED = 5;

/**
 * A file's count targets (`compliance.targets[].met`, as counted from the rows read) as the recap decides them
 * (`countTargetMet`, one rule): `inovasi score`'s Ringkasan and `banding` say it beside each target. Given the file's
 * located issues and the rows its reader left out (`SourceMap.leftOutRows`), computed once per file; per target:
 * `met` true / false / null, and `note` when it needs words — met though rows were left out ("walau 2 baris inovasi
 * tidak dihitung karena ada kesalahan (Inovasi!C3, Inovasi!B4): baris yang terbaca sudah mencapainya"), or not certain
 * ("belum pasti — 2 baris inovasi tidak dihitung …; perbaiki lalu nilai ulang", naming the rows an unmet count may be
 * short by; else why the figures are not valid yet).
 */
export function countTargetVerdicts(issues: readonly LocatedIssue[], leftOutRows: readonly string[] | undefined, locale: "id" | "en"): CountTargetVerdict {
  locale = readLocale(locale, "countTargetVerdicts");
  const flaws = figureFlaws(issues, leftOutRows ?? []);
  const cells = leftOutRows ?? [];
  const n = cells.length;
  const en = locale === "en";
  const named = `${cells.slice(0, LEFT_OUT_NAMED).join(", ")}${n > LEFT_OUT_NAMED ? ", …" : ""}`;
  const rows = en ? `${n} innovation row${n === 1 ? "" : "s"} ${n === 1 ? "is" : "are"} not counted because of an error (${named})` : `${n} baris inovasi tidak dihitung karena ada kesalahan (${named})`;
  const unsure = en ? "not certain — " : "belum pasti — ";
  return (given) => {
    const met = countTargetMet(given, flaws);
    if (met === true) return { met, note: n ? (en ? `though ${rows}: the rows read already reach it` : `walau ${rows}: baris yang terbaca sudah mencapainya`) : null };
    if (met === false) return { met, note: null };
    // short of it with rows left out: by them, perhaps; else (reached, an error elsewhere) the file's flaws
    return { met, note: unsure + (!given && n ? `${rows}${en ? "; fix and score again" : "; perbaiki lalu nilai ulang"}` : `${en ? "figures not valid yet" : "angka belum valid"} (${notValidText(issues, locale)})`) };
  };
}
