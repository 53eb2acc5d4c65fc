/**
 * Installed in the browser in place of office.js by the e2e test: an `Office` and `Excel` global backed by the
 * in-memory Excel host, seeded from `globalThis.__SEED__` (the example workbook's grids). `globalThis.__OFFICE__`
 * may set the languages Office reports, Excel's decimal separator (`decimalSeparator`; null = no ExcelApi 1.11), the
 * highest ExcelApi requirement set it supports (`excelApi`, "1.8": an Excel without 1.9) and `host: null` (as office.js
 * reports outside Office); ribbon commands registered through `Office.actions.associate` land in
 * `globalThis.__actions`, and `Office.addin.showAsTaskpane()` calls are counted in `globalThis.__paneShown`.
 */
import { FakeExcelHost } from "../../src/host-fake/excel.js";

declare const __SEED__: ConstructorParameters<typeof FakeExcelHost>[0];
const g = globalThis as Record<string, unknown>;
const given = (g.__OFFICE__ as { contentLanguage?: string; displayLanguage?: string; host?: string | null; decimalSeparator?: string | null; excelApi?: string } | undefined) ?? {};
const { host: hostType, decimalSeparator, excelApi, ...langs } = { contentLanguage: "id-ID", displayLanguage: "id-ID", host: "Excel" as string | null, ...given };
const host = new FakeExcelHost(__SEED__);
if (excelApi) host.excelApi = excelApi;
// Excel's decimal mark (ExcelApi 1.11): as given (null = an Excel without the API), else the one the content language's
// culture uses
host.cultureDecimalSeparator = decimalSeparator === null ? undefined : (decimalSeparator ?? (/^(id|in)\b/i.test(langs.contentLanguage) ? "," : "."));
const actions = new Map<string, (event: { completed(): void }) => void>();
g.__host = host;
g.__actions = actions;
g.__paneShown = 0;
g.Office = {
  HostType: { Excel: "Excel" },
  context: { ...langs, requirements: { isSetSupported: (_set: string, v: string) => host.supports(v) } },
  actions: { associate: (name: string, f: (event: { completed(): void }) => void) => actions.set(name, f) },
  addin: { showAsTaskpane: () => { g.__paneShown = (g.__paneShown as number) + 1; return Promise.resolve(); } },
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: hostType as string, platform: "OfficeOnline" };
    return Promise.resolve().then(() => { cb?.(info); return info; });
  },
};
g.Excel = { run: <T>(f: (ctx: unknown) => Promise<T>) => f(host.context) };
