import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rowsLeftOutText } from "@inovasi/workbook";
import { type TextKey, msg, t } from "../src/pane/messages.js";

/** English words an analyst would notice in a Bahasa pane (the sheet names Inovasi, SPD … are Indonesian anyway). */
const ENGLISH = /\b(the|file|files|choose|chosen|no|none|sheet|score|scoring|error|errors|warning|problems?|results?|loaded|click|select|cell|open|done|edition|browse|upload)\b/i;

const KEYS: TextKey[] = ["title", "langSwitch", "edition", "modelFile", "chooseModel", "noModelFile", "sheets", "insertTemplate", "score", "reading", "scoring", "writing", "done", "notScored", "results", "component", "index", "predicate", "claimed", "verified", "problems", "noProblems", "nonCompliant", "gaps", "none", "plan", "planning", "planButton", "planHint", "planDone", "notExcel", "progress", "recap", "recapHint", "chooseRecap", "recapWriting", "recapProgress", "ranking", "distribution", "recapGaps", "notScoredFiles", "skippedFiles", "replanning", "stale", "modelNotUsed", "otherLangIssues", "choosePrevious", "dropPrevious", "recapYears", "previousNotScored", "previousSkipped"];

describe("pane texts", () => {
  it.each(KEYS)("%s exists in both languages and the Bahasa text has no English word", (k) => {
    expect(t("id", k).length).toBeGreaterThan(0);
    expect(t("en", k).length).toBeGreaterThan(0);
    if (k !== "langSwitch") expect(t("id", k)).not.toMatch(ENGLISH);
  });

  it("texts with values read as Bahasa sentences", () => {
    const n = (v: number) => String(v);
    const id = [
      msg.modelLoaded("id", "prov.json", "prov-x"), msg.modelInvalid("id", "prov.json", "…"), msg.modelNotJson("id", "prov.json"),
      msg.sheetsComplete("id", ["Inovasi"]), msg.sheetsPresent("id", ["Inovasi"]), msg.sheetsMissing("id", ["SPD"]), msg.inserted("id", ["SPD"]), msg.inserted("id", []),
      msg.problemCount("id", 1, 2, n), msg.shownOf("id", "500", "1.234"), msg.shortBy("id", "Dinas", "1", "2"),
      msg.openSheet("id", "Ringkasan"), msg.cellLabel("id", "Inovasi", "F12"), msg.severity("id", "error"), msg.severity("id", "warning"),
      msg.nextBand("id", "Inovatif", "1,45"), msg.caveat("id", "…"), msg.excelFailed("id", undefined), msg.excelFailed("id", "AccessDenied"),
      msg.planNow("id", "38,55", "Kurang Inovatif", msg.planTarget("Inovatif", "40,01")), msg.planReached("id", "3", "5"),
      msg.planOutOfReach("id", "9", "20", "60,10 Inovatif"), msg.planTopBand("id", "Sangat Inovatif"), msg.planAlready("id", "70,00", "65,01"),
      msg.planUnknown("id"), msg.planNotReported("id", "Pengaturan!B6"), msg.planStep("id", "1", "bukti dukung diterima: X", "+0,80", "39,35", "Kurang Inovatif", "1"),
      msg.recapReading("id", "3", "12", "kab-a.xlsx"), msg.recapSummary("id", "13", "12", "1", "iid-2026"), msg.recapWritten("id", ["Rekap", "Peringkat"]),
      msg.recapNothing("id"), msg.recapNone("id"), msg.previousPicked("id", "12", "kab-a-2025.xlsx, …"), msg.recapReadingPrevious("id", "1", "12", "kab-a-2025.xlsx"), msg.recapNoPrevious("id"), msg.recapYearsLeft("id", ["Banding Tahun"]), msg.recapForeign("id", ["Peringkat"]), msg.recapForeign("id", ["Rekap", "Peringkat"]),
      msg.belowTarget("id", "11", "Sangat Inovatif"), msg.rankItem("id", "1", "Kota A", "76,32", "Sangat Inovatif", "iid-2026"),
      msg.distributionItem("id", "Inovatif", "2", "4"), msg.gapItem("id", "Kota A", "11,45", "Sangat Inovatif", msg.lackItem("id", "Jumlah inovasi", msg.lackMore("id", "count", "12"), "19,00")), msg.gapItem("id", "Kota A", "2,26", "Inovatif", msg.stepItem("id", "bukti dukung diterima: SPD-12", "+2,40")),
      msg.lackMore("id", "yandas", "2"), msg.lackMore("id", "evidence", "5"), msg.excelFailed("id", undefined, "recap"), msg.excelFailed("id", "ResponsePayloadSizeLimitExceeded"),
      msg.excelFailed("id", undefined, "template"), msg.mergesSkipped("id", ["Inovasi"]), msg.hiddenColumnsUnread("id", ["Inovasi"]), msg.modelOption("id", "prov-x"), msg.modelWarnings("id", 2), msg.modelPlaceholder("id", "sources[0].title"), msg.doneLeftAlone("id", true, ["Ringkasan"]), rowsLeftOutText(["Inovasi!C5"], "id"), msg.recapEarlierSheets("id", ["Rekap", "Peringkat"]), msg.recapSummary("id", "3", "3", "0", "", { n: "3", year: "2025" }), msg.errorsFirst("id", "1", false), msg.scoredWith("id", "iid-2026", "Indeks Inovasi Daerah — IGA 2026"),
      msg.errorsFirst("id", "3"), msg.toProblems("id"), msg.sheetNear("id", "Inovasi 2025", "Inovasi"),
      msg.sheetReadFrom("id", "Inovasi", "Data Inovasi"), msg.sheetReadFrom("id", "Inovasi", "Inovasi 2024", { year: "2024", assessed: "2026" }), msg.sheetReadFrom("id", "Perangkat Daerah", "OPD Lama", { word: "lama" }), msg.sheetAmbiguous("id", "Inovasi", ["Inovasi 2024", "Data Inovasi"]),
      msg.selectFailed("id", "Inovasi", "C4", "ItemNotFound"), msg.selectFailed("id", "Inovasi", "C4", "InvalidOperationInCellEditMode"), msg.selectFailed("id", "Inovasi", "C4", undefined),
    ];
    for (const s of id) expect(s.replace(/inovasi model init|prov\.json|prov-x/g, "")).not.toMatch(ENGLISH);
  });

  it("an Excel failure names what to do, and no code of Excel's, in both languages", () => {
    for (const code of ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "ItemNotFound", "InvalidOperationInCellEditMode", "AccessDenied", "GeneralException", undefined]) {
      for (const lang of ["id", "en"] as const) {
        const s = msg.excelFailed(lang, code, code === undefined ? "recap" : "score");
        if (code) expect(s).not.toContain(code);
        // Excel's own refusals each have their words, not the generic failure
        if (code && code !== "GeneralException") expect(s).not.toBe(msg.excelFailed(lang, "GeneralException"));
        // a request too large is as large again: another app or the CLI, not "try again" (audit36)
        if (code === "RequestPayloadSizeLimitExceeded") expect(s).toMatch(lang === "id" ? /Excel desktop lalu jalankan lagi.*perintah inovasi\.$/ : /Excel desktop app and run it again.*inovasi command\.$/);
        else expect(s).toMatch(lang === "id" ? /Coba lagi/ : /Try again/);
      }
    }
  });

  it("buttons in the words an analyst uses: clear a choice, not 'lepas' (audit36)", () => {
    expect([t("id", "dropRegions"), t("id", "dropPrevious")]).toEqual(["Hapus pilihan daftar", "Hapus pilihan berkas tahun lalu"]);
    expect([t("en", "dropRegions"), t("en", "dropPrevious")]).toEqual(["Clear the chosen list", "Clear last year's chosen files"]);
  });
});

describe("the rows left out for an error: the workbook's sentence, said once (cli37)", () => {
  it("no pane source repeats row-left-out.ts's words; the pane gives rowsLeftOutText's", () => {
    const src = fileURLToPath(new URL("../src", import.meta.url));
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    for (const words of ["tidak dihitung karena ada kesalahan", "not counted because of an error"]) {
      expect(files.filter((f) => readFileSync(join(src, f), "utf8").includes(words)), words).toEqual([]);
    }
    expect(rowsLeftOutText(["Inovasi!C5"], "id")).toBe(" — 1 baris inovasinya tidak dihitung karena ada kesalahan (Inovasi!C5); perbaiki lalu nilai ulang");
  });
});
