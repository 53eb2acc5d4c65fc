/**
 * The pane's decimal mark from Excel (ExcelApi 1.11: `application.cultureInfo.numberFormat.numberDecimalSeparator`,
 * or `application.decimalSeparator` when Excel does not use the system's), falling back to Office's language.
 */
import { describe, expect, it } from "vitest";
import { type XContext, decimalSeparator } from "../src/excel/adapter.js";
import { excelHost } from "../src/commands/host.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { formatFixed, numberLocaleOf } from "../src/pane/format.js";
import { createStore, initialState } from "../src/pane/state.js";

const ctxOf = (h: FakeExcelHost) => h.context as unknown as XContext;
const all = () => true;
const before111 = (v: string) => Number(v.split(".")[1]) < 11;
const english = { contentLanguage: "en-US", displayLanguage: "en-US" };
const indonesian = { contentLanguage: "id-ID", displayLanguage: "id-ID" };

/** The pane's locale as main.ts sets it: the language's guess, then Excel's mark when it tells one. */
async function paneLocale(host: FakeExcelHost, langs: typeof english, supports: (v: string) => boolean) {
  const store = createStore(initialState("id", numberLocaleOf(langs)));
  const h = excelHost((f) => f(ctxOf(host)), supports, async () => {});
  const mark = await h.decimalSeparator!().catch(() => undefined);
  store.dispatch({ type: "numberLocale", locale: numberLocaleOf(langs, mark) });
  return store.get().numberLocale;
}

describe("Excel's decimal separator", () => {
  it("a comma from the system culture → the decimal comma, whatever the language", async () => {
    const host = new FakeExcelHost();
    host.cultureDecimalSeparator = ",";
    expect(await decimalSeparator(ctxOf(host), all)).toBe(",");
    expect(host.syncCount).toBe(1);
    const loc = await paneLocale(host, english, all);
    expect(loc).toBe("id-ID");
    expect(formatFixed(38.55, loc, 2)).toBe("38,55");
  });

  it("a point from the system culture → the decimal point, even in an Indonesian Office", async () => {
    const host = new FakeExcelHost();
    host.cultureDecimalSeparator = ".";
    expect(await decimalSeparator(ctxOf(host), all)).toBe(".");
    const loc = await paneLocale(host, indonesian, all);
    expect(loc).toBe("en-US");
    expect(formatFixed(38.55, loc, 2)).toBe("38.55");
  });

  it("Excel's own separator when 'Use system separators' is off", async () => {
    const host = new FakeExcelHost();
    host.cultureDecimalSeparator = ".";
    host.useSystemSeparators = false;
    host.excelDecimalSeparator = ",";
    expect(await decimalSeparator(ctxOf(host), all)).toBe(",");
    expect(await paneLocale(host, english, all)).toBe("id-ID");
  });

  it("without ExcelApi 1.11: nothing is asked of Excel and the language decides", async () => {
    const host = new FakeExcelHost();
    host.cultureDecimalSeparator = undefined; // an Excel without the API: touching cultureInfo throws
    expect(await decimalSeparator(ctxOf(host), before111)).toBeUndefined();
    expect(host.syncCount).toBe(0);
    expect(await paneLocale(host, indonesian, before111)).toBe("id-ID");
    expect(await paneLocale(host, english, before111)).toBe("en-US");
    // an Excel that claims 1.11 but has no cultureInfo: the adapter's call fails and the guess stays
    expect(await paneLocale(host, indonesian, all)).toBe("id-ID");
  });

  it("a mark that is neither comma nor point leaves the language's choice", () => {
    expect(numberLocaleOf(indonesian, "٫")).toBe("id-ID");
    expect(numberLocaleOf(english, "")).toBe("en-US");
    expect(numberLocaleOf(english, undefined)).toBe("en-US");
  });
});
