/**
 * Excel's decimal mark (ExcelApi 1.11: `application.cultureInfo.numberFormat.numberDecimalSeparator`, or
 * `application.decimalSeparator` when Excel does not use the system's) — and the pane's numbers, which follow the
 * pane's text language instead (the lead's decision, session 11: one decimal style per screen).
 */
import { describe, expect, it } from "vitest";
import { type XContext, decimalSeparator } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { formatFixed } from "../src/pane/format.js";
import { createStore, initialState } from "../src/pane/state.js";
import { resultsView } from "../src/pane/view-model.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";

const ctxOf = (h: FakeExcelHost) => h.context as unknown as XContext;
const all = () => true;
const before111 = (v: string) => Number(v.split(".")[1]) < 11;

describe("the pane's numbers follow its text language", () => {
  it("Bahasa → the decimal comma, English → the point, whatever Excel's mark; a language switch changes both", () => {
    const store = createStore(initialState("id"));
    expect(formatFixed(22.72, store.get().numberLocale, 2)).toBe("22,72");
    store.dispatch({ type: "lang", lang: "en" });
    expect(store.get().numberLocale).toBe("en-US");
    expect(formatFixed(22.72, store.get().numberLocale, 2)).toBe("22.72");
  });

  it("a Bahasa run on an English-separator Excel: the totals and the problem texts beside them both use the comma (before: 22.72 beside 0,76)", () => {
    const out = scoreGrids(regionGrids(12), { locale: "id" });
    if (!out.ok) throw new Error("not scored");
    const s = createStore(initialState("id")).get();
    const v = resultsView(out, s.lang, s.numberLocale);
    expect(v.totals!.rows[0]!.verified).toMatch(/^\d+,\d\d$/);
    expect(v.nextBand).toMatch(/kurang \d+,\d\d poin/);
  });
});

describe("Excel's decimal separator", () => {
  it("a comma from the system culture", async () => {
    const host = new FakeExcelHost();
    host.cultureDecimalSeparator = ",";
    expect(await decimalSeparator(ctxOf(host), all)).toBe(",");
    expect(host.syncCount).toBe(1);
  });

  it("a point from the system culture", async () => {
    const host = new FakeExcelHost();
    host.cultureDecimalSeparator = ".";
    expect(await decimalSeparator(ctxOf(host), all)).toBe(".");
  });

  it("Excel's own separator when 'Use system separators' is off", async () => {
    const host = new FakeExcelHost();
    host.cultureDecimalSeparator = ".";
    host.useSystemSeparators = false;
    host.excelDecimalSeparator = ",";
    expect(await decimalSeparator(ctxOf(host), all)).toBe(",");
  });

  it("without ExcelApi 1.11: nothing is asked of Excel", async () => {
    const host = new FakeExcelHost();
    host.cultureDecimalSeparator = undefined; // an Excel without the API: touching cultureInfo throws
    expect(await decimalSeparator(ctxOf(host), before111)).toBeUndefined();
    expect(host.syncCount).toBe(0);
    // an Excel that claims 1.11 but has no cultureInfo: the call fails
    await expect(decimalSeparator(ctxOf(host), all)).rejects.toThrow();
  });
});
