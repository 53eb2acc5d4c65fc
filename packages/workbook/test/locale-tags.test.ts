/**
 * The workbook's exported functions read a locale as @inovasi/core does (`readLocale`): a language tag by its language
 * ("en-US" — `navigator.language`, Office's display language —, "EN", "id-ID"), anything else a RangeError naming the
 * function. Before, "en-US" gave Bahasa Indonesia silently (`locale === "en"`) or a TypeError (`WORDS[locale].yes`).
 */
import { describe, expect, it } from "vitest";
import { recapRegions, scoreRegion } from "@inovasi/core";
import {
  distributionLabels,
  locateIssues,
  numberName,
  problemsSheetContent,
  readAnswerCell,
  readWorkbook,
  recapBook,
  recapNotes,
  recapTotalsLine,
  recapWorkbook,
  staleNote,
  summaryContent,
  unitIn,
  writeResults,
} from "../src/index.js";
import { e2026, oneInnovationBook } from "./helpers.js";

/** A book with a mistake in it (an unknown option, a count not a number), so every function below has words to say. */
const book = () => oneInnovationBook({ inovasi: { "1. Regulasi inovasi daerah": "Ada", "Jumlah Kata Rancang Bangun": "banyak" } });
const sid18 = e2026.indicators.find((i) => i.id === "SID-18")!;
const read = readWorkbook(book(), { locale: "en" });
const result = scoreRegion(read.input!, e2026);
const recap = recapRegions([recapBook("a.xlsx", book()).entry!]);

/** What each function of the set says in `locale`: readers, writers, the recap's texts, the small helpers. */
const said = (locale: string) => {
  const l = locale as never;
  const r = readWorkbook(book(), { locale: l });
  const issues = [...r.issues, ...locateIssues(result.issues, read.source, l, { result, edition: e2026 })];
  return {
    readWorkbook: r.issues.map((i) => i.message),
    locateIssues: issues.map((i) => i.message),
    readAnswerCell: readAnswerCell(e2026.indicators.find((i) => i.id === "SID-13")!, "3 hari kerja", { locale: l }).issues.map((i) => i.message),
    writeResults: writeResults(book(), result, { source: read.source, issues, locale: l }).writes.map((w) => w.value),
    summaryContent: summaryContent(result, issues, l).rows,
    problemsSheetContent: problemsSheetContent(issues, l),
    staleNote: staleNote(issues, l, true),
    recapBook: recapBook("a.xlsx", book(), { locale: l }).report.issues.map((i) => i.message),
    recapWorkbook: recapWorkbook(recap, [], l).writes.map((w) => w.value),
    recapNotes: recapNotes(recap, l),
    recapTotalsLine: recapTotalsLine(recap, l),
    distributionLabels: distributionLabels(recap.distribution, l, "-"),
    numberName: numberName(["indicators", 0, "weight"], l, "SID-19"),
    unitIn: unitIn(sid18.measures[0]!, locale),
  };
};

describe("the workbook's functions read a locale as the core does (model37's leftover)", () => {
  it('"en-US" and "EN" are English, "id-ID" Bahasa Indonesia, in readers, writers, the recap and the helpers', () => {
    const en = said("en");
    const id = said("id");
    for (const [fn, text] of Object.entries(en)) expect(text, fn).not.toEqual(id[fn as keyof typeof id]);
    for (const tag of ["en-US", "EN", "en_GB"]) expect(said(tag), tag).toEqual(en);
    expect(said("id-ID")).toEqual(id);
  });

  it("another locale is refused naming the function and the two locales, whichever the function", () => {
    const refused = (fn: string, given: string) => new RegExp(`^${fn}: locale expected as "id" \\(Bahasa Indonesia\\) or "en" \\(English\\), or a language tag of one \\("id-ID", "en-US"\\), got "${given}"$`);
    expect(() => readWorkbook(book(), { locale: "fr" as never })).toThrow(refused("readWorkbook", "fr"));
    expect(() => locateIssues(result.issues, read.source, "english" as never)).toThrow(refused("locateIssues", "english"));
    expect(() => writeResults(book(), result, { source: read.source, locale: "de-DE" as never })).toThrow(refused("writeResults", "de-DE"));
    expect(() => recapWorkbook(recap, [], "fr" as never)).toThrow(refused("recapWorkbook", "fr"));
    expect(() => recapTotalsLine(recap, "ind" as never)).toThrow(refused("recapTotalsLine", "ind"));
    expect(() => unitIn(sid18.measures[0]!, "English")).toThrow(refused("unitIn", "English"));
    expect(() => summaryContent(result, [], { locale: "en" } as never)).toThrow(/^summaryContent: locale expected as .*got \{locale\} \(pass the locale itself, summaryContent\(…, "en"\), not an object\)$/);
  });
});
