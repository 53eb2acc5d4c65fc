/**
 * Installed in the browser in place of office.js by the e2e test: an `Office` and `Excel` global backed by the
 * in-memory Excel host, seeded from `globalThis.__SEED__` (the example workbook's grids).
 */
import { FakeExcelHost } from "../../src/host-fake/excel.js";

declare const __SEED__: ConstructorParameters<typeof FakeExcelHost>[0];
const host = new FakeExcelHost(__SEED__);
const g = globalThis as Record<string, unknown>;
g.__host = host;
g.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: "id-ID", requirements: { isSetSupported: (_set: string, _v: string) => true } },
  onReady(cb?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve().then(() => { cb?.(info); return info; });
  },
};
g.Excel = { run: <T>(f: (ctx: unknown) => Promise<T>) => f(host.context) };
